/**
 * Notations with words, as Dutch indicator tables type them: approximate figures, bounds in words,
 * a measuring year beside the value, thousands and euros typed as text. Each case asserts the whole
 * parsed value. Cells marked "corpus" are typed as published in a table of test/corpus/fixtures.
 */
import { nlNotation } from "../../src/core/values/notation";
import { parseValue } from "../../src/core/values/parseValue";
import type { Comparator, Notation, ParsedValue, Unit } from "../../src/core/values/types";

/** A parsed figure without its raw text, which each case adds from its input. */
type Expected = ParsedValue extends infer V
  ? V extends { kind: "quantity" | "bound" | "range" }
    ? Omit<V, "raw">
    : never
  : never;

const text = (value: string) => parseValue({ value, text: value, format: "General" });
const n = (amount: number, notation: Notation = "integer") =>
  ({ kind: "quantity", amount, unit: "number", notation }) as const;
const pct = (amount: number) =>
  ({ kind: "quantity", amount, unit: "percent", notation: "percent-text" }) as const;

describe("approximate figures keep the amount and say they are approximate", () => {
  it.each<[string, Expected]>([
    ["ca. 500", { ...n(500), approximate: true }],
    ["ca. 5", { ...n(5), approximate: true }],
    ["circa 500", { ...n(500), approximate: true }],
    ["ca 12%", { ...pct(12), approximate: true }],
    ["Ca. 8,5", { ...n(8.5, "decimal-comma"), approximate: true }],
    ["ongeveer 80", { ...n(80), approximate: true }],
    ["± 300", { ...n(300), approximate: true }],
    ["±300", { ...n(300), approximate: true }],
    ["bijna 70%", { ...pct(70), approximate: true }],
    ["ruim 80%", { ...pct(80), approximate: true }],
    ["ruim 1.200 woningen", { ...n(1200), approximate: true }],
    ["zo'n 40 procent", { ...pct(40), approximate: true }],
    [
      "ca. 65-70%",
      { kind: "range", min: 65, max: 70, unit: "percent", notation: "percent-text", approximate: true },
    ],
    [
      "ongeveer 5 tot 7 dagen",
      { kind: "range", min: 5, max: 7, unit: "days", notation: "days-word", approximate: true },
    ],
    ["circa 500 (2019)", { ...n(500), approximate: true, year: 2019 }],
  ])("%s", (input, expected) => {
    expect(text(input)).toEqual({ ...expected, raw: input });
  });
});

describe("bounds in words, with words after the figure", () => {
  const bound = (op: Comparator, amount: number, unit: Unit = "number", notation: Notation = "integer") =>
    ({ kind: "bound", op, amount, unit, notation }) as const;
  it.each<[string, Expected]>([
    ["minder dan 5", bound("<", 5)],
    ["minder dan 5 dagen", bound("<", 5, "days", "days-word")],
    ["Minder dan 5%", bound("<", 5, "percent", "percent-text")],
    ["meer dan 100 woningen", bound(">", 100)],
    ["meer dan 80 procent", bound(">", 80, "percent", "percent-text")],
    ["niet meer dan 3 klachten", bound("<=", 3)],
    ["niet minder dan 7", bound(">=", 7)],
    ["tenminste 90% van de aanvragen", bound(">=", 90, "percent", "percent-text")],
    ["ten minste 90 procent van de meldingen", bound(">=", 90, "percent", "percent-text")],
    ["> 90 procent", bound(">", 90, "percent", "percent-text")],
    ["≥ 12 pct", bound(">=", 12, "percent", "percent-text")],
    ["max. 2 weken", bound("<=", 14, "days", "days-word")],
    ["maximaal 8 weken", bound("<=", 56, "days", "days-word")],
    ["maximaal € 700", { ...bound("<=", 700), currency: "EUR" }],
    ["Meer dan 100 woningen (2019)¹", { ...bound(">", 100), year: 2019, footnote: "1" }],
    // corpus: Gouda; after a comparator the count may have a longer description
    ["Minimaal 22.000 bomen in openbaar gebied (peil 2006)", { ...bound(">=", 22000), year: 2006 }],
  ])("%s", (input, expected) => {
    expect(text(input)).toEqual({ ...expected, raw: input });
  });
});

describe("a value with its measuring year", () => {
  it.each<[string, Expected]>([
    ["7 (2013)", { ...n(7), year: 2013 }],
    ["7,5 (peiljaar 2019)", { ...n(7.5, "decimal-comma"), year: 2019 }],
    ["8,1 in 2019", { ...n(8.1, "decimal-comma"), year: 2019 }],
    ["2019: 7,5", { ...n(7.5, "decimal-comma"), year: 2019 }],
    ["7,5 (2019)*", { ...n(7.5, "decimal-comma"), year: 2019, footnote: "*" }],
    ["7,5* (2019)", { ...n(7.5, "decimal-comma"), year: 2019, footnote: "*" }],
    ["(2019) 7,5", { ...n(7.5, "decimal-comma"), year: 2019 }],
    ["7,5 [2019]", { ...n(7.5, "decimal-comma"), year: 2019 }],
    ["44,4 % (2020)", { ...pct(44.4), year: 2020 }],
    ["2019: € 248", { ...n(248), currency: "EUR", year: 2019 }],
    ["35% (meting 2016)", { ...pct(35), year: 2016 }], // corpus: 's-Hertogenbosch
    ["2022:\n€ 42,00", { ...n(42, "decimal-comma"), currency: "EUR", year: 2022 }], // corpus: Gouda
    ["2023 (april)\n9.7%", { ...pct(9.7), year: 2023 }], // corpus: Gouda
    [
      "65 tot 70 % (2019)",
      { kind: "range", min: 65, max: 70, unit: "percent", notation: "percent-text", year: 2019 },
    ],
  ])("%s", (input, expected) => {
    expect(text(input)).toEqual({ ...expected, raw: input });
  });
});

