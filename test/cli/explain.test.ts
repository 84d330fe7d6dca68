/** --explain: the text report names the finding catalogue's section once per finding code. */
import { execFile } from "node:child_process";
import path from "node:path";
import { renderTextReport } from "../../src/cli/textReport";
import { analyseWorkbook } from "../../src/core/analyse";
import type { Analysis } from "../../src/core/model/types";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";

const ROOT = path.resolve(__dirname, "../..");
const TWO = path.join(ROOT, "examples/begroting-2026-twee-programmas.xlsx");
const BASE = "https://addins.gemeente.nl/ic/";
const ADDRESS = /^ {6}(?:Uitleg|Explanation): (\S+)$/gm;

let two: Analysis;
beforeAll(async () => {
  two = analyseWorkbook(await readWorkbookFile(TWO));
});

describe("renderTextReport with a help address", () => {
  test("prints each code's address once, after its first finding, even across programmes", () => {
    const text = renderTextReport(two, "twee.xlsx", "nl", false, new Map(), BASE);
    const addresses = [...text.matchAll(ADDRESS)].map((m) => m[1]!);
    const codes = [...new Set(two.findings.map((f) => f.code))];
    expect(addresses).toHaveLength(codes.length);
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses).toContain(`${BASE}support.html#norm-breach`);
    const lines = text.split("\n");
    const first = lines.findIndex((l) => /\snorm\/breach\s/.test(l));
    expect(lines[first + 1]).toBe(`      Uitleg: ${BASE}support.html#norm-breach`);
  });

  test("in English, the English sections; without it, no addresses", () => {
    expect(renderTextReport(two, "twee.xlsx", "en", false, new Map(), BASE)).toContain(
      `      Explanation: ${BASE}support.html#en-norm-breach`
    );
    expect(renderTextReport(two, "twee.xlsx", "nl", false)).not.toMatch(ADDRESS);
  });
});

test("npm run check -- --explain uses ADDIN_URL_PROD", async () => {
  const stdout = await new Promise<string>((resolve) =>
    execFile(
      path.join(ROOT, "node_modules/.bin/tsx"),
      [path.join(ROOT, "src/cli/main.ts"), "--explain"],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", ADDIN_URL_PROD: BASE } },
      (_error, out) => resolve(out)
    )
  );
  expect(stdout).toContain(`      Uitleg: ${BASE}support.html#value-mixed-notation`);
});
