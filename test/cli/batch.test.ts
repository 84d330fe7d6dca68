/**
 * The command over many workbooks, the findings workbook, the baseline and the exit-status
 * conventions, run as a user runs it: the bundled bin as a child process.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv from "ajv";
import ExcelJS from "exceljs";
import schema from "../../docs/report.schema.json";
import { runCli as check } from "../reliability/cli";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "examples/begroting-2026-dienstverlening.xlsx");
const TWO = path.join(ROOT, "examples/begroting-2026-twee-programmas.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "indicator-check-batch-"));

/** The sample with one breach fixed (B9 75% → 85%), one changed (D11 8 → 9 min) and one added ('*' in C10). */
async function sampleNextYear(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet("Indicatoren")!;
  ws.getCell("B9").value = 0.85;
  ws.getCell("D11").value = "9 min";
  ws.getCell("C10").value = "*";
  await wb.xlsx.writeFile(file);
  return file;
}

describe("a folder with three workbooks and one broken file", () => {
  const folder = path.join(dir, "begroting");
  beforeAll(async () => {
    mkdirSync(folder);
    copyFileSync(SAMPLE, path.join(folder, "a-dienstverlening.xlsx"));
    copyFileSync(TWO, path.join(folder, "b-twee.xlsx"));
    await sampleNextYear(path.join(folder, "c-volgend-jaar.xlsx"));
    writeFileSync(path.join(folder, "d-kapot.xlsx"), "geen werkmap\n");
    writeFileSync(path.join(folder, "~$a-dienstverlening.xlsx"), "Excel's lock file\n");
    writeFileSync(path.join(folder, "notities.txt"), "niet meenemen\n");
  });

  it("checks every .xlsx, prints each report and one summary table, and exits with the worst status", async () => {
    const r = await check(folder);
    expect(r.code).toBe(2);
    expect(r.stdout.match(/^Indicator Check — /gm)).toHaveLength(3);
    const table = r.stdout.slice(r.stdout.lastIndexOf("Werkmap ")).trimEnd();
    const rows = table.split("\n").filter((l) => !l.startsWith("─"));
    const cells = (line: string) => line.split(/\s{2,}/);
    expect(rows.map((l) => cells(l).slice(0, 6))).toEqual([
      ["Werkmap", "Indicatoren", "Fouten", "Waarschuwingen", "Meldingen", "Status"],
      [path.join(folder, "a-dienstverlening.xlsx"), "9", "4", "13", "2", "1"],
      [path.join(folder, "b-twee.xlsx"), "18", "8", "26", "4", "1"],
      [path.join(folder, "c-volgend-jaar.xlsx"), "9", "3", "14", "2", "1"],
      [path.join(folder, "d-kapot.xlsx"), "–", "–", "–", "–", "2"],
      ["Totaal (4 werkmappen)", "36", "15", "53", "8", "2"],
    ]);
    expect(rows[4]).toContain("d-kapot.xlsx is geen Excel-werkmap (.xlsx)");
    expect(r.stderr).toBe("");
  });

  it("--json is one document with a report per file; the broken file has its error and status", async () => {
    const r = await check(folder, "--json");
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(3);
    expect(
      doc.files.map((f: { source: string; status: number }) => [path.basename(f.source), f.status])
    ).toEqual([
      ["a-dienstverlening.xlsx", 1],
      ["b-twee.xlsx", 1],
      ["c-volgend-jaar.xlsx", 1],
      ["d-kapot.xlsx", 2],
    ]);
    expect(doc.files[1].report.programmes.map((p: { id: string }) => p.id)).toEqual(["4.1", "4.2"]);
    expect(doc.files[3]).toMatchObject({
      report: null,
      error: expect.stringContaining("geen Excel-werkmap"),
    });
    expect(doc.summary).toEqual({ error: 15, warning: 53, info: 8 });
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringContaining("d-kapot.xlsx is geen Excel-werkmap"),
    ]);
  });

  it("files and folders mix; without a broken file the status is the worst of the rest", async () => {
    const r = await check(SAMPLE, path.join(folder, "b-twee.xlsx"));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Totaal \(2 werkmappen\)\s+27\s+12\s+39\s+6\s+1\n$/);
  });

  it("--exit-zero gives 0 when every input was read, and still 2 when one was not", async () => {
    expect((await check(SAMPLE, "--exit-zero")).code).toBe(0);
    expect((await check(folder, "--exit-zero")).code).toBe(2);
  });

  it("--export names one workbook; with several it is a usage error", async () => {
    const r = await check(folder, "--export", path.join(dir, "x.docx"));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(
      "--export schrijft voor één werkmap; controleer de werkmappen één voor één. Zie 'indicator-check --help'."
    );
  });

  it("a folder without workbooks is one clear line", async () => {
    const empty = path.join(dir, "leeg");
    mkdirSync(empty);
    const r = await check(empty);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`De map ${empty} bevat geen .xlsx-bestanden.`);
  });
});

