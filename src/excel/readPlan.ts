/**
 * How a workbook is read within Excel's limits, as pure arithmetic (no Office.js).
 *
 * Excel on the web refuses a request or response above 5 MB, and one range read above 5 million
 * cells. A cell costs three JSON values (values, text, numberFormat): about 30 bytes for the
 * numbers, percentages and short labels of a budget table ("0.875", "87,5%", "0.0%"). So one sync
 * carries at most syncBudgetBytes / bytesPerCell = 160,000 cells. (An estimate: a sheet of long
 * texts weighs more per cell; the tests measure real payloads of a realistic budget workbook.)
 *
 * The number of syncs of readWorkbook, whatever the size:
 *   1  the sheet list (names, visibility, protection);
 *   2  per sheet the used-range address, its merged areas and, in the same sync, a window of the
 *      top-left windowColumns columns × n rows, sized so all windows together stay in one sync's
 *      budget. A budget workbook fits its windows, so it is read in these 2 syncs;
 *   +k the rest, in row chunks packed into syncs of at most cellsPerSync cells:
 *      k = ceil(cells outside the windows / cellsPerSync). 20,000 rows × 10 columns beside a
 *      small second sheet: windows of 6,153 rows, 138,470 cells in 1 more sync: 3 syncs.
 * Reading stops with "too-large" above MAX_CELLS, before any cell data is requested.
 */
import type { RangeRef } from "../core/address";

export interface ReadLimits {
  readonly syncBudgetBytes: number;
  readonly bytesPerCell: number;
  readonly windowColumns: number;
  /** Cells per range read; far below Excel's 5 million so one chunk is never the problem. */
  readonly chunkCells: number;
  readonly maxCells: number;
}

export const READ_LIMITS: ReadLimits = {
  syncBudgetBytes: 4_800_000, // under Excel on the web's 5 MB (5,242,880 bytes) with room for the framing
  bytesPerCell: 30,
  windowColumns: 13, // A:M holds a budget table: name, unit, realisations, targets, norm, source
  chunkCells: 50_000,
  maxCells: 5_000_000,
};

export const cellsPerSync = (limits: ReadLimits = READ_LIMITS): number =>
  Math.floor(limits.syncBudgetBytes / limits.bytesPerCell);

export const cellCount = (r: RangeRef): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** The window read with the used-range addresses: rows × columns from A1 on every sheet. */
export function windowSize(
  sheetCount: number,
  limits: ReadLimits = READ_LIMITS
): { rows: number; cols: number } {
  const perSheet = Math.floor(cellsPerSync(limits) / Math.max(1, sheetCount));
  return { rows: Math.max(1, Math.floor(perSheet / limits.windowColumns)), cols: limits.windowColumns };
}

/** The part of the used range outside the window rows [0, rows) × columns [0, cols): at most two rectangles. */
export function outsideWindow(used: RangeRef, window: { rows: number; cols: number }): RangeRef[] {
  const rest: RangeRef[] = [];
  const lastWindowRow = window.rows - 1;
  const lastWindowCol = window.cols - 1;
  // Right of the window, in the window's rows.
  if (used.right > lastWindowCol && used.top <= lastWindowRow) {
    rest.push({
      top: used.top,
      bottom: Math.min(used.bottom, lastWindowRow),
      left: Math.max(used.left, window.cols),
      right: used.right,
    });
  }
  // Below the window, full width.
  if (used.bottom > lastWindowRow) {
    rest.push({
      top: Math.max(used.top, window.rows),
      bottom: used.bottom,
      left: used.left,
      right: used.right,
    });
  }
  return rest;
}

export interface Chunk {
  readonly sheet: number;
  readonly rect: RangeRef;
}

export interface SheetRest {
  readonly sheet: number;
  readonly rects: readonly RangeRef[];
}

/**
 * The rest of every sheet as syncs of row bands: each sync is filled up to cellsPerSync cells
 * (a band is cut where the sync is full), each band at most chunkCells cells and one row at least.
 * So the number of syncs is ceil(cells / cellsPerSync), give or take a row's rounding.
 */
export function planSyncs(rests: readonly SheetRest[], limits: ReadLimits = READ_LIMITS): Chunk[][] {
  const budget = cellsPerSync(limits);
  const syncs: Chunk[][] = [];
  let current: Chunk[] = [];
  let room = budget;
  for (const { sheet, rects } of rests) {
    for (const r of rects) {
      const width = r.right - r.left + 1;
      const maxRows = Math.max(1, Math.floor(limits.chunkCells / width));
      let top = r.top;
      while (top <= r.bottom) {
        const fit = Math.floor(room / width);
        if (fit === 0) {
          syncs.push(current);
          current = [];
          room = budget;
          continue;
        }
        const rows = Math.min(fit, maxRows, r.bottom - top + 1);
        current.push({ sheet, rect: { top, bottom: top + rows - 1, left: r.left, right: r.right } });
        room -= rows * width;
        top += rows;
      }
    }
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}
