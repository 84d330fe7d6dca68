/**
 * Reads every sheet's used range as WorkbookData, within Excel's payload limits. The syncs are
 * planned in readPlan.ts: 2 for a budget workbook, one more per ~4.5 MB of cells beyond the windows.
 * A sheet whose merged areas Excel will not give in one request (more than 512) costs a few more
 * (readMerges.ts), and when even that fails its merges are skipped and the sheet says so.
 */
import { parseRange, toRange, type RangeRef } from "../core/address";
import { GatewayError } from "../core/gateway";
import { EMPTY_CELL, type CellData, type SheetData, type WorkbookData } from "../core/workbook";
import { toCellData } from "./cellData";
import { officeCode, runExcel } from "./errors";
import { mergedRects, readMergesApart } from "./readMerges";
import {
  READ_LIMITS,
  cellCount,
  heavierAfterRefusal,
  outsideWindow,
  planSyncs,
  windowSize,
  withMeasuredCells,
  type Chunk,
  type ReadLimits,
  type SheetRest,
} from "./readPlan";
import type { Capabilities } from "./requirements";

type Progress = (done: number, total: number) => void;

interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
  readonly protected: boolean;
}

/** A sheet's grid while it is being filled. */
interface Grid {
  readonly info: SheetInfo;
  readonly used: RangeRef | null;
  readonly cells: CellData[][];
  merges: RangeRef[];
  mergesSkipped: boolean;
}

/**
 * What is loaded for every cell. valueTypes (ExcelApi 1.1) tells an error cell from a text that
 * reads like one ("#N/A" typed as text): values gives the same string for both. It costs about 9
 * bytes a cell ("Double", "String", "Empty"), counted in the bytes per cell like the other three.
 */
interface CellArrays {
  readonly values: unknown[][];
  readonly text: unknown[][];
  readonly numberFormat: unknown[][];
  readonly valueTypes: unknown[][];
}

/** The loaded arrays of a range, as plain data. */
function arraysOf(range: CellArrays): CellArrays {
  const { values, text, numberFormat, valueTypes } = range;
  return { values, text, numberFormat, valueTypes };
}

const USED_RANGE_EMPTY: RangeRef | null = null;

function newGrid(info: SheetInfo, used: RangeRef | null, merges: RangeRef[]): Grid {
  const rows = used ? used.bottom - used.top + 1 : 0;
  const cols = used ? used.right - used.left + 1 : 0;
  const cells = Array.from({ length: rows }, () => new Array<CellData>(cols));
  return { info, used, cells, merges, mergesSkipped: false };
}

/** Copies one range's arrays into the grid; returns their JSON size, which the estimates learn from. */
function fill(grid: Grid, rect: RangeRef, arrays: CellArrays): number {
  const used = grid.used;
  if (!used) return 0;
  const { values, text, numberFormat, valueTypes } = arrays;
  for (let r = 0; r < values.length; r++) {
    const row = grid.cells[rect.top + r - used.top];
    if (!row) continue;
    const v = values[r]!;
    for (let c = 0; c < v.length; c++) {
      row[rect.left + c - used.left] = toCellData(
        v[c],
        text[r]?.[c],
        numberFormat[r]?.[c],
        valueTypes[r]?.[c]
      );
    }
  }
  return JSON.stringify(arrays).length;
}

function finish(grid: Grid): SheetData {
  const flags = {
    ...(grid.info.hidden && { hidden: true }),
    ...(grid.info.protected && { protected: true }),
    ...(grid.mergesSkipped && { mergesSkipped: true }),
  };
  const used = grid.used;
  if (!used) return { name: grid.info.name, startRow: 0, startCol: 0, cells: [], ...flags };
  // Cells of a window outside the window's own used part hold no value: they were not sent.
  for (const row of grid.cells) for (let c = 0; c < row.length; c++) row[c] ??= EMPTY_CELL;
  for (const m of grid.merges) {
    const merge = toRange(m.top, m.left, m.bottom, m.right);
    for (let r = Math.max(m.top, used.top); r <= Math.min(m.bottom, used.bottom); r++) {
      const row = grid.cells[r - used.top]!;
      for (let c = Math.max(m.left, used.left); c <= Math.min(m.right, used.right); c++) {
        row[c - used.left] = { ...row[c - used.left]!, merge };
      }
    }
  }
  return { name: grid.info.name, startRow: used.top, startCol: used.left, cells: grid.cells, ...flags };
}

function isPayloadError(error: unknown): boolean {
  const code = officeCode(error);
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "PayloadTooLarge"
  );
}

/** The remaining bands after a sync read `group`, which planSyncs cut from their front, in order. */
function consume(remaining: readonly Chunk[], group: readonly Chunk[]): Chunk[] {
  const left = remaining.map((c) => ({ ...c }));
  for (const read of group) {
    const first = left[0]!;
    if (read.rect.bottom >= first.rect.bottom) left.shift();
    else left[0] = { ...first, rect: { ...first.rect, top: read.rect.bottom + 1 } };
  }
  return left;
}

/** Too much for Excel even one row at a time: the sheet is named, so the user knows where to look. */
function rowTooLarge(sheet: string, row: number, error: unknown): GatewayError {
  return new GatewayError(
    "too-large",
    `Excel cannot pass row ${row + 1} of sheet '${sheet}' even on its own: its cells hold too much text.`,
    { sheet, cause: error }
  );
}

