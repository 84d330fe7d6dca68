/**
 * Is a row a table's header? Its cells name the columns (a name or result column, years with their
 * kind, attributes), possibly over a second header row, and what the body below holds settles the rest.
 */
import type { TableKind } from "../model/types";
import { formatKind } from "../values/numberFormat";
import {
  bodyReadsAsValues,
  checkValueContent,
  giveTableYear,
  holdsCodes,
  inferNameColumn,
  readsAsValue,
} from "./bodyContent";
import { headerWords } from "./headerWords";
import { classifyHeader, yearIn, type HeaderRole } from "./headers";
import type { AttributeColumn, ValueColumn } from "./layout";
import type { SheetView } from "./sheetView";

export interface HeaderMatch {
  readonly kind: TableKind;
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly left: number;
  readonly right: number;
  readonly nameCols: number[];
  readonly valueCols: ValueColumn[];
  readonly attributeCols: AttributeColumn[];
  readonly otherCol: number | null;
  readonly rowYearCol?: number | null;
  readonly nameInferred?: boolean;
  /** An indicator table with its own result column (Doelstelling | Indicator | 2023 …) is a relation table too. */
  readonly resultCol?: number | null;
}

/**
 * A cheap first look before classifying every cell: a header row names a column with a header word
 * or carries a year.
 */
const HEADER_HINT =
  /indicator|naam|name|kengetal|product|dienst|resulta|doel|ambitie|bereiken|omschrijving|speerpunt|opgave|effect|(?:19|20)\d\d|realis|behaald|beoogd|begrot|streef|norm|rekening|meting|waarde|prognose|raming|stand/i;

function mayBeHeader(view: SheetView, row: number, cols: readonly number[]): boolean {
  let hint = false;
  for (const c of cols) {
    // A header holds no figures but years: a row with a count, grade or percentage is a body row.
    const cell = view.cell(row, c);
    const value = cell.value;
    if (
      typeof value === "number" &&
      !(Number.isInteger(value) && value >= 1900 && value < 2100) &&
      formatKind(cell.format) !== "date"
    )
      return false;
    const text = view.text(row, c);
    if (BODY_FIGURE.test(text)) return false;
    if (!hint && text.length <= 80 && HEADER_HINT.test(text)) hint = true;
  }
  return hint;
}

/** A cell that is a figure: "7,6", "82%", "8 min", "< 400", "1.019" (a bare year is not). */
const BODY_FIGURE = /^(?![12]\d{3}$)[<>≤≥~±]?\s*[-+]?\d[\d.,]*\s*(?:%|min\.?|dagen)?$/;

function roleAt(view: SheetView, row: number, col: number): HeaderRole {
  return classifyHeader(view.text(row, col));
}

const isYearLike = (x: HeaderRole) =>
  x.role === "year" || (x.role === "value" && x.year !== null) || x.role === "value-word";

/**
 * Bare years in a header run upwards, a year or a few apart, and may start again for a second group
 * (Realisatie 2020…2025, Begroting 2020…2025); a row of counts (1987, 2045, 2010) does not.
 */
function yearsAscend(roles: readonly HeaderRole[]): boolean {
  const years = roles
    .filter((x): x is { role: "year"; year: number } => x.role === "year")
    .map((x) => x.year);
  const first = years[0] ?? 0;
  for (let i = 1; i < years.length; i++) {
    const step = years[i]! - years[i - 1]!;
    if (step > 5) return false;
    if (step < 0 && years[i]! < first - 1) return false;
  }
  return true;
}

/**
 * A header with no name or result word must carry its years plainly: two or more year columns, or
 * one with a kind word ("Realisatie 2023"), and no cell that reads as a body value. A body row with
 * its Peiljaar (2021) beside its figures is not a header.
 */
function isYearHeader(
  view: SheetView,
  r: number,
  cols: readonly number[],
  roles: readonly HeaderRole[]
): boolean {
  let years = 0;
  let worded = 0;
  for (const x of roles) {
    if (x.role === "year") years++;
    else if ((x.role === "value" && x.year !== null) || x.role === "value-word") worded++;
  }
  if (years + worded < 2 && worded < 1) return false;
  return cols.every((c) => {
    const role = classifyHeader(view.text(r, c));
    if (isYearLike(role) || role.role !== "unknown") return true;
    return !readsAsValue(view, r, c);
  });
}