describe("--report: the findings workbook for reviewers", () => {
  let findings: ExcelJS.Worksheet;
  let counts: ExcelJS.Worksheet;
  const out = path.join(dir, "rapport");
  beforeAll(async () => {
    mkdirSync(out);
    const r = await check(
      TWO,
      "--report",
      path.join(out, "bevindingen.xlsx"),
      "--highlight",
      path.join(dir, "gemarkeerd.xlsx")
    );
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "bevindingen.xlsx"));
    findings = wb.getWorksheet("Bevindingen")!;
    counts = wb.getWorksheet("Bevindingen per code")!;
  });

  const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
  const column = (ws: ExcelJS.Worksheet, name: string) => header(ws).indexOf(name) + 1;

  it("has a row per finding with programme, place, indicator, year, severity, code, message and review", () => {
    expect(header(findings)).toEqual([
      "Werkmap",
      "Programma",
      "Blad",
      "Cel",
      "Indicator",
      "Jaar",
      "Ernst",
      "Code",
      "Melding",
      "Beoordeling",
      "Reden",
    ]);
    expect(findings.rowCount).toBe(1 + 2 * 19);
    const d11 = findings
      .getRows(2, findings.rowCount - 1)!
      .find(
        (row) =>
          row.getCell(column(findings, "Blad")).value === "4.2 Indicatoren" &&
          row.getCell(column(findings, "Code")).value === "norm/breach" &&
          row.getCell(column(findings, "Jaar")).value === 2024 &&
          String(row.getCell(column(findings, "Melding")).value).includes("8 min")
      )!;
    expect(d11.getCell(column(findings, "Programma")).value).toBe("4.2 Dienstverlening");
    expect(d11.getCell(column(findings, "Indicator")).value).toBe(
      "Gemiddelde wachttijd balie (op afspraak) norm: 5 min."
    );
    expect(d11.getCell(column(findings, "Ernst")).value).toBe("fout");
    expect(d11.getCell(column(findings, "Beoordeling")).value).toBe("open");
  });

  it("links each cell into the highlighted copy, relative to the report", () => {
    const links = findings.getColumn(column(findings, "Cel")).values.slice(2) as {
      text: string;
      hyperlink: string;
    }[];
    expect(links).toContainEqual({ text: "D11", hyperlink: "../gemarkeerd.xlsx#'4.2 Indicatoren'!D11" });
    expect(links.every((l) => l.hyperlink.startsWith("../gemarkeerd.xlsx#'4."))).toBe(true);
  });

  it("has an autofilter, a frozen header row, the marks' colours and widths that fit", () => {
    expect(findings.autoFilter).toBe(`A1:K${findings.rowCount}`);
    expect(findings.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const severities = findings.getColumn(column(findings, "Ernst"));
    const fillOf = (label: string) => {
      let fill: unknown;
      severities.eachCell((cell) => {
        if (cell.value === label) fill = (cell.fill as ExcelJS.FillPattern).fgColor?.argb;
      });
      return fill;
    };
    expect([fillOf("fout"), fillOf("waarschuwing")]).toEqual(["FFFFC7CE", "FFFFEB9C"]);
    expect(findings.getColumn(column(findings, "Cel")).width).toBeLessThan(10);
    expect(findings.getColumn(column(findings, "Melding")).width).toBe(70);
  });

  it("counts findings by programme and code on a second sheet", () => {
    expect(header(counts)).toEqual(["Werkmap", "Programma", "Code", "Ernst", "Aantal"]);
    const rows = counts.getRows(2, counts.rowCount - 1)!.map((row) => (row.values as unknown[]).slice(2));
    expect(rows).toContainEqual(["4.1 Dienstverlening", "norm/breach", "fout", 4]);
    expect(rows).toContainEqual(["4.2 Dienstverlening", "target/missed", "waarschuwing", 6]);
    expect(rows.reduce((n, r) => n + (r[3] as number), 0)).toBe(2 * 19);
    expect(counts.autoFilter).toBe(`A1:E${counts.rowCount}`);
  });

  it("links into the original without --highlight, and refuses a name that is no .xlsx", async () => {
    const file = path.join(dir, "zonder.xlsx");
    await check(SAMPLE, "--report", file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet("Bevindingen")!;
    expect(header(sheet)).not.toContain("Programma"); // one programme
    const cell = sheet.getRow(2).getCell(column(sheet, "Cel")).value as { hyperlink: string };
    expect(cell.hyperlink).toBe(`${path.relative(dir, SAMPLE)}#'Relatie'!A10`);
    const r = await check(SAMPLE, "--report", path.join(dir, "bevindingen.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("--baseline: a JSON report of an earlier run", () => {
  let baseline: string;
  let next: string;
  beforeAll(async () => {
    baseline = path.join(dir, "vorige.json");
    writeFileSync(baseline, (await check(SAMPLE, "--json")).stdout);
    next = await sampleNextYear(path.join(dir, "volgend-jaar.xlsx"));
  });

  it("marks the added finding new and the changed one changed, and lists the fixed one as resolved", async () => {
    const r = await check(next, "--baseline", baseline);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Indicatoren!C10\s+value\/undefined-marker\s+\[nieuw\]/);
    expect(r.stdout).toMatch(
      /Indicatoren!D11\s+norm\/breach\s+\[gewijzigd\] Norm niet gehaald in 2024: 9 min/
    );
    expect(r.stdout).not.toMatch(/Indicatoren!D9\s+norm\/breach\s+\[/);
    expect(r.stdout).toContain("Sinds de vorige controle: 1 nieuw, 2 gewijzigd, 16 ongewijzigd, 1 opgelost");
    expect(r.stdout).toMatch(
      /Opgelost sinds de vorige controle \(1\):\n {2}✓ Indicatoren!B9 {2}norm\/breach {2}Norm niet gehaald in 2022: 75%/
    );
  });

  it("--only-new prints and counts only the new finding; the exit status follows (a warning: 0)", async () => {
    const r = await check(next, "--baseline", baseline, "--only-new");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(0 fouten, 1 waarschuwing, 0 meldingen)");
    expect(r.stdout.match(/^ {2}[✖▲ℹ] /gm)).toHaveLength(1);
  });

  it("--json carries the comparison; the same run against itself has nothing new", async () => {
    const report = JSON.parse((await check(next, "--baseline", baseline, "--json")).stdout);
    expect(report.baseline.counts).toEqual({ new: 1, changed: 2, unchanged: 16, resolved: 1 });
    expect(report.baseline.resolved.map((f: { id: string }) => f.id)).toEqual([
      "norm.breach:terugbellen-binnen-1-werkdag:2022",
    ]);
    const same = await check(SAMPLE, "--baseline", baseline, "--only-new");
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("Geen bevindingen.");
  });

  it("a baseline that is no report, or --only-new without one, is one line and exit 2", async () => {
    const bad = path.join(dir, "niet-json.json");
    writeFileSync(bad, "{}");
    for (const args of [
      [SAMPLE, "--baseline", bad],
      [SAMPLE, "--baseline", path.join(dir, "ontbreekt.json")],
      [SAMPLE, "--only-new"],
    ]) {
      const r = await check(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("a multi-file JSON document serves as the baseline of a folder run", async () => {
    const folder = path.join(dir, "map-baseline");
    mkdirSync(folder);
    copyFileSync(SAMPLE, path.join(folder, "dienstverlening.xlsx"));
    copyFileSync(TWO, path.join(folder, "twee.xlsx"));
    const base = path.join(dir, "map-vorige.json");
    writeFileSync(base, (await check(folder, "--json")).stdout);
    await sampleNextYear(path.join(folder, "dienstverlening.xlsx"));
    const doc = JSON.parse((await check(folder, "--baseline", base, "--json")).stdout);
    expect(
      doc.files.map((f: { report: { baseline: { counts: unknown } } }) => f.report.baseline.counts)
    ).toEqual([
      { new: 1, changed: 2, unchanged: 16, resolved: 1 },
      { new: 0, changed: 0, unchanged: 38, resolved: 0 },
    ]);
  });
});

describe("option errors: exit 2, one line, one language", () => {
  it.each([
    [["--lang", "xx"], "--lang kent 'xx' niet: kies nl of en. Zie 'indicator-check --help'."],
    [["--lang=de", SAMPLE], "--lang kent 'de' niet: kies nl of en. Zie 'indicator-check --help'."],
    [["--bogus"], "Onbekende optie --bogus. Zie 'indicator-check --help'."],
    [["--bogus", "--lang", "en"], "Unknown option --bogus. See 'indicator-check --help'."],
    [["--highlight"], "--highlight verwacht een waarde. Zie 'indicator-check --help'."],
    [["--json=ja"], "--json neemt geen waarde. Zie 'indicator-check --help'."],
    [
      ["--budget-year", "volgend", "--lang", "en"],
      "--budget-year expects a year, not 'volgend'. See 'indicator-check --help'.",
    ],
  ])("%j", async (args, message) => {
    const r = await check(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${message}\n`);
  });
});

it("--help lists every option in groups, with an example per group", async () => {
  const r = await check("--help");
  expect(r.code).toBe(0);
  const groups = r.stdout.split(/\n\n(?=\S)/).slice(2);
  expect(groups.map((g) => g.split("\n")[0])).toEqual([
    "Uitvoer:",
    "Wat er gecontroleerd wordt:",
    "Vergelijken met een andere versie:",
    "Vergelijken met een vorige controle:",
    "Afsluitcode:",
  ]);
  for (const g of groups) expect(g).toMatch(/\n {2}Voorbeeld: indicator-check /);
  const options = [
    "--json",
    "--lang",
    "--report",
    "--highlight",
    "--show-met",
    "--export",
    "--programme",
    "--budget-year",
    "--table",
    "--compare",
    "--mark-changed-targets",
    "--baseline",
    "--only-new",
    "--exit-zero",
    "--help",
  ];
  for (const option of options) expect(r.stdout).toMatch(new RegExp(`^ {2}${option}\\b`, "m"));
  const en = await check("--help", "--lang", "en");
  expect(en.stdout).toContain("Comparing with an earlier check:");
  expect(readFileSync(path.join(ROOT, "package.json"), "utf8")).toContain(
    '"indicator-check": "dist-cli/indicator-check.js"'
  );
});

describe("the JSON documents conform to docs/report.schema.json", () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  it.each([
    ["one workbook with a baseline", () => [SAMPLE, "--baseline", path.join(dir, "vorige.json"), "--json"]],
    ["a run over a folder", () => [path.join(dir, "begroting"), "--json"]],
  ])("%s", async (_name, args) => {
    const doc = JSON.parse((await check(...args())).stdout);
    expect(validate(doc) || validate.errors).toBe(true);
  });
});

it("shows a progress line per workbook where stderr is a terminal, and clears it before the results", async () => {
  const { run } = await import("../../src/cli/main");
  const events: string[] = [];
  const progress = (text: string | null) => events.push(text ?? "(cleared)");
  const out = (text: string) => events.push(`out: ${text.split("\n")[0]}`);
  const code = await run([SAMPLE, TWO, "--json"], { out, err: () => undefined, colour: false, progress });
  expect(code).toBe(1);
  expect(events).toEqual([`[1/2] ${SAMPLE}`, `[2/2] ${TWO}`, "(cleared)", "out: {"]);
});
