/**
 * The in-memory workbook behind the Excel double: what a real workbook holds that the gateway can
 * read or change. Tests build it, let the gateway work on it, and compare snapshots.
 */
import { parseRange, toRange, type RangeRef } from "../../../src/core/address";
import { EXCEL_ERRORS } from "../../../src/excel/cellData";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
export const WHOLE_SHEET: RangeRef = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

export interface CellModel {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  /** What Excel displays; defaults to the value as text. */
  text?: string;
  /**
   * A text that reads like an error value ("#N/A" typed as '#N/A, entered under "@", or a formula's
   * text result): Range.values gives the same string as for the error itself, and only
   * Range.valueTypes tells them apart ("String" against "Error"). Without it, a value that is one
   * of Excel's error texts is that error.
   */
  literalText?: true;
  fill?: string;
  fontColor?: string;
  // Direct formatting written through Range.format (absent: Excel's default).
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<BorderEdge, BorderModel>>;
}

/** The edges a cell keeps a border for; InsideHorizontal/InsideVertical land on these. */
export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "DiagonalDown" | "DiagonalUp";

export interface BorderModel {
  style?: string;
  color?: string;
  weight?: string;
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
  /** Column index → width in points, for columns given a width (others have Excel's default). */
  columnWidths: Map<number, number>;
  /** Row index → height in points, for rows given a height. */
  rowHeights: Map<number, number>;
}

export interface CustomXmlPartModel {
  id: string;
  namespace: string;
  xml: string;
}

export interface SelectionChangedArgs {
  readonly type: "WorksheetSelectionChanged";
  readonly worksheetId: string;
  /** Without the sheet: "D11", "B2:C5". */
  readonly address: string;
}

/**
 * Excel tells selection listeners after the sync that moved the selection (by the user or by
 * range.select()), not during it; their Excel.run starts a context of its own.
 */
export function announceSelection(model: WorkbookModel, sheet: SheetModel, address: string): void {
  const args: SelectionChangedArgs = { type: "WorksheetSelectionChanged", worksheetId: sheet.id, address };
  setTimeout(() => {
    for (const listener of model.selectionListeners) void listener(args);
  }, 0);
}

export interface ChangedArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  /**
   * ExcelApi 1.14: "ThisLocalAddin" when the add-in's own Office.js call made the change,
   * "Unknown" otherwise (the user); absent in an older Excel.
   */
  readonly triggerSource?: "Unknown" | "ThisLocalAddin";
}

/** The triggerSource of a change event, as this Excel version gives it (ExcelApi 1.14 and later). */
export const triggerSource = (
  model: WorkbookModel,
  byAddin: boolean
): { triggerSource?: "Unknown" | "ThisLocalAddin" } =>
  model.apiVersion >= 14 ? { triggerSource: byAddin ? "ThisLocalAddin" : "Unknown" } : {};

/**
 * Excel tells change listeners of data the add-in's own code changed, as it does the user's edits:
 * the reference's WorksheetCollection.onChanged fires when "any worksheet in the workbook is
 * changed", and the events article lists add-in code among what triggers events (learn.microsoft.com,
 * office/dev/add-ins/excel/excel-add-ins-events). Data only: a format or conditional format fires
 * onFormatChanged, which the add-in does not hear. Delivery can come late (office-js #1502: not
 * until the mouse moved over the pane), so the double delivers after `delayMs`; Runtime.enableEvents
 * = false stops the event at its source, unless `ignoreEnableEvents` (office-js #1786: handlers
 * still called with events turned off).
 */
export function announceChange(model: WorkbookModel, sheet: SheetModel, rect: RangeRef): void {
  if (!model.eventsEnabled && !model.ownChangeEvents.ignoreEnableEvents) return;
  const args: ChangedArgs = {
    type: "WorksheetChanged",
    worksheetId: sheet.id,
    address: toRange(rect.top, rect.left, rect.bottom, rect.right),
    changeType: "RangeEdited",
    source: "Local",
    ...triggerSource(model, true),
  };
  setTimeout(() => {
    for (const listener of model.listeners) void listener(args);
  }, model.ownChangeEvents.delayMs);
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
  /** The add-in's Runtime.enableEvents (ExcelApi 1.8): false, and Excel raises no events for it. */
  eventsEnabled: boolean;
  /** How the add-in's own data changes reach its change listeners: see announceChange. */
  ownChangeEvents: { delayMs: number; ignoreEnableEvents: boolean };
  selectionListeners: Set<(args: SelectionChangedArgs) => Promise<unknown>>;
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

/** "B:C" and "3:4": whole columns and whole rows, as Excel writes them. */
function parseWhole(text: string): RangeRef | null {
  const bare = text.includes("!") ? text.slice(text.lastIndexOf("!") + 1) : text;
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(bare);
  if (cols) {
    const [a, b] = [cols[1]!, cols[2]!].map((l) => parseRange(`${l}1`)!.left) as [number, number];
    if (Math.max(a, b) >= MAX_COLS) return null;
    return { top: 0, left: Math.min(a, b), bottom: MAX_ROWS - 1, right: Math.max(a, b) };
  }
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(bare);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (Math.min(a, b) < 0 || Math.max(a, b) >= MAX_ROWS) return null;
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: MAX_COLS - 1 };
  }
  return null;
}

