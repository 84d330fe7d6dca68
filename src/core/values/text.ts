/** Text clean-up shared by the parser and the detector: odd spaces, zero-width characters, line breaks. */

const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u00AD]/g;
/**
 * The zero-width joiner and non-joiner hold emoji together ("👩‍👩‍👧") and shape Persian and Indic
 * words ("رضایت‌مندی"): kept between characters, dropped only where they join nothing.
 */
const STRAY_JOINER = /(^|\s)[\u200C\u200D]+|[\u200C\u200D]+(?=\s|$)/g;
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

/** Trim, drop zero-width characters, turn every kind of space into one plain space. Keeps line breaks. */
const NEEDS_CLEANING = /[\u00A0\u2000-\u200D\u202F\u205F\u3000\u2060\uFEFF\u00AD\t\r\n]| {2}|^ | $/;

export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(ZERO_WIDTH, "")
    .replace(ODD_SPACE, " ")
    .replace(STRAY_JOINER, "$1")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .trim();
}

/** cleanText on one line: line breaks become spaces. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\n+/g, " ");
}
