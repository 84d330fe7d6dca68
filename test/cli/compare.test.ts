/**
 * `check current.xlsx --compare reference.xlsx|reference.json`, run as a user runs it (the bundled
 * command as a child process): the sample against its previous budget gives exactly the five
 * comparison findings of issue #16, in the text and in the JSON report (schema version 3); the same
 * against that budget's JSON report; and one clear line with exit 2 for a reference it cannot use.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv from "ajv";
import schema from "../../docs/report.schema.json";
import { runCli as check } from "../reliability/cli";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "examples/begroting-2026-dienstverlening.xlsx");
const PREVIOUS = path.join(ROOT, "examples/begroting-2025-dienstverlening.xlsx");
const TWO = path.join(ROOT, "examples/begroting-2026-twee-programmas.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "indicator-check-compare-"));

interface Finding {
  code: string;
  severity: string;
  cell: string | null;
  params: Record<string, unknown>;
}
const compareFindings = (report: { programmes: { findings: Finding[] }[] }) =>
  report.programmes.flatMap((p) => p.findings).filter((f) => f.code.startsWith("compare/"));

/** The issue's exact result: one realisation that differs, one target lowered, one raised, one dropped, one added. */
const ISSUE_RESULT = [
  ["compare/value-differs", "error", "C7"],
  ["compare/target-changed", "info", "E8"],
  ["compare/indicator-added", "info", "A10"],
  ["compare/target-changed", "warning", "E11"],
  ["compare/indicator-removed", "warning", null],
];

