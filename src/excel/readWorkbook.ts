/**
 * Reads every sheet's used range as WorkbookData, within Excel's payload limits. The syncs are
 * planned in readPlan.ts: 2 for a budget workbook, one more per ~150,000 cells beyond the windows.
 */
import { parseRange, toRange, type RangeRef } from "../core/address";
import { GatewayError } from "../core/gateway";
import { EMPTY_CELL, type CellData, type SheetData, type WorkbookData } from "../core/workbook";
import { splitAreas } from "./addresses";
import { toCellData } from "./cellData";
import { runExcel } from "./errors";
import {
  READ_LIMITS,
  cellCount,
  outsideWindow,
  planSyncs,
  windowSize,
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

    // Sync 2: used ranges, merged areas and the top-left windows.
    const win = windowSize(worksheets.items.length, limits);
    const probes = worksheets.items.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("address");
      const window = ws.getRangeByIndexes(0, 0, win.rows, win.cols).getUsedRangeOrNullObject(true);
      window.load("address,values,text,numberFormat");
      const merged = caps.mergedAreas ? ws.getRange().getMergedAreasOrNullObject() : null;
      merged?.load("address");
      return { used, window, merged };
    });
    await context.sync();

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
    probes.forEach((p, i) => {
      const grid = grids[i]!;
      if (!grid.used) return;
      if (!p.window.isNullObject) {
        const rect = parseRange(p.window.address);
        if (rect) fill(grid, rect, p.window.values, p.window.text, p.window.numberFormat);
      }
      rests.push({ sheet: i, rects: outsideWindow(grid.used, win) });
    });
    const groups = planSyncs(rests, limits);
    // Cells inside a window but outside its own used part are empty: count them as read.
    let done = total - groups.flat().reduce((n, c) => n + cellCount(c.rect), 0);
    onProgress?.(done, total);

    // Syncs 3…: the rest, one sync per planned group (bounded: see readPlan.ts).
    for (const group of groups) {
      const ranges = group.map((chunk) => {
        const r = chunk.rect;
        const range = worksheets.items[chunk.sheet]!.getRangeByIndexes(
          r.top,
          r.left,
          r.bottom - r.top + 1,
          r.right - r.left + 1
        );
        range.load("values,text,numberFormat");
        return { chunk, range };
      });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 160,000 cells, planned above
      await context.sync();
      for (const { chunk, range } of ranges) {
        fill(grids[chunk.sheet]!, chunk.rect, range.values, range.text, range.numberFormat);
        done += cellCount(chunk.rect);
      }
      onProgress?.(done, total);
    }
    return { sheets: grids.map(finish) };
  });
}
