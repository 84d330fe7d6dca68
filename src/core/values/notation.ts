/**
 * Dutch budget notation as one explicit data object, passed to the parser with Dutch as the
 * default — the way date-fns passes a Locale. No notation regexes live outside this module and
 * parseValue.
 */
export interface NotationLocale {
  readonly decimal: string;
  readonly group: string;
  /** Words that mean "at most" ('Maximaal 5 min'). */
  readonly atMost: readonly string[];
  /** Words that mean "at least" ('minimaal 80%'). */
  readonly atLeast: readonly string[];
  /** Words between the two ends of a range ('65 tot 70 %'). */
  readonly rangeWords: readonly string[];
  readonly minuteWords: readonly string[];
  readonly dayWords: readonly string[];
  /** Markers that mean "no figure"; the symbols need a legend, the words explain themselves. */
  readonly missingSymbols: readonly string[];
  readonly missingWords: readonly string[];
  readonly higherWords: readonly string[];
  readonly lowerWords: readonly string[];
}

export const nlNotation: NotationLocale = {
  decimal: ",",
  group: ".",
  atMost: ["maximaal", "max.", "max", "hoogstens", "ten hoogste", "niet meer dan", "at most", "maximum"],
  atLeast: ["minimaal", "min.", "ten minste", "tenminste", "minstens", "at least", "minimum"],
  rangeWords: ["tot", "tot en met", "t/m", "-", "–", "to"],
  minuteWords: ["minuten", "minuut", "min.", "min"],
  dayWords: ["werkdagen", "werkdag", "dagen", "dag", "days", "day"],
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
