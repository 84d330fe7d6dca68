/** Renders a serial date/time through a date/time format section, as a Dutch Excel shows it. */
import type { FormatSection, FormatToken } from "./formatCode";
import { MS_PER_DAY, serialDayToCalendar } from "./serial";

const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const DAYS = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
const DAYS_SHORT = ["zo", "ma", "di", "wo", "do", "vr", "za"];
/** nl-NL regional settings. */
const DATE_SEPARATOR = "-";
const DECIMAL = ",";
/** What Excel shows for a negative date or time. */
const INVALID = "#####";

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function isDateLetter(token: FormatToken | undefined, letter: string): boolean {
  return token !== undefined && token.kind === "date" && token.letters.startsWith(letter);
}

/** Whether the "m"/"mm" token at `index` means minutes: right after an hour or right before seconds. */
function isMinute(tokens: readonly FormatToken[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.kind === "date") return t.letters.startsWith("h");
    if (t.kind === "elapsed") return t.unit === "h";
  }
  for (let i = index + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "date") return t.letters.startsWith("s");
    if (t.kind === "elapsed") return t.unit === "s";
  }
  return false;
}

/** Number of fraction-of-second digits ("ss.00" → 2), at most 3. */
function secondDecimals(tokens: readonly FormatToken[]): number {
  const s = tokens.findIndex((t) => isDateLetter(t, "s") || (t.kind === "elapsed" && t.unit === "s"));
  if (s === -1 || tokens[s + 1]?.kind !== "point") return 0;
  let n = 0;
  while (tokens[s + 2 + n]?.kind === "digit") n++;
  return Math.min(n, 3);
}

export function renderDateTimeSection(section: FormatSection, serialMs: number, date1904: boolean): string {
  const tokens = section.tokens;
  const decimals = secondDecimals(tokens);
  const step = 10 ** (3 - decimals);
  const total = Math.round(serialMs / step) * step;
  if (total < 0) return INVALID;
  const serialDay = Math.floor(total / MS_PER_DAY);
  const msOfDay = total - serialDay * MS_PER_DAY;
  const date = serialDayToCalendar(serialDay, date1904);
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor(msOfDay / 60_000) % 60;
  const seconds = Math.floor(msOfDay / 1000) % 60;
  const millis = msOfDay % 1000;
  const twelveHour = tokens.some((t) => t.kind === "ampm");

  let out = "";
  let afterSeconds = false;
  tokens.forEach((token, index) => {
    if (afterSeconds && (token.kind === "point" || token.kind === "digit")) {
      if (token.kind === "point") out += DECIMAL + pad(millis, 3).slice(0, decimals);
      return;
    }
    afterSeconds = false;
    switch (token.kind) {
      case "literal":
        out += !token.escaped && token.text === "/" ? DATE_SEPARATOR : token.text;
        break;
      case "point":
        out += DECIMAL;
        break;
      case "digit":
        out += token.char === "0" ? "0" : "";
        break;
      case "comma":
        out += ",";
        break;
      case "percent":
        out += "%";
        break;
      case "elapsed": {
        const units = { h: 3_600_000, m: 60_000, s: 1000 } as const;
        out += pad(Math.floor(total / units[token.unit]), token.width);
        afterSeconds = token.unit === "s";
        break;
      }
      case "ampm": {
        const pm = hours >= 12;
        out += token.short ? (pm ? "P" : "A") : pm ? "PM" : "AM";
        break;
      }
      case "date": {
        const n = token.letters.length;
        switch (token.letters[0]) {
          case "y":
            out += n <= 2 ? pad(date.year % 100, 2) : String(date.year);
            break;
          case "d":
            out += n <= 2 ? pad(date.day, n) : n === 3 ? DAYS_SHORT[date.weekday]! : DAYS[date.weekday]!;
            break;
          case "h": {
            const h = twelveHour ? hours % 12 || 12 : hours;
            out += pad(h, Math.min(n, 2));
            break;
          }
          case "s":
            out += pad(seconds, Math.min(n, 2));
            afterSeconds = true;
            break;
          case "m":
            if (n <= 2 && isMinute(tokens, index)) out += pad(minutes, n);
            else if (n <= 2) out += pad(date.month, n);
            else if (n === 3) out += MONTHS_SHORT[date.month - 1]!;
            else if (n === 4) out += MONTHS[date.month - 1]!;
            else out += MONTHS[date.month - 1]!.charAt(0);
            break;
          default:
            out += token.letters;
        }
        break;
      }
      default:
        break;
    }
  });
  return out;
}
