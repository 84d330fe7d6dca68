import type { CellData } from "../workbook";
import { isCellError } from "../workbook";
import { nlNotation, type NotationLocale } from "./notation";
import { formatKind, timeFormatHasSeconds } from "./numberFormat";
import { parseNumberText, tidy } from "./parseNumber";
import { cleanText } from "./text";
import type { Comparator, Notation, ParsedValue, Unit } from "./types";

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

interface Stripped {
  readonly body: string;
  readonly footnote?: string;
  readonly year?: number;
}

/** "5,9 (*)" → body "5,9", footnote "*"; "7 (2013)" → year 2013; "4,6% 3)" → footnote "3". */
function stripAnnotations(text: string): Stripped {
  let body = text;
  let footnote: string | undefined;
  let year: number | undefined;
  const yearMatch = /\s*\((19|20)(\d{2})\)$/.exec(body);
  if (yearMatch) {
    year = Number(yearMatch[1]! + yearMatch[2]!);
    body = body.slice(0, yearMatch.index);
  }
  const noteMatch = /\s*(?:\((\*{1,3}|\d{1,2}|[a-z])\)|(\*{1,3})|\s(\d{1,2})\)|([¹²³⁴⁵⁶⁷⁸⁹]))$/.exec(body);
  if (noteMatch && noteMatch.index > 0) {
    footnote = noteMatch[1] ?? noteMatch[2] ?? noteMatch[3] ?? superscriptDigit(noteMatch[4]);
    body = body.slice(0, noteMatch.index);
  }
  return {
    body: body.trim(),
    ...(footnote !== undefined && { footnote }),
    ...(year !== undefined && { year }),
  };
}

function superscriptDigit(ch: string | undefined): string | undefined {
  if (ch === undefined) return undefined;
  return String("¹²³⁴⁵⁶⁷⁸⁹".indexOf(ch) + 1);
}

const WORD_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Is the text one of the words ('n.b.' or 'n.b')? The lookup set is built once per list. */
function matchesWord(text: string, words: readonly string[]): boolean {
  let set = WORD_SETS.get(words);
  if (!set) {
    set = new Set(words.flatMap((w) => [w, w.replace(/\.$/, "")]));
    WORD_SETS.set(words, set);
  }
  return set.has(text.toLowerCase());
}

const SORTED = new WeakMap<readonly string[], readonly string[]>();

/** The words, longest first, so "ten minste" is tried before "min". Sorted once per list. */
function longestFirst(words: readonly string[]): readonly string[] {
  let sorted = SORTED.get(words);
  if (!sorted) {
    sorted = [...words].sort((a, b) => b.length - a.length);
    SORTED.set(words, sorted);
  }
  return sorted;
}

/** Leading comparator: '≤ 5', '< 350', 'Maximaal 5 min', 'minimaal 80%'. */
function splitComparator(text: string, locale: NotationLocale): { op: Comparator; rest: string } | null {
  const symbol = /^(<=|=<|≤|>=|=>|≥|<|>)\s*(.*)$/.exec(text);
  if (symbol) {
    const map: Record<string, Comparator> = {
      "<=": "<=",
      "=<": "<=",
      "≤": "<=",
      ">=": ">=",
      "=>": ">=",
      "≥": ">=",
      "<": "<",
      ">": ">",
    };
    return { op: map[symbol[1]!]!, rest: symbol[2]! };
  }
  const lower = text.toLowerCase();
  for (const [words, op] of [
    [locale.atMost, "<="],
    [locale.atLeast, ">="],
  ] as const) {
    const word = longestFirst(words).find((w) => lower.startsWith(`${w} `) || lower.startsWith(`${w}:`));
    if (word) return { op, rest: text.slice(word.length).replace(/^[\s:]+/, "") };
  }
  return null;
}

interface Measure {
  readonly amount: number;
  readonly unit: Unit;
  readonly notation: Notation;
}

