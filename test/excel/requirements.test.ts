/**
 * Requirement sets stay honest: every Excel API member src/excel uses is within the manifest's
 * minimum ExcelApi set, or listed in OPTIONAL_FEATURES (src/excel/requirements.ts) under the set
 * checkRequirements asks isSetSupported for, and used only in a module that reads that capability.
 * The version of each member comes from its `[Api set: ExcelApi 1.x]` tag in @types/office-js.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { EXCEL_API_VERSIONS } from "../../src/excel/diagnostics";
import {
  MINIMUM_EXCEL_API,
  OPTIONAL_FEATURES,
  checkRequirements,
  type OptionalFeature,
} from "../../src/excel/requirements";
import { buildModel, installExcelDouble, type ExcelDouble } from "./excelDouble";
import {
  compareVersions,
  createApiProgram,
  excelApiUses,
  highestExcelApi,
  versionParts,
  type ApiUse,
} from "./officeApiUse";

const ROOT = path.resolve(__dirname, "../..");
const EXCEL_DIR = path.join(ROOT, "src/excel");
/** In memory only: what a violation looks like. */
const FIXTURE_DIR = path.join(EXCEL_DIR, "__fixture__");

const fixtures = {
  /** Range.getDirectPrecedents is ExcelApi 1.12: above the minimum, and not a checked feature. */
  unchecked: `
    export async function precedents(): Promise<string> {
      return Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Indicatoren").getRange("D11");
        const precedents = range.getDirectPrecedents();
        precedents.load("addresses");
        await context.sync();
        return precedents.addresses.join(",");
      });
    }`,
  /** Notes are a checked feature (1.18), but this module never reads caps.notes. */
  unguarded: `
    export async function noteLength(): Promise<number> {
      return Excel.run(async (context) => {
        const note = context.workbook.worksheets.getItem("Indicatoren").notes.getItemOrNullObject("A1");
        note.load("content");
        await context.sync();
        return note.content.length;
      });
    }`,
  /** The same, guarded. */
  guarded: `
    import type { Capabilities } from "../requirements";
    export async function noteLength(caps: Capabilities): Promise<number> {
      if (!caps.notes) return 0;
      return Excel.run(async (context) => {
        const note = context.workbook.worksheets.getItem("Indicatoren").notes.getItemOrNullObject("A1");
        note.load("content");
        await context.sync();
        return note.content.length;
      });
    }`,
};

const excelFiles = fs
  .readdirSync(EXCEL_DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(EXCEL_DIR, f));
// One Program for src/excel and the fixtures: @types/office-js is parsed once (~3 s).
const program = createApiProgram(
  excelFiles,
  Object.fromEntries(
    Object.entries(fixtures).map(([name, text]) => [path.join(FIXTURE_DIR, `${name}.ts`), text])
  )
);
const inDir = (dir: string) => (f: { fileName: string }) =>
  path.resolve(f.fileName).startsWith(dir + path.sep);
const uses = excelApiUses(program, inDir(EXCEL_DIR)).filter((u) => !u.file.includes("__fixture__"));
const fixtureUses = (name: keyof typeof fixtures) =>
  excelApiUses(program, (f) => path.resolve(f.fileName) === path.join(FIXTURE_DIR, `${name}.ts`));

type Feature = keyof typeof OPTIONAL_FEATURES;
const FEATURES = Object.entries(OPTIONAL_FEATURES) as [Feature, OptionalFeature][];

