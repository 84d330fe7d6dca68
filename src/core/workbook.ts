/**
 * The engine's port: a workbook as plain data. The Office.js gateway (src/excel) and the
 * .xlsx gateway (src/xlsx) both produce this shape, so every host runs the same engine.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/** What a cell holds: Office.js gives date/time cells as serial numbers, exceljs gives them as Dates. */
export type CellValue = number | string | boolean | Date | CellError | null;

export interface CellData {
  readonly value: CellValue;
  /** The text Excel displays ("75%", "2:17"); may be "" when the host cannot format. */
  readonly text: string;
  /** The number format code ("0%", "mm:ss", "General"). */
  readonly format: string;
  /** The merged range this cell belongs to, e.g. "B3:D3", if any. */
  readonly merge?: string;
  /** A formula, when the host knows it; the value is then its cached result. */
  readonly formula?: string;
}

export interface SheetData {
  readonly name: string;
  /** 0-based row of the first grid row (the used range may start below A1). */
  readonly startRow: number;
  /** 0-based column of the first grid column. */
  readonly startCol: number;
  /** Dense grid of the used range: cells[r][c] is the cell at (startRow + r, startCol + c). */
  readonly cells: readonly (readonly CellData[])[];
  readonly hidden?: boolean;
  readonly protected?: boolean;
  /**
   * The host could not tell the sheet's merged areas (Excel gives at most 512 in one request, and
   * refused even one row's): its cells are read as if nothing were merged, and the user is told.
   */
  readonly mergesSkipped?: boolean;
}

export interface WorkbookData {
  readonly sheets: readonly SheetData[];
  /** True when the workbook uses the 1904 date system. */
  readonly date1904?: boolean;
}

export const EMPTY_CELL: CellData = Object.freeze({ value: null, text: "", format: "General" });

/** The cell at absolute 0-based (row, col), or an empty cell outside the grid. */
export function cellAt(sheet: SheetData, row: number, col: number): CellData {
  return sheet.cells[row - sheet.startRow]?.[col - sheet.startCol] ?? EMPTY_CELL;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}
