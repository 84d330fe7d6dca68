/**
 * The text a Dutch (nl-NL) Excel displays for a cell value and number format: decimal comma,
 * thousands dot, Dutch month and day names, WAAR/ONWAAR, #N/B. Covers the common formats
 * (General, 0, 0.0, 0.00, #,##0, 0%, 0.0%, mm:ss, [h]:mm:ss, d-m-yyyy ...); anything it
 * cannot render is shown as General. Column width is ignored (no "####" for narrow columns).
 */
import type { CellValue } from "../core/workbook";
import { isCellError } from "../core/workbook";
import { dutchErrorText } from "./dutchErrors";
import type { FormatSection } from "./formatCode";
import { parseFormatCode } from "./formatCode";
import { renderDateTimeSection } from "./renderDateTime";
import { formatGeneral, renderNumberSection } from "./renderNumber";
import { MS_PER_DAY, dateToSerialMs, serialToMs } from "./serial";

export interface FormatTextOptions {
  /** The workbook's date system; needed to turn a Date back into its serial. */
  readonly date1904?: boolean;
}

/** The section Excel uses for a number, and whether it still needs a '-' for negatives. */
function pickSection(
  sections: readonly FormatSection[],
  value: number
): { section: FormatSection; signed: boolean } {
  const [positive, negative, zero] = sections;
  if (!positive) throw new Error("format without sections");
  if (value < 0 && negative) return { section: negative, signed: false };
  if (value === 0 && zero) return { section: zero, signed: false };
  return { section: positive, signed: true };
}

/**
 * Shown as General: fractions ("# ?/?") and other layouts the renderer does not know, and a
 * number in a text-formatted ("@") cell.
 */
function isSupportedNumberSection(section: FormatSection): boolean {
  const tokens = section.tokens;
  if (tokens.some((t) => t.kind === "literal" && !t.escaped && t.text === "/")) return false;
  return !tokens.some((t) => t.kind === "text");
}

function formatNumber(value: number, serialMs: number, format: string, date1904: boolean): string {
  const code = format.trim() === "" ? "General" : format;
  const { section, signed } = pickSection(parseFormatCode(code), value);
  if (section.isDateTime) return renderDateTimeSection(section, serialMs, date1904);
  if (!isSupportedNumberSection(section)) return formatGeneral(value);
  return renderNumberSection(section, value, signed);
}

export function formatText(value: CellValue, format: string, options: FormatTextOptions = {}): string {
  const date1904 = options.date1904 ?? false;
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (value instanceof Date) {
    const serialMs = dateToSerialMs(value, date1904);
    return formatNumber(serialMs / MS_PER_DAY, serialMs, format, date1904);
  }
  if (isCellError(value)) return dutchErrorText(value.error);
  if (!Number.isFinite(value)) return "#GETAL!";
  return formatNumber(value, serialToMs(value), format, date1904);
}