/** The Capabilities flags a module reads (caps.notes, caps.annotations …), by the type checker. */
function capabilitiesRead(file: string): Set<string> {
  const source = program.getSourceFile(path.join(ROOT, file))!;
  const checker = program.getTypeChecker();
  const read = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const target = checker.getTypeAtLocation(node.expression);
      if (target.getSymbol()?.getName() === "Capabilities") read.add(node.name.text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  // Where explanations go ("notes" | "comments") decides both annotation features.
  if (read.has("annotations")) ["notes", "comments"].forEach((f) => read.add(f));
  return read;
}

/** What is wrong with a use: beyond the minimum without a checked feature, or outside its guard. */
function violation(use: ApiUse): string | null {
  const at = `${use.file}:${use.line} ${use.member}`;
  if (use.set === null || use.version === null) return null; // no tag: part of the base API
  if (use.set !== "ExcelApi")
    return `${at} needs ${use.set} ${use.version}, which isSetSupported never checks`;
  if (compareVersions(use.version, MINIMUM_EXCEL_API) <= 0) return null;
  const feature = FEATURES.find(([, f]) => f.members.includes(use.member));
  if (!feature)
    return `${at} needs ExcelApi ${use.version}, above the manifest's ${MINIMUM_EXCEL_API}, and is not in OPTIONAL_FEATURES`;
  const [name, { excelApi }] = feature;
  if (compareVersions(excelApi, use.version) < 0)
    return `${at} needs ExcelApi ${use.version}, but OPTIONAL_FEATURES.${name} checks only ${excelApi}`;
  if (!capabilitiesRead(use.file).has(name)) return `${at} is used where caps.${name} is never read`;
  return null;
}

describe("the ExcelApi requirement sets", () => {
  it("reads the members src/excel uses, with the version @types/office-js gives them", () => {
    const version = (member: string) => uses.find((u) => u.member === member)?.version;
    expect(version("Worksheet.getRanges")).toBe("1.9");
    expect(version("Range.getMergedAreasOrNullObject")).toBe("1.13");
    expect(version("NoteCollection.add")).toBe("1.18");
    expect(version("CustomXmlPartCollection.getByNamespace")).toBe("1.5");
    expect(version("Range.values")).toBe("1.1");
    expect(new Set(uses.map((u) => u.file))).toContain("src/excel/marks.ts");
  });

  it("has the manifest ask for the minimum the code assumes", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const set = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"\s*\/>/.exec(manifest);
    expect(set?.[1]).toBe(MINIMUM_EXCEL_API);
  });

  it("uses every member above the minimum only through a checked feature, where the code reads it", () => {
    expect(uses.map(violation).filter((v) => v !== null)).toEqual([]);
  });

  it("needs the minimum: some member src/excel uses is exactly ExcelApi 1.9", () => {
    const highestWithoutCheck = uses
      .filter((u) => u.set === "ExcelApi" && u.version !== null)
      .filter((u) => !FEATURES.some(([, f]) => f.members.includes(u.member)))
      .map((u) => u.version!)
      .sort(compareVersions)
      .pop();
    expect(highestWithoutCheck).toBe(MINIMUM_EXCEL_API);
  });

  it("lists no member it does not use, and gives each the version @types/office-js does", () => {
    for (const [, feature] of FEATURES) {
      for (const member of feature.members) {
        const used = uses.filter((u) => u.member === member);
        expect({ member, used: used.length > 0 }).toEqual({ member, used: true });
        for (const u of used) expect(compareVersions(u.version!, feature.excelApi)).toBeLessThanOrEqual(0);
      }
    }
  });

  it("catches a member above the minimum that no feature checks", () => {
    expect(fixtureUses("unchecked").map(violation)).toContainEqual(
      expect.stringMatching(
        /__fixture__\/unchecked\.ts:\d+ Range\.getDirectPrecedents needs ExcelApi 1\.12, above the manifest's 1\.9/
      )
    );
  });

  it("catches a checked member used where its capability is never read, and accepts it guarded", () => {
    expect(fixtureUses("unguarded").map(violation)).toContainEqual(
      expect.stringMatching(/Worksheet\.notes is used where caps\.notes is never read/)
    );
    const guarded = fixtureUses("guarded");
    expect(guarded.map((u) => u.member)).toContain("Worksheet.notes");
    expect(guarded.map(violation).filter((v) => v !== null)).toEqual([]);
  });

  it("asks isSetSupported for each feature's own version", () => {
    let double: ExcelDouble | null = null;
    try {
      for (const [name, feature] of FEATURES) {
        const [, minor] = versionParts(feature.excelApi);
        double = installExcelDouble(buildModel([{ name: "Blad1" }], minor - 1));
        expect({ name, on: checkRequirements()[name] }).toEqual({ name, on: false });
        double.uninstall();
        double = installExcelDouble(buildModel([{ name: "Blad1" }], minor));
        expect({ name, on: checkRequirements()[name] }).toEqual({ name, on: true });
        double.uninstall();
        double = null;
      }
    } finally {
      double?.uninstall();
    }
  });

  it("lets the diagnosis ask for every ExcelApi version @types/office-js knows", () => {
    expect(EXCEL_API_VERSIONS[0]).toBe("1.1");
    expect(EXCEL_API_VERSIONS[EXCEL_API_VERSIONS.length - 1]).toBe(highestExcelApi(program));
    expect(EXCEL_API_VERSIONS).toContain(MINIMUM_EXCEL_API);
  });
});
