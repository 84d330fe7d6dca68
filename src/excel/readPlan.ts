/**
 * How a workbook is read within Excel's limits, as pure arithmetic (no Office.js).
 *
 * Excel on the web refuses a request or response above 5 MB, and one range read above 5 million
 * cells. A cell costs three JSON values (values, text, numberFormat): about 30 bytes for the
 * numbers, percentages and short labels of a budget table ("0.875", "87,5%", "0.0%"). So one sync
 * carries at most SYNC_BUDGET_BYTES / BYTES_PER_CELL cells.
 *
 * The number of syncs of readWorkbook, whatever the size:
 *   1  the sheet list (names, visibility, protection);
 *   2  per sheet the used-range address, its merged areas and, in the same sync, a window of the
 *      top-left WINDOW_COLUMNS columns × n rows, sized so all windows together stay in one sync's
 *      budget. A budget workbook fits its windows, so it is read in these 2 syncs;
 *   +k the rest, in row chunks packed into syncs of at most cellsPerSync cells:
 *      k = ceil(cells outside the windows / cellsPerSync). 20,000 rows × 10 columns on one sheet:
 *      9,375 rows in the window, 106,250 cells in 1 more sync: 3 syncs.
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
  syncBudgetBytes: 4_500_000, // 10% under Excel on the web's 5 MB for the request framing
  bytesPerCell: 30,
  windowColumns: 16, // A:P holds a budget table: name, unit, five or six years, norm, source
  chunkCells: 50_000,
  maxCells: 5_000_000,
};

export const cellsPerSync = (limits: ReadLimits = READ_LIMITS): number => Math.floor(limits.syncBudgetBytes / limits.bytesPerCell);

export const cellCount = (r: RangeRef): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** The window read with the used-range addresses: rows × columns from A1 on every sheet. */
export function windowSize(sheetCount: number, limits: ReadLimits = READ_LIMITS): { rows: number; cols: number } {
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
    rest.push({ top: used.top, bottom: Math.min(used.bottom, lastWindowRow), left: Math.max(used.left, window.cols), right: used.right });
  }
  // Below the window, full width.
  if (used.bottom > lastWindowRow) {
    rest.push({ top: Math.max(used.top, window.rows), bottom: used.bottom, left: used.left, right: used.right });
  }
  return rest;
}

export interface Chunk {
  readonly sheet: number;
  readonly rect: RangeRef;
}

/** Row bands of at most chunkCells cells (at least one row each). */
export function toChunks(sheet: number, rects: readonly RangeRef[], limits: ReadLimits = READ_LIMITS): Chunk[] {
  const chunks: Chunk[] = [];
  for (const r of rects) {
    const width = r.right - r.left + 1;
    const rows = Math.max(1, Math.floor(limits.chunkCells / width));
    for (let top = r.top; top <= r.bottom; top += rows) {
      chunks.push({ sheet, rect: { top, bottom: Math.min(r.bottom, top + rows - 1), left: r.left, right: r.right } });
    }
  }
  return chunks;
}

/** Packs chunks, in order, into syncs of at most cellsPerSync cells each. */
export function packSyncs(chunks: readonly Chunk[], limits: ReadLimits = READ_LIMITS): Chunk[][] {
  const budget = cellsPerSync(limits);
  const syncs: Chunk[][] = [];
  let current: Chunk[] = [];
  let cells = 0;
  for (const chunk of chunks) {
    const n = cellCount(chunk.rect);
    if (current.length > 0 && cells + n > budget) {
      syncs.push(current);
      current = [];
      cells = 0;
    }
    current.push(chunk);
    cells += n;
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}
