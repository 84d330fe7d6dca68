import { EMPTY_CELL, type CellData, type CellValue } from "../core/workbook";

/**
 * Office.js gives an error cell's value as its English error text ("#N/A", "#DIV/0!") — in a
 * Dutch Excel too; only `text` shows "#N/B". These are all the errors Excel has.
 */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#EXTERNAL!",
]);

/**
 * A value as Office.js returns it → the engine's CellValue: "" is empty, an error is an error.
 * `valueType` is the cell's Range.valueTypes entry (ExcelApi 1.1): "Error" marks an error cell, and
 * any other type keeps a string as text, so a text cell that holds "#N/A" stays the text "#N/A".
 * Without it, a string that is one of Excel's error texts is taken for the error.
 */
export function toCellValue(raw: unknown, valueType?: unknown): CellValue {
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  if (typeof raw === "string") {
    if (raw === "") return null;
    const error = typeof valueType === "string" ? valueType === "Error" : EXCEL_ERRORS.has(raw);
    return error ? { error: raw } : raw;
  }
  return null;
}

/** One cell from the four arrays Office.js returns for a range (values, text, numberFormat, valueTypes). */
export function toCellData(value: unknown, text: unknown, format: unknown, valueType?: unknown): CellData {
  const v = toCellValue(value, valueType);
  const f = typeof format === "string" && format !== "" ? format : "General";
  if (v === null && f === "General") return EMPTY_CELL;
  return { value: v, text: typeof text === "string" ? text : String(text ?? ""), format: f };
}
