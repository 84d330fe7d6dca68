/** What an Excel number format code says about its value: a percentage, a time, a date, or a plain number. */

export type FormatKind = "percent" | "time" | "date" | "number";

/** Drops quoted literals, escaped characters and colour/locale brackets, keeping [h]/[mm]/[ss]. */
function formatTokens(format: string): string {
  const firstSection = format.split(";")[0] ?? "";
  return firstSection
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .toLowerCase();
}

const KINDS = new Map<string, FormatKind>();

/** A workbook uses a handful of format codes over thousands of cells: each is classified once. */
export function formatKind(format: string): FormatKind {
  let kind = KINDS.get(format);
  if (kind === undefined) {
    kind = classifyFormat(format);
    if (KINDS.size < 1000) KINDS.set(format, kind);
  }
  return kind;
}

function classifyFormat(format: string): FormatKind {
  if (!format || /^general$/i.test(format.trim()) || format === "@") return "number";
  const tokens = formatTokens(format);
  if (tokens.includes("%")) return "percent";
  if (/[dy]/.test(tokens)) return "date";
  if (/[hs]/.test(tokens)) return "time";
  if (/m/.test(tokens)) return "date"; // a lone m/mm/mmm is a month
  return "number";
}

/** True when a time format shows seconds (mm:ss, [h]:mm:ss), so the serial is an exact duration. */
export function timeFormatHasSeconds(format: string): boolean {
  return /s/.test(formatTokens(format));
}
