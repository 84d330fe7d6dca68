/**
 * Parsing of Excel number-format codes ("0.0", "#,##0", "0%", "mm:ss", "[h]:mm:ss",
 * "d-m-yyyy", '0" min"', "[$€-413] #,##0.00;-#,##0.00") into sections of tokens.
 * Codes are stored in the file in the invariant (en-US) form: '.' decimal point, ',' grouping.
 */

export type FormatToken =
  /** Literal text; `escaped` when quoted or backslash-escaped (so a '/' stays a '/'). */
  | { readonly kind: "literal"; readonly text: string; readonly escaped?: boolean }
  | { readonly kind: "digit"; readonly char: "0" | "#" | "?" }
  | { readonly kind: "point" }
  | { readonly kind: "comma" }
  | { readonly kind: "percent" }
  | { readonly kind: "exponent"; readonly sign: "+" | "-" }
  | { readonly kind: "general" }
  | { readonly kind: "text" }
  /** A run of one date/time letter: "yyyy", "m", "dd", "hh", "ss". Lower-cased. */
  | { readonly kind: "date"; readonly letters: string }
  /** "[h]", "[mm]", "[ss]": elapsed time. */
  | { readonly kind: "elapsed"; readonly unit: "h" | "m" | "s"; readonly width: number }
  | { readonly kind: "ampm"; readonly short: boolean };

export interface FormatSection {
  readonly tokens: readonly FormatToken[];
  /** True when the section has date/time tokens. */
  readonly isDateTime: boolean;
}

/** Splits on ';' outside quotes, brackets and escapes. */
export function splitSections(code: string): string[] {
  const sections: string[] = [];
  let current = "";
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (!inQuote && !inBracket && ch === "\\" && i + 1 < code.length) {
      current += ch + code[i + 1]!;
      i++;
      continue;
    }
    if (ch === '"' && !inBracket) inQuote = !inQuote;
    else if (ch === "[" && !inQuote) inBracket = true;
    else if (ch === "]" && !inQuote) inBracket = false;
    if (ch === ";" && !inQuote && !inBracket) {
      sections.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

const DATE_LETTERS = new Set(["y", "m", "d", "h", "s"]);

/** "[$€-413]" → "€"; "[Red]", "[<100]", "[$-413]" → "". */
function bracketLiteral(inner: string): string {
  if (!inner.startsWith("$")) return "";
  const dash = inner.indexOf("-");
  return dash === -1 ? inner.slice(1) : inner.slice(1, dash);
}

export function tokenizeSection(section: string): FormatSection {
  const tokens: FormatToken[] = [];
  let isDateTime = false;
  let i = 0;
  const literal = (text: string, escaped = false): void => {
    if (text) tokens.push(escaped ? { kind: "literal", text, escaped } : { kind: "literal", text });
  };
  while (i < section.length) {
    const ch = section[i]!;
    const lower = ch.toLowerCase();
    const rest = section.slice(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end === -1 ? section.length : end;
      literal(section.slice(i + 1, stop), true);
      i = stop + 1;
    } else if (ch === "\\") {
      literal(section[i + 1] ?? "", true);
      i += 2;
    } else if (ch === "_") {
      literal(" ");
      i += 2;
    } else if (ch === "*") {
      i += 2;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const stop = end === -1 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      const elapsed = /^(h+|m+|s+)$/i.exec(inner);
      if (elapsed) {
        const unit = inner[0]!.toLowerCase() as "h" | "m" | "s";
        tokens.push({ kind: "elapsed", unit, width: inner.length });
        isDateTime = true;
      } else {
        literal(bracketLiteral(inner), true);
      }
      i = stop + 1;
    } else if (/^general/i.test(rest)) {
      tokens.push({ kind: "general" });
      i += 7;
    } else if (/^am\/pm/i.test(rest)) {
      tokens.push({ kind: "ampm", short: false });
      isDateTime = true;
      i += 5;
    } else if (/^a\/p/i.test(rest)) {
      tokens.push({ kind: "ampm", short: true });
      isDateTime = true;
      i += 3;
    } else if (ch === "0" || ch === "#" || ch === "?") {
      tokens.push({ kind: "digit", char: ch });
      i++;
    } else if (ch === ".") {
      tokens.push({ kind: "point" });
      i++;
    } else if (ch === ",") {
      tokens.push({ kind: "comma" });
      i++;
    } else if (ch === "%") {
      tokens.push({ kind: "percent" });
      i++;
    } else if (lower === "e" && (section[i + 1] === "+" || section[i + 1] === "-")) {
      tokens.push({ kind: "exponent", sign: section[i + 1] as "+" | "-" });
      i += 2;
    } else if (ch === "@") {
      tokens.push({ kind: "text" });
      i++;
    } else if (DATE_LETTERS.has(lower)) {
      let j = i;
      while (j < section.length && section[j]!.toLowerCase() === lower) j++;
      tokens.push({ kind: "date", letters: section.slice(i, j).toLowerCase() });
      isDateTime = true;
      i = j;
    } else {
      literal(ch);
      i++;
    }
  }
  return { tokens, isDateTime };
}

/** Excel's built-in formats whose display follows the regional settings, as exceljs names them. */
const LOCALE_BUILT_INS: Readonly<Record<string, string>> = {
  "mm-dd-yy": "d-m-yyyy", // numFmtId 14: short date
  'm/d/yy "h":mm': "d-m-yyyy h:mm", // numFmtId 22 (exceljs's spelling)
  "m/d/yy h:mm": "d-m-yyyy h:mm",
};

/** A workbook uses a handful of formats over many cells: parse each code once. */
const parsed = new Map<string, readonly FormatSection[]>();
const MAX_CACHED = 1000;

export function parseFormatCode(code: string): readonly FormatSection[] {
  const cached = parsed.get(code);
  if (cached) return cached;
  const effective = LOCALE_BUILT_INS[code] ?? code;
  const sections = splitSections(effective).map(tokenizeSection);
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(code, sections);
  return sections;
}
