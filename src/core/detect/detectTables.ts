import { parseRange, toRange } from "../address";
import type { WorkbookData } from "../workbook";
import type { TableKind } from "../model/types";
import type { TableLayout } from "./layout";
import { matchHeader, type HeaderMatch } from "./matchHeader";
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
