/**
 * Decimal rounding on the 15 significant digits Excel works with, so 1.005 rounds to 1.01
 * (as Excel shows it) rather than 1.00 (as `toFixed` does on the binary value).
 */

export interface FixedParts {
  /** Integer digits without sign or grouping, at least "0". */
  readonly int: string;
  /** Exactly `decimals` fraction digits. */
  readonly frac: string;
}

function incrementDigits(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === "9") {
      chars[i] = "0";
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
  }
  return `1${chars.join("")}`;
}

/** |value| rounded half away from zero to `decimals` places. */
export function toFixedParts(value: number, decimals: number): FixedParts {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return { int: "0", frac: "0".repeat(decimals) };
  const [mantissa = "0", exponent = "0"] = abs.toExponential(14).split("e");
  const digits = mantissa.replace(".", "");
  const pointPos = Number(exponent) + 1;
  let intDigits: string;
  let fracDigits: string;
  if (pointPos <= 0) {
    intDigits = "0";
    fracDigits = "0".repeat(-pointPos) + digits;
  } else if (pointPos >= digits.length) {
    intDigits = digits + "0".repeat(pointPos - digits.length);
    fracDigits = "";
  } else {
    intDigits = digits.slice(0, pointPos);
    fracDigits = digits.slice(pointPos);
  }
  const kept = fracDigits.padEnd(decimals, "0").slice(0, decimals);
  const roundUp = (fracDigits[decimals] ?? "0") >= "5";
  let combined = intDigits + kept;
  if (roundUp) combined = incrementDigits(combined);
  const intLength = combined.length - decimals;
  const int = combined.slice(0, intLength).replace(/^0+(?=\d)/, "") || "0";
  return { int, frac: combined.slice(intLength) };
}

/** "1234567" → "1.234.567" (Dutch thousands separator). */
export function groupThousands(int: string, separator = "."): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
