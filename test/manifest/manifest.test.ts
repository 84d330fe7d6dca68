import { MINIMUM_EXCEL_API } from "../../src/excel/requirements";
import * as fs from "fs";
import * as path from "path";
import {
  DEV_URL,
  attr,
  childNamed,
  childrenNamed,
  descendants,
  parseXml,
  readPng,
  schemaErrors,
  validateManifest,
  type ManifestIssue,
  type ValidateOptions,
} from "./validateManifest";
import { emittedFiles, type EmittedFile } from "./webpackOutputs";

/** The folder holding package.json. */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + start);
    dir = parent;
  }
  return dir;
}

const repoRoot = findRepoRoot(__dirname);
// The schemas live in the repository (their source, licence and patches: schemas/README.md).
const xsdDir = path.join(repoRoot, "test/manifest/schemas");
const manifestText = fs.readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");

let outputs: EmittedFile[];
let options: ValidateOptions;

beforeAll(async () => {
  outputs = await emittedFiles(repoRoot, "production");
  const sources = new Map(outputs.filter((o) => o.source).map((o) => [o.output, o.source!]));
  options = {
    xsdDir,
    repoRoot,
    emittedFiles: outputs.map((o) => o.output),
    sourceOf: (file) => sources.get(file),
  };
});

const messages = (issues: ManifestIssue[]) => issues.map((i) => `[${i.kind}] ${i.message}`);

describe("manifest.xml", () => {
  test("the schemas are where CI expects them", () => {
    expect(fs.existsSync(path.join(xsdDir, "OfficeAppManifestV1_1.xsd"))).toBe(true);
  });

  test("is valid against the add-in manifest schemas", async () => {
    expect(await schemaErrors(manifestText, xsdDir)).toEqual([]);
  });

  test("passes every check (schema, product rules, build outputs, icons)", async () => {
    expect(messages(await validateManifest(manifestText, options))).toEqual([]);
  });

  describe("structure", () => {
    const app = parseXml(manifestText);

    test("is a task-pane add-in for Excel workbooks", () => {
      expect(app.name).toBe("OfficeApp");
      expect(attr(app, "type")).toBe("TaskPaneApp");
      expect(childrenNamed(childNamed(app, "Hosts"), "Host").map((h) => attr(h, "Name"))).toEqual([
        "Workbook",
      ]);
    });

    test("has a GUID Id and a four-part version", () => {
      expect(childNamed(app, "Id")?.text).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
      );
      expect(childNamed(app, "Version")?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(childNamed(app, "ProviderName")?.text).toBe("Indicator Check");
    });

    test("is Dutch by default with English overrides", () => {
      expect(childNamed(app, "DefaultLocale")?.text).toBe("nl-NL");
      const display = childNamed(app, "DisplayName");
      expect(childrenNamed(display, "Override").map((o) => attr(o, "Locale"))).toContain("en-US");
      const strings = [...descendants(app, "ShortStrings"), ...descendants(app, "LongStrings")].flatMap((l) =>
        childrenNamed(l, "String")
      );
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings)
        expect(childrenNamed(s, "Override").map((o) => attr(o, "Locale"))).toEqual(["en-US"]);
    });

    test("asks for ReadWriteDocument and nothing more", () => {
      expect(childrenNamed(app, "Permissions").map((p) => p.text.trim())).toEqual(["ReadWriteDocument"]);
    });

    test("requires an ExcelApi requirement set", () => {
      const sets = childrenNamed(childNamed(childNamed(app, "Requirements"), "Sets"), "Set");
      const excel = sets.find((s) => attr(s, "Name") === "ExcelApi");
      expect(excel).toBeDefined();
      expect(attr(excel, "MinVersion")).toMatch(/^1\.\d+$/);
      // The manifest promises what the gateway checks at runtime, no more and no less.
      expect(attr(excel, "MinVersion")).toBe(MINIMUM_EXCEL_API);
    });

    test("opens the task pane from a Home-tab button", () => {
      const tab = descendants(app, "OfficeTab");
      expect(tab.map((t) => attr(t, "id"))).toEqual(["TabHome"]);
      const actions = descendants(app, "Action");
      expect(actions.map((a) => [attr(a, "type"), childNamed(a, "TaskpaneId")?.text])).toEqual([
        ["ShowTaskpane", "ButtonId1"],
      ]);
      expect(attr(childNamed(childNamed(app, "DefaultSettings"), "SourceLocation"), "DefaultValue")).toBe(
        DEV_URL + "taskpane.html"
      );
    });

    test("every dev-server URL names a file the build emits", () => {
      const emitted = new Set(outputs.map((o) => o.output));
      const urls = descendants(app)
        .flatMap((e) => Object.values(e.attributes))
        .filter((v) => v.startsWith(DEV_URL));
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) expect(emitted).toContain(url.slice(DEV_URL.length));
    });

    test("each icon is a PNG of the size the manifest names", () => {
      for (const size of [16, 32, 64, 80]) {
        const png = readPng(fs.readFileSync(path.join(repoRoot, "assets", `icon-${size}.png`)));
        expect([png.width, png.height]).toEqual([size, size]);
      }
    });
  });
});