/** "8,3", "75%", "84,4 %", "8 min", "28 dagen gemiddeld", "2:17", "1.459". */
function parseMeasure(text: string, locale: NotationLocale): Measure | null {
  const clock = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?:\s*(?:min(?:uten)?\.?|uur))?$/i.exec(text);
  if (clock) {
    const [a, b, c] = [Number(clock[1]), Number(clock[2]), clock[3] === undefined ? null : Number(clock[3])];
    const amount = c === null ? a + b / 60 : a * 60 + b + c / 60;
    return { amount: tidy(amount), unit: "minutes", notation: "clock" };
  }
  const m = /^([+\-−]?[\d.,\s]*\d)\s*(%|[a-zA-Z.]+)?(?:\s+[a-zA-Z]+){0,2}$/.exec(text);
  if (!m) return null;
  const number = parseNumberText(m[1]!, locale);
  if (!number) return null;
  const unitWord = (m[2] ?? "").toLowerCase();
  if (unitWord === "%") return { amount: number.amount, unit: "percent", notation: "percent-text" };
  if (matchesWord(unitWord, locale.minuteWords))
    return { amount: number.amount, unit: "minutes", notation: "minutes-word" };
  if (matchesWord(unitWord, locale.dayWords))
    return { amount: number.amount, unit: "days", notation: "days-word" };
  // A count with a noun ("350 meldingen") is still a count.
  if (unitWord === "" || (/^[a-z]{4,}$/.test(unitWord) && !locale.rangeWords.includes(unitWord)))
    return { amount: number.amount, unit: "number", notation: number.notation };
  return null;
}

const RANGE_PATTERNS = new WeakMap<NotationLocale, RegExp>();

/** The locale's range pattern, built once per locale. */
function rangePattern(locale: NotationLocale): RegExp {
  let pattern = RANGE_PATTERNS.get(locale);
  if (!pattern) {
    const words = locale.rangeWords.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
    pattern = new RegExp(`^(.+?)\\s*(?:${words})\\s*(.+)$`, "i");
    RANGE_PATTERNS.set(locale, pattern);
  }
  return pattern;
}

/** '65 tot 70 %', '65-70%'. */
function parseRange(text: string, locale: NotationLocale): ParsedValue | null {
  const m = rangePattern(locale).exec(text);
  if (!m) return null;
  const high = parseMeasure(m[2]!, locale);
  if (!high) return null;
  const lowText = m[1]!;
  const low = parseMeasure(lowText, locale) ?? null;
  if (!low) return null;
  const unit = low.unit === "number" ? high.unit : low.unit;
  if (low.unit !== "number" && high.unit !== low.unit) return null;
  if (low.amount > high.amount) return null;
  return { kind: "range", min: low.amount, max: high.amount, unit, notation: high.notation, raw: text };
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

function parseText(input: string, locale: NotationLocale): ParsedValue {
  const raw = input;
  const text = cleanText(input).replace(/\n/g, " ");
  if (text === "") return { kind: "missing", marker: "", needsLegend: false, raw };
  if (locale.missingSymbols.includes(text)) return { kind: "missing", marker: text, needsLegend: true, raw };
  if (matchesWord(text, locale.missingWords))
    return { kind: "missing", marker: text, needsLegend: false, raw };

  const { body, ...notes } = stripAnnotations(text);
  if (body === "") return { kind: "unparseable", reason: "text", raw };
  if (matchesWord(body, locale.higherWords)) return { kind: "direction", direction: "higher", raw, ...notes };
  if (matchesWord(body, locale.lowerWords)) return { kind: "direction", direction: "lower", raw, ...notes };

  const comparator = splitComparator(body, locale);
  if (comparator) {
    const measure = parseMeasure(comparator.rest, locale);
    if (measure) return { kind: "bound", op: comparator.op, ...measure, raw, ...notes };
    return { kind: "unparseable", reason: "text", raw };
  }
  const measure = parseMeasure(body, locale);
  if (measure) return { kind: "quantity", ...measure, raw, ...notes };
  const range = parseRange(body, locale);
  if (range) return { ...range, raw, ...notes };
  return { kind: "unparseable", reason: "text", raw };
}
