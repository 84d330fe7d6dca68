/**
 * What the demo does with the .xlsx file itself, through exceljs: reading it into what the page
 * holds (the preview's sheets, whose `data` is the engine's WorkbookData, and the stored review
 * part), building a sheet the pane inserts, and writing the highlighted copy. No DOM: this runs in
 * the file worker (fileWorker.ts) and, where workers are unavailable, in the page.
 */
import ExcelJS from "exceljs";
import type { SheetPlan } from "../core/layout/sheetPlan";
import { uniqueSheetName } from "../core/layout/uniqueSheetName";
import type { Mark } from "../core/marks";
import type { WorkbookData } from "../core/workbook";
import { writeSheetPlan } from "../export/writeLayoutSheet";
import { applyMarksToWorkbook } from "../xlsx/applyMarks";
import { XlsxReadError } from "../xlsx/errors";
import { readWorkbookBuffer, workbookDataFromExcelJs } from "../xlsx/loadWorkbook";
import { sheetDataFromWorksheet } from "../xlsx/sheetData";
import { previewSheet, type PreviewSheet } from "./previewSheet";
import { readReviewXml, writeReviewXml } from "./reviewPart";

export interface FileContents {
  /** Every worksheet as the preview shows it; their `data` together are the engine's WorkbookData. */
  readonly sheets: readonly PreviewSheet[];
  readonly date1904: boolean;
  /** The sheet the file opens on (0-based, as stored; may be hidden). */
  readonly activeTab: number;
  /** The review part's XML as stored in the file, or null when it has none. */
  readonly reviewXml: string | null;
}

/** A sheet the pane added, replayed onto the file when it is written. */
export interface InsertedSheet {
  readonly name: string;
  readonly plan: SheetPlan;
}

/** The engine's view of the file's sheets. */
export function workbookData(contents: Pick<FileContents, "sheets" | "date1904">): WorkbookData {
  const sheets = contents.sheets.map((s) => s.data);
  return contents.date1904 ? { sheets, date1904: true } : { sheets };
}

const loadBytes = (workbook: ExcelJS.Workbook, bytes: Uint8Array) =>
  workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);

/**
 * Reads the bytes once with exceljs. When that fails, or finds no sheet, the .xlsx reader is asked
 * why, so the page can say "not an .xlsx", "password-protected" or "empty" (XlsxReadError codes).
 */
export async function readFile(bytes: Uint8Array): Promise<FileContents> {
  const workbook = new ExcelJS.Workbook();
  let data: WorkbookData | null = null;
  try {
    await loadBytes(workbook, bytes);
    data = workbookDataFromExcelJs(workbook);
  } catch {
    data = null;
  }
  if (!data || data.sheets.length === 0) {
    await readWorkbookBuffer(bytes); // throws the XlsxReadError that says why
    throw new XlsxReadError("unreadable");
  }
  const { sheets } = data;
  return {
    sheets: workbook.worksheets.map((ws, i) => previewSheet(ws, sheets[i]!)),
    date1904: data.date1904 === true,
    activeTab: workbook.views?.[0]?.activeTab ?? 0,
    reviewXml: await readReviewXml(bytes),
  };
}

/** The pane's planned sheet under the first free name of `baseName` beside `taken`, as the preview shows it. */
export function plannedSheet(
  plan: SheetPlan,
  baseName: string,
  taken: readonly string[],
  date1904: boolean
): PreviewSheet {
  const scratch = new ExcelJS.Workbook();
  const name = writeSheetPlan(scratch, plan, uniqueSheetName(taken, baseName));
  const ws = scratch.getWorksheet(name)!;
  return previewSheet(ws, sheetDataFromWorksheet(ws, date1904));
}

/**
 * The file as .xlsx bytes with the inserted sheets, the marks as conditional formats and notes (as
 * the add-in leaves them in Excel) and `reviewXml` in its custom XML part.
 */
export async function writeHighlighted(
  bytes: Uint8Array,
  inserted: readonly InsertedSheet[],
  marks: readonly Mark[],
  reviewXml: string | null
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await loadBytes(workbook, bytes);
  for (const sheet of inserted) writeSheetPlan(workbook, sheet.plan, sheet.name);
  applyMarksToWorkbook(workbook, marks);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return reviewXml === null ? written : writeReviewXml(written, reviewXml);
}
