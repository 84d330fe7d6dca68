/**
 * What a table's body says about its columns, for detection by content: which cells read as values,
 * which column holds the names, which value columns hold years or plain text instead, and the table's
 * one year where its header names it once.
 */
import { nlNotation } from "../values/notation";
import { matchesWord } from "../values/words";
import type { SheetView } from "./sheetView";
import { classifyHeader, yearIn } from "./headers";
import { headerWords } from "./headerWords";
import type { AttributeColumn, ValueColumn } from "./layout";

/**
 * "Meetbaar resultaat 2022 | Verwacht resultaat | Behaald resultaat": where the header names its
 * year once, outside the value columns, the yearless Behaald and Beoogd columns take that year.
 */
export function giveTableYear(view: SheetView, top: number, bottom: number, valueCols: ValueColumn[]): void {
  if (!valueCols.some((v) => v.year === null && (v.kind === "achieved" || v.kind === "target"))) return;
  if (valueCols.some((v) => v.year !== null)) return;
  const years = new Set<number>();
  for (let r = top; r <= bottom; r++)
    for (const c of view.filledColumns(r)) {
      const year = yearIn(view.text(r, c));
      if (year !== null) years.add(year);
    }
  if (years.size !== 1) return;
  const [year] = years;
  valueCols.forEach((v, i) => {
    if (v.year === null && (v.kind === "achieved" || v.kind === "target"))
      valueCols[i] = { ...v, year: year!, inferred: true };
  });
}

/**
 * Columns that a header word or a bare year made value columns, checked against what they hold: a
 * yearless column of years gives each row its year ("Waarde" merged over peiljaar | gebied | cijfer),
 * and a column of plain text (Begroting / Jaarrekening, Etten-Leur / Nederland) is an attribute.
 * Returns the row-year column found this way, if any.
 */
export function checkValueContent(
  view: SheetView,
  headerBottom: number,
  valueCols: ValueColumn[],
  attributeCols: AttributeColumn[]
): number | null {
  let rowYear: number | null = null;
  const rows = sampleRows(view, headerBottom);
  for (const v of [...valueCols]) {
    if (v.kind === "norm") continue;
    let filled = 0;
    let years = 0;
    let values = 0;
    for (const r of rows) {
      const text = view.bodyText(r, v.col);
      if (text === "") continue;
      filled++;
      if (/^(?:19|20)\d{2}$/.test(text)) years++;
      else if (readsAsValue(view, r, v.col)) values++;
    }
    if (filled < 2) continue;
    const asYears = v.year === null && years === filled;
    const asText = values === 0 && years < filled && (v.year === null || v.inferred);
    if (!asYears && !asText) continue;
    valueCols.splice(valueCols.indexOf(v), 1);
    if (asYears && rowYear === null) {
      rowYear = v.col;
      attributeCols.push({ col: v.col, attribute: "jaar" });
    } else attributeCols.push({ col: v.col, attribute: headerWords(v.header) || `kolom-${v.col}` });
  }
  return rowYear;
}

const BODY_SAMPLE = 15;

/**
 * The body rows under a header: up to BODY_SAMPLE non-blank rows before two blank rows in a row or
 * the same header again.
 */
export function sampleRows(view: SheetView, headerBottom: number): number[] {
  const rows: number[] = [];
  const header = rowKey(view, headerBottom);
  let blanks = 0;
  for (let r = headerBottom + 1; r <= view.bottom && rows.length < BODY_SAMPLE; r++) {
    if (view.isBlankRow(r)) {
      if (++blanks >= 2) break;
      continue;
    }
    if (rowKey(view, r) === header) break;
    blanks = 0;
    rows.push(r);
  }
  return rows;
}

export function rowKey(view: SheetView, r: number): string {
  return view
    .filledColumns(r)
    .map((c) => `${c}=${view.text(r, c)}`)
    .join("|");
}

/** Does a body cell read as a value: a number, a short text with a figure, or a missing marker? */
export function readsAsValue(view: SheetView, row: number, col: number): boolean {
  const cell = view.bodyCell(row, col);
  if (typeof cell.value === "number") return true;
  const text = view.bodyText(row, col);
  if (text === "") return false;
  // The locale's missing markers ('-', 'n.b.', 'PM') stand where a figure would.
  if (nlNotation.missingSymbols.includes(text) || matchesWord(text, nlNotation.missingWords)) return true;
  return text.length <= 30 && /\d/.test(text) && !/^(?:19|20)\d{2}$/.test(text);
}

/** A column of short codes ("E1.1.1a", "2.1", "3") numbers the rows; it is no part of their names. */
export function holdsCodes(view: SheetView, headerBottom: number, col: number): boolean {
  let filled = 0;
  for (const r of sampleRows(view, headerBottom)) {
    const text = view.bodyText(r, col);
    if (text === "") continue;
    filled++;
    if (!/^[A-Za-z]{0,3}\d+(?:[.-]\d+)*[a-z]?\.?$/.test(text)) return false;
  }
  return filled >= 2;
}

/** Most filled body cells of the column read as values (a one-row BBV table has one). */
export function bodyReadsAsValues(view: SheetView, headerBottom: number, col: number): boolean {
  let filled = 0;
  let values = 0;
  for (const r of sampleRows(view, headerBottom)) {
    if (view.bodyText(r, col) === "") continue;
    filled++;
    if (readsAsValue(view, r, col)) values++;
  }
  return values >= 1 && values >= 0.6 * filled;
}

/**
 * The name column of a table whose header names only years: left of the first value column, the
 * column with the most distinct texts that do not read as values, on rows that do hold values.
 */
export function inferNameColumn(
  view: SheetView,
  headerBottom: number,
  firstValue: number,
  headerCols: readonly number[]
): number | null {
  const rows = sampleRows(view, headerBottom).filter((r) => readsAsValue(view, r, firstValue));
  if (rows.length === 0) return null;
  let best: number | null = null;
  let bestCount = 0;
  for (let c = view.left; c < firstValue; c++) {
    if (headerCols.includes(c) && classifyHeader(view.text(headerBottom, c)).role === "attribute") continue;
    const texts = new Set<string>();
    for (const r of rows) {
      const text = view.bodyText(r, c);
      if (text.length >= 3 && !readsAsValue(view, r, c)) texts.add(text);
    }
    if (texts.size > bestCount) {
      best = c;
      bestCount = texts.size;
    }
  }
  return bestCount >= 1 ? best : null;
}