/** Is row r (possibly with r+1) a header row? */
export function matchHeader(view: SheetView, r: number, forced?: TableKind): HeaderMatch | null {
  const cols = view.filledColumns(r);
  if (cols.length < 2) return null;
  if (!forced && !mayBeHeader(view, r, cols) && !mayBeHeader(view, r + 1, view.filledColumns(r + 1)))
    return null;
  const roles = new Map<number, HeaderRole>();
  for (const c of cols) roles.set(c, roleAt(view, r, c));
  const below0 = r + 1 <= view.bottom ? view.filledColumns(r + 1) : [];
  // A word broken over the two header rows ("Streef-" over "waarde") is one word.
  for (const c of cols) {
    const text = view.text(r, c);
    if (text.endsWith("-") && below0.includes(c)) roles.set(c, classifyHeader(text + view.text(r + 1, c)));
  }
  const topList = [...roles.values()];
  if (!yearsAscend(topList)) return null;

  // A second header row: kind words over years ("Behaald" merged over "2022 | 2023 | 2024"), or a year
  // over kind words ("2024" merged over "Begroot | Realisatie").
  const below = r + 1 <= view.bottom ? view.filledColumns(r + 1) : [];
  const belowRoles = new Map<number, HeaderRole>();
  for (const c of below) belowRoles.set(c, roleAt(view, r + 1, c));
  const belowList = [...belowRoles.values()];
  const topHasYearOrKind = topList.some(isYearLike);
  // A body row above a repeated header is no header row: its cells read as values.
  const topIsHeaderLike = cols.every((c) => roles.get(c)!.role !== "unknown" || !readsAsValue(view, r, c));
  const twoRow =
    topIsHeaderLike &&
    belowList.length > 0 &&
    (belowList.some((x) => x.role === "year" || (x.role === "value" && x.year !== null)) ||
      (topHasYearOrKind && belowList.some((x) => x.role === "value-word"))) &&
    yearsAscend(belowList) &&
    belowList.every((x) =>
      ["year", "value", "value-word", "name", "name-part", "attribute", "row-year"].includes(x.role)
    );
  const headerBottom = twoRow ? r + 1 : r;

  const all = [...topList, ...(twoRow ? belowList : [])];
  const hasName = all.some((x) => x.role === "name");
  const hasResult = all.some((x) => x.role === "result");
  if (!hasName && !hasResult && !forced && !isYearHeader(view, r, cols, all)) return null;

  const allCols = [...new Set([...cols, ...(twoRow ? below : [])])].sort((a, b) => a - b);
  const nameCols: number[] = [];
  const valueCols: ValueColumn[] = [];
  const attributeCols: AttributeColumn[] = [];
  let resultCol: number | null = null;
  let explanationCol: number | null = null;
  let rowYearCol: number | null = null;
  const unknown: number[] = [];
  const UNKNOWN: HeaderRole = { role: "unknown" };

  for (const c of allCols) {
    const top = roles.get(c) ?? (twoRow ? (belowRoles.get(c) ?? UNKNOWN) : UNKNOWN);
    const low = twoRow && roles.has(c) ? (belowRoles.get(c) ?? UNKNOWN) : UNKNOWN;
    // A merged top cell ("Realisatie" over three years) gives its kind to every column below it.
    const header = [view.text(r, c), twoRow ? view.text(r + 1, c) : ""].filter(Boolean).join(" ");
    const value = valueColumnOf(c, top, low, header);
    if (value) valueCols.push(value);
    else if (top.role === "name" || top.role === "name-part") nameCols.push(c);
    else if (top.role === "result") {
      // Doelstelling | Subdoelstelling | Indicatoren: the result nearest the indicators is the one they serve.
      if (resultCol !== null)
        attributeCols.push({ col: resultCol, attribute: headerWords(view.text(r, resultCol)) });
      resultCol = c;
    } else if (top.role === "explanation") explanationCol = c;
    else if (top.role === "row-year") {
      rowYearCol = c;
      attributeCols.push({ col: c, attribute: "jaar" });
    } else if (top.role === "attribute") attributeCols.push({ col: c, attribute: top.attribute });
    else unknown.push(c);
  }
  valueCols.sort((a, b) => a.col - b.col);
  if (!forced) rowYearCol = checkValueContent(view, headerBottom, valueCols, attributeCols) ?? rowYearCol;
  if (rowYearCol === null) giveTableYear(view, r, headerBottom, valueCols);

  if (forced === "indicators") {
    // The user said this is an indicator table: a header with a year is a value column, the first other text column the name.
    for (const c of [...unknown]) {
      const year = yearIn(view.text(r, c));
      if (year !== null) {
        valueCols.push({ col: c, kind: "achieved", year, header: view.text(r, c) });
        unknown.splice(unknown.indexOf(c), 1);
      }
    }
    if (nameCols.length === 0 && unknown.length > 0) nameCols.push(unknown.shift()!);
    valueCols.sort((a, b) => a.col - b.col);
  }

  let nameInferred = false;
  if (nameCols.length === 0 && resultCol === null && valueCols.length > 0) {
    // No header word over the names: the column of distinct texts left of the values is the name column.
    const named = inferNameColumn(view, headerBottom, valueCols[0]!.col, allCols);
    if (named === null) return null;
    nameCols.push(named);
    unknown.splice(0, unknown.length, ...unknown.filter((c) => c !== named));
    nameInferred = true;
  }

  // An unnamed column whose cells read as values is a value column ("Heemskerk" beside "Nederland").
  for (const c of [...unknown]) {
    if (
      nameCols.length > 0 &&
      c > nameCols[0]! &&
      resultCol === null &&
      explanationCol === null &&
      /\p{L}/u.test(view.text(r, c)) &&
      bodyReadsAsValues(view, headerBottom, c)
    ) {
      valueCols.push({ col: c, kind: "achieved", year: null, header: view.text(r, c), inferred: true });
      unknown.splice(unknown.indexOf(c), 1);
    }
  }
  valueCols.sort((a, b) => a.col - b.col);
  const firstValue = valueCols[0]?.col ?? Infinity;
  for (const c of unknown) {
    // Unknown text columns between the name and the first value column are part of the name.
    if (nameCols.length > 0 && c > nameCols[0]! && c < firstValue) nameCols.push(c);
    else attributeCols.push({ col: c, attribute: view.text(r, c).toLowerCase() || `kolom-${c}` });
  }
  nameCols.sort((a, b) => a - b);
  valueCols.sort((a, b) => a.col - b.col);
  // A second "name" header right of the values (Omschrijving) describes; a column of codes (E1.1.1a) numbers.
  for (const c of [...nameCols]) {
    if (nameCols.length < 2) break;
    const right = valueCols.length > 0 && c > valueCols[0]!.col;
    if (right || holdsCodes(view, headerBottom, c)) {
      nameCols.splice(nameCols.indexOf(c), 1);
      attributeCols.push({ col: c, attribute: right ? "omschrijving" : "nr" });
    }
  }
  let kind: TableKind | null = null;
  if (nameCols.length > 0 && valueCols.length > 0) kind = "indicators";
  else if (resultCol !== null && nameCols.length > 0) kind = "mapping";
  else if (nameCols.length > 0 && explanationCol !== null) kind = "explanations";
  if (forced) kind = forced;
  if (!kind) return null;
  if (kind === "indicators" && explanationCol !== null)
    attributeCols.push({ col: explanationCol, attribute: "toelichting" });

  const used = [
    ...nameCols,
    ...valueCols.map((v) => v.col),
    ...attributeCols.map((a) => a.col),
    resultCol,
    explanationCol,
  ].filter((c): c is number => c !== null);
  return {
    kind,
    headerTop: r,
    headerBottom,
    left: Math.min(...used),
    right: Math.max(...used),
    nameCols,
    valueCols,
    attributeCols: attributeCols.filter((a) => a.col !== resultCol),
    otherCol: kind === "mapping" ? resultCol : kind === "explanations" ? explanationCol : null,
    rowYearCol,
    nameInferred,
    resultCol,
  };
}