describe("the emitted-file list derived from webpack.config.js", () => {
  test("has the pane, the manifest and the icons in production", () => {
    const files = outputs.map((o) => o.output);
    expect(files).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "manifest.xml",
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
      ])
    );
    expect(files.some((f) => f.startsWith("office-js/"))).toBe(false);
  });

  test("adds the local Office.js boot files in development", async () => {
    const files = (await emittedFiles(repoRoot, "development")).map((o) => o.output);
    expect(files).toEqual(
      expect.arrayContaining(["office-js/office.js", "office-js/o15apptofilemappingtable.js"])
    );
  });
});

describe("a broken manifest is reported", () => {
  async function issuesFor(broken: string): Promise<string[]> {
    expect(broken).not.toBe(manifestText); // the edit really happened
    return messages(await validateManifest(broken, options));
  }

  test("without <Permissions>", async () => {
    const issues = await issuesFor(manifestText.replace(/\s*<Permissions>[^<]*<\/Permissions>/, ""));
    expect(issues.some((m) => m.startsWith("[schema]"))).toBe(true);
    expect(issues).toContainEqual(expect.stringContaining("exactly one <Permissions>, found 0"));
  });

  test("with more permission than needed", async () => {
    const issues = await issuesFor(
      manifestText.replace(/<Permissions>[^<]*</, "<Permissions>ReadAllDocument<")
    );
    expect(issues).toContainEqual(expect.stringContaining("expected exactly ReadWriteDocument"));
  });

  test("with an Id that is not a GUID", async () => {
    const issues = await issuesFor(manifestText.replace(/<Id>[^<]*<\/Id>/, "<Id>indicator-check</Id>"));
    expect(issues.some((m) => m.startsWith("[schema]") && m.includes("Id"))).toBe(true);
    expect(issues).toContainEqual(expect.stringContaining('<Id> "indicator-check" is not a GUID'));
  });

  test("with an unknown element", async () => {
    const issues = await issuesFor(
      manifestText.replace("<Permissions>", "<Colour>blue</Colour>\n  <Permissions>")
    );
    expect(issues.some((m) => m.startsWith("[schema]") && m.includes("Colour"))).toBe(true);
  });

  test("with a URL to a file the build does not emit", async () => {
    const issues = await issuesFor(
      manifestText.replace(
        `${DEV_URL}taskpane.html"/>\n  </DefaultSettings>`,
        `${DEV_URL}pane.html"/>\n  </DefaultSettings>`
      )
    );
    expect(issues).toEqual([`[file] ${DEV_URL}pane.html names pane.html, which the build does not emit`]);
  });

  test("with an icon of the wrong size", async () => {
    const issues = await issuesFor(
      manifestText.replace(`"${DEV_URL}assets/icon-64.png"`, `"${DEV_URL}assets/icon-80.png"`)
    );
    expect(issues).toContainEqual(
      expect.stringContaining("<HighResolutionIconUrl>: assets/icon-80.png is 80×80, expected 64×64")
    );
  });

  test("with a ribbon string that has no English override", async () => {
    const issues = await issuesFor(
      manifestText.replace(/\s*<bt:Override Locale="en-US" Value="Indicators"\/>/, "")
    );
    expect(issues).toContainEqual(expect.stringContaining('"IC.Group.Label" has no en-US'));
  });

  test("with a resid that names no resource", async () => {
    const issues = await issuesFor(
      manifestText.replace(
        '<SourceLocation resid="IC.Taskpane.Url"/>',
        '<SourceLocation resid="IC.Nowhere"/>'
      )
    );
    expect(issues).toContainEqual(expect.stringContaining('resid="IC.Nowhere"> names no resource'));
  });

  test("without an ExcelApi requirement", async () => {
    const issues = await issuesFor(
      manifestText.replace(
        '<Set Name="ExcelApi" MinVersion="1.9"/>',
        '<Set Name="DialogApi" MinVersion="1.1"/>'
      )
    );
    expect(issues).toContainEqual("[structure] <Requirements> does not name the ExcelApi set");
  });

  test("that is not well-formed", async () => {
    const issues = await issuesFor(manifestText.replace("</Hosts>\n  <!--", "</Host>\n  <!--"));
    expect(issues.some((m) => m.startsWith("[schema]"))).toBe(true);
    expect(issues.some((m) => m.startsWith("[xml]"))).toBe(true);
  });
});

describe("readPng", () => {
  test("rejects a corrupted icon", () => {
    const bytes = Buffer.from(fs.readFileSync(path.join(repoRoot, "assets", "icon-16.png")));
    bytes[20] = bytes[20]! ^ 0xff; // inside IHDR: the CRC no longer matches
    expect(() => readPng(bytes)).toThrow(/CRC/);
    expect(() => readPng(Buffer.from("not a png"))).toThrow(/signature/);
  });
});