describe("--compare", () => {
  it("the sample against its previous budget: exactly the issue's five findings in the text report", async () => {
    const r = await check(SAMPLE, "--compare", PREVIOUS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n").filter((l) => /compare\//.test(l));
    expect(lines).toHaveLength(5);
    expect(r.stdout).toMatch(
      /Indicatoren!C7\s+compare\/value-differs\s+Behaald 2023 is hier 7,0 \(C7\); in begroting-2025-dienstverlening\.xlsx 7,1 \(D7\)\./
    );
    expect(r.stdout).toMatch(/—\s+compare\/indicator-removed\s+'Aantal verstrekte reisdocumenten' staat in/);
    expect(r.stdout).toContain(
      "Vergeleken met begroting-2025-dienstverlening.xlsx (begroting 2025): 8 indicatoren gepaard, 1 nieuw, 1 vervallen."
    );
    // The sample's own 4 errors, 13 warnings, 2 notes, and the comparison's 1, 2 and 2.
    expect(r.stdout).toContain("5 fouten, 15 waarschuwingen, 4 meldingen");
  });

  it("--json: schema version 3 with the comparison's reference and pairs, the findings in the programme", async () => {
    const r = await check(SAMPLE, "--compare", PREVIOUS, "--json", "--lang", "en");
    const report = JSON.parse(r.stdout);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(report.schemaVersion).toBe(3);
    expect(report.comparison.reference).toEqual({
      name: "begroting-2025-dienstverlening.xlsx",
      label: "begroting 2025",
    });
    expect(report.comparison.pairs).toHaveLength(10);
    expect(report.comparison.pairs).toContainEqual({
      current: null,
      reference: "aantal-verstrekte-reisdocumenten",
      how: "none",
      score: 0,
    });
    expect(compareFindings(report).map((f) => [f.code, f.severity, f.cell])).toEqual(ISSUE_RESULT);
    expect(report.summary).toEqual({ error: 5, warning: 15, info: 4 });
    expect(
      report.programmes[0].findings.find((f: Finding) => f.code === "compare/target-changed").message
    ).toMatch(/^Higher ambition: the target for 2025 is 7,5 here \(E8\)/);
  });

  it("a JSON report of the previous budget gives the same findings as the workbook", async () => {
    const json = path.join(dir, "begroting-2025.json");
    writeFileSync(json, (await check(PREVIOUS, "--json")).stdout);
    const r = await check(SAMPLE, "--compare", json, "--json");
    expect(r.stderr).toBe("");
    const fromJson = compareFindings(JSON.parse(r.stdout));
    const fromXlsx = compareFindings(
      JSON.parse((await check(SAMPLE, "--compare", PREVIOUS, "--json")).stdout)
    );
    expect(fromJson.map((f) => [f.code, f.severity, f.cell])).toEqual(ISSUE_RESULT);
    expect(fromJson.map((f) => ({ ...f.params, reference: null }))).toEqual(
      fromXlsx.map((f) => ({ ...f.params, reference: null }))
    );
  });

  it("a run's JSON over a folder of one workbook serves as the reference too", async () => {
    const folder = path.join(dir, "map-2025");
    mkdirSync(folder);
    copyFileSync(PREVIOUS, path.join(folder, "begroting-2025-dienstverlening.xlsx"));
    const json = path.join(dir, "map-2025.json");
    writeFileSync(json, (await check(folder, "--json")).stdout);
    expect(JSON.parse(readFileSync(json, "utf8")).files).toHaveLength(1);
    const r = await check(SAMPLE, "--compare", json, "--json");
    expect(compareFindings(JSON.parse(r.stdout)).map((f) => [f.code, f.severity, f.cell])).toEqual(
      ISSUE_RESULT
    );
  });

  it("a workbook of two programmes against itself: every indicator paired in its own programme, no findings", async () => {
    const report = JSON.parse((await check(TWO, "--compare", TWO, "--json")).stdout);
    expect(compareFindings(report)).toEqual([]);
    expect(report.comparison.pairs).toHaveLength(18);
    for (const p of report.comparison.pairs) expect(p.reference).toBe(p.current);
  });

  it("a reference it cannot use is one line and exit 2", async () => {
    const text = path.join(dir, "notities.txt");
    writeFileSync(text, "geen werkmap");
    const notReport = path.join(dir, "ander.json");
    writeFileSync(notReport, JSON.stringify({ hello: "world" }));
    const broken = path.join(dir, "kapot.xlsx");
    writeFileSync(broken, "dit is geen zip");
    const cases: [string, RegExp][] = [
      [
        path.join(dir, "ontbreekt.xlsx"),
        /^--compare: Bestand niet gevonden: .*ontbreekt\.xlsx\. Controleer het pad\.$/,
      ],
      [path.join(dir, "ontbreekt.json"), /^--compare: Bestand niet gevonden: .*ontbreekt\.json/],
      [text, /^--compare: .*notities\.txt is geen Excel-werkmap \(\.xlsx\) of JSON-rapport \(\.json\)/],
      [notReport, /^--compare: .*ander\.json is geen JSON-rapport van Indicator Check/],
      [broken, /^--compare: .*kapot\.xlsx is geen Excel-werkmap \(\.xlsx\)/],
    ];
    for (const [file, message] of cases) {
      const r = await check(SAMPLE, "--compare", file);
      expect({ file, code: r.code, stdout: r.stdout }).toEqual({ file, code: 2, stdout: "" });
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
    }
  });

  it("--mark-changed-targets footnotes the changed targets in the export; it needs --compare and --export", async () => {
    const out = path.join(dir, "tabellen.html");
    const r = await check(SAMPLE, "--compare", PREVIOUS, "--export", out, "--mark-changed-targets");
    expect(r.code).toBe(1);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("¹ Streefwaarde gewijzigd ten opzichte van de begroting 2025.");
    expect(html).toContain("Maximaal 5 min ¹");
    const plain = path.join(dir, "zonder.html");
    await check(SAMPLE, "--compare", PREVIOUS, "--export", plain);
    expect(readFileSync(plain, "utf8")).not.toContain("Streefwaarde gewijzigd");
    const alone = await check(SAMPLE, "--export", plain, "--mark-changed-targets");
    expect(alone.code).toBe(2);
    expect(alone.stderr.trim()).toBe(
      "--mark-changed-targets werkt alleen met --compare <vorige.xlsx> en --export <uit.docx|uit.html>. Zie 'indicator-check --help'."
    );
  });

  it("compares one workbook at a time", async () => {
    const r = await check(SAMPLE, TWO, "--compare", PREVIOUS);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      "--compare vergelijkt één werkmap met een andere versie; geef één werkmap. Zie 'indicator-check --help'."
    );
  });
});
