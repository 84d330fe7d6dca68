/**
 * The layout as a worksheet, planned once so the .xlsx writer (exceljs) and the Office.js writer
 * produce the same sheet: which text goes in which cell, how each cell looks, the merges, the
 * column widths and the row heights (Excel does not grow merged wrapped cells by itself).
 *
 * Writers must store every text as text. With Office.js set `numberFormat` "@" on a cell before
 * its value, or Excel reads "=…" as a formula and "8,0" as a number.
 */
import { columnChars } from "./columnChars";
import { LAYOUT_THEME } from "./theme";
import type { BudgetLayout, IndicatorTable, RelationTable, StatusLevel } from "./types";

export type CellRole =
  | "title"
  | "header"
  | "header-value"
  | "text"
  | "value"
  | "status"
  | "group"
  | "note"
  | "legend"
  | "heading"
  | "intro"
  | "explanation-name"
  | "explanation-text"
  | "placeholder";

export interface CellStyle {
  readonly role: CellRole;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Points. */
  readonly size: number;
  /** "#RRGGBB". */
  readonly color: string;
  readonly fill: string | null;
  readonly hAlign: "left" | "center" | "right";
  readonly vAlign: "top" | "middle" | "bottom";
  readonly wrap: boolean;
  /** A thin border on all four sides, in LAYOUT_THEME.color.border. */
  readonly border: boolean;
  /** Always "@" (text). */
  readonly numberFormat: "@";
}

export interface PlannedCell {
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly style: CellStyle;
}

/** 0-based, inclusive. The top-left cell holds the text; writers style the whole range like it. */
export interface PlannedMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetPlan {
  /** Widths in Excel's character units (exceljs) and in points (Office.js `format.columnWidth`). */
  readonly columns: readonly { readonly widthChars: number; readonly widthPoints: number }[];
  /** Height in points of every row 0..rowCount-1. */
  readonly rowHeights: readonly number[];
  readonly cells: readonly PlannedCell[];
  readonly merges: readonly PlannedMerge[];
  readonly pageSetup: { readonly orientation: "portrait"; readonly paperSize: "A4"; readonly fitToWidth: 1 };
}

const NAME_WIDTH = 52;
/** Value and status columns: from their widest text (Excel's unit is a digit, wider than an average letter). */
const MIN_VALUE_WIDTH = 9.5;
const MAX_VALUE_WIDTH = 22;
const BULLET = "• ";

const { color, size, status: statusColor } = LAYOUT_THEME;

function style(role: CellRole, over: Partial<Omit<CellStyle, "role">> = {}): CellStyle {
  return {
    role,
    bold: false,
    italic: false,
    size: size.body,
    color: color.text,
    fill: null,
    hAlign: "left",
    vAlign: "top",
    wrap: true,
    border: false,
    numberFormat: "@",
    ...over,
  };
}

const STYLES = {
  title: style("title", { bold: true, size: size.title, color: color.headerText, wrap: false }),
  header: style("header", {
    bold: true,
    color: color.headerText,
    fill: color.headerFill,
    border: true,
    vAlign: "middle",
  }),
  headerValue: style("header-value", {
    bold: true,
    color: color.headerText,
    fill: color.headerFill,
    border: true,
    hAlign: "right",
    vAlign: "middle",
  }),
  text: style("text", { border: true }),
  value: style("value", { border: true, hAlign: "right", wrap: false }),
  group: style("group", { bold: true, fill: color.groupFill, border: true }),
  note: style("note", { italic: true, color: color.muted, border: true }),
  legend: style("legend", { size: size.legend, color: color.muted }),
  heading: style("heading", { bold: true, size: size.heading, color: color.headerText, wrap: false }),
  intro: style("intro", { italic: true }),
  explanationName: style("explanation-name", { bold: true, vAlign: "bottom" }),
  explanationText: style("explanation-text"),
  placeholder: style("placeholder", {
    italic: true,
    color: color.placeholderText,
    fill: color.placeholderFill,
  }),
} as const;

function statusStyle(level: StatusLevel): CellStyle {
  return style("status", {
    bold: level !== "none",
    color: statusColor[level],
    border: true,
    hAlign: "center",
    wrap: false,
  });
}

/**
 * Plans the sheet: relation table, a blank row, indicator table with legend, a blank row, Toelichting.
 * Several layouts (one per programme) follow each other, each under its title.
 */