/** One header column as a value column, from its top cell and the cell below it in a two-row header. */
function valueColumnOf(col: number, top: HeaderRole, low: HeaderRole, header: string): ValueColumn | null {
  const inferred = (x: HeaderRole) => (x.role === "value" && x.inferred) || x.role === "year";
  if (top.role === "value") {
    if (top.year === null && low.role === "year")
      return { col, kind: top.kind === "norm" ? "target" : top.kind, year: low.year, header };
    if (top.year !== null && low.role === "value-word")
      return { col, kind: low.kind, year: top.year, header };
    return { col, kind: top.kind, year: top.year, header, ...(top.inferred && { inferred: true }) };
  }
  if (top.role === "value-word") {
    if (low.role === "year") return { col, kind: top.kind, year: low.year, header };
    if (low.role === "value") return { col, kind: low.kind, year: low.year, header };
    return { col, kind: top.kind, year: null, header };
  }
  if (top.role === "year") {
    if (low.role === "value-word") return { col, kind: low.kind, year: top.year, header };
    if (low.role === "value" && low.year === null)
      return { col, kind: low.kind === "norm" ? "target" : low.kind, year: top.year, header };
    return { col, kind: "achieved", year: top.year, header, inferred: true };
  }
  if (top.role === "unknown" && (low.role === "year" || low.role === "value")) {
    const kind = low.role === "value" ? low.kind : "achieved";
    return { col, kind, year: low.year, header, ...(inferred(low) && { inferred: true }) };
  }
  return null;
}
