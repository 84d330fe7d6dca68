/**
 * Reads every sheet's used range as WorkbookData, within Excel's payload limits. The syncs are
 * planned in readPlan.ts: 2 for a budget workbook, one more per ~4.5 MB of cells beyond the windows.
 */
import { parseRange, toRange, type RangeRef } from "../core/address";
import { GatewayError } from "../core/gateway";
import { EMPTY_CELL, type CellData, type SheetData, type WorkbookData } from "../core/workbook";
import { splitAreas } from "./addresses";
import { toCellData } from "./cellData";
import { officeCode, runExcel } from "./errors";
import {
  READ_LIMITS,
  cellCount,
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
  readonly merges: RangeRef[];
}

const USED_RANGE_EMPTY: RangeRef | null = null;

function newGrid(info: SheetInfo, used: RangeRef | null, merges: RangeRef[]): Grid {
  const rows = used ? used.bottom - used.top + 1 : 0;
  const cols = used ? used.right - used.left + 1 : 0;
  const cells = Array.from({ length: rows }, () => new Array<CellData>(cols));
  return { info, used, cells, merges };
}

/** Copies one range's three arrays into the grid. */
function fill(
  grid: Grid,
  rect: RangeRef,
  values: unknown[][],
  text: unknown[][],
  formats: unknown[][]
): void {
  const used = grid.used;
  if (!used) return;
  for (let r = 0; r < values.length; r++) {
    const row = grid.cells[rect.top + r - used.top];
    if (!row) continue;
    const v = values[r]!;
    for (let c = 0; c < v.length; c++) {
      row[rect.left + c - used.left] = toCellData(v[c], text[r]?.[c], formats[r]?.[c]);
    }
  }
}

function finish(grid: Grid): SheetData {
  const flags = {
    ...(grid.info.hidden && { hidden: true }),
    ...(grid.info.protected && { protected: true }),
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

function mergedRects(address: string): RangeRef[] {
  return splitAreas(address)
    .map((area) => parseRange(area))
    .filter((r): r is RangeRef => r !== null && cellCount(r) > 1);
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
    // text that Excel refuses them, the sync is made again without windows (the rest covers all).
    const queueProbes = (window: { rows: number; cols: number }) =>
      worksheets.items.map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load("address");
        const cells =
          window.rows > 0
            ? ws.getRangeByIndexes(0, 0, window.rows, window.cols).getUsedRangeOrNullObject(true)
            : null;
        cells?.load("address,values,text,numberFormat");
        const merged = caps.mergedAreas ? ws.getRange().getMergedAreasOrNullObject() : null;
        merged?.load("address");
        return { used, window: cells, merged };
      });
    let win = windowSize(worksheets.items.length, limits);
    let probes = queueProbes(win);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      win = { rows: 0, cols: 0 };
      probes = queueProbes(win);
      await context.sync();
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
    const rests: SheetRest[] = [];
    let sampleBytes = 0;
    let sampleCells = 0;
    probes.forEach((p, i) => {
      const grid = grids[i]!;
      if (!grid.used) return;
      if (p.window && !p.window.isNullObject) {
        const rect = parseRange(p.window.address);
        if (rect) {
          const { values, text, numberFormat } = p.window;
          fill(grid, rect, values, text, numberFormat);
          sampleBytes += JSON.stringify({ values, text, numberFormat }).length;
          sampleCells += cellCount(rect);
        }
      }
      rests.push({ sheet: i, rects: outsideWindow(grid.used, win) });
    });
    // Syncs 3…: the rest, each sync filled to the budget by the bytes per cell measured so far
    // (bounded: see readPlan.ts). Excel refusing a sync doubles the estimate and tries again.
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
        range.load("values,text,numberFormat");
        return { chunk, range };
      });
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4.5 MB of cells, see readPlan.ts
        await context.sync();
      } catch (error) {
        const oneRow = group.length === 1 && group[0]!.rect.top === group[0]!.rect.bottom;
        if (!isPayloadError(error) || oneRow) throw error;
        // At least the density that would have filled the budget, and a good step up from the guess.
        const tried = group.reduce((n, c) => n + cellCount(c.rect), 0);
        estimate = {
          ...estimate,
          bytesPerCell: Math.max(estimate.bytesPerCell * 4, (limits.syncBudgetBytes / tried) * limits.safety),
        };
        continue;
      }
      let bytes = 0;
      for (const { chunk, range } of ranges) {
        const { values, text, numberFormat } = range;
        fill(grids[chunk.sheet]!, chunk.rect, values, text, numberFormat);
        bytes += JSON.stringify({ values, text, numberFormat }).length;
      }
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
