// Reading dates the way Sheets hands them over: Date objects (midnight in the spreadsheet's time
// zone), serial day numbers, or ISO text. Everything becomes a calendar-day number (src/kpi/days).
// Dates are read and written in the spreadsheet's zone (./day-zone), not the script's. A value
// beyond the years 1 to 9999 (./sheet-days) is no date.
import { dayFromYmd, SERIAL_OF_EPOCH, ymdOfDay } from '../../kpi/days';
import { isDate } from './cells';
import { isoOfDay } from './day-zone';
import { isSheetsDay } from './sheet-days';
import { spreadsheetDayZone } from './spreadsheet-zone';

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The calendar day of a Date as the spreadsheet shows it (its day in the spreadsheet's zone). */
export function dayOfDate(date: Date): number {
  return spreadsheetDayZone().dayOf(date.getTime());
}

/** A calendar day as a Date at midnight in the spreadsheet's zone, which Sheets shows as that day. */
export function dateOfDay(dayNumber: number): Date {
  return spreadsheetDayZone().dateOf(dayNumber);
}

/** Today's calendar day in the spreadsheet's zone. */
export function today(): number {
  return dayOfDate(new Date());
}

/** The calendar day of a Date as ISO text ("2026-03-31"), as the spreadsheet shows it. */
export function isoOfDate(date: Date): string {
  return isoOfDay(dayOfDate(date));
}

export function dayOfSerial(serial: number): number {
  return Math.floor(serial) - SERIAL_OF_EPOCH;
}

/** Reads an ISO date text ("2026-03-31", optionally with a time); undefined if it is not one. */
export function dayOfIsoText(text: string): number | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayNumber = dayFromYmd(year, month, day);
  const check = ymdOfDay(dayNumber);
  if (check.year !== year || check.month !== month || check.day !== day) return undefined;
  return dayNumber;
}

/**
 * The calendar day of any date-like cell, or undefined when the cell is not a date (a number or a
 * Date beyond the years 1 to 9999 included).
 */
export function readDay(cell: unknown): number | undefined {
  let day: number | undefined;
  if (isDate(cell)) day = isNaN(cell.getTime()) ? undefined : dayOfDate(cell);
  else if (typeof cell === 'number') day = Number.isFinite(cell) ? dayOfSerial(cell) : undefined;
  else if (typeof cell === 'string') day = dayOfIsoText(cell);
  return day !== undefined && isSheetsDay(day) ? day : undefined;
}

/**
 * readDay for the cells of one read, blanks and non-dates as NaN: each distinct Date instant is
 * turned into a day once (a sheet's dates repeat, and each conversion works out the zone's
 * offset). Make one per read: the spreadsheet's zone is the one of that moment.
 */
export function dayReader(): (cell: unknown) => number {
  const dayOfTime = new Map<number, number>();
  return (cell) => {
    if (!(cell instanceof Date)) return readDay(cell) ?? NaN;
    const time = cell.getTime();
    let day = dayOfTime.get(time);
    if (day === undefined) dayOfTime.set(time, (day = readDay(cell) ?? NaN));
    return day;
  };
}
