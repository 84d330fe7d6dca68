/**
 * The layout as a new worksheet in an exceljs workbook, drawn from planLayoutSheet so it looks the
 * same as the sheet the Office.js writer makes. Never overwrites: the sheet gets the first free name
 * of "Begrotingstabellen", "Begrotingstabellen (2)", …
 *
 * Texts are written as plain strings with the text format "@": exceljs stores a string as a string
 * (a formula only comes from a `{ formula }` value), so "=…", "+…", "-…" and "@…" stay text.
 */
import type ExcelJS from "exceljs";
import { planLayoutSheet, type CellStyle, type SheetPlan } from "../core/layout/sheetPlan";
import { LAYOUT_THEME } from "../core/layout/theme";
import type { BudgetLayout } from "../core/layout/types";
import { uniqueSheetName } from "../core/layout/uniqueSheetName";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(LAYOUT_THEME.color.border) } };

/** Adds the sheet and returns its name. */
export function writeLayoutSheet(
  workbook: ExcelJS.Workbook,
  layout: BudgetLayout,
  baseName = "Begrotingstabellen"
): string {
  return writeSheetPlan(workbook, planLayoutSheet(layout), baseName);
}

/** Adds a planned sheet under the first free name of `baseName`, `baseName (2)`, … and returns that name. */
export function writeSheetPlan(
  workbook: ExcelJS.Workbook,
  plan: SheetPlan,
  baseName = "Begrotingstabellen"
): string {
  const name = uniqueSheetName(
    workbook.worksheets.map((w) => w.name),
    baseName
  );
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ showGridLines: false }],
  });
  applyPlan(sheet, plan);
  return name;
}

function applyPlan(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
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
    const s = styleAt.get(`${m.top}:${m.left}`);
    sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    if (!s) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) styleCell(sheet.getCell(r + 1, c + 1), s);
  }
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
