import type { NormSpec } from "../findings/types";
import type { Unit } from "../values/types";

export type Lang = "nl" | "en";

const FORMATS: Readonly<Record<Lang, Intl.NumberFormat>> = {
  nl: new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2, useGrouping: true }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2, useGrouping: true }),
};

/** 8.3 → "8,3" (nl) or "8.3" (en); at most two decimals. */
export function formatAmount(n: number, lang: Lang): string {
  const rounded = Math.round(n * 100) / 100;
  return FORMATS[lang].format(rounded);
}

/** A duration in minutes as the budget writes it: 2.2833 → "2:17"; whole minutes as "8 min". */
export function formatQuantity(amount: number, unit: Unit, lang: Lang): string {
  switch (unit) {
    case "percent":
      return `${formatAmount(amount, lang)}%`;
    case "minutes": {
      if (Number.isInteger(amount)) return `${amount} min`;
      const total = Math.round(amount * 60);
      return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
    }
    case "days":
      return `${formatAmount(amount, lang)} ${lang === "nl" ? (amount === 1 ? "dag" : "dagen") : amount === 1 ? "day" : "days"}`;
    default:
      return formatAmount(amount, lang);
  }
}

const OP: Readonly<Record<Lang, Readonly<Record<NormSpec["op"], string>>>> = {
  nl: { "<=": "ten hoogste", "<": "minder dan", ">=": "ten minste", ">": "meer dan" },
  en: { "<=": "at most", "<": "less than", ">=": "at least", ">": "more than" },
};

export function formatNorm(norm: NormSpec, lang: Lang): string {
  return `${OP[lang][norm.op]} ${formatQuantity(norm.amount, norm.unit, lang)}`;
}

export const UNIT_NAMES: Readonly<Record<Lang, Readonly<Record<Unit, string>>>> = {
  nl: { number: "een getal", percent: "een percentage", minutes: "minuten", days: "dagen" },
  en: { number: "a number", percent: "a percentage", minutes: "minutes", days: "days" },
};

/** The notation families that value/mixed-notation names. */
export const NOTATION_NAMES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  nl: {
    clock: "als klok",
    words: "in minuten",
    days: "in dagen",
    comma: "met decimale komma",
    point: "met decimale punt",
    percent: "met %",
    plain: "zonder %",
  },
  en: {
    clock: "as a clock",
    words: "in minutes",
    days: "in days",
    comma: "with a decimal comma",
    point: "with a decimal point",
    percent: "with %",
    plain: "without %",
  },
};

/** "als klok (6:36) en in minuten (7 min)": each notation with the row's own example. */
export function notationList(
  notations: readonly string[],
  lang: Lang,
  examples: readonly string[] = []
): string {
  return notations
    .map((n, i) => {
      const name = NOTATION_NAMES[lang][n] ?? n;
      const example = examples[i];
      return example ? `${name} (${example})` : name;
    })
    .join(lang === "nl" ? " en " : " and ");
}
