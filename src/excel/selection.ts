import { splitAreas, splitSheetAddress } from "./addresses";
import { runExcel } from "./errors";

/** Activates the sheet, then selects the cell. One sync. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/** The first area of the user's selection as sheet and range ("Indicatoren", "D7:D9"). One sync. */
export async function getSelection(): Promise<{ sheet: string; range: string }> {
  return runExcel(async (context) => {
    const selected = context.workbook.getSelectedRanges();
    selected.load("address");
    await context.sync();
    const first = splitAreas(selected.address)[0] ?? "";
    return splitSheetAddress(first);
  });
}
