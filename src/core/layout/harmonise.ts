/**
 * One consistent Dutch notation per indicator row, for the harmonise option.
 *
 * Rules (per row):
 * - numbers: decimal comma, group dot (1.459), and the row's largest number of decimals for every
 *   figure ("8,0 | 8,3 | 8 | 8" → "8,0 | 8,3 | 8,0 | 8,0"), at most two; durations keep their own decimals;
 * - percentages: the same, with '%' right after the figure ("75 %" → "75%");
 * - durations: the row's majority notation. Minutes words win a tie, as budgets mostly write norms
 *   that way. Words: whole minutes "8 min", a clock value keeps its seconds as "2:17 min".
 *   Clock: "m:ss" for every value ("8 min" → "8:00", "02:17" → "2:17", "Maximaal 5 min" → "Maximaal 5:00");
 * - bounds keep the author's word ("Maximaal 5 min"), ranges their word ("65 tot 70%");
 * - missing markers ('-', '*', 'n.b.'), directions, unreadable text and values with a footnote or a
 *   year annotation stay exactly as written.
 */
import { nlNotation, type NotationLocale } from "../values/notation";
import type { ParsedValue, Unit } from "../values/types";

export type DurationStyle = "clock" | "words";

type Measured = Extract<ParsedValue, { kind: "quantity" | "bound" | "range" }>;

const NUMBER_TOKEN = /\d+(?:[ .,]\d+)*/g;
const MAX_DECIMALS = 2;

/** The harmonised texts of one row's values, in the same order. */
export function harmoniseRow(values: readonly ParsedValue[], locale: NotationLocale = nlNotation): string[] {
  const measured = values.filter(isMeasured);
  const style = durationStyle(measured);
  const decimals = new Map<Unit, number>();
  for (const v of measured) {
    if (v.unit !== "number" && v.unit !== "percent") continue;
    decimals.set(v.unit, Math.max(decimals.get(v.unit) ?? 0, decimalsOf(v)));
  }
  return values.map((v) => {
    if (!isMeasured(v) || annotated(v)) return v.raw;
    return harmoniseValue(v, style, decimals.get(v.unit) ?? decimalsOf(v), locale) ?? v.raw;
  });
}

/** Clock when most duration values of the row are clock times; minutes words otherwise. */
export function durationStyle(values: readonly ParsedValue[]): DurationStyle {
  let clock = 0;
  let words = 0;
  for (const v of values) {
    if (!isMeasured(v) || v.unit !== "minutes") continue;
    if (v.notation === "clock") clock++;
    else words++;
  }
  return clock > words ? "clock" : "words";
}

function harmoniseValue(
  v: Measured,
  style: DurationStyle,
  decimals: number,
  locale: NotationLocale
): string | null {
  const quantity = (amount: number): string => formatQuantity(amount, v, style, decimals, locale);
  switch (v.kind) {
    case "quantity":
      return quantity(v.amount);
    case "bound": {
      const word = v.raw.slice(0, v.raw.search(/\d/)).replace(/\s+/g, " ").trim();
      return word === "" ? null : `${word} ${quantity(v.amount)}`;
    }
    case "range": {
      const tokens = [...v.raw.matchAll(NUMBER_TOKEN)];
      const [first, second] = tokens;
      if (!first || !second) return null;
      const between = v.raw
        .slice(first.index + first[0].length, second.index)
        .replace(/%|\bmin\w*\.?/gi, "")
        .replace(/\s+/g, " ")
        .trim();
      const low = formatQuantity(v.min, v, style, decimals, locale, false);
      const high = formatQuantity(v.max, v, style, decimals, locale);
      return /^[-–—]$/.test(between) ? `${low}–${high}` : `${low} ${between || "tot"} ${high}`;
    }
  }
}

/** A figure with its unit in the row's notation; `withUnit` false leaves the unit off (the low end of a range). */
function formatQuantity(
  amount: number,
  v: Measured,
  style: DurationStyle,
  decimals: number,
  locale: NotationLocale,
  withUnit = true
): string {
  switch (v.unit) {
    case "percent":
      return `${formatAmount(amount, decimals, locale)}${withUnit ? "%" : ""}`;
    case "number":
      return formatAmount(amount, decimals, locale);
    case "days": {
      const word = /\b(?:werk)?dag(?:en)?\b/i.exec(v.raw)?.[0] ?? (amount === 1 ? "dag" : "dagen");
      return `${formatAmount(amount, decimalsOf(v), locale)}${withUnit ? ` ${word}` : ""}`;
    }
    case "minutes": {
      const unit = withUnit ? " min" : "";
      if (style === "clock") return clock(amount);
      if (isWhole(amount)) return `${formatAmount(amount, 0, locale)}${unit}`;
      return v.notation === "clock"
        ? `${clock(amount)}${unit}`
        : `${formatAmount(amount, decimalsOf(v), locale)}${unit}`;
    }
  }
}

/** 2.2833 minutes → "2:17"; 75 minutes → "1:15:00". */
export function clock(minutes: number): string {
  const total = Math.round(Math.abs(minutes) * 60);
  const sign = minutes < 0 && total > 0 ? "-" : "";
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${m}:${pad(s)}`;
}

/** 1459.5 with one decimal → "1.459,5". */
export function formatAmount(amount: number, decimals: number, locale: NotationLocale = nlNotation): string {
  const fixed = Math.abs(amount).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale.group);
  const sign = amount < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction ? locale.decimal + fraction : ""}`;
}

/** Decimals the author wrote: "8,0" → 1, "75%" → 0, "1.459" → 0 (a group, not a fraction). */
function decimalsOf(v: Measured): number {
  if (v.notation === "integer" || v.notation === "clock") return 0;
  let most = 0;
  for (const [token] of v.raw.matchAll(NUMBER_TOKEN)) {
    const m = /[.,](\d+)$/.exec(token);
    if (!m) continue;
    const digits = m[1]!.length;
    const isGroup = token[m.index] === "." && digits === 3 && v.notation !== "decimal-point";
    if (!isGroup) most = Math.max(most, digits);
  }
  return Math.min(most, MAX_DECIMALS);
}

function isWhole(minutes: number): boolean {
  return Math.abs(minutes * 60 - Math.round(minutes) * 60) < 0.5;
}

function isMeasured(v: ParsedValue): v is Measured {
  return v.kind === "quantity" || v.kind === "bound" || v.kind === "range";
}

/**
 * Values whose text says more than the figure keep the author's text: a footnote, a measuring year,
 * "ca." or "ruim", a euro sign, or weeks read as days ("max. 2 weken" is not "max. 14 dagen").
 */
function annotated(v: ParsedValue): boolean {
  if (v.footnote !== undefined || v.year !== undefined || v.approximate || v.currency) return true;
  return isMeasured(v) && v.unit === "days" && !/dag/i.test(v.raw);
}
