import ExcelJS from "exceljs";
import type { WorkbookData } from "../src/core/workbook";

/** Writes generated WorkbookData as a real .xlsx, typed values and number formats included. */
export async function toXlsxBuffer(data: WorkbookData): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of data.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value === null) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.value as ExcelJS.CellValue;
        if (cell.format !== "General") target.numFmt = cell.format;
      })
    );
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
