import type { CellData } from "../workbook";
import { isCellError } from "../workbook";
import { nlNotation, type NotationLocale } from "./notation";
import { formatKind, timeFormatHasSeconds } from "./numberFormat";
import { stripAnnotations, type Stripped } from "./annotations";
import { parseMeasure, parseRange, WORDS_AFTER_NOUN, type Measure } from "./parseMeasure";
import { tidy } from "./parseNumber";
import { cleanText } from "./text";
import type { BoundValue, Comparator, Notation, ParsedValue, QuantityValue, RangeValue } from "./types";
import { afterLeadingWord, longestFirst, matchesWord } from "./words";

export interface ParseOptions {
  readonly locale?: NotationLocale;
  readonly date1904?: boolean;
  /** Parsed texts of this workbook so far, keyed by text; only for one locale. */
  readonly textCache?: Map<string, ParsedValue>;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * Turns one cell into a typed value. Never throws and never yields NaN: what cannot be read
 * comes back as `{ kind: "unparseable" }` for the caller to report at the cell.
 *
 * parseValue({ value: "Maximaal 5 min", … }) → { kind: "bound", op: "<=", amount: 5, unit: "minutes" }
 */
export function parseValue(cell: CellData, options: ParseOptions = {}): ParsedValue {
  const locale = options.locale ?? nlNotation;
  const { value } = cell;
  const raw = displayText(cell);

  if (value === null || value === undefined) return { kind: "missing", marker: "", needsLegend: false, raw };
  if (typeof value === "boolean") return { kind: "unparseable", reason: "boolean", raw };
  if (isCellError(value)) return { kind: "unparseable", reason: "error-value", raw: raw || value.error };
  const parsed =
    value instanceof Date
      ? parseDate(value, cell.format, raw, options.date1904 ?? false)
      : typeof value === "number"
        ? parseNumberCell(value, cell.format, raw)
        : parseTextOnce(String(value), locale, options.textCache);
  return allFinite(parsed) ? parsed : { kind: "unparseable", reason: "text", raw };
}

/** No NaN or Infinity ever leaves the parser (a time serial of 1e296 overflows). */
function allFinite(v: ParsedValue): boolean {
  switch (v.kind) {
    case "quantity":
    case "bound":
      return Number.isFinite(v.amount);
    case "range":
      return Number.isFinite(v.min) && Number.isFinite(v.max);
    default:
      return true;
  }
}

function displayText(cell: CellData): string {
  if (cell.text) return cell.text;
  const { value } = cell;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return "";
  if (isCellError(value)) return value.error;
  return String(value);
}

function parseNumberCell(value: number, format: string, raw: string): ParsedValue {
  if (!Number.isFinite(value)) return { kind: "unparseable", reason: "text", raw };
  switch (formatKind(format)) {
    case "percent":
      return {
        kind: "quantity",
        amount: tidy(value * 100),
        unit: "percent",
        notation: "percent-format",
        raw,
      };
    case "time":
      return clockFromSerial(value, format, raw);
    case "date":
      return { kind: "unparseable", reason: "date", raw };
    default:
      return { kind: "quantity", amount: value, unit: "number", notation: numberNotation(value, raw), raw };
  }
}

function numberNotation(value: number, raw: string): Notation {
  if (raw.includes(",")) return "decimal-comma";
  if (/\.\d{1,2}$/.test(raw) || /\.\d{4,}$/.test(raw)) return "decimal-point";
  return Number.isInteger(value) ? "integer" : "decimal-comma";
}

/**
 * A time-formatted cell. With seconds in the format (mm:ss) the serial is exact; a two-part
 * clock without seconds (h:mm showing "2:17") is read as the budget convention m:ss.
 */
function clockFromSerial(serial: number, format: string, raw: string): ParsedValue {
  const totalSeconds = Math.round(serial * 86_400);
  let amount = totalSeconds / 60;
  if (!timeFormatHasSeconds(format)) {
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.round((totalSeconds % 3600) / 60);
    amount = hours + minutes / 60;
  }
  return { kind: "quantity", amount: tidy(amount), unit: "minutes", notation: "clock", raw };
}

function parseDate(date: Date, format: string, raw: string, date1904: boolean): ParsedValue {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return { kind: "unparseable", reason: "date", raw };
  const serial = (ms - EPOCH_1900) / MS_PER_DAY;
  const day = Math.floor(serial + 1e-9);
  const timeOnly = day === 0 || day === -1 || (date1904 && (day === 1462 || day === 1461));
  if (!timeOnly) return { kind: "unparseable", reason: "date", raw: raw || date.toISOString().slice(0, 10) };
  const fraction = serial - day;
  const clockFormat = formatKind(format) === "time" ? format : "mm:ss";
  return clockFromSerial(fraction, clockFormat, raw || clockText(fraction));
}

function clockText(fraction: number): string {
  const seconds = Math.round(fraction * 86_400);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

// ---------------------------------------------------------------------------------------------
// Text

const SYMBOLS: Readonly<Record<string, Comparator>> = {
  "<=": "<=",
  "=<": "<=",
  "≤": "<=",
  ">=": ">=",
  "=>": ">=",
  "≥": ">=",
  "<": "<",
  ">": ">",
};
const SYMBOL = /^(<=|=<|≤|>=|=>|≥|<|>)\s*(.*)$/;

interface ComparatorWords {
  readonly words: readonly string[];
  readonly ops: ReadonlyMap<string, Comparator>;
}

const COMPARATOR_WORDS = new WeakMap<NotationLocale, ComparatorWords>();

/** All of the locale's comparator words in one list with their comparators, built once per locale. */
function comparatorWords(locale: NotationLocale): ComparatorWords {
  let found = COMPARATOR_WORDS.get(locale);
  if (!found) {
    const ops = new Map<string, Comparator>();
    for (const [words, op] of [
      [locale.atMost, "<="],
      [locale.atLeast, ">="],
      [locale.lessThan, "<"],
      [locale.moreThan, ">"],
    ] as const)
      for (const word of words) if (!ops.has(word)) ops.set(word, op);
    found = { words: [...ops.keys()], ops };
    COMPARATOR_WORDS.set(locale, found);
  }
  return found;
}

/** Leading comparator: '≤ 5', '< 350', 'Maximaal 5 min', 'minimaal 80%', 'minder dan 5 dagen'. */
function splitComparator(text: string, locale: NotationLocale): { op: Comparator; rest: string } | null {
  const symbol = SYMBOL.exec(text);
  if (symbol) return { op: SYMBOLS[symbol[1]!]!, rest: symbol[2]! };
  const { words, ops } = comparatorWords(locale);
  const lower = text.toLowerCase();
  const word = longestFirst(words).find((w) => {
    if (!lower.startsWith(w)) return false;
    const next = lower.charAt(w.length);
    return next === " " || next === ":";
  });
  if (!word) return null;
  return { op: ops.get(word)!, rest: text.slice(word.length).replace(/^[\s:]+/, "") };
}

/**
 * A workbook repeats its texts over thousands of cells ('-', 'Maximaal 5 min', '80%', '7,5'): with a
 * cache from the caller (one per analysis, one locale), each distinct text is parsed once and the
 * frozen result shared. Bounded, so a workbook of unique texts costs a cleared map now and then.
 */
const MAX_PARSED_TEXTS = 20_000;

function parseTextOnce(input: string, locale: NotationLocale, cache: Map<string, ParsedValue> | undefined) {
  if (!cache) return parseText(input, locale);
  let parsed = cache.get(input);
  if (parsed === undefined) {
    parsed = Object.freeze(parseText(input, locale));
    if (cache.size >= MAX_PARSED_TEXTS) cache.clear();
    cache.set(input, parsed);
  }
  return parsed;
}

/**
 * The stages for text: clean → missing marker → annotations (footnote, year) → direction word →
 * approximate word ('ca. 500') → comparator ('minder dan 5') → figure or range.
 */
function parseText(input: string, locale: NotationLocale): ParsedValue {
  const raw = input;
  const text = cleanText(input).replace(/\n/g, " ");
  if (text === "") return { kind: "missing", marker: "", needsLegend: false, raw };
  if (locale.missingSymbols.includes(text)) return { kind: "missing", marker: text, needsLegend: true, raw };
  if (matchesWord(text, locale.missingWords))
    return { kind: "missing", marker: text, needsLegend: false, raw };

  const notes = stripAnnotations(text, locale);
  const { body } = notes;
  const unreadable: ParsedValue = { kind: "unparseable", reason: "text", raw };
  if (body === "") return unreadable;
  if (matchesWord(body, locale.higherWords))
    return annotate({ kind: "direction", direction: "higher", raw }, notes);
  if (matchesWord(body, locale.lowerWords))
    return annotate({ kind: "direction", direction: "lower", raw }, notes);

  // Most values start with their figure; only the others can start with a word or a comparator.
  if (!isDigit(body.charCodeAt(0))) {
    const approximate = afterLeadingWord(body, locale.approximateWords);
    if (approximate !== null) return readFigure(approximate, raw, notes, locale, true) ?? unreadable;
    const comparator = splitComparator(body, locale);
    if (comparator) {
      const m = parseMeasure(comparator.rest, locale, WORDS_AFTER_NOUN.described);
      if (!m) return unreadable;
      const bound: Mutable<BoundValue> = { kind: "bound", op: comparator.op, ...measured(m), raw };
      return annotate(bound, notes, m.currency);
    }
  }
  return readFigure(body, raw, notes, locale, false) ?? unreadable;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A quantity or a range, with the annotations; approximate figures may carry a longer description. */
function readFigure(
  text: string,
  raw: string,
  notes: Stripped,
  locale: NotationLocale,
  approximate: boolean
): ParsedValue | null {
  const words = approximate ? WORDS_AFTER_NOUN.described : WORDS_AFTER_NOUN.figure;
  const m = parseMeasure(text, locale, words);
  if (m) return annotate({ kind: "quantity", ...measured(m), raw }, notes, m.currency, approximate);
  const r = parseRange(text, locale, words);
  if (!r) return null;
  const range: Mutable<RangeValue> = {
    kind: "range",
    min: r.min,
    max: r.max,
    unit: r.unit,
    notation: r.notation,
    raw,
  };
  return annotate(range, notes, r.currency, approximate);
}

function measured(m: Measure): Pick<QuantityValue, "amount" | "unit" | "notation"> {
  return { amount: m.amount, unit: m.unit, notation: m.notation };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The value with its footnote, year, currency and approximate flag, each only when present. */
function annotate<T extends ParsedValue>(
  value: Mutable<T>,
  notes: Stripped,
  currency?: "EUR",
  approximate = false
): T {
  if (notes.footnote !== undefined) value.footnote = notes.footnote;
  if (notes.year !== undefined) value.year = notes.year;
  if (currency !== undefined) value.currency = currency;
  if (approximate) value.approximate = true;
  return value as T;
}
