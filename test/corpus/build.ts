/** A corpus fixture → a real .xlsx, typed cell by cell as the fixture says, with its merges. */
import ExcelJS from "exceljs";
import type { Cell, CorpusFixture } from "./fixture";

function setCell(cell: ExcelJS.Cell, entry: Cell): void {
  if (entry === null || entry === undefined) return;
  if (typeof entry === "string") {
    cell.value = entry;
    if (entry.includes("\n")) cell.alignment = { wrapText: true };
    return;
  }
  if (typeof entry === "number") {
    cell.value = entry;
    return;
  }
  if ("formula" in entry) {
    cell.value = { formula: entry.formula, result: entry.result } as ExcelJS.CellFormulaValue;
    if (entry.fmt) cell.numFmt = entry.fmt;
    return;
  }
  cell.value = entry.n;
  cell.numFmt = entry.fmt;
}

export function fixtureWorkbook(fixture: CorpusFixture): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const spec of fixture.sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row, r) => {
      row.forEach((entry, c) => setCell(ws.getCell(r + 1, c + 1), entry));
    });
    for (const range of spec.merges ?? []) ws.mergeCells(range);
  }
  return wb;
}

export async function fixtureBytes(fixture: CorpusFixture): Promise<Uint8Array> {
  return new Uint8Array(await fixtureWorkbook(fixture).xlsx.writeBuffer());
}
