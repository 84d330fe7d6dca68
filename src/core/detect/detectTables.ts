import { parseRange, toRange } from "../address";
import type { WorkbookData } from "../workbook";
import type { ObservationKind, TableKind } from "../model/types";
import { headerWords } from "./headerWords";
import { classifyHeader, yearIn, type HeaderRole } from "./headers";
import type { AttributeColumn, TableLayout, ValueColumn } from "./layout";
import { SheetView } from "./sheetView";

export interface TableOverride {
  readonly kind: TableKind;
  readonly sheet: string;
  /** "A3:F12"; the first row (or rows) of the range are its header. */
  readonly range: string;
}

export interface DetectOptions {
  /** The user's own table ranges; on those sheets they replace detection of that kind. */
  readonly tables?: readonly TableOverride[];
}

interface HeaderMatch {
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

const LIST_EXPLANATION = /^toelichting\s*:/i;
const LIST_HEADER = /^indicator(?:en)?\b.*toelichting/i;

/**
 * Finds every indicator, relation (mapping) and toelichting table by its header row, wherever it
 * sits on any sheet: title rows, blank rows and several tables on one sheet are expected.
 */
export function detectTables(workbook: WorkbookData, options: DetectOptions = {}): TableLayout[] {
  const out: TableLayout[] = [];
  for (const sheet of workbook.sheets) {
    const view = new SheetView(sheet);
    const overrides = (options.tables ?? []).filter((t) => t.sheet === sheet.name);
    const detected = [...detectHeaderTables(view), ...detectListExplanations(view)];
    for (const o of overrides) {
      const manual = layoutFromOverride(view, o);
      if (manual) out.push(manual);
    }
    const overriddenKinds = new Set(overrides.map((o) => o.kind));
    out.push(...detected.filter((t) => !overriddenKinds.has(t.kind)));
  }
  return out;
}

function detectHeaderTables(view: SheetView, top = view.top, bottom = view.bottom): TableLayout[] {
  const headers: HeaderMatch[] = [];
  for (let r = top; r <= bottom; r++) {
    const match = matchHeader(view, r);
    if (match) {
      headers.push(match);
      r = match.headerBottom;
    }
  }
  return headers.flatMap((h, i) => {
    const next = headers[i + 1];
    const limit = next ? next.headerTop - 1 : bottom;
    const table = buildLayout(view, h, limit, false);
    if (
      h.kind !== "indicators" ||
      h.resultCol === undefined ||
      h.resultCol === null ||
      h.nameCols[0] === undefined
    )
      return [table];
    const relation: HeaderMatch = {
      ...h,
      kind: "mapping",
      nameCols: [h.nameCols[0]],
      valueCols: [],
      attributeCols: [],
      otherCol: h.resultCol,
      left: Math.min(h.resultCol, h.nameCols[0]),
      right: Math.max(h.resultCol, h.nameCols[0]),
    };
    return [table, buildLayout(view, relation, table.table.bodyBottom, false)];
  });
}

function buildLayout(view: SheetView, h: HeaderMatch, limit: number, manual: boolean): TableLayout {
  const bodyBottom = manual ? limit : findBodyBottom(view, h, limit);
  const title = findTitle(view, h.headerTop, h.left, h.right);
  return {
    table: {
      kind: h.kind,
      sheet: view.name,
      range: toRange(h.headerTop, h.left, Math.max(bodyBottom, h.headerBottom), h.right),
      headerTop: h.headerTop,
      headerBottom: h.headerBottom,
      bodyBottom,
      left: h.left,
      right: h.right,
      title,
      manual,
    },
    view,
    kind: h.kind,
    nameCols: h.nameCols,
    valueCols: h.valueCols,
    attributeCols: h.attributeCols,
    otherCol: h.otherCol,
    listForm: false,
    rowYearCol: h.rowYearCol ?? null,
    nameInferred: h.nameInferred ?? false,
  };
}

/** The table ends at two blank rows in a row, or at a blank row followed by a title-like single cell far from values. */
function findBodyBottom(view: SheetView, h: HeaderMatch, limit: number): number {
  let last = h.headerBottom;
  let blanks = 0;
  for (let r = h.headerBottom + 1; r <= limit; r++) {
    if (view.isBlankRow(r, h.left, h.right)) {
      blanks++;
      if (blanks >= 2) break;
      continue;
    }
    blanks = 0;
    last = r;
  }
  return last;
}

/** The nearest non-empty single text line within three rows above the header, if any. */
function findTitle(view: SheetView, headerTop: number, left: number, right: number): string | null {
  for (let r = headerTop - 1; r >= Math.max(view.top, headerTop - 3); r--) {
    const filled = view.filledColumns(r, left, right);
    if (filled.length === 0) continue;
    if (filled.length > 1) return null;
    return view.text(r, filled[0]!).replace(/\n+/g, " ");
  }
  return null;
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
    const value = view.cell(row, c).value;
    if (typeof value === "number" && !(Number.isInteger(value) && value >= 1900 && value < 2100))
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
function matchHeader(view: SheetView, r: number, forced?: TableKind): HeaderMatch | null {
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
  // Columns under a merged kind word whose own top cell is empty ("Realisatie" over "2022 | 2023").
  if (twoRow)
    for (const c of below)
      if (!roles.has(c) && !valueCols.some((v) => v.col === c)) {
        const kindAbove = mergedKindAbove(view, r, c);
        const low = belowRoles.get(c) ?? UNKNOWN;
        if (kindAbove && low.role === "year")
          valueCols.push({
            col: c,
            kind: kindAbove,
            year: low.year,
            header: `${view.text(r, c)} ${low.year}`,
          });
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
  // Empty name-header cells left of the values with distinct texts below are the name (header left blank).
  if (nameCols.length === 0 && resultCol === null && valueCols.length > 0 && !forced) {
    const named = inferNameColumn(view, headerBottom, valueCols[0]!.col, allCols);
    if (named !== null) {
      nameCols.push(named);
      nameInferred = true;
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

/**
 * "Meetbaar resultaat 2022 | Verwacht resultaat | Behaald resultaat": where the header names its
 * year once, outside the value columns, the yearless Behaald and Beoogd columns take that year.
 */
function giveTableYear(view: SheetView, top: number, bottom: number, valueCols: ValueColumn[]): void {
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
function checkValueContent(
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

/** The kind word of a merged header cell that starts left of `col` ("Realisatie" over three years). */
function mergedKindAbove(view: SheetView, row: number, col: number): ObservationKind | null {
  const merge = view.mergeOf(row, col);
  if (!merge) return null;
  const role = classifyHeader(view.text(merge.top, merge.left));
  if (role.role === "value-word") return role.kind;
  if (role.role === "value" && role.year === null) return role.kind === "norm" ? "target" : role.kind;
  return null;
}

const BODY_SAMPLE = 15;

/**
 * The body rows under a header: up to BODY_SAMPLE non-blank rows before two blank rows in a row or
 * the same header again.
 */
function sampleRows(view: SheetView, headerBottom: number): number[] {
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

function rowKey(view: SheetView, r: number): string {
  return view
    .filledColumns(r)
    .map((c) => `${c}=${view.text(r, c)}`)
    .join("|");
}

const MISSING_MARK = /^(?:-|–|—|\*{1,3}|x|\?|n\.?b\.?|n\.?v\.?t\.?|nnb|pm|p\.m\.|onbekend)$/i;

/** Does a body cell read as a value: a number, a short text with a figure, or a missing marker? */
export function readsAsValue(view: SheetView, row: number, col: number): boolean {
  const cell = view.bodyCell(row, col);
  if (typeof cell.value === "number") return true;
  const text = view.bodyText(row, col);
  if (text === "") return false;
  if (MISSING_MARK.test(text)) return true;
  return text.length <= 30 && /\d/.test(text) && !/^(?:19|20)\d{2}$/.test(text);
}

/** A column of short codes ("E1.1.1a", "2.1", "3") numbers the rows; it is no part of their names. */
function holdsCodes(view: SheetView, headerBottom: number, col: number): boolean {
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
function bodyReadsAsValues(view: SheetView, headerBottom: number, col: number): boolean {
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
function inferNameColumn(
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

/** The seed's list form: a name row, then a "Toelichting: …" row, repeated. */
function detectListExplanations(view: SheetView): TableLayout[] {
  const out: TableLayout[] = [];
  let start: number | null = null;
  let col = view.left;
  let last = -1;
  const flush = () => {
    if (start === null) return;
    let headerTop = start;
    for (let r = start - 1; r >= Math.max(view.top, start - 3); r--) {
      if (LIST_HEADER.test(view.text(r, col))) {
        headerTop = r;
        break;
      }
    }
    out.push({
      table: {
        kind: "explanations",
        sheet: view.name,
        range: toRange(headerTop, col, last, col),
        headerTop,
        headerBottom: headerTop === start ? start - 1 : headerTop,
        bodyBottom: last,
        left: col,
        right: col,
        title: findTitle(view, headerTop, col, col),
        manual: false,
      },
      view,
      kind: "explanations",
      nameCols: [col],
      valueCols: [],
      attributeCols: [],
      otherCol: col,
      listForm: true,
    });
    start = null;
  };
  for (let r = view.top; r <= view.bottom; r++) {
    const filled = view.filledColumns(r);
    if (filled.length !== 1) continue;
    const c = filled[0]!;
    if (!LIST_EXPLANATION.test(view.text(r, c))) continue;
    const nameRow = previousFilledRow(view, r, c);
    if (nameRow === null) continue;
    if (start === null || c !== col || nameRow > last + 3) {
      flush();
      start = nameRow;
      col = c;
    }
    last = r;
  }
  flush();
  return out;
}

function previousFilledRow(view: SheetView, row: number, col: number): number | null {
  for (let r = row - 1; r >= Math.max(view.top, row - 2); r--) {
    const text = view.text(r, col);
    if (text !== "" && !LIST_EXPLANATION.test(text)) return r;
  }
  return null;
}

/** The user's own range: its header is matched inside it, or its first row is taken as the header. */
function layoutFromOverride(view: SheetView, o: TableOverride): TableLayout | null {
  const range = parseRange(o.range);
  if (!range) return null;
  for (let r = range.top; r <= Math.min(range.bottom, range.top + 5); r++) {
    const match = matchHeader(view, r, o.kind);
    if (match && (match.nameCols.length > 0 || o.kind === "mapping")) {
      const clipped = {
        ...match,
        left: Math.max(match.left, range.left),
        right: Math.min(match.right, range.right),
      };
      return buildLayout(view, clipped, range.bottom, true);
    }
  }
  return null;
}
