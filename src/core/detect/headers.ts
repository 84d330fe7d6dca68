/**
 * What a header cell says, in Dutch or English: the name column, a year column (achieved,
 * target, standing norm), a result column, an explanation column or an attribute.
 */
import type { ObservationKind } from "../model/types";

export type HeaderRole =
  | { readonly role: "name" }
  | { readonly role: "name-part" }
  | { readonly role: "result" }
  | { readonly role: "explanation" }
  | { readonly role: "value"; readonly kind: ObservationKind; readonly year: number | null }
  /** A kind word waiting for its year in the header row below ("Behaald" over "2022 | 2023"). */
  | { readonly role: "value-word"; readonly kind: ObservationKind }
  | { readonly role: "year"; readonly year: number }
  | { readonly role: "attribute"; readonly attribute: string }
  | { readonly role: "unknown" };

const NAME =
  /^(prestatie-?indicator(?:en)?(?:\(en\))?|effect-?indicator(?:en)?(?:\(en\))?|indicator(?:en)?(?:\(en\))?|naam|kengetal(?:len)?|indicators?|name|product\/dienst|product|dienst|omschrijving|performance indicators?)$/;
const NAME_PART = /^(servicenorm|norm(?:omschrijving)?\s+dienstverlening|subindicator)$/;
const RESULT =
  /^(resultaat|resultaten|results?|wat willen we bereiken(?: \(resultaten\))?|doelstelling(?:en)?|beoogd(?:e)? resulta(?:at|ten))$/;
const EXPLANATION = /^(toelichting|nadere toelichting|explanation)$/;
const ATTRIBUTES: Record<string, string> = {
  nr: "nr",
  "nr.": "nr",
  nummer: "nr",
  no: "nr",
  "#": "nr",
  bron: "bron",
  source: "bron",
  eenheid: "eenheid",
  unit: "eenheid",
  status: "status",
  opmerking: "opmerking",
  opmerkingen: "opmerking",
  peildatum: "peildatum",
  meetmethode: "meetmethode",
  frequentie: "frequentie",
  trend: "trend",
};

const ACHIEVED = [
  "behaald",
  "realisatie",
  "werkelijk",
  "rekening",
  "gerealiseerd",
  "actual",
  "achieved",
  "realised",
  "realized",
  "r",
];
const TARGET = ["beoogd", "begroting", "streefwaarde", "raming", "doel", "streven", "target", "planned", "b"];
const NORM = ["norm", "streefwaarde", "standaard", "servicenorm", "standard"];

function yearOf(text: string): number | null {
  const m = /(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/.exec(text);
  return m ? Number(m[1]) : null;
}

function normaliseHeader(input: string): string {
  return input
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[:*]+$/, "")
    .trim();
}

/** The quick question detection asks of every row: does this cell head a name or result column? */
export function isNameOrResultHeader(input: string): boolean {
  if (input.length > 60) return false;
  const text = normaliseHeader(input);
  return NAME.test(text) || RESULT.test(text);
}

/** Header cell text → its role. `text` may contain line breaks ("Behaald\n2022"). */
export function classifyHeader(input: string): HeaderRole {
  const text = input
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[:*]+$/, "")
    .trim();
  if (text === "") return { role: "unknown" };
  if (/^(?:19|20)\d{2}$/.test(text)) return { role: "year", year: Number(text) };
  const compact = /^([rb])\s?((?:19|20)\d{2})$/.exec(text);
  if (compact)
    return { role: "value", kind: compact[1] === "r" ? "achieved" : "target", year: Number(compact[2]) };
  if (NAME.test(text)) return { role: "name" };
  if (NAME_PART.test(text)) return { role: "name-part" };
  if (RESULT.test(text)) return { role: "result" };
  if (EXPLANATION.test(text)) return { role: "explanation" };
  const attribute = ATTRIBUTES[text];
  if (attribute) return { role: "attribute", attribute };

  const year = yearOf(text);
  const words = text
    .replace(/(?:19|20)\d{2}/g, " ")
    .replace(/[^a-z ]/g, " ")
    .split(" ")
    .filter(Boolean);
  if (words.length === 0 || words.length > 3) return { role: "unknown" };
  const first = words[0]!;
  if (year !== null) {
    if (ACHIEVED.includes(first)) return { role: "value", kind: "achieved", year };
    if (TARGET.includes(first)) return { role: "value", kind: "target", year };
    if (NORM.includes(first)) return { role: "value", kind: "target", year };
    return { role: "unknown" };
  }
  // Norm or Streefwaarde with no year is a standing norm.
  if (words.length === 1 && NORM.includes(first)) return { role: "value", kind: "norm", year: null };
  if (words.length === 1 && ACHIEVED.includes(first) && first.length > 1)
    return { role: "value-word", kind: "achieved" };
  if (words.length === 1 && TARGET.includes(first) && first.length > 1)
    return { role: "value-word", kind: "target" };
  return { role: "unknown" };
}
