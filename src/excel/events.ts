import { runExcel } from "./errors";

/**
 * Calls the listener on every edit in any sheet (also sheets added later): WorksheetCollection
 * .onChanged, ExcelApi 1.9. The pane debounces. Returns the unsubscribe function.
 */
export async function onChanged(listener: () => void): Promise<() => Promise<void>> {
  const handler = await runExcel(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(async () => {
      listener();
    });
    await context.sync();
    return result;
  });
  return async () => {
    // An event handler is removed in the context it was added in.
    await Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
  };
}
