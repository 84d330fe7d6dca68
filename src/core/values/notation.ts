/**
 * Dutch budget notation as one explicit data object, passed to the parser with Dutch as the
 * default — the way date-fns passes a Locale. No notation regexes live outside this module and
 * the parser's modules (parseValue, parseMeasure, annotations, words).
 *
 * Words are matched case-insensitively; a word ending in "." also matches without it ("max" for "max.").
 */
export interface NotationLocale {
  readonly decimal: string;
  readonly group: string;
  /** Words that mean "at most" ('Maximaal 5 min', 'niet meer dan 3 klachten'). */
  readonly atMost: readonly string[];
  /** Words that mean "at least" ('minimaal 80%', 'tenminste 90% van de aanvragen'). */
  readonly atLeast: readonly string[];
  /** Words that mean "fewer than", a strict bound ('minder dan 5 dagen'). */
  readonly lessThan: readonly string[];
  /** Words that mean "more than", a strict bound ('meer dan 100 woningen'). */
  readonly moreThan: readonly string[];
  /** Words before a figure that make it approximate ('ca. 500', 'ruim 80%', '± 300'). */
  readonly approximateWords: readonly string[];
  /** Words between the two ends of a range ('65 tot 70 %'). */
  readonly rangeWords: readonly string[];
  /** Unit words after a figure that mean percent ('80 procent', '12 pct'). */
  readonly percentWords: readonly string[];
  readonly minuteWords: readonly string[];
  readonly dayWords: readonly string[];
  /** Weeks, read as seven days each ('max. 2 weken' → 14 days). */
  readonly weekWords: readonly string[];
  /** Euro signs and words, before or after the figure ('€ 1.200', '1.200 euro'). */
  readonly euroWords: readonly string[];
  /**
   * Unit words the parser does not convert: a figure followed by one is unreadable rather than a
   * plain count ('24 uur', '3 maanden', '1,2 miljoen' are not the counts 24, 3 and 1,2).
   */
  readonly unreadUnitWords: readonly string[];
  /** Words that put a measuring year beside a value: '7,5 (peiljaar 2019)', '8,1 in 2019'. */
  readonly yearWords: readonly string[];
  /** Short units of a count: "52,3 ha", "117 kg", "2.067.000 m2 groen". The figure stays a number. */
  readonly countUnitWords: readonly string[];
  /** A rate after the figure: "+50 per jaar", "1,5% p/jr.". The figure is read; the text keeps the rate. */
  readonly rateWords: readonly string[];
  /** Markers that mean "no figure"; the symbols need a legend, the words explain themselves. */
  readonly missingSymbols: readonly string[];
  readonly missingWords: readonly string[];
  readonly higherWords: readonly string[];
  readonly lowerWords: readonly string[];
}

export const nlNotation: NotationLocale = {
  decimal: ",",
  group: ".",
  atMost: [
    "maximaal",
    "max.",
    "max",
    "hoogstens",
    "ten hoogste",
    "niet meer dan",
    "niet hoger dan",
    "at most",
    "maximum",
  ],
  atLeast: [
    "minimaal",
    "min.",
    "ten minste",
    "tenminste",
    "minstens",
    "niet minder dan",
    "niet lager dan",
    "at least",
    "minimum",
  ],
  lessThan: ["minder dan", "lager dan", "kleiner dan", "less than", "fewer than"],
  moreThan: ["meer dan", "hoger dan", "groter dan", "more than"],
  approximateWords: [
    "ca.",
    "ca",
    "c.a.",
    "circa",
    "ongeveer",
    "ong.",
    "ruim",
    "bijna",
    "rond de",
    "zo'n",
    "zo’n",
    "plm.",
    "pl.m.",
    "naar schatting",
    "±",
    "+/-",
    "~",
    "≈",
    "about",
    "approximately",
  ],
  rangeWords: ["tot", "tot en met", "t/m", "-", "–", "to"],
  percentWords: ["%", "procent", "pct.", "percent"],
  minuteWords: ["minuten", "minuut", "min.", "min"],
  dayWords: ["werkdagen", "werkdag", "dagen", "dag", "days", "day"],
  weekWords: ["weken", "week", "wk.", "weeks"],
  euroWords: ["€", "eur", "euro", "euro's"],
  unreadUnitWords: [
    "uur",
    "uren",
    "seconden",
    "seconde",
    "sec.",
    "maanden",
    "maand",
    "mnd.",
    "jaren",
    "jaar",
    "kwartaal",
    "kwartalen",
    "duizend",
    "miljoen",
    "mln.",
    "miljard",
    "mld.",
    "hours",
    "months",
    "years",
  ],
  yearWords: [
    "peiljaar",
    "peildatum",
    "peil",
    "meetjaar",
    "meting",
    "stand",
    "in",
    "t/m",
    "tot en met",
    "tm",
  ],
  countUnitWords: [
    "ha",
    "kg",
    "km",
    "m2",
    "m²",
    "m3",
    "m³",
    "ton",
    "fte",
    "gj",
    "tj",
    "kwh",
    "mwh",
    "st.",
    "stuks",
  ],
  rateWords: [
    "per jaar",
    "per jr.",
    "p/jr.",
    "p/jr",
    "p.j.",
    "per maand",
    "per week",
    "per dag",
    "per kwartaal",
  ],
  missingSymbols: ["-", "–", "—", "*", "**", "x", "?"],
  missingWords: [
    "n.b.",
    "nb",
    "n.n.b.",
    "nnb",
    "n.v.t.",
    "nvt",
    "gnb",
    "nog niet bekend",
    "pm",
    "p.m.",
    "n/a",
    "na",
    "onbekend",
  ],
  higherWords: ["toename", "stijging", "groei", "hoger", "increase"],
  lowerWords: ["daling", "afname", "lager", "vermindering", "decrease"],
};
