import type { NotationLocale } from "./notation";
import type { Notation } from "./types";

export interface ParsedNumber {
  readonly amount: number;
  readonly notation: Notation;
}

const NUMBER_TEXT =
  /^[+\-−]?(?:\d{1,3}(?:[ .]\d{3})+|\d+)(?:[.,]\d+)?$|^[+\-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+\-−]?[.,]\d+$/;

/**
 * Reads a number as Dutch budgets write it.
 * "8,3" → 8.3 (decimal-comma); "43.000", "1.459" → 43000, 1459 and "14 050" → 14050 (integer);
 * "8.3", "1.5", "0.750" → 8.3, 1.5, 0.75 (decimal-point: a dot before other than three digits, or after a lone 0).
 * Returns null for anything that is not a plain number.
 */
export function parseNumberText(input: string, locale: NotationLocale): ParsedNumber | null {
  const text = input.trim().replace(/\s+/g, " ");
  if (!NUMBER_TEXT.test(text)) return null;
  const negative = /^[-−]/.test(text);
  const body = text.replace(/^[+\-−]/, "");
  const lastComma = body.lastIndexOf(",");
  const lastDot = body.lastIndexOf(".");
  let intPart = body;
  let fraction = "";
  let notation: Notation = "integer";

  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the last one is the decimal separator ("1.234,5" or "1,234.5").
    const decimalChar = lastComma > lastDot ? "," : ".";
    const at = Math.max(lastComma, lastDot);
    intPart = body.slice(0, at);
    fraction = body.slice(at + 1);
    notation = decimalChar === locale.decimal ? "decimal-comma" : "decimal-point";
  } else if (lastComma >= 0) {
    const groups = body.split(",");
    if (locale.decimal === "," || groups.length === 2) {
      intPart = groups.slice(0, -1).join("");
      fraction = groups[groups.length - 1] ?? "";
      notation = "decimal-comma";
      if (groups.length > 2) return null;
    }
  } else if (lastDot >= 0) {
    const groups = body.split(".");
    const tail = groups[groups.length - 1] ?? "";
    // "43.000" and "1.459": a dot before exactly three digits groups thousands in Dutch;
    // "0.750" cannot group thousands, so its dot is a decimal point.
    const leadingZero = groups[0] === "0";
    if (leadingZero && groups.length > 2) return null;
    if (groups.length > 2 || (tail.length === 3 && locale.group === "." && !leadingZero)) {
      if (!groups.slice(1).every((g) => g.length === 3)) return null;
      intPart = groups.join("");
    } else {
      intPart = groups[0] ?? "";
      fraction = tail;
      notation = "decimal-point";
    }
  }
  intPart = intPart.replace(/[ .,]/g, "");
  const amount = Number(`${intPart || "0"}${fraction ? `.${fraction}` : ""}`);
  if (!Number.isFinite(amount)) return null;
  return { amount: negative ? -amount : amount, notation };
}

/** Removes floating-point noise: 0.7 * 100 → 70, not 70.00000000000001. */
export function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
