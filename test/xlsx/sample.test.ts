import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSampleBytes } from "../../scripts/build-sample";
import { cellAt, isCellError } from "../../src/core/workbook";
import type { SheetData, WorkbookData } from "../../src/core/workbook";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";

const SAMPLE = join(__dirname, "..", "..", "examples", "begroting-2026-dienstverlening.xlsx");

let wb: WorkbookData;
beforeAll(async () => {
  wb = await readWorkbookFile(SAMPLE);
});

function sheet(name: string): SheetData {
  const found = wb.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Cell at an A1-ish (1-based row, 0-based column) position. */
const at = (s: SheetData, row1: number, col: number) => cellAt(s, row1 - 1, col);

describe("the committed sample workbook", () => {
  test("has the four Dutch sheets in order, none hidden or protected", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(["Resultaten", "Relatie", "Indicatoren", "Toelichting"]);
    expect(wb.sheets.every((s) => !s.hidden && !s.protected)).toBe(true);
    expect(wb.date1904).toBeUndefined();
  });

  test("Indicatoren: header with line breaks and 9 indicator rows", () => {
    const s = sheet("Indicatoren");
    expect(s.startRow).toBe(0);
    expect(s.startCol).toBe(0);
    expect(at(s, 3, 0).value).toBe("Prestatie-indicator(en)");
    expect([1, 2, 3, 4, 5].map((c) => at(s, 3, c).value)).toEqual([
      "Behaald\n2022",
      "Behaald\n2023",
      "Behaald\n2024",
      "Beoogd\n2025",
      "Beoogd\n2026",
    ]);
    const names = [4, 5, 6, 7, 8, 9, 10, 11, 12].map((r) => at(s, r, 0).value);
    expect(names).toHaveLength(9);
    expect(names.every((n) => typeof n === "string" && n.endsWith("."))).toBe(true);
    expect(names[5]).toBe("% Terugbellen binnen 1 werkdag.");
    expect(at(s, 13, 0).value).toBeNull();
  });

  test("grades are numbers shown with a decimal comma; targets are plain integers", () => {
    const s = sheet("Indicatoren");
    expect(at(s, 4, 2)).toMatchObject({ value: 8, format: "0.0", text: "8,0" });
    expect(at(s, 4, 3)).toMatchObject({ value: 8.3, text: "8,3" });
    expect(at(s, 4, 4)).toMatchObject({ value: 8, format: "0", text: "8" });
    expect(at(s, 7, 4)).toMatchObject({ value: 7.5, format: "0.0", text: "7,5" });
  });

  test("'*' and '-' markers are text", () => {
    const s = sheet("Indicatoren");
    for (const r of [4, 5, 6]) expect(at(s, r, 1)).toMatchObject({ value: "*", text: "*" });
    expect(at(s, 11, 1)).toMatchObject({ value: "-", text: "-" });
    expect(at(s, 12, 1)).toMatchObject({ value: "-", text: "-" });
  });

  test("percentages: formatted numbers in one row, typed text in the next", () => {
    const s = sheet("Indicatoren");
    expect(at(s, 9, 1)).toMatchObject({ value: 0.75, format: "0%", text: "75%" });
    expect([1, 2, 3, 4, 5].map((c) => at(s, 9, c).text)).toEqual(["75%", "70%", "71%", "80%", "80%"]);
    expect([1, 2, 3, 4, 5].map((c) => at(s, 10, c).value)).toEqual(["82%", "81%", "80%", "80%", "80%"]);
  });

  test("the 2:17 waiting time is a time cell; 6:36 is text", () => {
    const s = sheet("Indicatoren");
    const cell = at(s, 11, 2);
    expect(cell.format).toBe("m:ss");
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString()).toBe("1899-12-30T00:02:17.000Z");
    expect(cell.text).toBe("2:17"); // as the seed shows it
    expect(at(s, 12, 2)).toMatchObject({ value: "6:36", text: "6:36", format: "General" });
    expect([3, 4, 5].map((c) => at(s, 11, c).value)).toEqual(["8 min", "Maximaal 5 min", "5 min"]);
  });

  test("the legend is merged across A:F; only its top-left cell holds the text", () => {
    const s = sheet("Indicatoren");
    const legend = at(s, 14, 0);
    expect(legend.merge).toBe("A14:F14");
    expect(legend.value).toMatch(/^Met de bovenstaande indicator\(en\) wordt de voortgang/);
    for (let c = 1; c <= 5; c++) expect(at(s, 14, c)).toMatchObject({ value: null, text: "", merge: "A14:F14" });
    expect(s.cells).toHaveLength(14);
    expect(s.cells.every((row) => row.length === 6)).toBe(true);
  });

  test("Relatie: one row per result, indicators joined by line breaks, NBK without indicators", () => {
    const s = sheet("Relatie");
    expect(at(s, 3, 1).value).toBe("Prestatie-indicatoren(en)");
    const results = [4, 5, 6, 7, 8, 9, 10, 11, 12].map((r) => at(s, r, 0).value);
    expect(results.every((r) => typeof r === "string" && r.endsWith("."))).toBe(true);
    expect(at(s, 11, 0).value).toMatch(/^Als gezicht van de gemeente/);
    expect(at(s, 11, 1).value).toBe(
      "80% terugbellen binnen 1 werkdag;\n80% terugbellen binnen 2 werkdagen ;\nKlanttevredenheid telefoonnummer 14 050",
    );
    expect(at(s, 10, 0).value).toMatch(/^Vanuit onze regierol het NBK/);
    expect(at(s, 10, 1).value).toBeNull();
  });

  test("Resultaten: beleidsvelden merged over their results", () => {
    const s = sheet("Resultaten");
    expect(at(s, 1, 0).value).toBe("Deelprogramma 4.1: Dienstverlening");
    expect(at(s, 4, 0)).toMatchObject({ value: "Regie op dienstverlening", merge: "A4:A5" });
    expect(at(s, 6, 0)).toMatchObject({ value: "Burgerzaken", merge: "A6:A8" });
    const results = s.cells.slice(3).map((row) => row[1]!.value);
    expect(results).toHaveLength(9);
  });

  test("Toelichting: eight explained indicators, none for '% Terugbellen binnen 1 werkdag.'", () => {
    const s = sheet("Toelichting");
    const texts = s.cells.map((row) => row[0]!.text);
    expect(texts.filter((t) => t.startsWith("Toelichting: "))).toHaveLength(8);
    expect(texts).not.toContain("% Terugbellen binnen 1 werkdag.");
    expect(texts).toContain("% Terugbellen binnen 2 werkdagen.");
  });

  test("no error values anywhere", () => {
    for (const s of wb.sheets) for (const row of s.cells) for (const c of row) expect(isCellError(c.value)).toBe(false);
  });
});

describe("scripts/build-sample.ts", () => {
  test("is deterministic and the committed sample is up to date", async () => {
    const first = await buildSampleBytes();
    const second = await buildSampleBytes();
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).equals(readFileSync(SAMPLE))).toBe(true);
  });
});
