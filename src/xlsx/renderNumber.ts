/** Renders a number through a (non-date) format section, Dutch style: "1.234,5", "75%". */
import type { FormatSection, FormatToken } from "./formatCode";
import { groupThousands, toFixedParts } from "./decimal";

const DECIMAL = ",";
const GROUP = ".";

/** Excel's "General": up to 10 significant digits, scientific for very large or small values. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return "#GETAL!";
  if (value === 0) return "0";
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) return sign + scientific(abs, 5, 2, "+", true);
  if (abs >= 1e10) return sign + toFixedParts(abs, 0).int;
  const fixed = toFixedParts(abs, Math.max(0, 9 - Math.floor(Math.log10(abs))));
  const frac = fixed.frac.replace(/0+$/, "");
  return sign + fixed.int + (frac ? DECIMAL + frac : "");
}

/** "1,23457E+11": mantissa with `decimals` places (trailing zeros trimmed when `trim`). */
function scientific(
  abs: number,
  decimals: number,
  expWidth: number,
  expSign: "+" | "-",
  trim: boolean
): string {
  let exponent = abs === 0 ? 0 : Math.floor(Math.log10(abs));
  let parts = toFixedParts(abs / 10 ** exponent, decimals);
  if (parts.int.length > 1) {
    exponent += 1;
    parts = toFixedParts(abs / 10 ** exponent, decimals);
  }
  const frac = trim ? parts.frac.replace(/0+$/, "") : parts.frac;
  const expSignText = exponent < 0 ? "-" : expSign === "+" ? "+" : "";
  const expDigits = String(Math.abs(exponent)).padStart(expWidth, "0");
  return `${parts.int}${frac ? DECIMAL + frac : ""}E${expSignText}${expDigits}`;
}

interface NumberLayout {
  readonly intDigits: readonly FormatToken[];
  readonly fracDigits: readonly FormatToken[];
  readonly expDigits: number;
  readonly expSign: "+" | "-" | null;
  readonly hasPoint: boolean;
  readonly grouping: boolean;
  /** Each trailing comma after the integer digits divides by 1000. */
  readonly scaleCommas: number;
  readonly percents: number;
}

function isNumeric(token: FormatToken): boolean {
  return (
    token.kind === "digit" || token.kind === "point" || token.kind === "comma" || token.kind === "exponent"
  );
}

function layoutOf(tokens: readonly FormatToken[]): NumberLayout {
  const intDigits: FormatToken[] = [];
  const fracDigits: FormatToken[] = [];
  let expDigits = 0;
  let expSign: "+" | "-" | null = null;
  let hasPoint = false;
  let grouping = false;
  let pendingCommas = 0;
  let percents = 0;
  for (const token of tokens) {
    if (token.kind === "percent") percents++;
    if (token.kind === "exponent") {
      expSign = token.sign;
    } else if (token.kind === "point") {
      hasPoint = true;
    } else if (token.kind === "comma" && !hasPoint && expSign === null) {
      if (intDigits.length > 0) pendingCommas++;
    } else if (token.kind === "digit") {
      if (expSign !== null) expDigits++;
      else if (hasPoint) fracDigits.push(token);
      else {
        if (pendingCommas > 0) grouping = true;
        pendingCommas = 0;
        intDigits.push(token);
      }
    }
  }
  // Commas after the last integer digit are not grouping: each one divides by 1000.
  const scaleCommas = pendingCommas;
  return { intDigits, fracDigits, expDigits, expSign, hasPoint, grouping, scaleCommas, percents };
}

function renderFraction(digits: string, placeholders: readonly FormatToken[]): string {
  let required = 0;
  placeholders.forEach((token, i) => {
    if (token.kind === "digit" && token.char !== "#") required = i + 1;
  });
  let out = digits;
  while (out.length > 0 && out.length > required && out.endsWith("0")) out = out.slice(0, -1);
  // '?' placeholders keep their width as spaces.
  return placeholders
    .slice(out.length)
    .reduce((acc, token) => (token.kind === "digit" && token.char === "?" ? acc + " " : acc), out);
}

function renderDigits(abs: number, layout: NumberLayout): string {
  const fracCount = layout.fracDigits.length;
  if (layout.expSign !== null) {
    return scientific(abs, fracCount, Math.max(1, layout.expDigits), layout.expSign, false);
  }
  const scaled = (abs * 100 ** layout.percents) / 1000 ** layout.scaleCommas;
  const parts = toFixedParts(scaled, fracCount);
  const minInt = layout.intDigits.filter((t) => t.kind === "digit" && t.char === "0").length;
  let int = parts.int === "0" && minInt === 0 ? "" : parts.int.padStart(minInt, "0");
  if (layout.grouping) int = groupThousands(int, GROUP);
  const frac = renderFraction(parts.frac, layout.fracDigits);
  return int + (layout.hasPoint ? DECIMAL + frac : "");
}

/**
 * `value` is shown with a leading '-' when negative and `signed` (the first section of a
 * format serves both signs); a dedicated negative section gets the absolute value.
 */
export function renderNumberSection(section: FormatSection, value: number, signed: boolean): string {
  const tokens = section.tokens;
  const sign = signed && value < 0 ? "-" : "";
  const abs = Math.abs(value);
  if (tokens.some((t) => t.kind === "general")) {
    const general = formatGeneral(abs);
    return (
      sign + tokens.map((t) => (t.kind === "general" ? general : t.kind === "literal" ? t.text : "")).join("")
    );
  }
  const layout = layoutOf(tokens);
  let out = "";
  let numberWritten = false;
  const hasDigits = layout.intDigits.length + layout.fracDigits.length > 0;
  for (const token of tokens) {
    if (isNumeric(token)) {
      if (!numberWritten && hasDigits) out += renderDigits(abs, layout);
      numberWritten = true;
    } else if (token.kind === "literal") {
      out += token.text;
    } else if (token.kind === "percent") {
      out += "%";
    }
  }
  if (!hasDigits) return out;
  return sign + out;
}
