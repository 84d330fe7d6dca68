import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv from "ajv";
import ExcelJS from "exceljs";
import schema from "../../docs/report.schema.json";
import { runCli, type CliResult } from "../reliability/cli";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "examples/begroting-2026-dienstverlening.xlsx");
/** The sample's four sheets twice, prefixed "4.1 " and "4.2 ": a whole-budget workbook of two programmes. */
const TWO = path.join(ROOT, "examples/begroting-2026-twee-programmas.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "indicator-check-cli-"));

type Result = CliResult;
/** Runs the bundled command as a user would, as a child process. */
const check = runCli;

async function writeWorkbook(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const noStackTrace = (r: Result, lines = 1) => {
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
  expect(r.stderr.trim().split("\n")).toHaveLength(lines);
};

describe("npm run check", () => {
  it("with no file checks the sample and prints a Dutch report grouped by indicator", async () => {
    const r = await check();
    expect(r.code).toBe(1); // the sample has norm breaches
    expect(r.stdout).toContain("4 fouten, 13 waarschuwingen, 2 meldingen");
    expect(r.stdout).toContain("% Terugbellen binnen 1 werkdag.  (Indicatoren!A9)");
    expect(r.stdout).toMatch(
      /Indicatoren!D11\s+norm\/breach\s+Norm niet gehaald in 2024: 8 min terwijl de norm ten hoogste 5 min is\./
    );
    expect(r.stdout).not.toContain("\x1b[");
  });

  it("--json prints exactly one JSON document that conforms to schema version 3", async () => {
    const r = await check(SAMPLE, "--json");
    const report = JSON.parse(r.stdout);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate.errors ?? validate(report)).toBe(true);
    expect(report.schemaVersion).toBe(3);
    expect(report.programmes).toHaveLength(1);
    expect(report.programmes[0]).toMatchObject({
      key: null,
      name: "Dienstverlening",
      summary: { error: 4, warning: 13, info: 2 },
    });

    expect(report.summary).toEqual({ error: 4, warning: 13, info: 2 });
    expect(r.stderr).toBe("");
    const terugbellen = report.programmes[0].indicators.find(
      (i: { id: string }) => i.id === "terugbellen-binnen-1-werkdag"
    );
    expect(terugbellen.observations[0]).toMatchObject({
      year: 2022,
      kind: "achieved",
      cell: "B9",
      raw: "75%",
      value: 75,
      unit: "percent",
      status: "breach",
    });
    const wachttijd = report.programmes[0].indicators.find(
      (i: { id: string }) => i.id === "gemiddelde-wachttijd-balie-op-afspraak"
    );
    expect(wachttijd.observations.map((o: { value: number | null }) => o.value)).toEqual([
      null,
      2.283333333,
      8,
      5,
      5,
    ]);
    for (const f of report.programmes[0].findings) if (f.cell !== null) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it("--lang en writes the messages in English", async () => {
    const r = await check(SAMPLE, "--json", "--lang", "en");
    const breach = JSON.parse(r.stdout).programmes[0].findings.find(
      (f: { code: string; year: number; cell: string }) =>
        f.code === "norm/breach" && f.year === 2024 && f.cell === "D11"
    );
    expect(breach.message).toBe("Norm not met in 2024: 8 min while the norm is at most 5 min.");
  });

  describe("a workbook of two programmes (two copies of the sample)", () => {
    it("reports each programme as the sample alone, with a line of totals: 2 × 17 warnings and errors", async () => {
      const r = await check(TWO);
      expect(r.code).toBe(1);
      const parts = r.stdout.split(/\n(?=Programma: )/);
      expect(parts.slice(1).map((p) => p.split("\n").slice(0, 3))).toEqual([
        [
          "Programma: 4.1 Dienstverlening",
          expect.stringMatching(/^9 indicatoren/),
          expect.stringContaining("4 fouten, 13 waarschuwingen, 2 meldingen"),
        ],
        [
          "Programma: 4.2 Dienstverlening",
          expect.stringMatching(/^9 indicatoren/),
          expect.stringContaining("4 fouten, 13 waarschuwingen, 2 meldingen"),
        ],
      ]);
      expect(r.stdout.trim().split("\n").pop()).toBe(
        "Totaal: 2 programma's, 18 indicatoren; 8 fouten, 26 waarschuwingen, 4 meldingen"
      );
      expect(r.stdout).toMatch(/4\.2 Indicatoren!D11\s+norm\/breach/);
    });

    it("--json lists both programmes with their own findings, under schema version 3", async () => {
      const report = JSON.parse((await check(TWO, "--json")).stdout);
      const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
      expect(validate.errors ?? validate(report)).toBe(true);
      expect(report.programmes.map((p: { id: string; summary: unknown }) => [p.id, p.summary])).toEqual([
        ["4.1", { error: 4, warning: 13, info: 2 }],
        ["4.2", { error: 4, warning: 13, info: 2 }],
      ]);
      expect(report.summary).toEqual({ error: 8, warning: 26, info: 4 });
      const ids = report.programmes[1].findings.map((f: { id: string; programme: string }) => [
        f.id.split("/")[0],
        f.programme,
      ]);
      expect(new Set(ids.map(String))).toEqual(new Set(["4.2,4.2"]));
    });

    it("--programme 4.2 reports that programme alone; an unknown one exits 2 and names the known", async () => {
      const one = JSON.parse((await check(TWO, "--json", "--programme", "4.2")).stdout);
      expect(one.programmes.map((p: { id: string }) => p.id)).toEqual(["4.2"]);
      expect(one.summary).toEqual({ error: 4, warning: 13, info: 2 });
      const wrong = await check(TWO, "--programme", "9");
      expect(wrong.code).toBe(2);
      expect(wrong.stderr.trim()).toBe("--programme kent '9' niet; deze werkmap heeft: 4.1, 4.2");
    });

    it("--export writes one section per programme, each under its own title", async () => {
      const out = path.join(dir, "twee.html");
      const r = await check(TWO, "--export", out);
      expect(r.stderr).toContain(out);
      const html = readFileSync(out, "utf8");
      expect(html.match(/<h2[^>]*>Begrotingstabellen Dienstverlening<\/h2>/g)).toHaveLength(2);
      const single = path.join(dir, "een.html");
      await check(TWO, "--export", single, "--programme", "4.1");
      const one = readFileSync(single, "utf8");
      expect(one).not.toMatch(/<h2[^>]*>Begrotingstabellen/);
      expect(html.match(/<caption/g)).toHaveLength(2 * one.match(/<caption/g)!.length);
    });
  });

  it("--help explains every option", async () => {
    const r = await check("--help");
    expect(r.code).toBe(0);
    for (const option of [
      "--json",
      "--lang",
      "--highlight",
      "--export",
      "--show-met",
      "--budget-year",
      "--help",
    ])
      expect(r.stdout).toContain(option);
  });

  it("--highlight writes a marked copy and leaves the input untouched", async () => {
    const before = readFileSync(SAMPLE);
    const out = path.join(dir, "gemarkeerd.xlsx");
    const r = await check(SAMPLE, "--highlight", out);
    expect(r.code).toBe(1);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Indicatoren")!;
    expect(String(ws.getCell("D11").note)).toContain("Norm niet gehaald in 2024");
    const rules = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(rules.map((c) => c.ref).join(" ")).toContain("D11");
    expect(ws.getCell("D11").value).toBe("8 min");
  });

  it("--highlight refuses to overwrite its input", async () => {
    const copy = path.join(dir, "zelf.xlsx");
    writeFileSync(copy, readFileSync(SAMPLE));
    const before = statSync(copy).mtimeMs;
    const r = await check(copy, "--highlight", copy);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("zou de invoer");
    expect(statSync(copy).mtimeMs).toBe(before);
    noStackTrace(r);
  });

  it("--export writes the budget tables as .docx and as .html", async () => {
    const docx = path.join(dir, "tabellen.docx");
    const html = path.join(dir, "tabellen.html");
    expect((await check(SAMPLE, "--export", docx)).code).toBe(1);
    expect((await check(SAMPLE, "--export", html)).code).toBe(1);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe("PK");
    const page = readFileSync(html, "utf8");
    expect(page).toContain("<table");
    expect(page).toContain("Maximaal 5 min");
  });

  it("--export refuses an unknown file type", async () => {
    const r = await check(SAMPLE, "--export", path.join(dir, "tabellen.pdf"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".docx of .html");
    noStackTrace(r);
  });

  it("checks a workbook in another layout", async () => {
    const file = await writeWorkbook("veiligheid.xlsx", (wb) => {
      const ws = wb.addWorksheet("KPI");
      ws.addRows([
        ["Programma 2: Veiligheid"],
        [],
        ["Effectindicator", "Realisatie 2023", "Realisatie 2024", "Begroting 2026"],
        ["Inwoners dat zich veilig voelt", 0.81, 0.79, "minimaal 80%"],
      ]);
      ws.getCell("B4").numFmt = "0%";
      ws.getCell("C4").numFmt = "0%";
    });
    const r = await check(file, "--json");
    const report = JSON.parse(r.stdout);
    expect(report.programmes[0].name).toBe("Veiligheid");
    expect(report.programmes[0].indicators[0].observations.map((o: { value: number }) => o.value)).toEqual([
      81, 79, 80,
    ]);
    expect(report.programmes[0].findings.map((f: { code: string }) => f.code)).toContain("target/missed");
  });

  describe("bad input: one clear line on stderr, exit 2, never a stack trace", () => {
    it("a path that does not exist", async () => {
      const r = await check(path.join(dir, "bestaat-niet.xlsx"));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Bestand niet gevonden");
      expect(r.stdout).toBe("");
      noStackTrace(r);
    });

    it("plain text renamed .xlsx", async () => {
      const file = path.join(dir, "tekst.xlsx");
      writeFileSync(file, "Dit is geen werkmap\n");
      const r = await check(file, "--json");
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("geen Excel-werkmap");
      expect(r.stdout).toBe("");
      noStackTrace(r);
    });

    it("an empty workbook", async () => {
      const file = await writeWorkbook("leeg.xlsx", (wb) => wb.addWorksheet("Blad1"));
      const r = await check(file);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/geen gegevens|Geen indicatortabel/);
      noStackTrace(r, r.stderr.includes("Geen indicatortabel") ? 2 : 1);
    });

    it("a workbook with no indicator table", async () => {
      const file = await writeWorkbook("boodschappen.xlsx", (wb) =>
        wb.addWorksheet("Lijst").addRows([
          ["Melk", 2],
          ["Brood", 1],
        ])
      );
      const r = await check(file);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Geen indicatortabel gevonden");
      expect(r.stderr).toContain("--table indicatoren=");
      noStackTrace(r, 2);
    });

    it("a table it cannot read: names the header-like rows and why, and --table points at it", async () => {
      const file = await writeWorkbook("vrij.xlsx", (wb) =>
        wb
          .addWorksheet("Blad 1")
          .addRows([["Overzicht"], ["Wat", "Cijfer"], ["Wachtlijst", 12], ["Klachten", 3]])
      );
      const r = await check(file);
      expect(r.code).toBe(2);
      expect(r.stderr.split("\n").slice(0, 3)).toEqual([
        `Geen indicatortabel gevonden in ${file}.`,
        "Deze rijen leken het meest op een koprij:",
        "  'Blad 1'!A2  Wat | Cijfer",
      ]);
      expect(r.stderr).toContain("niet genomen: geen kolom met een jaar of Behaald/Beoogd");
      noStackTrace(r, 5);

      const pointed = await check(file, "--table", "indicatoren='Blad 1'!A2:B4", "--json");
      const report = JSON.parse(pointed.stdout);
      expect(report.programmes[0].indicators.map((i: { name: string }) => i.name)).toEqual([
        "Wachtlijst",
        "Klachten",
      ]);
    });

    it.each([
      ["--table", "indicatoren", "soort=Blad!A3:F20"],
      ["--table", "taart=Blad!A1:B2", "kent het soort tabel 'taart' niet"],
      ["--table", "indicatoren=Blad!A3:F", "verwacht soort=Blad!A3:F20"],
    ])("%s %s: a clear usage error", async (flag, value, message) => {
      const r = await check(SAMPLE, flag, value);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      noStackTrace(r);
    });

    it("--table on a sheet the workbook does not have names the sheets it has", async () => {
      const r = await check(SAMPLE, "--table", "indicatoren=Blad9!A1:C3");
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("de werkmap heeft geen blad 'Blad9' (wel: ");
      noStackTrace(r);
    });

    it("an unknown option", async () => {
      const r = await check("--kleur");
      expect(r.code).toBe(2);
      noStackTrace(r);
    });
  });

  it("handles a 20,000-row workbook", async () => {
    const file = await writeWorkbook("groot.xlsx", (wb) => {
      const ws = wb.addWorksheet("Indicatoren");
      ws.addRow(["Prestatie-indicator", "Behaald 2023", "Behaald 2024", "Beoogd 2025"]);
      for (let i = 0; i < 20_000; i++) ws.addRow([`Indicator ${i}`, (i % 10) + 0.5, `${i % 100}%`, "50%"]);
    });
    const r = await check(file, "--json");
    expect(r.code).toBe(1); // no relation table is an error
    const report = JSON.parse(r.stdout);
    expect(report.programmes[0].indicators).toHaveLength(20_000);
  });
});
