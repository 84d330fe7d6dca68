/**
 * A SheetPlan as a new worksheet of an exceljs workbook: what the Excel gateway's insertLayoutSheet
 * does with Office.js, for the demo's workbook.
 *
 * src/export/writeLayoutSheet.ts draws the same plan but only takes a BudgetLayout (its plan writer
 * is private), while the gateway receives the plan itself; once that module exports its plan writer,
 * this file becomes a call to it.
 */
import type ExcelJS from "exceljs";
import type { CellStyle, SheetPlan } from "../core/layout/sheetPlan";
import { LAYOUT_THEME } from "../core/layout/theme";
import { uniqueSheetName } from "../core/layout/uniqueSheetName";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(LAYOUT_THEME.color.border) } };

/** Adds the sheet under the first free name of `baseName`, `baseName (2)`, … and returns that name. */
export function writePlannedSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, baseName: string): string {
  const name = uniqueSheetName(
    workbook.worksheets.map((w) => w.name),
    baseName
  );
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ showGridLines: false }],
  });
  plan.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.widthChars;
  });
  plan.rowHeights.forEach((h, i) => {
    sheet.getRow(i + 1).height = h;
  });
  const styleAt = new Map<string, CellStyle>();
  for (const c of plan.cells) {
    const cell = sheet.getCell(c.row + 1, c.col + 1);
    cell.value = c.text;
    styleCell(cell, c.style);
    styleAt.set(`${c.row}:${c.col}`, c.style);
  }
  for (const m of plan.merges) {
    sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    const s = styleAt.get(`${m.top}:${m.left}`);
    if (!s) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) styleCell(sheet.getCell(r + 1, c + 1), s);
  }
  return name;
}

function styleCell(cell: ExcelJS.Cell, s: CellStyle): void {
  cell.numFmt = s.numberFormat;
  cell.font = {
    name: LAYOUT_THEME.font,
    size: s.size,
    bold: s.bold,
    italic: s.italic,
    color: { argb: argb(s.color) },
  };
  cell.alignment = { horizontal: s.hAlign, vertical: s.vAlign, wrapText: s.wrap };
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.border) cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
}
