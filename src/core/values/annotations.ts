import type { NotationLocale } from "./notation";
import { alternation } from "./words";

/** A value's text without its annotations, and the annotations it had. */
export interface Stripped {
  readonly body: string;
  readonly footnote?: string;
  readonly year?: number;
}

const YEAR = "((?:19|20)\\d{2})";
/** '(2019) 7,5', '[2019] 7,5', '2019: 7,5', '2023 (april) 9,7%' (a year with its month, as a heading). */
const LEADING_YEAR = new RegExp(
  `^(?:[([]${YEAR}[)\\]]\\s*|${YEAR}(?:\\s*\\(\\p{L}{3,10}\\.?\\))?\\s*:\\s*|${YEAR}\\s*\\(\\p{L}{3,10}\\.?\\)\\s+)(?=\\S)`,
  "u"
);
/** '5,9 (*)', '4,6% 3)', '14 050*', '7,2¹', '8 [a]'. */
const FOOTNOTE =
  /\s*(?:\((\*{1,3}|\d{1,2}|[a-z])\)|\[(\*{1,3}|\d{1,2}|[a-z])\]|(\*{1,3})|\s(\d{1,2})\)|([¹²³⁴⁵⁶⁷⁸⁹]))$/;

/** A figure in brackets that is no footnote marker: three digits or more, decimals, or a percentage. */
const COMPARISON = /\s*\(\s*[-+−]?(?:\d[\d.]{2,}|\d+,\d+|\d+(?:,\d+)?\s*%)\s*\)$/;

const TRAILING_YEARS = new WeakMap<NotationLocale, RegExp>();

/** '7 (2013)', '7,5 [2019]', '7,5 (peiljaar 2019)', '8,1 in 2019': built once per locale. */
function trailingYear(locale: NotationLocale): RegExp {
  let pattern = TRAILING_YEARS.get(locale);
  if (!pattern) {
    const words = alternation(locale.yearWords);
    pattern = new RegExp(`\\s*(?:[([](?:(?:${words})\\s+)?${YEAR}[)\\]]|\\s(?:${words})\\s+${YEAR})$`, "i");
    TRAILING_YEARS.set(locale, pattern);
  }
  return pattern;
}

/**
 * Splits the annotations off a value's text, in any order: "5,9 (*)" → body "5,9", footnote "*";
 * "7 (2013)", "(2019) 7,5", "2019: 7,5", "8,1 in 2019" → year; "7,5 (2019)*" → year and footnote.
 * Each kind is taken once; what is left is the body.
 */
export function stripAnnotations(text: string, locale: NotationLocale): Stripped {
  let body = text;
  let footnote: string | undefined;
  let year: number | undefined;
  for (let pass = 0; pass < 2; pass++) {
    const before = body;
    if (year === undefined) {
      const trailing = trailingYear(locale).exec(body);
      const leading = trailing ? null : LEADING_YEAR.exec(body);
      if (trailing && trailing.index > 0) {
        year = Number(trailing[1] ?? trailing[2]);
        body = body.slice(0, trailing.index);
      } else if (leading) {
        year = Number(leading[1] ?? leading[2] ?? leading[3]);
        body = body.slice(leading[0].length);
      }
    }
    // "6,82 (6,54)", "617 (587)": a second figure in brackets (last year's, or netto) is a note.
    const comparison = COMPARISON.exec(body);
    if (comparison && comparison.index > 0) body = body.slice(0, comparison.index);
    if (footnote === undefined) {
      const note = FOOTNOTE.exec(body);
      if (note && note.index > 0) {
        footnote = note[1] ?? note[2] ?? note[3] ?? note[4] ?? superscriptDigit(note[5]);
        body = body.slice(0, note.index);
      }
    }
    if (body === before) break;
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
