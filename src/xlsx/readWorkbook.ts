/**
 * The .xlsx gateway for Node (CLI, tests): a workbook file → the engine's WorkbookData.
 * The task pane imports ./loadWorkbook instead, which has no Node dependencies.
 */
import { readFile } from "node:fs/promises";
import type { WorkbookData } from "../core/workbook";
import { XlsxReadError } from "./errors";
import { readWorkbookBytes } from "./loadWorkbook";

export { readWorkbookBuffer, workbookDataFromExcelJs } from "./loadWorkbook";

export async function readWorkbookFile(path: string): Promise<WorkbookData> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxReadError("file-not-found", { path, cause });
    if (code === "EISDIR") throw new XlsxReadError("not-xlsx", { path, detail: "a folder", cause });
    throw new XlsxReadError("unreadable", { path, detail: code, cause });
  }
  return readWorkbookBytes(bytes, path);
}
