/**
 * Merged areas of a sheet whose one request fails. Range.getMergedAreasOrNullObject (ExcelApi 1.13)
 * "will fail to return the result" when the range holds more than 512 merged areas (its reference
 * page, and @types/office-js), and it returns only the merged areas whose top-left cell lies in
 * the range (office-js #3611). So a heavily merged sheet is read in pieces of whole rows from row 1
 * down to the used range's last row: every merged area that reaches into the used range starts in
 * exactly one piece, also when it covers the rows of the next piece. A piece that fails is halved,
 * down to one row; when even one row fails, the sheet's merges are skipped and the caller says so.
 *
 * One sync per sheet to find out, then one per piece tried: only for the sheets that fail whole.
 */
import { parseRange, type RangeRef } from "../core/address";
import { splitAreas } from "./addresses";
import { cellCount } from "./readPlan";
import type { Capabilities } from "./requirements";

/** Excel's last column index + 1: a piece spans whole rows. */
const SHEET_COLUMNS = 16_384;
/** A piece aims at this many merged areas, under Excel's 512 with room for denser rows ahead. */
const MERGES_PER_PIECE = 400;

export interface SheetMerges {
  readonly merges: RangeRef[];
  /** The merged areas could not be read, not even one row at a time. */
  readonly skipped: boolean;
}

/** The merged areas (of two or more cells) in a RangeAreas address. */
export function mergedRects(address: string): RangeRef[] {
  return splitAreas(address)
    .map((area) => parseRange(area))
    .filter((r): r is RangeRef => r !== null && cellCount(r) > 1);
}

/** One request for the merged areas of a range, in a sync of its own: the areas, or null when Excel refused. */
async function tryMerges(context: Excel.RequestContext, range: Excel.Range): Promise<RangeRef[] | null> {
  const merged = range.getMergedAreasOrNullObject();
  merged.load("address");
  try {
    await context.sync();
  } catch {
    return null;
  }
  return merged.isNullObject ? [] : mergedRects(merged.address);
}

/** Walks rows 0…lastRow in pieces sized by the merges found so far; halves a piece Excel refuses. */
async function readInPieces(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  lastRow: number
): Promise<SheetMerges> {
  const merges: RangeRef[] = [];
  let top = 0;
  let size = Math.ceil((lastRow + 1) / 2); // the whole sheet failed: start at half
  while (top <= lastRow) {
    const rows = Math.min(size, lastRow - top + 1);
    // One sync per piece: a refused piece must not fail the others.
    const found = await tryMerges(context, sheet.getRangeByIndexes(top, 0, rows, SHEET_COLUMNS));
    if (found === null) {
      if (rows === 1) return { merges: [], skipped: true };
      size = Math.ceil(rows / 2);
      continue;
    }
    // Top-left only, as Excel: a merge that starts above the piece was found with an earlier one.
    merges.push(...found.filter((m) => m.top >= top && m.top < top + rows));
    top += rows;
    size = found.length === 0 ? rows * 2 : Math.max(1, Math.floor((rows * MERGES_PER_PIECE) / found.length));
  }
  return { merges, skipped: false };
}

/**
 * The merged areas of each sheet that has a used range, when asking for all sheets at once failed:
 * each sheet whole in a sync of its own, and the ones Excel refuses in pieces of rows. None
 * below ExcelApi 1.13, which has no getMergedAreasOrNullObject.
 */
export async function readMergesApart(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheets: readonly { readonly sheet: Excel.Worksheet; readonly used: RangeRef | null }[]
): Promise<SheetMerges[]> {
  const result: SheetMerges[] = [];
  for (const { sheet, used } of sheets) {
    if (!used || !caps.mergedAreas) {
      result.push({ merges: [], skipped: false });
      continue;
    }
    // A sync per sheet: which one Excel refuses must be known.
    const whole = await tryMerges(context, sheet.getRange());
    result.push(whole ? { merges: whole, skipped: false } : await readInPieces(context, sheet, used.bottom));
  }
  return result;
}
