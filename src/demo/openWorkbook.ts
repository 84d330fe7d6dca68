/**
 * Workbook bytes → what the demo holds: the exceljs workbook (for the preview's look and the
 * downloads), the engine's WorkbookData and the review stored in the file.
 */
import ExcelJS from "exceljs";
import { reviewFromXml } from "../core/review/reviewXml";
import type { ParsedReview } from "../core/review/serializeReview";
import type { WorkbookData } from "../core/workbook";
import { XlsxReadError } from "../xlsx/errors";
import { readWorkbookBuffer, workbookDataFromExcelJs } from "../xlsx/loadWorkbook";
import { readReviewXml } from "./reviewPart";

export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly data: WorkbookData;
  readonly review: ParsedReview;
  /** The review part's XML as stored in the file, or null when it has none. */
  readonly reviewXml: string | null;
}

/**
 * Reads the bytes once with exceljs. When that fails, or finds no sheet, the .xlsx reader is asked
 * why, so the page can say "not an .xlsx", "password-protected" or "empty" (XlsxReadError codes).
 */
export async function openWorkbook(bytes: Uint8Array): Promise<OpenedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  let data: WorkbookData | null = null;
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
    data = workbookDataFromExcelJs(workbook);
  } catch {
    data = null;
  }
  if (!data || data.sheets.length === 0) {
    await readWorkbookBuffer(bytes); // throws the XlsxReadError that says why
    throw new XlsxReadError("unreadable");
  }
  const reviewXml = await readReviewXml(bytes);
  return { workbook, data, review: reviewFromXml(reviewXml), reviewXml };
}
