import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export interface Inputs {
  /** Each workbook: the path to read and the name to show. */
  readonly files: readonly string[];
  /** True when the run checks several workbooks (or a folder): a summary table and the multi-file JSON. */
  readonly many: boolean;
  /** Folders given that hold no .xlsx file. */
  readonly emptyFolders: readonly string[];
}

/** An .xlsx in a folder, but not Excel's lock file (~$Begroting.xlsx) or a hidden file. */
const isWorkbookName = (name: string) =>
  /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");

/**
 * The workbooks a run checks: each file as given, and every .xlsx directly in each folder given, in
 * name order. A path that does not exist stays in the list, so it gets its own "not found" line.
 */
export async function collectInputs(given: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  let folder = false;
  for (const item of given) {
    const st = await stat(item).catch(() => null);
    if (!st?.isDirectory()) {
      files.push(item);
      continue;
    }
    folder = true;
    const names = (await readdir(item)).filter(isWorkbookName).sort((a, b) => a.localeCompare(b, "nl"));
    if (names.length === 0) emptyFolders.push(item);
    files.push(...names.map((n) => path.join(item, n)));
  }
  return { files, many: folder || files.length > 1, emptyFolders };
}
