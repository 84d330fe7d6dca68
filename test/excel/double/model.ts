/**
 * The in-memory workbook behind the Excel double: what a real workbook holds that the gateway can
 * read or change. Tests build it, let the gateway work on it, and compare snapshots.
 */
import { parseRange, toRange, type RangeRef } from "../../../src/core/address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
export const WHOLE_SHEET: RangeRef = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

export interface CellModel {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  /** What Excel displays; defaults to the value as text. */
  text?: string;
  fill?: string;
  fontColor?: string;
}

export interface ConditionalFormatModel {
  id: string;
  type: "Custom" | "CellValue";
  areas: RangeRef[];
  formula: string;
  fill: string | null;
  font: string | null;
}

export interface NoteModel {
  row: number;
  col: number;
  content: string;
  author: string;
}

export interface CommentModel {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
  author: string;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, CellModel>;
  conditionalFormats: ConditionalFormatModel[];
  notes: Map<string, NoteModel>;
  merges: RangeRef[];
}

export interface CustomXmlPartModel {
  id: string;
  namespace: string;
  xml: string;
}

export interface ChangedArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
}

export interface WorkbookModel {
  sheets: SheetModel[];
  comments: CommentModel[];
  customXmlParts: CustomXmlPartModel[];
  /** The document settings as saved in the file. */
  settings: Record<string, unknown>;
  activeSheetId: string;
  selection: { sheetId: string; areas: RangeRef[] };
  /** What the user would have seen happen, in order: "activate:Blad1", "select:Blad1!B3". */
  log: string[];
  /** The ExcelApi minor version this Excel supports: 18 means ExcelApi 1.18. */
  apiVersion: number;
  listeners: Set<(args: ChangedArgs) => Promise<unknown>>;
  nextId: number;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function newId(model: WorkbookModel, prefix: string): string {
  model.nextId++;
  return `{${prefix}-${String(model.nextId).padStart(8, "0")}}`;
}

/** As Excel writes a sheet name in an address. */
export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function addressOf(sheet: SheetModel, r: RangeRef): string {
  return `${quoteName(sheet.name)}!${toRange(r.top, r.left, r.bottom, r.right)}`;
}

/** "B3:C4", "B3", "B3:C4,E5" (sheet prefixes ignored) → areas; throws like Excel on nonsense. */
export function parseAreas(address: string): RangeRef[] {
  const areas = address.split(",").map((a) => parseRange(a.trim()));
  if (areas.length === 0 || areas.some((a) => a === null)) throw new Error(`bad address ${address}`);
  return areas as RangeRef[];
}

export const intersects = (a: RangeRef, b: RangeRef): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export const contains = (a: RangeRef, row: number, col: number): boolean =>
  row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;

function hasValue(cell: CellModel): boolean {
  return cell.value !== null && cell.value !== "";
}

function hasAnything(cell: CellModel): boolean {
  return (
    hasValue(cell) ||
    cell.numberFormat !== undefined ||
    cell.fill !== undefined ||
    cell.fontColor !== undefined
  );
}

/** The used range within `within` (the whole sheet by default), or null when nothing is there. */
export function usedRect(
  sheet: SheetModel,
  valuesOnly: boolean,
  within: RangeRef = WHOLE_SHEET
): RangeRef | null {
  let r: RangeRef | null = null;
  for (const [key, cell] of sheet.cells) {
    if (!(valuesOnly ? hasValue(cell) : hasAnything(cell))) continue;
    const [row, col] = key.split(",").map(Number) as [number, number];
    if (!contains(within, row, col)) continue;
    r = r
      ? {
          top: Math.min(r.top, row),
          left: Math.min(r.left, col),
          bottom: Math.max(r.bottom, row),
          right: Math.max(r.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return r;
}

export function displayText(cell: CellModel | undefined): string {
  if (!cell || cell.value === null) return "";
  if (cell.text !== undefined) return cell.text;
  if (typeof cell.value === "boolean") return cell.value ? "WAAR" : "ONWAAR";
  return String(cell.value);
}

/** The three arrays Office.js returns for a rectangle. */
export function rangeArrays(
  sheet: SheetModel,
  r: RangeRef
): { values: unknown[][]; text: string[][]; numberFormat: string[][] } {
  const values: unknown[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const v: unknown[] = [];
    const t: string[] = [];
    const f: string[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const cell = sheet.cells.get(cellKey(row, col));
      v.push(cell?.value ?? "");
      t.push(displayText(cell));
      f.push(cell?.numberFormat ?? "General");
    }
    values.push(v);
    text.push(t);
    numberFormat.push(f);
  }
  return { values, text, numberFormat };
}

/** Everything about the sheets a user could see or would miss, as plain comparable data. */
export function snapshot(model: WorkbookModel): unknown {
  return {
    sheets: model.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      cells: [...s.cells].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, { ...c }]),
      conditionalFormats: s.conditionalFormats.map((cf) => ({
        ...cf,
        areas: cf.areas.map((a) => ({ ...a })),
      })),
      notes: [...s.notes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => [k, { ...n }]),
      merges: s.merges.map((m) => ({ ...m })),
    })),
    comments: model.comments.map((c) => ({ ...c })),
  };
}
