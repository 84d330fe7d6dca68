import type { NotationLocale } from "./notation";
import { parseNumberText, tidy } from "./parseNumber";
import type { Notation, Unit } from "./types";
import { afterLeadingWord, alternation, matchesWord } from "./words";

/** A figure with its unit: the part of a value that is neither a comparator nor an annotation. */
export interface Measure {
  readonly amount: number;
  readonly unit: Unit;
  readonly notation: Notation;
  /** Money: '€ 1.200' and '1.200 euro'. The unit stays "number". */
  readonly currency?: "EUR";
}

const DAYS_PER_WEEK = 7;
/**
 * Words allowed after a count's noun: "350 meldingen per jaar". More words after a bare figure make
 * a numbered heading ("2.1 Openbare orde en veiligheid"); after a comparator or an approximate word
 * they are the count's description ("Minimaal 22.000 bomen in openbaar gebied").
 */
export const WORDS_AFTER_NOUN = { figure: 2, described: 4 } as const;
const CLOCK = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?:\s*(?:min(?:uten)?\.?|uur))?$/i;
/** A figure, one unit word (or '%'), and up to four words after it: '90% van de aanvragen'. */
const FIGURE = /^([+\-−]?[\d.,\s]*\d,?)\s*(%|[\p{L}.'’]+[23²³]?)?((?:\s+[\p{L}'’-]+){0,4})$/u;
const DANGLING_DECIMAL = /(?<=\d),$/;
/** ',-' after whole euros: '€ 1.200,-'. */
const WHOLE_EUROS = /,[-–]{1,2}$/;
const TRAILING_EUROS = new WeakMap<NotationLocale, RegExp>();

/** '1.200 euro', '12,50 €': the euro word after the figure, built once per locale. */
function trailingEuro(locale: NotationLocale): RegExp {
  let pattern = TRAILING_EUROS.get(locale);
  if (!pattern) {
    pattern = new RegExp(`^(.*\\d(?:,[-–]{1,2})?)\\s*(?:${alternation(locale.euroWords)})$`, "i");
    TRAILING_EUROS.set(locale, pattern);
  }
  return pattern;
}

/** '€ 1.200' → '1.200'; '1.200 euro' → '1.200'; '€ 1.200,-' and '1.200,-' → '1.200'; otherwise null. */
function withoutEuro(text: string, locale: NotationLocale): string | null {
  const figure =
    afterLeadingWord(text, locale.euroWords) ??
    (isDigit(text.charCodeAt(text.length - 1)) ? null : trailingEuro(locale).exec(text)?.[1]) ??
    (WHOLE_EUROS.test(text) ? text : null);
  return figure === null ? null : figure.replace(WHOLE_EUROS, "").trim();
}

/**
 * "8,3", "75%", "84,4 %", "80 procent", "8 min", "28 dagen gemiddeld", "2 weken" (14 days), "2:17",
 * "1.459", "350 meldingen", "€ 12,50". Null for anything else, and for a unit it does not convert
 * ('24 uur', '3 maanden').
 */
export function parseMeasure(
  text: string,
  locale: NotationLocale,
  wordsAfterNoun: number = WORDS_AFTER_NOUN.figure
): Measure | null {
  const clock = CLOCK.exec(text);
  if (clock) {
    const [a, b, c] = [Number(clock[1]), Number(clock[2]), clock[3] === undefined ? null : Number(clock[3])];
    const amount = c === null ? a + b / 60 : a * 60 + b + c / 60;
    return { amount: tidy(amount), unit: "minutes", notation: "clock" };
  }
  const euros = withoutEuro(text, locale);
  if (euros !== null) {
    const money = parseFigure(euros, locale, wordsAfterNoun);
    return money?.unit === "number" ? { ...money, currency: "EUR" } : null;
  }
  return parseFigure(withoutRate(text, locale), locale, wordsAfterNoun);
}

const TRAILING_RATES = new WeakMap<NotationLocale, RegExp>();

/** '+50 per jaar' → '+50'; '1,5% p/jr.' → '1,5%'. The pattern is built once per locale. */
function withoutRate(text: string, locale: NotationLocale): string {
  let pattern = TRAILING_RATES.get(locale);
  if (!pattern) {
    pattern = new RegExp(`(?<=[\\d%])\\s*(?:${alternation(locale.rateWords)})$`, "i");
    TRAILING_RATES.set(locale, pattern);
  }
  return text.replace(pattern, "");
}

function parseFigure(text: string, locale: NotationLocale, wordsAfterNoun: number): Measure | null {
  const m = FIGURE.exec(text);
  if (!m) return null;
  // "30,%": a decimal comma with no decimals after it is the whole number.
  const number = parseNumberText(m[1]!.replace(DANGLING_DECIMAL, ""), locale);
  if (!number) return null;
  const { amount } = number;
  const unitWord = (m[2] ?? "").toLowerCase();
  if (unitWord === "") return { amount, unit: "number", notation: number.notation };
  if (matchesWord(unitWord, locale.percentWords))
    return { amount, unit: "percent", notation: "percent-text" };
  if (matchesWord(unitWord, locale.minuteWords)) return { amount, unit: "minutes", notation: "minutes-word" };
  if (matchesWord(unitWord, locale.dayWords)) return { amount, unit: "days", notation: "days-word" };
  if (matchesWord(unitWord, locale.weekWords))
    return { amount: tidy(amount * DAYS_PER_WEEK), unit: "days", notation: "days-word" };
  if (matchesWord(unitWord, locale.countUnitWords) && wordCount(m[3]!) <= wordsAfterNoun)
    return { amount, unit: "number", notation: number.notation };
  // A count with a noun ("350 meldingen", "1.200 woningen") is still a count; a longer text after
  // a figure is a numbered heading ("2.1 Openbare orde en veiligheid"), not a value.
  const noun =
    wordCount(m[3]!) <= wordsAfterNoun &&
    /^\p{L}{4,}$/u.test(unitWord) &&
    !matchesWord(unitWord, locale.rangeWords) &&
    !matchesWord(unitWord, locale.unreadUnitWords) &&
    !matchesWord(unitWord, locale.euroWords);
  return noun ? { amount, unit: "number", notation: number.notation } : null;
}

function wordCount(words: string): number {
  const trimmed = words.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
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

/** Both ends of a range with their unit: '65 tot 70 %'. */
export interface RangeMeasure {
  readonly min: number;
  readonly max: number;
  readonly unit: Unit;
  readonly notation: Notation;
  readonly currency?: "EUR";
}

/** '65 tot 70 %', '65-70%', '€ 600 - € 700'. */
export function parseRange(
  text: string,
  locale: NotationLocale,
  wordsAfterNoun: number = WORDS_AFTER_NOUN.figure
): RangeMeasure | null {
  const m = rangePattern(locale).exec(text);
  if (!m) return null;
  const high = parseMeasure(m[2]!, locale, wordsAfterNoun);
  if (!high) return null;
  const low = parseMeasure(m[1]!, locale);
  if (!low) return null;
  const unit = low.unit === "number" ? high.unit : low.unit;
  if (low.unit !== "number" && high.unit !== low.unit) return null;
  if (low.amount > high.amount) return null;
  const currency = low.currency ?? high.currency;
  const range = { min: low.amount, max: high.amount, unit, notation: high.notation };
  return currency ? { ...range, currency } : range;
}