export async function readWorkbook(
  caps: Capabilities,
  onProgress?: Progress,
  limits: ReadLimits = READ_LIMITS
): Promise<WorkbookData> {
  return runExcel(async (context) => {
    // Sync 1: the sheets.
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility,items/protection/protected");
    await context.sync();
    const infos: SheetInfo[] = worksheets.items.map((ws) => ({
      name: ws.name,
      hidden: ws.visibility !== "Visible",
      protected: ws.protection.protected,
    }));

    // Sync 2: used ranges, merged areas and the top-left windows. Should the windows hold so much
    // text that Excel refuses them, the sync is made again without windows (the rest covers all);
    // should Excel refuse anything else, it is made again without the merged areas, which fail on
    // a sheet with more than 512 of them and are then read sheet by sheet (readMerges.ts).
    const queueProbes = (window: { rows: number; cols: number }, merges: boolean) =>
      worksheets.items.map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("address");
        const cells =
          window.rows > 0
            ? ws.getRangeByIndexes(0, 0, window.rows, window.cols).getUsedRangeOrNullObject(true)
            : null;
        cells?.load("address,values,text,numberFormat,valueTypes");
        const merged = merges ? ws.getRange().getMergedAreasOrNullObject() : null;
        merged?.load("address");
        return { used, window: cells, merged };
      });
    let win = windowSize(worksheets.items.length, limits);
    let withMerges = caps.mergedAreas;
    let probes = queueProbes(win, withMerges);
    for (;;) {
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- at most three tries: as planned, without windows, without merges
        await context.sync();
        break;
      } catch (error) {
        if (isPayloadError(error) && win.rows > 0) win = { rows: 0, cols: 0 };
        else if (withMerges) withMerges = false;
        else throw error;
        probes = queueProbes(win, withMerges);
      }
    }

    const grids = probes.map((p, i) => {
      const used = p.used.isNullObject ? USED_RANGE_EMPTY : parseRange(p.used.address);
      const merges = p.merged && !p.merged.isNullObject ? mergedRects(p.merged.address) : [];
      return newGrid(infos[i]!, used, merges);
    });
    const total = grids.reduce((n, g) => n + (g.used ? cellCount(g.used) : 0), 0);
    if (total > limits.maxCells) {
      throw new GatewayError(
        "too-large",
        `The workbook's used ranges hold ${total} cells; Indicator Check reads at most ${limits.maxCells}.`
      );
    }
    if (caps.mergedAreas && !withMerges) {
      const apart = await readMergesApart(
        context,
        caps,
        worksheets.items.map((sheet, i) => ({ sheet, used: grids[i]!.used }))
      );
      apart.forEach((m, i) => {
        grids[i]!.merges = m.merges;
        grids[i]!.mergesSkipped = m.skipped;
      });
    }
    const rests: SheetRest[] = [];
    let sampleBytes = 0;
    let sampleCells = 0;
    probes.forEach((p, i) => {
      const grid = grids[i]!;
      if (!grid.used) return;
      if (p.window && !p.window.isNullObject) {
        const rect = parseRange(p.window.address);
        if (rect) {
          sampleBytes += fill(grid, rect, arraysOf(p.window));
          sampleCells += cellCount(rect);
        }
      }
      rests.push({ sheet: i, rects: outsideWindow(grid.used, win) });
    });
    // Syncs 3…: the rest, each sync filled to the budget by the bytes per cell measured so far
    // (bounded: see readPlan.ts). Excel refusing a sync makes the estimate heavier, so the next
    // try asks for fewer rows, down to a single row; a single row refused is "too-large".
    let estimate = withMeasuredCells(limits, sampleBytes, sampleCells);
    let remaining: Chunk[] = rests.flatMap((r) => r.rects.map((rect) => ({ sheet: r.sheet, rect })));
    const cellsLeft = () => remaining.reduce((n, c) => n + cellCount(c.rect), 0);
    onProgress?.(total - cellsLeft(), total);
    while (remaining.length > 0) {
      const group = planSyncs([...remaining.map((c) => ({ sheet: c.sheet, rects: [c.rect] }))], estimate)[0]!;
      const ranges = group.map((chunk) => {
        const r = chunk.rect;
        const ws = worksheets.items[chunk.sheet]!;
        const range = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
        range.load("values,text,numberFormat,valueTypes");
        return { chunk, range };
      });
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4.5 MB of cells, see readPlan.ts
        await context.sync();
      } catch (error) {
        if (!isPayloadError(error)) throw error;
        const only = group.length === 1 ? group[0]! : null;
        if (only && only.rect.top === only.rect.bottom)
          throw rowTooLarge(infos[only.sheet]!.name, only.rect.top, error);
        estimate = heavierAfterRefusal(estimate, group, limits);
        continue;
      }
      let bytes = 0;
      for (const { chunk, range } of ranges) bytes += fill(grids[chunk.sheet]!, chunk.rect, arraysOf(range));
      const cells = group.reduce((n, c) => n + cellCount(c.rect), 0);
      // Follow what was measured, but come down only halfway: heavy rows may lie ahead again.
      const measured = withMeasuredCells(limits, bytes, cells);
      estimate = { ...measured, bytesPerCell: Math.max(measured.bytesPerCell, estimate.bytesPerCell / 2) };
      remaining = consume(remaining, group);
      onProgress?.(total - cellsLeft(), total);
    }
    return { sheets: grids.map(finish) };
  });
}
