/** Starts a spreadsheet reads as a formula or command (OWASP "CSV injection"). */
const TRIGGER = /^[=+\-@\t\r]/;
/** Harmless texts that start with a trigger: a plain (signed) number or a dash marker ('-', '–'). */
const HARMLESS = /^(?:[+-]?\d+(?:[.,]\d+)*%?|[-–—]+)$/;

/**
 * Makes a text safe for CSV and other plain-text exports that a spreadsheet may open: a text that
 * would start a formula gets a leading apostrophe, which spreadsheets show as text.
 * neutraliseFormula("=HYPERLINK(…)") → "'=HYPERLINK(…)"; neutraliseFormula("-") → "-"; neutraliseFormula("-5") → "-5".
 * Not needed for .xlsx written with exceljs (strings are stored as strings, never as formulas).
 */
export function neutraliseFormula(text: string): string {
  return TRIGGER.test(text) && !HARMLESS.test(text) ? `'${text}` : text;
}
