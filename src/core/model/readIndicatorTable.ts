import { toA1, type CellAddress } from "../address";
import { classifyHeader, mayHeadNames, yearIn } from "../detect/headers";
import type { TableLayout, ValueColumn } from "../detect/layout";
import type { ParseOptions } from "../values/parseValue";
import { parseValue } from "../values/parseValue";
import type { ParsedValue } from "../values/types";
import type { ObservationKind } from "./types";

export interface IndicatorCell {
  readonly column: ValueColumn;
  readonly cell: CellAddress;
  readonly parsed: ParsedValue;
  /**
   * The year the value belongs to: the column's, or for a yearless column (Laatste meting, Nulmeting,
   * a municipality's name) the year the cell gives ('8,1 (2019)') or the row's own Peiljaar.
   */
  readonly year: number | null;
  /**
   * The column's kind, except that a figure with its own earlier measuring year in a target column
   * ('208,1 (2016)' under Begroting 2018) is what was achieved in that year.
   */
  readonly kind: ObservationKind;
}

export interface IndicatorRow {
  readonly sheet: string;
  /** 0-based row. */
  readonly row: number;
  readonly name: string;
  readonly nameCell: CellAddress;
  readonly group: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly cells: readonly IndicatorCell[];
  /**
   * A row of the verplichte BBV beleidsindicatoren: measurements the municipality reports beside a
   * benchmark, with no targets of its own. Its values are read and its notation checked, never judged.
   */
  readonly mandatory?: boolean;
}

export interface NoteRow {
  readonly sheet: string;
  readonly cell: CellAddress;
  readonly text: string;
}

export interface IndicatorTableContent {
  readonly rows: IndicatorRow[];
  /** Footnote and legend rows under (or inside) the table. */
  readonly notes: NoteRow[];
}

const NOTE_START =
  /^(\*{1,3}|\(\*{1,3}\)|\d{1,2}\)|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]|bron\s*:|noot\b|toelichting\s*:|n\.?b\.?\s*:|-\s)/i;

/**
 * Reads the body of an indicator table: indicator rows with their typed values, group rows
 * (a label with no values) and footnote or legend rows (notes under the table).
 */
export function readIndicatorTable(layout: TableLayout, options: ParseOptions): IndicatorTableContent {
  const { view, table } = layout;
  const rows: IndicatorRow[] = [];
  const notes: NoteRow[] = [];
  const bodyRows: number[] = [];
  for (let r = table.headerBottom + 1; r <= table.bodyBottom; r++)
    if (!view.isBlankRow(r, table.left, table.right)) bodyRows.push(r);

  const hasValues = (r: number) => layout.valueCols.some((v) => view.bodyText(r, v.col) !== "");
  const nameOf = (r: number) =>
    layout.nameCols.length === 1
      ? oneLineName(view.bodyText(r, layout.nameCols[0]!))
      : layout.nameCols
          .map((c) => oneLineName(view.bodyText(r, c)))
          .filter(Boolean)
          .join(" ");
  const withValues = new Set(bodyRows.filter(hasValues));
  let lastValueRow = -1;
  for (const r of withValues) if (r > lastValueRow) lastValueRow = r;

  const mandatory = isMandatorySet(layout);
  let group: string | null = null;
  for (const r of bodyRows) {
    if (isRepeatedHeader(layout, r)) continue;
    if (isBenchmarkRow(layout, r)) continue;
    // A row with figures but an empty name cell is named by its own text ("• Helemaal eens (%)").
    const name = nameOf(r) || (withValues.has(r) ? firstText(layout, r) : "");
    if (!withValues.has(r)) {
      const text = name || firstText(layout, r);
      if (text === "") continue;
      const spansTable = isWideMerge(layout, r);
      if (r > lastValueRow || NOTE_START.test(text) || spansTable || text.length > 90) {
        notes.push({ sheet: view.name, cell: toA1(r, firstFilled(layout, r)), text });
      } else {
        group = text;
      }
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of layout.attributeCols) {
      const t = view.bodyText(r, a.col);
      if (t !== "") attributes[a.attribute] = t;
    }
    const percentRow = PERCENT_UNIT.test(attributes.eenheid ?? "") || PERCENT_NAME.test(name);
    rows.push({
      sheet: view.name,
      row: r,
      name,
      nameCell: toA1(r, layout.nameCols[0] ?? table.left),
      ...(mandatory && { mandatory }),
      group,
      attributes,
      cells: layout.valueCols.map((column) => {
        const parsed = baselineYear(
          inPercent(parseValue(view.bodyCell(r, column.col), options), percentRow),
          column.kind
        );
        // A standing norm's "(peil 2006)" is its reference, not a year it belongs to.
        const year =
          column.kind === "norm"
            ? null
            : (parsed.year ?? column.year ?? rowYear(layout, r) ?? nameYear(name));
        const measured =
          column.kind === "target" &&
          parsed.year !== undefined &&
          column.year !== null &&
          parsed.year < column.year;
        return { column, cell: toA1(r, column.col), parsed, year, kind: measured ? "achieved" : column.kind };
      }),
    });
  }
  return { rows, notes };
}

