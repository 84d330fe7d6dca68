import { parseRange, toA1 } from "../core/address";
import type { CellSelection } from "../core/gateway";
import { splitAreas } from "./addresses";
import { runExcel } from "./errors";
import type { OwnWrites } from "./ownWrites";
import type { Capabilities } from "./requirements";

/**
 * Adds an event handler in an Excel.run of its own (one sync) and returns how to remove it: an
 * event handler is removed in the context it was added in.
 */
async function subscribe(
  add: (context: Excel.RequestContext) => OfficeExtension.EventHandlerResult<unknown>
): Promise<() => Promise<void>> {
  const handler = await runExcel(async (context) => {
    const result = add(context);
    await context.sync();
    return result;
  });
  return async () => {
    await Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
  };
}

/**
 * Calls the listener on every edit in any sheet (also sheets added later): WorksheetCollection
 * .onChanged, ExcelApi 1.9. The echo of the add-in's own writes, however late it comes, is passed
 * over: Excel 1.14 and later say so themselves (WorksheetChangedEventArgs.triggerSource
 * "ThisLocalAddin": "the event is triggered by the Office JS API of the current add-in"), for any
 * write, marks too; older ones by the record of what we wrote (`own`: see ownWrites.ts). The pane
 * debounces. Returns the unsubscribe function.
 */
export function onChanged(
  caps: Capabilities,
  listener: () => void,
  own?: OwnWrites
): Promise<() => Promise<void>> {
  return subscribe((context) =>
    context.workbook.worksheets.onChanged.add(async (event) => {
      if (caps.triggerSource && event.triggerSource === "ThisLocalAddin") return;
      if (own?.isOwn(event.worksheetId, event.address, Date.now())) return;
      listener();
    })
  );
}

/**
 * Calls the listener with the top-left cell of the selection whenever it moves, on any sheet:
 * WorksheetCollection.onSelectionChanged, ExcelApi 1.9. The event names the sheet by id, so each
 * event takes one sync to learn its current name (the user may have renamed it). A selection on a
 * sheet deleted meanwhile is passed over: there is nothing to show for it.
 */
export function onSelectionChanged(
  listener: (selection: CellSelection) => void
): Promise<() => Promise<void>> {
  return subscribe((context) =>
    context.workbook.worksheets.onSelectionChanged.add(async (event) => {
      const cell = topLeftCell(event.address);
      if (!cell) return;
      const sheet = await sheetNameOf(event.worksheetId);
      if (sheet !== null) listener({ sheet, cell });
    })
  );
}

/** The sheet's name now, or null when it was deleted. One sync. */
async function sheetNameOf(worksheetId: string): Promise<string | null> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(worksheetId);
    sheet.load("name");
    await context.sync();
    return sheet.isNullObject ? null : sheet.name;
  });
}

/** "D11:E12, G3" → "D11"; a whole row or column ("3:3", "B:B") starts at its first cell. */
function topLeftCell(address: string): string | null {
  const first = (splitAreas(address)[0] ?? "").replace(/\$/g, "");
  const whole = /^([A-Z]+):[A-Z]+$/i.exec(first) ?? /^(\d+):\d+$/.exec(first);
  const range = whole
    ? parseRange(/^\d+$/.test(whole[1]!) ? `A${whole[1]}` : `${whole[1]}1`)
    : parseRange(first);
  return range ? toA1(range.top, range.left) : null;
}
