/**
 * Runs the real webpack builds (production and development) into temporary folders and checks what they emit.
 * If Chromium is installed (/usr/bin/chromium, Debian package "chromium"), the development build is also loaded
 * in a headless browser: Office.js must boot from the local copy and the pane must render under its CSP.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { SEVERITY, type FindingCode } from "../../src/core/findings/types";
import { catalogueAnchor } from "../../src/help/address";
import { browserTest, launchBrowser } from "../support/browser";
import { readPng, schemaErrors } from "../manifest/validateManifest";
import { emittedFiles } from "../manifest/webpackOutputs";

const repoRoot = path.resolve(__dirname, "../..");
const xsdDir = path.join(repoRoot, "test/manifest/schemas");
const webpackCli = path.join(repoRoot, "node_modules/webpack-cli/bin/cli.js");
const PROD_URL = "https://addins.example.org/indicator-check/";

/** What the last build printed. */
let printed = "";

function build(mode: "production" | "development", extraEnv: Record<string, string> = {}): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `indicator-check-${mode}-`));
  printed = execFileSync(process.execPath, [webpackCli, "--mode", mode, "--output-path", out], {
    cwd: repoRoot,
    env: { ...process.env, ...extraEnv },
    stdio: "pipe",
    timeout: 180_000,
  }).toString();
  return out;
}

function listFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]
    );
}

describe("production build", () => {
  let out: string;
  let files: string[];

  beforeAll(() => {
    out = build("production", { ADDIN_URL_PROD: PROD_URL });
    files = listFiles(out);
  }, 180_000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test("emits the pane, the manifest, the support page and the icons", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "manifest.xml",
        "support.html",
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
      ])
    );
    for (const size of [16, 32, 64, 80]) {
      const png = readPng(fs.readFileSync(path.join(out, `assets/icon-${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
    }
  });

  test("support.html holds the guide, its pictures and a catalogue section per finding code in both languages", () => {
    const page = fs.readFileSync(path.join(out, "support.html"), "utf8");
    // The production build minifies the page: attribute quotes may be gone.
    const ids = new Set([...page.matchAll(/\sid="?([^"\s>]+)/g)].map((m) => m[1]));
    expect(ids).toContain("handleiding");
    expect(ids).toContain("guide");
    for (const code of Object.keys(SEVERITY) as FindingCode[])
      for (const lang of ["nl", "en"] as const) expect(ids).toContain(catalogueAnchor(code, lang));
    const pictures = [...page.matchAll(/<img src="?(help\/[^"\s>]+)/g)].map((m) => m[1]!);
    expect(pictures.length).toBeGreaterThanOrEqual(4);
    for (const picture of pictures) expect(files).toContain(picture);
  });

  test("emits every file the manifest test derives from webpack.config.js", async () => {
    const derived = (await emittedFiles(repoRoot, "production")).map((f) => f.output);
    expect(files).toEqual(expect.arrayContaining(derived));
  });

  test("prints the address the manifest points at, without a warning when it is not the example", () => {
    expect(printed).toContain(`[indicator-check] manifest.xml points at ${PROD_URL}`);
    expect(printed).not.toContain("example address");
  });

  test("rewrites the manifest to the production location and keeps it valid", async () => {
    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${PROD_URL}taskpane.html"/>`);
    expect(manifest).toContain("<AppDomain>https://addins.example.org</AppDomain>");
    expect(await schemaErrors(manifest, xsdDir)).toEqual([]);
  });

  test("loads Office.js from Microsoft's CDN and ships no local copy", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(files.some((f) => f.startsWith("office-js/"))).toBe(false);
  });

  test("has a Content-Security-Policy without 'unsafe-eval' and no inline scripts", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain("unsafe-eval");
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc=/);
  });

  test("bundles use no eval and come with source maps", () => {
    const js = files.filter((f) => f.endsWith(".js"));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) {
      expect(fs.readFileSync(path.join(out, f), "utf8")).not.toMatch(/\beval\(/);
      expect(files).toContain(`${f}.map`);
    }
  });
});

describe("development build", () => {
  let out: string;
  let files: string[];

  beforeAll(() => {
    out = build("development");
    files = listFiles(out);
  }, 180_000);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test("copies only Office.js's boot files and loads the local office.js", () => {
    expect(files.filter((f) => f.startsWith("office-js/")).sort()).toEqual([
      "office-js/en-us/office_strings.js",
      "office-js/nl-nl/office_strings.js",
      "office-js/o15apptofilemappingtable.js",
      "office-js/office.js",
    ]);
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toContain('src="office-js/office.js"');
    expect(html).not.toContain("appsforoffice.microsoft.com/lib");
  });

  test("keeps the dev-server URLs in the manifest", () => {
    expect(fs.readFileSync(path.join(out, "manifest.xml"), "utf8")).toContain(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>'
    );
  });

  browserTest(
    "boots Office.js offline and renders the pane in headless Chromium, within its CSP",
    async () => {
      const requests: Array<{ url: string; status: number }> = [];
      const server = http.createServer((req, res) => {
        const url = decodeURIComponent((req.url ?? "/").split("?")[0]!);
        const file = path.join(out, url === "/" ? "taskpane.html" : url);
        const inside = file.startsWith(out + path.sep);
        const status = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? 200 : 404;
        requests.push({ url, status });
        if (status !== 200) return void res.writeHead(404).end();
        const type = file.endsWith(".html")
          ? "text/html"
          : file.endsWith(".js")
            ? "text/javascript"
            : "application/octet-stream";
        res.writeHead(200, { "Content-Type": type }).end(fs.readFileSync(file));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const port = (server.address() as AddressInfo).port;
      const context = await launchBrowser();
      try {
        const page = await context.newPage();
        const problems: string[] = [];
        page.on("console", (m) => {
          if (m.type() === "error" && !/favicon/.test(m.location().url)) problems.push(m.text());
        });
        page.on("pageerror", (e) => problems.push(e.message));
        const external: string[] = [];
        page.on("request", (r) => {
          if (!r.url().startsWith(`http://127.0.0.1:${port}/`)) external.push(r.url());
        });
        await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
        await page.getByRole("button", { name: "Controleren" }).waitFor({ timeout: 15_000 });
        await expect(page.getByRole("heading", { name: "Indicator Check" }).isVisible()).resolves.toBe(true);
        const info = await page.evaluate(
          () =>
            new Promise((resolve) => Office.onReady((i) => resolve({ host: i.host, platform: i.platform })))
        );
        expect(info).toEqual({ host: null, platform: null });
        expect(external).toEqual([]);
        expect(requests.filter((r) => r.status !== 200 && r.url !== "/favicon.ico")).toEqual([]);
        expect(requests.map((r) => r.url)).toContain("/office-js/o15apptofilemappingtable.js");
        expect(problems).toEqual([]);
      } finally {
        await context.close();
        server.close();
      }
    },
    90_000
  );
});
