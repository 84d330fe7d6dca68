import { CANDIDATE_REASONS } from "./candidateReasons";
import { quoteSheetName } from "../address";
import { formatNorm, formatQuantity, notationList, UNIT_NAMES } from "./formatNumber";
import type { MessageCatalogue } from "./catalogue";
import { lowerIsBetter, referencePlace } from "./referencePlace";

const REASON = {
  text: "is not a number, percentage or duration",
  "error-value": "is an error value",
  date: "is a date where a number belongs",
  boolean: "is TRUE/FALSE where a number belongs",
} as const;

const TABLE = {
  indicators: "indicator table",
  mapping: "relation table (result ↔ performance indicator)",
  explanations: "explanations",
} as const;

const WHY_NOT = CANDIDATE_REASONS.en;

const ASSUMED =
  " Higher is taken to be better: nothing in the row says so. If lower is better, set that in Settings.";

const KIND = {
  name: "name",
  achieved: "achieved",
  target: "target",
  baseline: "baseline",
  norm: "norm",
} as const;

export const en: MessageCatalogue = {
  "value/unparseable": (f) => `'${f.params.raw}' ${REASON[f.params.reason]}; the value cannot be assessed.`,
  "value/missing": (f) =>
    f.params.marker
      ? `No value for ${f.year ?? "this year"} ('${f.params.marker}').`
      : `No value for ${f.year ?? "this year"}.`,
  "value/undefined-marker": (f) =>
    `The marker '${f.params.marker}' is not explained anywhere: add a legend or footnote saying what '${f.params.marker}' means.`,
  "value/mixed-notation": (f) =>
    `This row writes one quantity in different notations (${notationList(f.params.notations, "en", f.params.examples)}); differing: ${f.params.cells.join(", ")}.`,
  "norm/breach": (f) =>
    `Norm not met in ${f.year}: ${formatQuantity(f.params.value, f.params.norm.unit, "en")} while the norm is ${formatNorm(f.params.norm, "en")}.` +
    (f.params.directionAssumed ? ASSUMED : ""),
  "norm/unit-mismatch": (f) =>
    `'${f.params.raw}' is ${UNIT_NAMES.en[f.params.unit]}, the norm ${formatNorm(f.params.norm, "en")} is not: units differ, so no verdict.`,
  "target/missed": (f) =>
    (f.params.sameYear
      ? `Target for ${f.year} missed: ${f.params.raw} against ${formatNorm(f.params.target, "en")}.`
      : `${f.year}: ${f.params.raw} has not yet reached the ${f.params.targetYear} target (${formatNorm(f.params.target, "en")}).`) +
    (f.params.directionAssumed ? ASSUMED : ""),
  "target/missing": (f) => `No target for the budget year ${f.params.year}.`,
  "mapping/unknown-indicator": (f) =>
    `'${f.params.reference}' is not a known performance indicator${f.params.suggestion ? `; did you mean '${f.params.suggestion}'?` : "."}`,
  "mapping/approximate-match": (f) =>
    f.params.programme === undefined
      ? `'${f.params.reference}' was linked to '${f.params.matched}' (nearly the same name); check the spelling.`
      : `'${f.params.reference}' is not in this programme; linked to '${f.params.matched}' of programme ${f.params.programme}. Check that this is intended.`,
  "mapping/result-without-indicator": () => `This result has no performance indicator.`,
  "mapping/unmapped-indicator": (f) => `'${f.params.name}' belongs to no result in the relation table.`,
  "indicator/duplicate": (f) =>
    `'${f.params.name}' already appears in ${f.params.firstCell}; an indicator may appear only once.`,
  "explanation/missing-for-breach": (f) =>
    `${f.params.code === "norm/breach" ? "Norm" : "Target"} not met in ${f.params.year}, but '${f.params.name}' has no explanation.`,
  "explanation/unknown-indicator": (f) =>
    `Explanation for '${f.params.name}', but that indicator is not in the indicator table${f.params.suggestion ? `; did you mean '${f.params.suggestion}'?` : "."}`,
  "explanation/other-programme": (f) =>
    `Explanation for '${f.params.name}', an indicator that is not in this programme; linked to '${f.params.matched}' of programme ${f.params.programme}.`,
  "table/not-found": (f) =>
    `No ${TABLE[f.params.kind]} found. Put headers above the table or choose its range in Settings.` +
    (f.params.candidates?.length
      ? ` Rows that looked most like a header: ${f.params.candidates
          .map((c) => `${quoteSheetName(c.sheet)}!${c.cell} ('${c.header}': ${WHY_NOT[c.reason]})`)
          .join("; ")}.`
      : ""),
  "table/columns-inferred": (f) =>
    `Columns recognised by their place or content, not by a header word: ${f.params.columns
      .map((c) => `${c.column} = ${KIND[c.kind]}${c.year === null ? "" : ` ${c.year}`}`)
      .join(", ")}. If this is wrong, choose the table's range yourself in Settings.`,
  "compare/value-differs": (f) =>
    `Achieved ${f.year} is ${f.params.raw} here (${f.cell}); in ${f.params.reference} it is ${f.params.referenceRaw} (${referencePlace(f.params, f.sheet)}). A realisation copied from one document to the next should stay the same.`,
  "compare/target-changed": (f) =>
    `${f.params.ambition === "lowered" ? "Lower" : "Higher"} ambition: the target for ${f.year} is ${f.params.raw} here (${f.cell}); in ${f.params.reference} it is ${f.params.referenceRaw} (${referencePlace(f.params, f.sheet)}).` +
    (lowerIsBetter(f.params) ? " For this indicator lower is better." : ""),
  "compare/norm-changed": ({ params: p, sheet }) => {
    const place = referencePlace(p, sheet);
    if (p.norm === null)
      return `There is no norm here any more; in ${p.reference} it was ${formatNorm(p.referenceNorm!, "en")} (${place}). Was the norm dropped on purpose?`;
    if (p.referenceNorm === null)
      return `The norm ${formatNorm(p.norm, "en")} is new: ${p.reference} has no norm for this indicator (${place}).`;
    return `The norm is ${formatNorm(p.norm, "en")} here; in ${p.reference} it is ${formatNorm(p.referenceNorm, "en")} (${place}). A norm seldom changes: explain the change.`;
  },
  "compare/indicator-removed": (f) =>
    `'${f.params.name}' is in ${f.params.reference} (${referencePlace(f.params, null)}) but not in this workbook: was it dropped on purpose?`,
  "compare/indicator-added": (f) =>
    `'${f.params.name}' is new: ${f.params.reference} does not have this indicator.`,
  "compare/approximate-pair": (f) =>
    `'${f.params.name}' was compared with '${f.params.referenceName}' in ${f.params.reference} (${referencePlace(f.params, f.sheet)}): the names are alike but not the same. Check that it is the same indicator.`,
};
