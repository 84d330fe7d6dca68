/**
 * Adds the budget tables as a new worksheet from the shared SheetPlan, so it looks like the .xlsx
 * export. One Excel.run: a sync for the sheet names, then the texts in row blocks and the formats
 * by style, in syncs of at most 4 MB of estimated request (payload.ts: one Excel refuses as too
 * large is sent again in halves). Formats are applied per style to rectangles of cells
 * (RangeAreas), not per cell, so a 20,000-row table stays a handful of syncs.
 */
import { columnLetters, toRange } from "../core/address";
import type { CellStyle, SheetPlan } from "../core/layout/sheetPlan";
import { LAYOUT_THEME } from "../core/layout/theme";
import { uniqueSheetName } from "../core/layout/uniqueSheetName";
import { toGatewayError } from "./errors";
import { ACTION_BYTES, actionBytes, jsonTextBytes, syncBounded, type BatchPart } from "./payload";

/**
 * Estimated bytes of the texts written by one range: many blocks share a sync, and a sync Excel
 * refuses is sent again in halves down to one block.
 */
const TEXT_BLOCK_BYTES = 256_000;
/** Characters of range addresses per getRanges call. */
const ADDRESS_CHARS = 2_000;
/** What applyStyle queues for one RangeAreas: up to 11 properties and 12 for the borders. */
const STYLE_BYTES = 23 * ACTION_BYTES;
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

export async function insertLayoutSheet(plan: SheetPlan, baseName: string): Promise<string> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();

      const name = uniqueSheetName(
        sheets.items.map((s) => s.name),
        baseName
      );
      // Every part is queued again should Excel refuse its sync as too large: the sheet too, so a
      // refused first sync (which ran nothing) adds it again.
      let sheet: Excel.Worksheet | undefined;
      const on = (): Excel.Worksheet => sheet!;
      const parts: BatchPart[] = [
        { bytes: actionBytes(name), sheet: name, queue: () => void (sheet = sheets.add(name)) },
      ];
      plan.columns.forEach((c, i) =>
        parts.push({
          bytes: 2 * ACTION_BYTES,
          sheet: name,
          queue: () =>
            void (on().getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth =
              c.widthPoints),
        })
      );
      for (const run of runsOfEqual(plan.rowHeights)) {
        parts.push({
          bytes: 2 * ACTION_BYTES,
          sheet: name,
          queue: () => void (on().getRange(`${run.from + 1}:${run.to + 1}`).format.rowHeight = run.value),
        });
      }

      // Texts, as text: the "@" format goes before the values, so "=…" and "8,0" stay as written.
      const width = plan.columns.length;
      const grid = Array.from({ length: plan.rowHeights.length }, () => Array<string>(width).fill(""));
      for (const cell of plan.cells) grid[cell.row]![cell.col] = cell.text;
      let start = 0;
      while (start < grid.length) {
        let end = start;
        let bytes = 2 * ACTION_BYTES;
        while (end < grid.length && (end === start || bytes + rowBytes(grid[end]!) <= TEXT_BLOCK_BYTES))
          bytes += rowBytes(grid[end++]!);
        const [from, to] = [start, end];
        parts.push({
          bytes,
          sheet: name,
          queue: () => {
            const range = on().getRange(toRange(from, 0, to - 1, width - 1));
            range.numberFormat = grid.slice(from, to).map((row) => row.map(() => "@"));
            range.values = grid.slice(from, to);
          },
        });
        start = end;
      }

      for (const m of plan.merges)
        parts.push({
          bytes: ACTION_BYTES,
          sheet: name,
          queue: () =>
            on()
              .getRange(toRange(m.top, m.left, m.bottom, m.right))
              .merge(false),
        });

      for (const { style, addresses } of rectanglesByStyle(plan)) {
        for (const chunk of chunkAddresses(addresses)) {
          parts.push({
            bytes: STYLE_BYTES + 2 * chunk.length,
            sheet: name,
            queue: () => applyStyle(on().getRanges(chunk).format, style),
          });
        }
      }
      parts.push({ bytes: ACTION_BYTES, sheet: name, queue: () => on().activate() });
      await syncBounded(context, parts);
      return name;
    });
  } catch (e) {
    throw toGatewayError(e, [baseName]);
  }
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  // The plan's widths and heights are measured for Calibri, which the .xlsx export names too.
  format.font.name = LAYOUT_THEME.font;
  format.font.bold = style.bold;
  format.font.italic = style.italic;
  format.font.size = style.size;
  format.font.color = style.color;
  if (style.fill) format.fill.color = style.fill;
  format.horizontalAlignment =
    style.hAlign === "left" ? "Left" : style.hAlign === "right" ? "Right" : "Center";
  format.verticalAlignment = style.vAlign === "top" ? "Top" : style.vAlign === "bottom" ? "Bottom" : "Center";
  format.wrapText = style.wrap;
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = LAYOUT_THEME.color.border;
    }
  }
}

