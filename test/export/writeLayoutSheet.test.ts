/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells, not Office.js proxies */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildLayout } from "../../src/core/layout/buildLayout";
import { planLayoutSheet } from "../../src/core/layout/sheetPlan";
import type { BudgetLayout } from "../../src/core/layout/types";
import { writeLayoutSheet } from "../../src/export/writeLayoutSheet";
import { sampleAnalysis, SAMPLE } from "../layout/sample";

let layout: BudgetLayout;
beforeAll(async () => {
  layout = buildLayout(await sampleAnalysis());
});

/** Every cell of a sheet as address → value and style, to prove a sheet was left alone. */
function snapshot(sheet: ExcelJS.Worksheet) {
  const out: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      out[cell.address] = JSON.parse(JSON.stringify({ value: cell.value, style: cell.style }));
    })
  );
  return {
    cells: out,
    merges: [...((sheet.model as { merges?: string[] }).merges ?? [])],
    widths: sheet.columns.map((c) => c.width),
  };
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<{ workbook: ExcelJS.Workbook; zip: JSZip }> {
  const buffer = await workbook.xlsx.writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(buffer);
  return { workbook: again, zip: await JSZip.loadAsync(buffer) };
}

describe("writeLayoutSheet", () => {
  it("adds 'Begrotingstabellen (2)' next to an existing 'Begrotingstabellen' and leaves that sheet untouched", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    const existing = workbook.addWorksheet("Begrotingstabellen");
    existing.getCell("A1").value = "Mijn eigen tabel";
    existing.getCell("A1").font = { bold: true };
    existing.getCell("B2").value = 42;
    existing.mergeCells("C3:D3");
    const before = snapshot(existing);
    const names = workbook.worksheets.map((w) => w.name);

    expect(writeLayoutSheet(workbook, layout)).toBe("Begrotingstabellen (2)");
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...names, "Begrotingstabellen (2)"]);
    expect(snapshot(existing)).toEqual(before);
    expect(writeLayoutSheet(workbook, layout)).toBe("Begrotingstabellen (3)");

    // After saving and reading back (exceljs then fills in empty border and fill objects): same values and fonts.
    const { workbook: reread } = await roundTrip(workbook);
    const kept = reread.getWorksheet("Begrotingstabellen")!;
    expect([
      kept.getCell("A1").value,
      kept.getCell("A1").font,
      kept.getCell("B2").value,
      kept.getCell("C3").isMerged,
    ]).toEqual(["Mijn eigen tabel", { bold: true }, 42, true]);
    expect(kept.actualRowCount).toBe(3);
  });

  it("writes every planned cell with its look, the merges and the column widths", async () => {
    const workbook = new ExcelJS.Workbook();
    const name = writeLayoutSheet(workbook, layout);
    expect(name).toBe("Begrotingstabellen");
    const { workbook: reread } = await roundTrip(workbook);
    const sheet = reread.getWorksheet(name)!;
    const plan = planLayoutSheet(layout);
    for (const c of plan.cells)
      expect([c.row, c.col, sheet.getCell(c.row + 1, c.col + 1).value]).toEqual([c.row, c.col, c.text]);
    plan.columns.forEach((c, i) => expect(sheet.getColumn(i + 1).width).toBe(c.widthChars));
    plan.rowHeights.forEach((h, i) => expect(sheet.getRow(i + 1).height).toBe(h));

    const header = sheet.getCell("A2");
    expect(header.value).toBe("Resultaten");
    expect(header.font).toMatchObject({ bold: true });
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } });
    expect(header.border?.top).toMatchObject({ style: "thin" });
    expect(sheet.getCell("B3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    const maximaal = plan.cells.find((c) => c.text === "Maximaal 5 min")!;
    expect(sheet.getCell(maximaal.row + 1, maximaal.col + 1).alignment).toMatchObject({
      horizontal: "right",
    });
    expect(sheet.getCell("B3").isMerged).toBe(true);
    expect(sheet.getCell("F3").isMerged).toBe(true);
    expect(sheet.getCell("F3").border?.right).toMatchObject({ style: "thin" });
  });

  it("stores texts that look like formulas as text, never as formulas", async () => {
    const dangerous = [
      '=HYPERLINK("http://example.org";"klik")',
      "+31 50 367 91 11",
      "-2+3",
      "@SUM(A1)",
      "=1+1",
    ];
    const base = buildLayout(await sampleAnalysis());
    const tricky: BudgetLayout = {
      ...base,
      relation: {
        ...base.relation!,
        rows: dangerous.map((text) => ({
          result: text,
          lines: [{ text, indicatorIds: [], resolved: false }],
          withoutIndicator: false,
          note: null,
        })),
      },
    };
    const workbook = new ExcelJS.Workbook();
    const name = writeLayoutSheet(workbook, tricky);
    const { workbook: reread, zip } = await roundTrip(workbook);
    const sheet = reread.getWorksheet(name)!;
    dangerous.forEach((text, i) => {
      const cell = sheet.getCell(i + 3, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe("@");
    });
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).not.toMatch(/<f[ >]/);
  });
});
