/**
 * Typed values. A value keeps its meaning, its unit and the author's text: "75%" is
 * `{ kind: "quantity", amount: 75, unit: "percent" }`, never a bare 0.75 or 75.
 */

/** Units a value can carry. Durations are normalised: minutes for clock/minute notations, days for days. */
export type Unit = "number" | "percent" | "minutes" | "days";

export type Comparator = "<=" | "<" | ">=" | ">";

/** How the author wrote a value; two different notations of one quantity in a row is a finding. */
export type Notation =
  | "decimal-comma" // 8,3
  | "decimal-point" // 8.3
  | "integer" // 8, 1.459, 14 050
  | "percent-text" // '75%' typed as text
  | "percent-format" // 0.75 in a cell formatted 0%
  | "clock" // 2:17 or a time-formatted cell
  | "minutes-word" // 8 min
  | "days-word"; // 28 dagen

interface ValueBase {
  /** The author's text, exactly as displayed. */
  readonly raw: string;
  /** Footnote marker attached to the value: "5,9 (*)" → "*", "4,6% 3)" → "3". */
  readonly footnote?: string;
  /** Measuring year: "7 (2013)", "7,5 (peiljaar 2019)", "8,1 in 2019", "2019: 7,5" → the year. */
  readonly year?: number;
  /**
   * The author gave the figure as approximate: "ca. 500", "ruim 80%", "bijna 70%", "± 300". The
   * amount is the figure as written; "ruim" (a little more) and "bijna" (a little less) stay in `raw`.
   */
  readonly approximate?: true;
  /** Money: "€ 1.200", "1.200 euro" → "EUR". The amount is in euros and the unit stays "number". */
  readonly currency?: "EUR";
}

export interface QuantityValue extends ValueBase {
  readonly kind: "quantity";
  readonly amount: number;
  readonly unit: Unit;
  readonly notation: Notation;
}

/** 'Maximaal 5 min', 'minimaal 80%', '< 350', '≥ 80%', 'minder dan 5 dagen', 'meer dan 80 procent'. */
export interface BoundValue extends ValueBase {
  readonly kind: "bound";
  readonly op: Comparator;
  readonly amount: number;
  readonly unit: Unit;
  readonly notation: Notation;
}

/** '65 tot 70 %'. */
export interface RangeValue extends ValueBase {
  readonly kind: "range";
  readonly min: number;
  readonly max: number;
  readonly unit: Unit;
  readonly notation: Notation;
}

/** '-', '*', 'n.b.', 'PM', an empty cell. `marker` is "" for an empty cell. */
export interface MissingValue extends ValueBase {
  readonly kind: "missing";
  readonly marker: string;
  /** True for symbols ('-', '*') that need a legend; false for self-explaining words ('n.b.'). */
  readonly needsLegend: boolean;
}

/** 'toename', 'daling': a direction instead of a figure. */
export interface DirectionValue extends ValueBase {
  readonly kind: "direction";
  readonly direction: "higher" | "lower";
}

export interface UnparseableValue extends ValueBase {
  readonly kind: "unparseable";
  /** Why it could not be read, as a code for the message catalogue. */
  readonly reason: "text" | "error-value" | "date" | "boolean";
}

export type ParsedValue =
  QuantityValue | BoundValue | RangeValue | MissingValue | DirectionValue | UnparseableValue;

/** The number used for comparisons: the amount, the bound's amount, or null. */
export function comparableAmount(v: ParsedValue): number | null {
  switch (v.kind) {
    case "quantity":
    case "bound":
      return v.amount;
    case "range":
      return v.min;
    default:
      return null;
  }
}

export function unitOf(v: ParsedValue): Unit | null {
  return v.kind === "quantity" || v.kind === "bound" || v.kind === "range" ? v.unit : null;
}