/** A row's bytes in the request, twice: its texts and their "@" number formats. */
function rowBytes(row: readonly string[]): number {
  let n = 4;
  for (const text of row) n += jsonTextBytes(text) + 1 + 4;
  return n;
}

/** Consecutive rows of equal height: [{ from, to, value }]. */
function runsOfEqual(values: readonly number[]): { from: number; to: number; value: number }[] {
  const runs: { from: number; to: number; value: number }[] = [];
  values.forEach((value, i) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.to === i - 1) last.to = i;
    else runs.push({ from: i, to: i, value });
  });
  return runs;
}

/**
 * The plan's cells grouped by style, each group as rectangles: runs of adjacent columns in a row,
 * stacked while the rows below have the same run ("B5:F20004" for a whole block of values). A
 * merged area counts with all its cells, styled like its top-left one (SheetPlan), so its fill and
 * its outline cover the whole area.
 */
export function rectanglesByStyle(plan: SheetPlan): { style: CellStyle; addresses: string[] }[] {
  const mergeAt = new Map(plan.merges.map((m) => [m.top * MAX_COLUMNS + m.left, m]));
  // A plan shares one style object among many cells (unless it came through a message in parts):
  // each object is turned into its key once.
  const keyOf = new Map<CellStyle, string>();
  const groups = new Map<string, { style: CellStyle; cells: number[] }>();
  for (const cell of plan.cells) {
    let key = keyOf.get(cell.style);
    if (key === undefined) keyOf.set(cell.style, (key = JSON.stringify(cell.style)));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { style: cell.style, cells: [] }));
    const m = mergeAt.get(cell.row * MAX_COLUMNS + cell.col);
    if (!m) group.cells.push(cell.row * MAX_COLUMNS + cell.col);
    else
      for (let row = m.top; row <= m.bottom; row++)
        for (let col = m.left; col <= m.right; col++) group.cells.push(row * MAX_COLUMNS + col);
  }
  return [...groups.values()].map(({ style, cells }) => {
    // Cells as row * MAX_COLUMNS + col: in row order already when the plan lists them so.
    if (!isAscending(cells)) cells.sort((a, b) => a - b);
    const runs: { row: number; left: number; right: number }[] = [];
    for (const at of cells) {
      const row = Math.floor(at / MAX_COLUMNS);
      const col = at % MAX_COLUMNS;
      const last = runs[runs.length - 1];
      if (last && last.row === row && last.right === col - 1) last.right = col;
      else runs.push({ row, left: col, right: col });
    }
    const rects: { top: number; bottom: number; left: number; right: number }[] = [];
    const open = new Map<number, { top: number; bottom: number; left: number; right: number }>();
    for (const run of runs) {
      const key = run.left * MAX_COLUMNS + run.right;
      const rect = open.get(key);
      if (rect && rect.bottom === run.row - 1) rect.bottom = run.row;
      else {
        const fresh = { top: run.row, bottom: run.row, left: run.left, right: run.right };
        rects.push(fresh);
        open.set(key, fresh);
      }
    }
    return { style, addresses: rects.map((r) => toRange(r.top, r.left, r.bottom, r.right)) };
  });
}

/** Excel's column count: a cell's place as one number, row * MAX_COLUMNS + col. */
const MAX_COLUMNS = 16_384;

function isAscending(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

function chunkAddresses(addresses: readonly string[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const a of addresses) {
    if (current.length > 0 && length + a.length + 1 > ADDRESS_CHARS) {
      chunks.push(current.join(","));
      current = [];
      length = 0;
    }
    current.push(a);
    length += a.length + 1;
  }
  if (current.length > 0) chunks.push(current.join(","));
  return chunks;
}