/** The row's own year from its Peiljaar / Jaar column: 2019, "2019", "31-12-2019", "2019/2020" (the first). */
function rowYear(layout: TableLayout, r: number): number | null {
  if (layout.rowYearCol === undefined || layout.rowYearCol === null) return null;
  const cell = layout.view.bodyCell(r, layout.rowYearCol);
  if (
    typeof cell.value === "number" &&
    Number.isInteger(cell.value) &&
    cell.value >= 1900 &&
    cell.value < 2100
  )
    return cell.value;
  return yearIn(layout.view.bodyText(r, layout.rowYearCol));
}

const MANDATORY = /\bbbv\b|verplicht|basisset|wettelijk/i;

/** The table of the verplichte BBV beleidsindicatoren, by its title or its header words. */
function isMandatorySet(layout: TableLayout): boolean {
  const { view, table } = layout;
  if (table.title && MANDATORY.test(table.title)) return true;
  for (let r = table.headerTop; r <= table.headerBottom; r++)
    for (const c of layout.nameCols) if (MANDATORY.test(view.text(r, c))) return true;
  return false;
}

/** A Nulmeting cell that holds only a year ('2016') names the year of the baseline, not a figure. */
function baselineYear(parsed: ParsedValue, kind: ObservationKind): ParsedValue {
  if (kind !== "baseline" || parsed.kind !== "quantity" || parsed.unit !== "number") return parsed;
  if (!Number.isInteger(parsed.amount) || parsed.amount < 1950 || parsed.amount > 2050) return parsed;
  return { kind: "missing", marker: "", needsLegend: false, raw: parsed.raw, year: parsed.amount };
}

/** The row's unit says percent: an Eenheid with "%" or "percentage", or a name "… (%)" / "… als % van …". */
const PERCENT_UNIT = /%|procent|percentage/i;
/** "Demografische druk (%, 2021)", "… (in %)", "kosten als % van de loonsom". */
const PERCENT_NAME = /\((?:in\s*)?%[^)]*\)|\bin %\s*$|\b(?:als|in) % van\b/i;

/** A plain figure in a percent row is a percentage: 15,6 under Eenheid "%" is 15,6%. */
function inPercent(parsed: ParsedValue, percentRow: boolean): ParsedValue {
  if (!percentRow) return parsed;
  if (
    (parsed.kind === "quantity" || parsed.kind === "bound" || parsed.kind === "range") &&
    parsed.unit === "number"
  )
    return { ...parsed, unit: "percent" };
  return parsed;
}

/** "Verwijzingen Halt (per 1.000 jongeren, 2020)": the year a BBV name gives its one measurement. */
function nameYear(name: string): number | null {
  const m = /\(([^()]*)\)\s*$/.exec(name);
  return m ? yearIn(m[1]!) : null;
}

const BENCHMARK =
  /^(?:nederland|landelijk(?: gemiddelde)?|gemiddelde nederland|provincie(?: \p{L}+)?|regio(?: \p{L}+)?|g4|g40|\d[\d.]*\s*[-–]\s*\d[\d.]*(?: inwoners)?)$/iu;

/**
 * A row that gives Nederland's or a region's figure beside the indicator's own: its name cell is
 * empty or repeats the indicator, and an attribute cell names the comparison group.
 */
function isBenchmarkRow(layout: TableLayout, r: number): boolean {
  const { view } = layout;
  for (const a of layout.attributeCols) if (BENCHMARK.test(view.bodyText(r, a.col).trim())) return true;
  for (const c of layout.nameCols.slice(1)) if (BENCHMARK.test(view.bodyText(r, c).trim())) return true;
  return false;
}

/**
 * A header repeated inside the table (the same header again, or a row of bare years) starts a new
 * block of the same table; it is never an indicator.
 */
function isRepeatedHeader(layout: TableLayout, r: number): boolean {
  const { view } = layout;
  // Most rows are indicators: a name that cannot head a name column settles it before any value cell.
  const nameText = layout.nameCols.map((c) => view.bodyText(r, c)).join(" ");
  if (nameText !== "" && !mayHeadNames(nameText)) return false;
  let years = 0;
  for (const v of layout.valueCols) {
    const text = view.bodyText(r, v.col);
    if (text === "") continue;
    const role = classifyHeader(text);
    if (role.role === "year" || (role.role === "value" && role.year !== null) || role.role === "value-word")
      years++;
    else return false;
  }
  if (years === 0) return false;
  return nameText === "" || classifyHeader(nameText).role === "name";
}

function oneLineName(text: string): string {
  return text.includes("\n") ? text.replace(/\n+/g, " ") : text;
}

function firstFilled(layout: TableLayout, r: number): number {
  return layout.view.filledColumns(r, layout.table.left, layout.table.right)[0] ?? layout.table.left;
}

function firstText(layout: TableLayout, r: number): string {
  return layout.view.text(r, firstFilled(layout, r)).replace(/\n+/g, " ");
}

function isWideMerge(layout: TableLayout, r: number): boolean {
  const merge = layout.view.mergeOf(r, firstFilled(layout, r));
  return merge !== null && merge.right - merge.left >= 2;
}
