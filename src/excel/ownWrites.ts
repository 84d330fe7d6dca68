/**
 * The add-in's own writes must never start a re-check. Excel fires WorksheetCollection.onChanged
 * for data that add-in code changes, as for the user's edits (the events article lists add-in code
 * among what triggers events: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events),
 * and delivery can be late (office-js #1502, #1786), so a gate of a second after the write is not
 * enough. Excel 1.14 and later name the source of a change event (triggerSource "ThisLocalAddin",
 * read in events.ts), whatever the write; for the writes of cell data two more defences, both on
 * in every Excel:
 *  1. Runtime.enableEvents = false while we write (ExcelApi 1.8, within the minimum 1.9): Excel
 *     raises no event for the change at all (Excel.Runtime reference: "Toggle JavaScript events in
 *     the current task pane or content add-in"). It costs a sync before and one after the write.
 *  2. Events have been reported to arrive with events turned off (office-js #1786), so the gateway
 *     also keeps a record of the ranges it wrote (by worksheet id, which the event names): a change
 *     event whose every area lies in them, within OWN_WRITE_MS, is our echo and is passed over.
 *
 * Only writes of cell data are wrapped: marks write conditional formats and notes, and onChanged
 * reports data changes (WorksheetChangedEventArgs.changeType knows no format or note change);
 * wrapping them would cost every check two syncs and keep the user's own edits during marking
 * from being heard.
 */
import { parseRange, type RangeRef } from "../core/address";
import { splitAreas } from "./addresses";
import { runExcel } from "./errors";

/** How long a record of our own write answers for its events: they have come minutes late (office-js #1502). */
export const OWN_WRITE_MS = 120_000;

export interface OwnWrites {
  /** Records that the add-in wrote these ranges of the sheet with this id at `now` (ms). */
  add(worksheetId: string, ranges: readonly RangeRef[], now: number): void;
  /** Whether a change event for (worksheetId, address) at `now` is the echo of our own write. */
  isOwn(worksheetId: string, address: string, now: number): boolean;
}

/** "Tabellen!B2:F9, B12" or "B2:F9" → its areas; null when an area cannot be read. */
function areasOf(address: string): RangeRef[] | null {
  const areas = splitAreas(address).map((a) => parseRange(a.slice(a.lastIndexOf("!") + 1)));
  return areas.length > 0 && areas.every((a) => a !== null) ? (areas as RangeRef[]) : null;
}

const inside = (a: RangeRef, b: RangeRef): boolean =>
  a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;

export function createOwnWrites(keepMs = OWN_WRITE_MS): OwnWrites {
  let records: { worksheetId: string; range: RangeRef; until: number }[] = [];
  return {
    add(worksheetId, ranges, now) {
      records = records.filter((r) => r.until > now);
      for (const range of ranges) records.push({ worksheetId, range, until: now + keepMs });
    },
    isOwn(worksheetId, address, now) {
      const areas = areasOf(address);
      if (!areas) return false;
      const mine = records.filter((r) => r.worksheetId === worksheetId && r.until > now);
      return areas.every((area) => mine.some((r) => inside(area, r.range)));
    },
  };
}

/** Turns this add-in's events on or off; false when this Excel would not (the record still holds). */
async function setEvents(enabled: boolean): Promise<boolean> {
  try {
    await runExcel(async (context) => {
      context.runtime.enableEvents = enabled;
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns the events on again (when they were turned off) and records the used range of each of
 * these sheets as our own. One sync.
 */
async function restore(own: OwnWrites, quiet: boolean, sheets: readonly string[]): Promise<void> {
  if (!quiet && sheets.length === 0) return;
  await runExcel(async (context) => {
    if (quiet) context.runtime.enableEvents = true;
    const probes = sheets.map((name) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("id");
      const used = sheet.getUsedRangeOrNullObject();
      used.load("address");
      return { sheet, used };
    });
    await context.sync();
    const now = Date.now();
    for (const { sheet, used } of probes) {
      if (sheet.isNullObject || used.isNullObject) continue;
      own.add(sheet.id, areasOf(used.address) ?? [], now);
    }
  });
}

/**
 * Runs `write` with this add-in's events off, then turns them on again (also when the write
 * fails) and records the used range of each sheet `written` names as our own. Two syncs more than
 * the write itself: one before it, one after (which also loads the sheets' ids and used ranges).
 */
export async function writeQuietly<T>(
  own: OwnWrites,
  write: () => Promise<T>,
  written: (result: T) => readonly string[]
): Promise<T> {
  const quiet = await setEvents(false);
  let result: T;
  try {
    result = await write();
  } catch (error) {
    await restore(own, quiet, []).catch(() => undefined); // the write's own error is the one to tell
    throw error;
  }
  await restore(own, quiet, written(result));
  return result;
}
