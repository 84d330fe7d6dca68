import type { NormSpec } from "../findings/types";
import type { Direction } from "../model/types";
import { nlNotation, type NotationLocale } from "../values/notation";
import { parseValue } from "../values/parseValue";
import type { ParsedValue } from "../values/types";
import { impliedComparator } from "./direction";

/** A norm from a parsed target or norm cell: a bound keeps its comparator, a figure gets the direction's. */
export function normFromValue(value: ParsedValue, direction: Direction): NormSpec | null {
  switch (value.kind) {
    case "bound":
      return { op: value.op, amount: value.amount, unit: value.unit, raw: value.raw };
    case "quantity":
      return { op: impliedComparator(direction), amount: value.amount, unit: value.unit, raw: value.raw };
    case "range":
      return direction === "lower"
        ? { op: "<=", amount: value.max, unit: value.unit, raw: value.raw }
        : { op: ">=", amount: value.min, unit: value.unit, raw: value.raw };
    default:
      return null;
  }
}

export function parseNormText(text: string, locale: NotationLocale = nlNotation): ParsedValue {
  return parseValue({ value: text, text, format: "General" }, { locale });
}

/** "Gemiddelde wachttijd balie (op afspraak) norm: 5 min." → the parsed "5 min". */
export function readNameNorm(name: string, locale: NotationLocale = nlNotation): ParsedValue | null {
  const m = /\bnorm\b\s*:?\s*(.+?)[.;)]*$/i.exec(name);
  if (!m) return null;
  const parsed = parseNormText(m[1]!, locale);
  return parsed.kind === "quantity" || parsed.kind === "bound" || parsed.kind === "range" ? parsed : null;
}

export interface LeadingNorm {
  readonly norm: ParsedValue;
  readonly rest: string;
}

/**
 * "80% terugbellen binnen 1 werkdag" → norm "80%" and the indicator "terugbellen binnen 1 werkdag".
 * Only a figure with a unit or a comparator counts, so "14 050 klanttevredenheid" keeps its number.
 */
export function splitLeadingNorm(text: string, locale: NotationLocale = nlNotation): LeadingNorm | null {
  const m =
    /^\s*((?:(?:minimaal|maximaal|min\.|max\.|ten minste|≥|≤|>=|<=|<|>)\s*)?\d+(?:[.,]\d+)?\s*(?:%|min(?:uten)?\b|dagen\b|werkdagen\b))\s+(.+)$/i.exec(
      text
    );
  if (!m) return null;
  const norm = parseNormText(m[1]!, locale);
  if (norm.kind !== "quantity" && norm.kind !== "bound") return null;
  return { norm, rest: m[2]! };
}
