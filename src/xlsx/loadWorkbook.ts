/**
 * The .xlsx gateway, browser-safe part: workbook bytes → the engine's WorkbookData. Every
 * failure to read surfaces as an XlsxReadError with a code, never as an exceljs stack.
 */
import ExcelJS from "exceljs";
import type { WorkbookData } from "../core/workbook";
import { XlsxReadError } from "./errors";
import { fileKind, isLegacyXls } from "./fileSignature";
import { sheetDataFromWorksheet } from "./sheetData";
import { zipEntryNames } from "./zip";

export function workbookDataFromExcelJs(wb: ExcelJS.Workbook): WorkbookData {
  const date1904 = wb.properties?.date1904 === true;
  const sheets = wb.worksheets.map((ws) => sheetDataFromWorksheet(ws, date1904));
  return date1904 ? { sheets, date1904 } : { sheets };
}

function toBytes(buf: ArrayBuffer | Uint8Array): Uint8Array {
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf);
}

const labelled = (path: string | undefined): { path?: string } => (path === undefined ? {} : { path });

/** Throws unless the bytes look like an .xlsx package: a zip with a workbook part. */
function checkPackage(bytes: Uint8Array, path: string | undefined): void {
  const where = labelled(path);
  switch (fileKind(bytes)) {
    case "empty":
      throw new XlsxReadError("empty", { ...where, detail: "0 bytes" });
    case "ole":
      if (isLegacyXls(bytes))
        throw new XlsxReadError("not-xlsx", { ...where, detail: "legacy .xls (Excel 97-2003) file" });
      throw new XlsxReadError("encrypted", where);
    case "other":
      throw new XlsxReadError("not-xlsx", { ...where, detail: "not a zip package" });
    case "zip":
      break;
  }
  let names: string[];
  try {
    names = zipEntryNames(bytes);
  } catch (cause) {
    throw new XlsxReadError("not-xlsx", { ...where, detail: "damaged zip package", cause });
  }
  if (!names.some((name) => /^xl\/workbook\d*\.xml$/i.test(name))) {
    const detail = names.some((name) => /^xl\/workbook\.bin$/i.test(name))
      ? "binary .xlsb workbook"
      : "no workbook part";
    throw new XlsxReadError("not-xlsx", { ...where, detail });
  }
}

/** Reads workbook bytes; `path` only labels errors. */
export async function readWorkbookBytes(bytes: Uint8Array, path?: string): Promise<WorkbookData> {
  checkPackage(bytes, path);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs hands the data to JSZip, which takes a Uint8Array as well as a Buffer.
    await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch (cause) {
    throw new XlsxReadError("not-xlsx", { ...labelled(path), detail: "unreadable workbook", cause });
  }
  const data = workbookDataFromExcelJs(wb);
  if (data.sheets.length === 0)
    throw new XlsxReadError("empty", { ...labelled(path), detail: "no worksheets" });
  return data;
}

export function readWorkbookBuffer(buf: ArrayBuffer | Uint8Array): Promise<WorkbookData> {
  return readWorkbookBytes(toBytes(buf));
}
