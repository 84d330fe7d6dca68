import { parseRange, toRange } from "../address";
import type { TableKind } from "../model/types";
import type { WorkbookData } from "../workbook";
import { classifyHeader, isNameOrResultHeader, type HeaderRole } from "./headers";
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
}

const LIST_EXPLANATION = /^toelichting\s*:/i;
/** A cheap first look: a header row names its name or result column with one of these words. */
const HEADER_HINT =
  /^.{0,12}(indicator|naam|name|kengetal|product|dienst|resulta|result|omschrijving|bereiken|doelstelling)/i;
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
  return headers.map((h, i) => {
    const next = headers[i + 1];
    const limit = next ? next.headerTop - 1 : bottom;
    return buildLayout(view, h, limit, false);
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

/** Does the row hold a name or result header? Checked before classifying every cell of every row. */
function hasHeaderWord(view: SheetView, row: number, cols: readonly number[]): boolean {
  return cols.some((c) => {
    const text = view.text(row, c);
    return HEADER_HINT.test(text) && isNameOrResultHeader(text);
  });
}

function roleAt(view: SheetView, row: number, col: number): HeaderRole {
  return classifyHeader(view.text(row, col));
}

/** Is row r (possibly with r+1) a header row? */
function matchHeader(view: SheetView, r: number, forced?: TableKind): HeaderMatch | null {
  const cols = view.filledColumns(r);
  if (cols.length < 2) return null;
  if (!forced && !hasHeaderWord(view, r, cols) && !hasHeaderWord(view, r + 1, view.filledColumns(r + 1)))
    return null;
  const roles = new Map<number, HeaderRole>();
  for (const c of cols) roles.set(c, roleAt(view, r, c));

  // A second header row: kind words over years ("Behaald" merged over "2022 | 2023 | 2024").
  const below = r + 1 <= view.bottom ? view.filledColumns(r + 1) : [];
  const belowRoles = new Map<number, HeaderRole>();
  for (const c of below) belowRoles.set(c, roleAt(view, r + 1, c));
  const belowList = [...belowRoles.values()];
  const twoRow =
    belowList.some((x) => x.role === "year" || x.role === "value") &&
    belowList.every((x) =>
      ["year", "value", "value-word", "name", "name-part", "attribute"].includes(x.role)
    );
  const headerBottom = twoRow ? r + 1 : r;

  const all = [...roles.values(), ...(twoRow ? belowList : [])];
  const hasName = all.some((x) => x.role === "name");
  const hasResult = all.some((x) => x.role === "result");
  if (!hasName && !hasResult && !forced) return null;

  const allCols = [...new Set([...cols, ...(twoRow ? below : [])])].sort((a, b) => a - b);
  const nameCols: number[] = [];
  const valueCols: ValueColumn[] = [];
  const attributeCols: AttributeColumn[] = [];
  let resultCol: number | null = null;
  let explanationCol: number | null = null;
  const unknown: number[] = [];

  for (const c of allCols) {
    const top =
      roles.get(c) ?? (twoRow ? (belowRoles.get(c) ?? { role: "unknown" }) : { role: "unknown" as const });
    const low = twoRow ? (belowRoles.get(c) ?? { role: "unknown" }) : { role: "unknown" as const };
    const header = [view.text(r, c), twoRow ? view.text(r + 1, c) : ""].filter(Boolean).join(" ");
    if (top.role === "value") valueCols.push({ col: c, kind: top.kind, year: top.year, header });
    else if (top.role === "value-word" && low.role === "year")
      valueCols.push({ col: c, kind: top.kind, year: low.year, header });
    else if (top.role === "value-word" && low.role === "value")
      valueCols.push({ col: c, kind: low.kind, year: low.year, header });
    else if (top.role === "value-word") valueCols.push({ col: c, kind: top.kind, year: null, header });
    else if (top.role === "year") valueCols.push({ col: c, kind: "achieved", year: top.year, header });
    else if (top.role === "unknown" && low.role === "year")
      valueCols.push({ col: c, kind: "achieved", year: low.year, header });
    else if (top.role === "unknown" && low.role === "value")
      valueCols.push({ col: c, kind: low.kind, year: low.year, header });
    else if (top.role === "name" || top.role === "name-part") nameCols.push(c);
    else if (top.role === "result") resultCol = c;
    else if (top.role === "explanation") explanationCol = c;
    else if (top.role === "attribute") attributeCols.push({ col: c, attribute: top.attribute });
    else unknown.push(c);
  }

  if (forced === "indicators") {
    // The user said this is an indicator table: a header with a year is a value column, the first other text column the name.
    for (const c of [...unknown]) {
      const year = /\b((?:19|20)\d{2})\b/.exec(view.text(r, c));
      if (year) {
        valueCols.push({ col: c, kind: "achieved", year: Number(year[1]), header: view.text(r, c) });
        unknown.splice(unknown.indexOf(c), 1);
      }
    }
    if (nameCols.length === 0 && unknown.length > 0) nameCols.push(unknown.shift()!);
    valueCols.sort((a, b) => a.col - b.col);
  }
  const firstValue = valueCols[0]?.col ?? Infinity;
  // Unknown text columns between the name and the first value column are part of the name.
  for (const c of unknown) {
    if (nameCols.length > 0 && c > nameCols[0]! && c < firstValue) nameCols.push(c);
    else attributeCols.push({ col: c, attribute: view.text(r, c).toLowerCase() || `kolom-${c}` });
  }
  nameCols.sort((a, b) => a - b);

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
  };
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
