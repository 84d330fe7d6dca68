/** One exceljs worksheet → the engine's SheetData: used range, dense grid, merges, display text. */
import type ExcelJS from "exceljs";
import { toRange } from "../core/address";
import type { CellData, SheetData } from "../core/workbook";
import { EMPTY_CELL } from "../core/workbook";
import { plainCell } from "./cellValue";
import { formatText } from "./formatText";

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** exceljs does not type `sheetProtection`; it is `{ sheet: true, ... }` on a protected sheet. */
function isProtected(ws: ExcelJS.Worksheet): boolean {
  const protection: unknown = (ws as unknown as { sheetProtection?: unknown }).sheetProtection;
  return (
    typeof protection === "object" &&
    protection !== null &&
    (protection as { sheet?: unknown }).sheet === true
  );
}

function extend(bounds: Bounds | null, row: number, col: number): Bounds {
  if (!bounds) return { top: row, left: col, bottom: row, right: col };
  bounds.top = Math.min(bounds.top, row);
  bounds.left = Math.min(bounds.left, col);
  bounds.bottom = Math.max(bounds.bottom, row);
  bounds.right = Math.max(bounds.right, col);
  return bounds;
}

function hasContent(cell: ExcelJS.Cell): boolean {
  const value = cell.value;
  return value !== null && value !== undefined && value !== "";
}

/** Merged ranges keyed by their top-left address ("B3" → "B3:D3"), 0-based bounds. */
function collectMerges(ws: ExcelJS.Worksheet): Map<string, Bounds> {
  const merges = new Map<string, Bounds>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!cell.isMerged) return;
      const master = cell.master;
      const key = master.address;
      const found = merges.get(key) ?? extend(null, Number(master.row) - 1, Number(master.col) - 1);
      merges.set(key, extend(found, Number(cell.row) - 1, Number(cell.col) - 1));
    });
  });
  return merges;
}

function usedBounds(ws: ExcelJS.Worksheet, merges: Map<string, Bounds>): Bounds | null {
  let bounds: Bounds | null = null;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (hasContent(cell)) bounds = extend(bounds, Number(cell.row) - 1, Number(cell.col) - 1);
    });
  });
  for (const m of merges.values()) {
    bounds = extend(extend(bounds, m.top, m.left), m.bottom, m.right);
  }
  return bounds;
}

function cellData(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  mergeOf: Map<string, string>,
  date1904: boolean
): CellData {
  const cell = ws.findCell(row + 1, col + 1);
  const merge = mergeOf.get(`${row},${col}`);
  if (!cell) return merge ? { ...EMPTY_CELL, merge } : EMPTY_CELL;
  const format = cell.numFmt || "General";
  const isMergeSlave = cell.isMerged && cell.master.address !== cell.address;
  if (isMergeSlave)
    return merge ? { value: null, text: "", format, merge } : { value: null, text: "", format };
  const { value, formula } = plainCell(cell);
  const text = formatText(value, format, { date1904 });
  return {
    value,
    text,
    format,
    ...(merge ? { merge } : {}),
    ...(formula ? { formula } : {}),
  };
}

export function sheetDataFromWorksheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetData {
  const hidden = ws.state === "hidden" || ws.state === "veryHidden";
  const flags = { ...(hidden ? { hidden: true } : {}), ...(isProtected(ws) ? { protected: true } : {}) };
  const merges = collectMerges(ws);
  const bounds = usedBounds(ws, merges);
  if (!bounds) return { name: ws.name, startRow: 0, startCol: 0, cells: [], ...flags };

  const mergeOf = new Map<string, string>();
  for (const m of merges.values()) {
    const address = toRange(m.top, m.left, m.bottom, m.right);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) mergeOf.set(`${r},${c}`, address);
  }
  const cells: CellData[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const line: CellData[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) line.push(cellData(ws, r, c, mergeOf, date1904));
    cells.push(line);
  }
  return { name: ws.name, startRow: bounds.top, startCol: bounds.left, cells, ...flags };
}
