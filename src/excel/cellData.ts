import { EMPTY_CELL, type CellData, type CellValue } from "../core/workbook";

/**
 * Office.js gives an error cell's value as its English error text ("#N/A", "#DIV/0!") — in a
 * Dutch Excel too; only `text` shows "#N/B". These are all the errors Excel has.
 */
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
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

/** A value as Office.js returns it → the engine's CellValue: "" is empty, an error text is an error. */
export function toCellValue(raw: unknown): CellValue {
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  if (typeof raw === "string") {
    if (raw === "") return null;
    return EXCEL_ERRORS.has(raw) ? { error: raw } : raw;
  }
  return null;
}

/** One cell from the three arrays Office.js returns for a range. */
export function toCellData(value: unknown, text: unknown, format: unknown): CellData {
  const v = toCellValue(value);
  const f = typeof format === "string" && format !== "" ? format : "General";
  if (v === null && f === "General") return EMPTY_CELL;
  return { value: v, text: typeof text === "string" ? text : String(text ?? ""), format: f };
}