/** "B3:C4", "B3", "B3:C4,E5", "B:C", "3:4" (sheet prefixes ignored) → areas; throws like Excel on nonsense. */
export function parseAreas(address: string): RangeRef[] {
  const areas = address.split(",").map((a) => parseRange(a.trim()) ?? parseWhole(a.trim()));
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

/** The format fields of a cell; any of them set makes the cell part of the (not values-only) used range. */
export const FORMAT_FIELDS = [
  "numberFormat",
  "fill",
  "fontColor",
  "fontName",
  "bold",
  "italic",
  "fontSize",
  "horizontalAlignment",
  "verticalAlignment",
  "wrapText",
  "borders",
] as const satisfies readonly (keyof CellModel)[];

function hasAnything(cell: CellModel): boolean {
  return hasValue(cell) || FORMAT_FIELDS.some((f) => cell[f] !== undefined);
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

/**
 * Range.valueTypes of a cell (ExcelApi 1.1, Excel.RangeValueType). Excel gives "Double" for
 * every number it stores; "Integer" and "Richvalue" do not occur in the double's workbooks.
 */
export function valueTypeOf(
  cell: CellModel | undefined
): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  const v = cell?.value ?? null;
  if (v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return EXCEL_ERRORS.has(v) && cell?.literalText !== true ? "Error" : "String";
}

/** The four arrays Office.js returns for a rectangle. */
export function rangeArrays(
  sheet: SheetModel,
  r: RangeRef
): { values: unknown[][]; text: string[][]; numberFormat: string[][]; valueTypes: string[][] } {
  const values: unknown[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  const valueTypes: string[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const v: unknown[] = [];
    const t: string[] = [];
    const f: string[] = [];
    const k: string[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const cell = sheet.cells.get(cellKey(row, col));
      v.push(cell?.value ?? "");
      t.push(displayText(cell));
      f.push(cell?.numberFormat ?? "General");
      k.push(valueTypeOf(cell));
    }
    values.push(v);
    text.push(t);
    numberFormat.push(f);
    valueTypes.push(k);
  }
  return { values, text, numberFormat, valueTypes };
}

/** Everything about the sheets a user could see or would miss, as plain comparable data. */
export function snapshot(model: WorkbookModel): unknown {
  return {
    sheets: model.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      cells: [...s.cells]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, c]) => [k, c.borders ? { ...c, borders: structuredClone(c.borders) } : { ...c }]),
      conditionalFormats: s.conditionalFormats.map((cf) => ({
        ...cf,
        areas: cf.areas.map((a) => ({ ...a })),
      })),
      notes: [...s.notes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => [k, { ...n }]),
      merges: s.merges.map((m) => ({ ...m })),
      columnWidths: [...s.columnWidths].sort(([a], [b]) => a - b),
      rowHeights: [...s.rowHeights].sort(([a], [b]) => a - b),
    })),
    comments: model.comments.map((c) => ({ ...c })),
  };
}

/** ExcelApi's HorizontalAlignment, VerticalAlignment, BorderLineStyle and BorderWeight values. */
export const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
export const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
export const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
] as const;
export const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"] as const;
export const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;

/** Excel keeps at most this many characters in a cell. */
export const MAX_CELL_CHARS = 32_767;

const MS_PER_DAY = 86_400_000;

/**
 * A value written through Range.values into a cell, as Excel stores it (format fields kept).
 *
 * In a cell formatted as text ("@") a string stays exactly that string. Anywhere else Excel reads
 * the string as if it were typed: "=…", "+…" and "-…" are formulas (Office.js documents this for
 * Range.values), a leading apostrophe is a quote prefix that is dropped, and strings that look like
 * a number, a percentage, a time, a date in ISO form or a boolean become that. Which shapes Excel
 * recognises depends on its locale; the double converts both the en-US and the nl-NL shapes
 * ("8.0" and "8,0"), so only a text written under "@" is sure to stay text. The double does not
 * calculate: a formula's value is null.
 */
export function enterValue(cell: CellModel | undefined, input: string | number | boolean): CellModel {
  const kept: CellModel = { ...cell, value: null };
  delete kept.formula;
  delete kept.text;
  delete kept.literalText;
  if (typeof input !== "string") return { ...kept, value: input };
  if (input === "") return kept;
  // Text for certain: "#N/A" under "@" or as '#N/A stays a text; typed bare, Excel makes it the error.
  const literal = (text: string): CellModel => ({
    ...kept,
    value: text,
    ...(EXCEL_ERRORS.has(text) && { literalText: true }),
  });
  if (cell?.numberFormat === "@") return literal(input);
  if (input.startsWith("'")) return literal(input.slice(1));
  const general = cell?.numberFormat === undefined || cell.numberFormat === "General";
  const as = (value: number | boolean, numberFormat?: string): CellModel => ({
    ...kept,
    value,
    text: input,
    ...(numberFormat !== undefined && general && { numberFormat }),
  });
  const number = /^([+-]?)(\d+(?:[.,]\d+)?)(%?)$/.exec(input);
  if (number) {
    const n = Number(`${number[1]}${number[2]!.replace(",", ".")}`);
    if (!number[3]) return as(n);
    return as(n / 100, number[2]!.match(/[.,]/) ? "0.00%" : "0%");
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(input);
  if (time) {
    const [h, m, s] = [time[1], time[2], time[3] ?? "0"].map(Number) as [number, number, number];
    if (m < 60 && s < 60) return as((h * 3600 + m * 60 + s) / 86_400, time[3] ? "h:mm:ss" : "h:mm");
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (iso) {
    const t = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    if (!Number.isNaN(t)) return as((t - Date.UTC(1899, 11, 30)) / MS_PER_DAY, "yyyy-mm-dd");
  }
  if (/^(true|false)$/i.test(input)) return as(input.toLowerCase() === "true");
  if (/^[=+-]./s.test(input)) return { ...kept, formula: input.startsWith("=") ? input : `=${input}` };
  return { ...kept, value: input };
}