export function planLayoutSheet(layouts: BudgetLayout | readonly BudgetLayout[]): SheetPlan {
  const all: readonly BudgetLayout[] = Array.isArray(layouts) ? layouts : [layouts as BudgetLayout];
  const widths = all.map((l) => columnWidths(l.indicators)).reduce((a, b) => (b.length > a.length ? b : a));
  const last = widths.length - 1;
  const cells: PlannedCell[] = [];
  const merges: PlannedMerge[] = [];
  const heights: number[] = [];
  let row = 0;

  /** Puts a row of cells and records its height from the tallest cell. */
  const put = (
    entries: readonly { col: number; span?: number; text: string; style: CellStyle }[],
    minHeight = 0
  ) => {
    let height = minHeight;
    for (const e of entries) {
      const right = e.col + (e.span ?? 1) - 1;
      cells.push({ row, col: e.col, text: e.text, style: e.style });
      if (right > e.col) merges.push({ top: row, left: e.col, bottom: row, right });
      const width = widths.slice(e.col, right + 1).reduce((a, b) => a + b, 0);
      height = Math.max(height, rowHeight(e.text, width, e.style));
    }
    heights[row] = height;
    row++;
  };
  const blank = () => {
    heights[row] = 8;
    row++;
  };
  const across = (text: string, s: CellStyle) => put([{ col: 0, span: last + 1, text, style: s }]);

  for (const layout of all) {
    if (all.length > 1) {
      if (layout !== all[0]) blank();
      across(layout.title, STYLES.heading);
    }
    if (layout.relation) {
      planRelation(layout.relation, last, put);
      blank();
    }
    if (layout.indicators) {
      planIndicators(layout.indicators, put);
      for (const sentence of layout.indicators.legend) across(sentence, STYLES.legend);
      blank();
    }
    const { explanations } = layout;
    if (explanations.entries.length > 0) {
      across(explanations.title, STYLES.heading);
      across(explanations.intro, STYLES.intro);
      for (const e of explanations.entries) {
        put([{ col: 0, span: last + 1, text: e.name, style: STYLES.explanationName }], 22);
        across(`${e.label} ${e.text}`, e.isPlaceholder ? STYLES.placeholder : STYLES.explanationText);
      }
    }
  }

  return {
    columns: widths.map((w) => ({ widthChars: w, widthPoints: Math.round((w * 7 + 5) * 0.75 * 100) / 100 })),
    rowHeights: heights.map((h) => Math.round(h * 4) / 4),
    cells,
    merges,
    pageSetup: { orientation: "portrait", paperSize: "A4", fitToWidth: 1 },
  };
}

type Put = (
  entries: readonly { col: number; span?: number; text: string; style: CellStyle }[],
  minHeight?: number
) => void;

function planRelation(table: RelationTable, last: number, put: Put): void {
  const span = Math.max(1, last);
  put([{ col: 0, span: last + 1, text: table.title, style: STYLES.title }], 18);
  put([
    { col: 0, text: table.columns[0], style: STYLES.header },
    { col: 1, span, text: table.columns[1], style: STYLES.header },
  ]);
  for (const r of table.rows) {
    const lines = r.lines.map((l) => `${BULLET}${l.text}`).join("\n");
    put([
      { col: 0, text: r.result, style: STYLES.text },
      { col: 1, span, text: r.note ?? lines, style: r.note ? STYLES.note : STYLES.text },
    ]);
  }
}

function planIndicators(table: IndicatorTable, put: Put): void {
  const count = table.columns.length;
  put([{ col: 0, span: count, text: table.title, style: STYLES.title }], 18);
  put(
    table.columns.map((c, col) => ({
      col,
      text: c.role === "value" && c.year !== null ? `${c.label}\n${c.year}` : c.text,
      style: c.role === "name" ? STYLES.header : STYLES.headerValue,
    }))
  );
  for (const r of table.rows) {
    if (r.type === "group") {
      put([{ col: 0, span: count, text: r.text, style: STYLES.group }]);
      continue;
    }
    put([
      { col: 0, text: r.name, style: STYLES.text },
      ...r.values.map((v, i) => ({ col: i + 1, text: v.text, style: STYLES.value })),
      ...(r.status
        ? [{ col: r.values.length + 1, text: r.status.text, style: statusStyle(r.status.level) }]
        : []),
    ]);
  }
}

function columnWidths(table: IndicatorTable | null): number[] {
  if (!table) return [NAME_WIDTH, NAME_WIDTH];
  const chars = columnChars(table);
  return table.columns.map((c, i) =>
    c.role === "name"
      ? NAME_WIDTH
      : Math.min(MAX_VALUE_WIDTH, Math.max(MIN_VALUE_WIDTH, Math.round(((chars[i] ?? 0) * 0.85 + 3) * 2) / 2))
  );
}

/**
 * Height in points for a text wrapped in a cell `widthChars` wide. Character widths are an average
 * for Calibri; good enough for rows to fit their text, never clip it.
 */
export function rowHeight(
  text: string,
  widthChars: number,
  s: Pick<CellStyle, "size" | "bold" | "wrap">
): number {
  const pixels = widthChars * 7 + 5 - 8;
  const charPixels = (s.size / 10) * (s.bold ? 5.6 : 5.1);
  const perLine = Math.max(1, Math.floor(pixels / charPixels));
  const lines = text.split("\n").reduce((n, line) => n + (s.wrap ? wrappedLines(line, perLine) : 1), 0);
  return Math.max(1, lines) * s.size * 1.3 + 3;
}

/** Lines a paragraph takes when wrapped at word boundaries, `perLine` characters wide. */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(" ")) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines++;
      used = length;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
  }
  return lines;
}
