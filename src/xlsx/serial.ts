/**
 * Excel serial dates as whole milliseconds, so date/time arithmetic stays exact.
 * exceljs turns a date/time-formatted number into `new Date((serial - 25569 [+ 1462]) * 86400000)`;
 * `dateToSerialMs` is its exact inverse.
 */

export const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system; the 1904 system is 1462 days behind. */
const UNIX_EPOCH_SERIAL_1900 = 25_569;
const SERIAL_1904_OFFSET = 1_462;

function epochShiftMs(date1904: boolean): number {
  return (UNIX_EPOCH_SERIAL_1900 - (date1904 ? SERIAL_1904_OFFSET : 0)) * MS_PER_DAY;
}

/** A Date as exceljs produces it → the cell's serial, in milliseconds. */
export function dateToSerialMs(date: Date, date1904: boolean): number {
  return date.getTime() + epochShiftMs(date1904);
}

/** A serial number (days) → milliseconds, rounded to whole milliseconds. */
export function serialToMs(serial: number): number {
  return Math.round(serial * MS_PER_DAY);
}

export interface CalendarDate {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  /** 0-31; 0 only for serial 0 in the 1900 system ("0-1-1900"). */
  readonly day: number;
  /** 0 = Sunday */
  readonly weekday: number;
}

/** The calendar date of a whole serial day, with Excel's fictitious 29-2-1900 in the 1900 system. */
export function serialDayToCalendar(serialDay: number, date1904: boolean): CalendarDate {
  // Before 1-3-1900 Excel follows its own calendar (with a 29-2-1900): serial 1 is a Sunday.
  const earlyWeekday = (serialDay + 6) % 7;
  if (!date1904 && serialDay === 60) return { year: 1900, month: 2, day: 29, weekday: earlyWeekday };
  if (!date1904 && serialDay === 0) return { year: 1900, month: 1, day: 0, weekday: earlyWeekday };
  const base = date1904
    ? Date.UTC(1904, 0, 1)
    : serialDay < 60
      ? Date.UTC(1899, 11, 31)
      : Date.UTC(1899, 11, 30);
  const d = new Date(base + serialDay * MS_PER_DAY);
  const weekday = !date1904 && serialDay < 60 ? earlyWeekday : d.getUTCDay();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday };
}
