/** The preview grid's geometry: how far it extends, merged areas, and moving and extending a selection. */
import type { CellRef, RangeRef } from "../core/address";
import { parseRange } from "../core/address";
import type { SheetData } from "../core/workbook";

/** Empty rows and columns shown past the used range, as Excel shows a grid beyond the data. */
const EXTRA_ROWS = 10;
const EXTRA_COLS = 3;
const MIN_ROWS = 30;
const MIN_COLS = 10;
/** Rows rendered at most (more only to reach the selection): a preview, not a spreadsheet engine. */
export const MAX_ROWS = 1000;

export interface Extent {
  readonly rows: number;
  readonly cols: number;
  /** Rows of data beyond `rows` that are not shown. */
  readonly hiddenRows: number;
  readonly usedRows: number;
}

export function gridExtent(data: SheetData, selection: RangeRef): Extent {
  const usedRows = data.cells.length > 0 ? data.startRow + data.cells.length : 0;
  const usedCols = data.startCol + Math.max(0, ...data.cells.map((row) => row.length));
  const wanted = Math.max(usedRows + EXTRA_ROWS, MIN_ROWS, selection.bottom + 1 + EXTRA_ROWS);
  const rows = Math.min(wanted, Math.max(MAX_ROWS, selection.bottom + 1 + EXTRA_ROWS));
  const cols = Math.max(usedCols + EXTRA_COLS, MIN_COLS, selection.right + 1 + EXTRA_COLS);
  return { rows, cols, usedRows, hiddenRows: Math.max(0, usedRows - rows) };
}

export interface Merges {
  /**
   * Every merged area that starts at or above `row`, by their top-left cells (and perhaps some
   * further down): all that can touch rows up to `row`.
   */
  readonly through: (row: number) => Iterable<RangeRef>;
  /** The area a merged cell belongs to. */
  readonly areaOf: (row: number, col: number) => RangeRef | undefined;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

/**
 * The sheet's merged areas, read from its cells as far down as they are asked for: the preview
 * shows the first thousand rows or so, and reading every cell of a sheet of tens of thousands of
 * rows before its first render would hold up the page.
 */
export function sheetMerges(data: SheetData): Merges {
  const found: RangeRef[] = [];
  const area = new Map<string, RangeRef>();
  const seen = new Set<string>();
  let read = 0; // rows of data.cells read so far
  const readThrough = (row: number) => {
    for (; read < data.cells.length && data.startRow + read <= row; read++) {
      for (const cell of data.cells[read]!) {
        if (!cell.merge || seen.has(cell.merge)) continue;
        seen.add(cell.merge);
        const range = parseRange(cell.merge);
        if (!range) continue;
        found.push(range);
        for (let r = range.top; r <= range.bottom; r++)
          for (let c = range.left; c <= range.right; c++) area.set(cellKey(r, c), range);
      }
    }
  };
  return {
    through: (row) => {
      readThrough(row);
      return found;
    },
    areaOf: (row, col) => {
      readThrough(row);
      return area.get(cellKey(row, col));
    },
  };
}

/** The smallest range holding both cells and every merged area it touches, as Excel selects. */
export function spanOf(a: CellRef, b: CellRef, merges: Merges): RangeRef {
  let range: RangeRef = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  for (let grown = true; grown;) {
    grown = false;
    for (const m of merges.through(range.bottom)) {
      const touches =
        m.top <= range.bottom && m.bottom >= range.top && m.left <= range.right && m.right >= range.left;
      const inside =
        m.top >= range.top && m.bottom <= range.bottom && m.left >= range.left && m.right <= range.right;
      if (!touches || inside) continue;
      range = {
        top: Math.min(range.top, m.top),
        left: Math.min(range.left, m.left),
        bottom: Math.max(range.bottom, m.bottom),
        right: Math.max(range.right, m.right),
      };
      grown = true;
    }
  }
  return range;
}

export type Step = "up" | "down" | "left" | "right";

/** The cell one step away, leaving a merged area by its edge and landing on an area's top-left cell. */
export function step(from: CellRef, direction: Step, merges: Merges, extent: Extent): CellRef {
  const area = merges.areaOf(from.row, from.col) ?? {
    top: from.row,
    left: from.col,
    bottom: from.row,
    right: from.col,
  };
  const row = direction === "up" ? area.top - 1 : direction === "down" ? area.bottom + 1 : from.row;
  const col = direction === "left" ? area.left - 1 : direction === "right" ? area.right + 1 : from.col;
  const clamped = {
    row: Math.min(Math.max(row, 0), extent.rows - 1),
    col: Math.min(Math.max(col, 0), extent.cols - 1),
  };
  const landing = merges.areaOf(clamped.row, clamped.col);
  return landing ? { row: landing.top, col: landing.left } : clamped;
}

export const inRange = (range: RangeRef, row: number, col: number): boolean =>
  row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;

/** Where each row starts, in pixels from the first: offsets[r]; offsets[rows] is the total height. */
export function rowOffsets(rows: number, heightOf: (row: number) => number): Float64Array {
  const offsets = new Float64Array(rows + 1);
  for (let r = 0; r < rows; r++) offsets[r + 1] = offsets[r]! + heightOf(r);
  return offsets;
}

/** The row at `px`: the last whose start is at or before it (clamped to the grid). */
export function rowAt(offsets: Float64Array, px: number): number {
  let low = 0;
  let high = Math.max(0, offsets.length - 2);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= px) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The rows to render for the pixels fromPx..toPx: the rows there, grown so that no merged area
 * is cut (a merged cell is rendered by its top row).
 */
export function renderedRows(
  offsets: Float64Array,
  fromPx: number,
  toPx: number,
  merges: Merges
): { first: number; last: number } {
  let first = rowAt(offsets, fromPx);
  let last = rowAt(offsets, toPx);
  for (let grown = true; grown;) {
    grown = false;
    for (const m of merges.through(last)) {
      if (m.bottom < first || m.top > last) continue;
      if (m.top < first) {
        first = m.top;
        grown = true;
      }
      if (m.bottom > last) {
        last = m.bottom;
        grown = true;
      }
    }
  }
  return { first, last: Math.min(last, offsets.length - 2) };
}
