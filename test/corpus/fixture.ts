/**
 * The corpus of real indicator tables: the shape of one fixture.
 *
 * A fixture is one published page of one municipality (a begroting or jaarverslag programme page),
 * transcribed into a workbook the way finance staff type it, with the expectations a reviewer
 * writes from the page and the product's rules. The engine never writes an expectation.
 *
 * Rows are lists of cells from column A; `null` (or a missing entry) is an empty cell.
 * - a string is typed text, exactly as published ("8,3", "ca. 500", "-", "75%", "1.459");
 * - a number is a number typed into a General cell (8, 12.5);
 * - `num(0.75, "0%")`, `num(8.3, "0.0")`, `num(1459, "#,##0")` is a number with a format;
 * - `pct(0.75)` is 75% typed into a percent cell, `clock(2, 17)` is 2:17 typed into an m:ss cell.
 */

export type Cell =
  | string
  | number
  | null
  | { readonly n: number; readonly fmt: string }
  | { readonly formula: string; readonly result: number | string; readonly fmt?: string };

export type Row = readonly Cell[];

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly Row[];
  /** Merged ranges as Excel writes them: "A1:F1". */
  readonly merges?: readonly string[];
}

export type ObservationKindExpected = "achieved" | "target" | "baseline" | "norm";

/**
 * What one value cell must read as.
 * - `value` in the units the page shows: 75% → 75, 8,3 → 8.3, 1.459 → 1459, 2:17 → 2 + 17/60
 *   minutes, "Maximaal 5 min" → 5, "ca. 500" → 500; null where the cell holds no figure ("-", "*",
 *   "n.b.", "ja", empty);
 * - `verdict` only on achieved cells: "fail" when the product's rules judge it short of its norm or
 *   target, "met" when it is judged and holds, "none" when nothing judges it (no norm, no target
 *   of its own year or a later one that still has no achieved value, a BBV table). Leave it out
 *   only when the page leaves it honestly undecidable.
 */
export interface ValueExpectation {
  readonly kind: ObservationKindExpected;
  readonly year: number | null;
  readonly value: number | null;
  readonly unit?: "number" | "percent" | "minutes" | "days";
  readonly verdict?: "fail" | "met" | "none";
}

export interface IndicatorExpectation {
  readonly sheet: string;
  /** 1-based row of the indicator's name cell. */
  readonly row: number;
  /** The name as in its cell, on one line. */
  readonly name: string;
  /** Only where the page's wording or a comparator plainly says it; omit when it is a guess. */
  readonly direction?: "higher" | "lower";
  /** Every value cell of the row that holds an observation, keyed by A1 address ("C5"). */
  readonly values: Readonly<Record<string, ValueExpectation>>;
}

export interface RelationExpectation {
  /** The result's text as in its cell, on one line. */
  readonly result: string;
  /** The indicators it links to, by their names as in the indicator table (IndicatorExpectation.name). */
  readonly indicators: readonly string[];
}

export interface CorpusFixture {
  readonly municipality: string;
  /** "Begroting 2018", "Jaarverslag 2017", "Jaarstukken 2022". */
  readonly document: string;
  /** The page the table was transcribed from. */
  readonly source: string;
  /** How the page was typed into the workbook, and anything laid out in another form than published. */
  readonly transcription: string;
  /** How many indicator tables the page shows (BBV blocks count). */
  readonly indicatorTables: number;
  readonly sheets: readonly SheetSpec[];
  readonly expect: {
    /** Every indicator a reader sees, in sheet order. Header, group and footnote rows are not indicators. */
    readonly indicators: readonly IndicatorExpectation[];
    /** The result → indicator pairs of the relation table, when the fixture has one. */
    readonly relations?: readonly RelationExpectation[];
  };
}

export function defineFixture(fixture: CorpusFixture): CorpusFixture {
  return fixture;
}

export const num = (n: number, fmt: string): Cell => ({ n, fmt });
export const pct = (fraction: number, fmt = "0%"): Cell => ({ n: fraction, fmt });
/** m:ss typed into a time cell: Excel stores the day fraction. */
export const clock = (minutes: number, seconds: number): Cell => ({
  n: (minutes * 60 + seconds) / 86_400,
  fmt: "m:ss",
});