describe("thousands and euros typed as text", () => {
  it.each<[string, Expected]>([
    ["1.459", n(1459)],
    ["12.500", n(12500)],
    ["1 459", n(1459)],
    ["1\u00a0459", n(1459)],
    ["1.234.567", n(1234567)],
    ["1.459 *", { ...n(1459), footnote: "*" }],
    ["1.234,5", n(1234.5, "decimal-comma")],
    ["€ 1.200", { ...n(1200), currency: "EUR" }],
    ["€1.200", { ...n(1200), currency: "EUR" }],
    ["€ 12,50", { ...n(12.5, "decimal-comma"), currency: "EUR" }],
    ["€ 1.200,-", { ...n(1200), currency: "EUR" }],
    ["1.200,-", { ...n(1200), currency: "EUR" }],
    ["1.200 euro", { ...n(1200), currency: "EUR" }],
    [
      "€ 600 - € 700",
      { kind: "range", min: 600, max: 700, unit: "number", notation: "integer", currency: "EUR" },
    ],
    // A dot before other than three digits, or after a lone 0, is a decimal point.
    ["1.5", n(1.5, "decimal-point")],
    ["1.50", n(1.5, "decimal-point")],
    ["0.750", n(0.75, "decimal-point")],
  ])("%s", (input, expected) => {
    expect(text(input)).toEqual({ ...expected, raw: input });
  });
});

describe("units in words", () => {
  it.each<[string, Expected]>([
    ["80 procent", pct(80)],
    ["12 pct", pct(12)],
    ["12 pct.", pct(12)],
    ["30,%", pct(30)], // corpus: Ede, a decimal comma with nothing after it
    ["2 weken", { kind: "quantity", amount: 14, unit: "days", notation: "days-word" }],
    ["1,5 week", { kind: "quantity", amount: 10.5, unit: "days", notation: "days-word" }],
  ])("%s", (input, expected) => {
    expect(text(input)).toEqual({ ...expected, raw: input });
  });
});

describe("what stays unreadable rather than turn into a wrong figure", () => {
  it.each([
    "24 uur", // hours are not converted; "24" alone would be a count
    "3 maanden",
    "1,2 miljoen",
    "€ 5%",
    "ca.",
    "ruim",
    "minder dan",
    "meer dan veel",
    "ca. > 5",
    "500 ca.",
    "canon 5",
    "2019/2020: 5",
    "(2019)",
    "0.123.456",
    // numbered headings in a value column (corpus), not counts with a noun
    "2.1 Openbare orde en veiligheid",
    "1.1 Hengelo kent minder misdaad",
    "9 Ruimtelijke ordening en volkshuisvesting",
  ])("%s", (input) => {
    expect(text(input)).toEqual({ kind: "unparseable", reason: "text", raw: input });
  });
});

describe("the words come from the locale", () => {
  const english = {
    ...nlNotation,
    approximateWords: ["approx."],
    lessThan: ["below"],
    yearWords: ["measured"],
    percentWords: ["%", "percent"],
  };
  const inEnglish = (value: string) =>
    parseValue({ value, text: value, format: "General" }, { locale: english });

  it.each<[string, ParsedValue]>([
    ["approx. 500", { ...n(500), approximate: true, raw: "approx. 500" }],
    [
      "below 5 percent",
      {
        kind: "bound",
        op: "<",
        amount: 5,
        unit: "percent",
        notation: "percent-text",
        raw: "below 5 percent",
      },
    ],
    ["7.5 (measured 2019)", { ...n(7.5, "decimal-point"), year: 2019, raw: "7.5 (measured 2019)" }],
    ["ca. 500", { kind: "unparseable", reason: "text", raw: "ca. 500" }],
    ["minder dan 5", { kind: "unparseable", reason: "text", raw: "minder dan 5" }],
    ["7,5 (peiljaar 2019)", { kind: "unparseable", reason: "text", raw: "7,5 (peiljaar 2019)" }],
  ])("%s", (input, expected) => {
    expect(inEnglish(input)).toEqual(expected);
  });
});

describe("counts with a short unit, rates and a second figure in brackets", () => {
  it.each([
    ["2017: 174 kg", { kind: "quantity", amount: 174, unit: "number", year: 2017 }],
    ["52,3 ha (2013)", { kind: "quantity", amount: 52.3, unit: "number", year: 2013 }],
    ["2.067.000 m2 groen", { kind: "quantity", amount: 2067000, unit: "number" }],
    ["+50 per jaar", { kind: "quantity", amount: 50, unit: "number" }],
    ["1,5% p/jr.", { kind: "quantity", amount: 1.5, unit: "percent" }],
    // corpus: Ede, a figure with the netto figure in brackets; Midden-Drenthe, last year's below it
    ["617 (587)", { kind: "quantity", amount: 617, unit: "number" }],
    ["6,82\n(6,54)", { kind: "quantity", amount: 6.82, unit: "number" }],
    ["+73 (t/m 2016)³", { kind: "quantity", amount: 73, unit: "number", year: 2016, footnote: "3" }],
    // a one- or two-digit bracket stays a footnote marker
    ["8 (12)", { kind: "quantity", amount: 8, unit: "number", footnote: "12" }],
  ])("%s", (input, expected) => {
    expect(text(input)).toMatchObject(expected);
  });
});
