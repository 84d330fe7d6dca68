/** An exceljs cell value → the engine's plain CellValue (and the formula, when there is one). */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/workbook";

export interface PlainCell {
  readonly value: CellValue;
  /** "=SUM(A1:A3)"; shared formulas are expanded for every cell of the group. */
  readonly formula?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

function richTextPlain(value: unknown): string | null {
  if (!isObject(value) || !Array.isArray(value.richText)) return null;
  return value.richText
    .map((run: unknown) => (isObject(run) && typeof run.text === "string" ? run.text : ""))
    .join("");
}

/** A formula's cached result, a hyperlink's text or a rich text's plain text. */
function plainOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (!isObject(value)) return null;
  if (typeof value.error === "string") return { error: value.error };
  const rich = richTextPlain(value);
  if (rich !== null) return rich;
  // Before hyperlinks: exceljs puts a formula cell's hyperlink on its formula value.
  if ("formula" in value || "sharedFormula" in value) return plainOf(value.result);
  if ("hyperlink" in value) {
    const text = value.text;
    if (typeof text === "string") return text;
    return richTextPlain(text) ?? (typeof value.hyperlink === "string" ? value.hyperlink : null);
  }
  return null;
}

function isFormulaValue(value: ExcelJS.CellValue): boolean {
  return isObject(value) && ("formula" in value || "sharedFormula" in value);
}

export function plainCell(cell: ExcelJS.Cell): PlainCell {
  const raw = cell.value;
  const value = plainOf(raw);
  if (!isFormulaValue(raw)) return { value };
  const formula = cell.formula;
  return formula ? { value, formula: formula.startsWith("=") ? formula : `=${formula}` } : { value };
}
