/**
 * How a workbook is read within Excel's limits, as pure arithmetic (no Office.js).
 *
 * Excel on the web refuses a request or response above 5 MB, and one range read above 5 million
 * cells. A cell costs four JSON values (values, text, numberFormat, valueTypes): 45 bytes on
 * average for a realistic budget table (measured on the test workbook: long names, "87,5%",
 * floating-point values such as 0.6299999999999999), of which valueTypes ("Double", "String") is 9:
 * 36 without it. One sync carries syncBudgetBytes of estimated cell data.
 *
 * The syncs of readWorkbook:
 *   1  the sheet list (names, visibility, protection);
 *   2  per sheet the used-range address, its merged areas and, in the same sync, a window of the
 *      top-left windowColumns columns × n rows, sized with the prior estimate so all windows
 *      together stay in one sync's budget. A budget workbook fits its windows: 2 syncs in all;
 *   +k the rest, in row bands filling syncs of syncBudgetBytes, now estimated with the bytes per
 *      cell measured on the windows (× safety): k ≈ ceil(rest bytes / syncBudgetBytes).
 *      20,000 rows × 10 columns on one sheet: a window of 7,692 rows, the other 123,110 cells
 *      (5.5 MB) in 2 more syncs: 4 syncs. Beside a second sheet the window is half as tall: 4 syncs.
 *      (Without valueTypes the rest was 3.8 MB, one sync less; a budget workbook reads in 2 either way.)
 * Should Excel still refuse a sync as too large (a band of long texts the window did not show),
 * that sync's bands are halved and read again, down to a single row; should it refuse the windows,
 * sync 2 is made again without them.
 * Reading stops with "too-large" above maxCells, before any cell data beyond the windows is requested.
 */
import type { RangeRef } from "../core/address";

export interface ReadLimits {
  readonly syncBudgetBytes: number;
  /** The estimate before anything is read: sizes the windows. */
  readonly bytesPerCell: number;
  /** The least a cell can cost ("", "", "General", "Empty"): the floor for a measured estimate. */
  readonly minBytesPerCell: number;
  /** Margin on the bytes per cell measured on the windows. */
  readonly safety: number;
  readonly windowColumns: number;
  /** Cells per range read; far below Excel's 5 million so one band is never the problem. */
  readonly chunkCells: number;
  readonly maxCells: number;
}

export const READ_LIMITS: ReadLimits = {
  syncBudgetBytes: 4_500_000, // 10% under Excel on the web's 5 MB
  bytesPerCell: 45,
  minBytesPerCell: 24,
  safety: 1.15,
  windowColumns: 13, // A:M holds a budget table: name, unit, realisations, targets, norm, source
  chunkCells: 50_000,
  maxCells: 5_000_000,
};

/** The limits with the bytes per cell measured on cells already read (JSON bytes / cells). */
export function withMeasuredCells(limits: ReadLimits, bytes: number, cells: number): ReadLimits {
  if (cells === 0) return limits;
  return { ...limits, bytesPerCell: Math.max(limits.minBytesPerCell, (bytes / cells) * limits.safety) };
}

/**
 * The estimate after Excel refused a sync of `group` as too large: at least four times heavier and
 * at least the density that would have filled the budget, so the next sync asks for fewer cells
 * than were refused (at most tried / safety), down to the one row planSyncs always gives.
 */
export function heavierAfterRefusal(
  estimate: ReadLimits,
  group: readonly Chunk[],
  limits: ReadLimits
): ReadLimits {
  const tried = group.reduce((n, c) => n + cellCount(c.rect), 0);
  return {
    ...estimate,
    bytesPerCell: Math.max(
      estimate.bytesPerCell * 4,
      (limits.syncBudgetBytes / Math.max(1, tried)) * limits.safety
    ),
  };
}

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
  if (window.rows === 0 || window.cols === 0) return [used];
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
        // A sync takes one row at least, however heavy the estimate.
        const fit = current.length === 0 ? Math.max(1, Math.floor(room / width)) : Math.floor(room / width);
        if (fit <= 0) {
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
