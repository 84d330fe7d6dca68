/**
 * Names as the relation table and the indicator table write them differ in case, punctuation,
 * trailing periods, spacing and footnote markers. normaliseName makes them comparable:
 * "% Terugbellen binnen 1 werkdag." → "terugbellen binnen 1 werkdag".
 */
import { oneLine } from "../values/text";

/** Removes a trailing "norm: 5 min" part; the norm itself is read by readNameNorm. */
export function stripNormPart(name: string): string {
  return name.replace(/[\s,;(]*\bnorm\b\s*:?.*$/i, "");
}

/** Removes a source note at the end of a name: "… vereniging.\nbron: Sportparticipatie" → "… vereniging.". */
export function stripSourcePart(name: string): string {
  return name.replace(/[\s(]*\bbron\s*:.*$/i, "");
}

/** Removes footnote markers at the end of a name: "Indicator 1)", "Indicator (*)", "Indicator*". */
export function stripFootnote(name: string): string {
  return name.replace(/\s*(?:\((?:\*{1,3}|\d{1,2})\)|\*{1,3}|\s\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹])\s*[.;]?$/, "");
}

/** Lower case, no punctuation, digits grouped ("14 050" → "14050"), single spaces. Keeps "/" for shorthand. */
export function normaliseKeepSlash(text: string): string {
  return oneLine(text)
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’'"“”`]/g, "")
    .replace(/\s*\/\s*/g, "/")
    .replace(/[^\p{L}\p{N}/\s]+/gu, " ")
    .replace(/(\d)\s+(?=\d{3}\b)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** Most names are plain already: lower-case letters and digits, single spaces, no digit groups or norm part. */
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const NEEDS_WORK = /\d \d{3}\b|\bnorm\b|\bbron\b/;

export function normaliseName(text: string): string {
  const lower = text.toLowerCase();
  if (PLAIN.test(lower) && !NEEDS_WORK.test(lower)) return lower;
  return normaliseKeepSlash(stripNormPart(stripFootnote(stripSourcePart(oneLine(text)))))
    .replace(/\//g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
