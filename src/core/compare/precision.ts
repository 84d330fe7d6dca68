/**
 * How precisely a value is written, and whether two values agree at the precision of the less
 * precise one. The same realisation copied from document to document changes notation on the way:
 * the jaarstukken write 2:17, the next budget 2,28 min. Both say the same at two decimals of a
 * minute, so they agree; 8,3 and 8,1 do not.
 *
 * stepOf("8,3") → 0.1; stepOf("75%") → 1 (percent points); stepOf("2:17") → 1/60 (a second, in minutes)
 */
import { inUnitOf } from "../norms/compare";
import { nlNotation, type NotationLocale } from "../values/notation";
import { parseNumberText } from "../values/parseNumber";
import { parseValue } from "../values/parseValue";
import type { Unit } from "../values/types";

/** The first figure of a text: "Maximaal 5 min" → "5", "7,5 (peiljaar 2019)" → "7,5", "1.459" → "1.459". */
const FIGURE = /\d(?:[\d.,]*\d)?/;
const SECOND = 1 / 60;

/**
 * The smallest difference the author's text can show, in the unit the value is normalised to
 * (percent points, minutes, days, the number itself); null when the text shows no figure.
 * The text is read with the engine's own value parser, so a clock and a percentage are known as such.
 */
export function stepOf(raw: string, locale: NotationLocale = nlNotation): number | null {
  const parsed = parseValue({ value: raw, text: raw, format: "General" }, { locale });
  if (parsed.kind !== "quantity" && parsed.kind !== "bound" && parsed.kind !== "range") return null;
  // A clock shows whole seconds (2:17) or whole minutes (1:05:00 as h:mm:ss still shows seconds).
  if (parsed.notation === "clock") return SECOND;
  const figure = FIGURE.exec(raw.replace(/\s+(?=\d{3}\b)/g, ""))?.[0];
  const number = figure === undefined ? null : parseNumberText(figure, locale);
  if (!number) return null;
  const mark = number.notation === "decimal-comma" ? "," : number.notation === "decimal-point" ? "." : null;
  const decimals = mark === null ? 0 : figure!.length - figure!.lastIndexOf(mark) - 1;
  return 10 ** -decimals;
}

export interface Written {
  readonly value: number;
  readonly unit: Unit;
  /** From stepOf; null compares exactly. */
  readonly step: number | null;
}

/**
 * Do two values agree at the precision of the less precise notation? The more precise one is
 * rounded to the coarser step (half away from zero, as Excel rounds what it displays) and must
 * then be the other: 2:17 (2,2833 min) and 2,28 min agree; 8,25 and 8,2 do not (8,25 shows as 8,3).
 * Values in units that cannot be converted (a percentage and minutes) never agree.
 */
export function agreeAtPrecision(a: Written, b: Written): boolean {
  const bInA = inUnitOf(b.value, b.unit, a.unit);
  if (bInA === null) return false;
  const bStep = b.step === null ? null : inUnitOf(b.step, b.unit, a.unit);
  const step = Math.max(a.step ?? 0, bStep ?? 0);
  if (step === 0) return sameNumber(a.value, bInA);
  return roundTo(a.value, step) === roundTo(bInA, step);
}

/** The multiple of `step` the value shows as; a tolerance of 1e-7 steps absorbs binary noise (8.25 / 0.1). */
function roundTo(value: number, step: number): number {
  const steps = Math.abs(value) / step;
  return Math.sign(value) * Math.floor(steps + 0.5 + 1e-7);
}

/** Equal apart from floating-point noise (0.7 * 100 and 70). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
