// Calendar days for the JavaScript side of the warehouse: warehouse DATE values ('YYYY-MM-DD')
// and TIMESTAMP values (epoch milliseconds or ISO text with an offset) become day numbers (days
// since 1970-01-01, as src/kpi/days), a timestamp's day taken in the spreadsheet's time zone, as
// DATE(ts, @time_zone) does in BigQuery.
import { dayFromYmd, periodStart, ymdOfDay } from '../kpi/days';
import type { Cell, WarehousePeriod } from './api';

/** The day number of 'YYYY-MM-DD' (NaN when the text is not such a date). */
export function dayOfIso(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return m ? dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
}

/** 'YYYY-MM-DD' of a day number. */
export function isoOfDay(day: number): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day, in the time zone, of an instant (epoch milliseconds). */
export function dayOfInstant(ms: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA writes dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return dayOfIso(f.format(ms));
}

/** A DATE cell's day number; NaN for a blank. */
export function dateCell(cell: Cell): number {
  return typeof cell === 'string' ? dayOfIso(cell) : NaN;
}

/** A TIMESTAMP cell's calendar day in the time zone; NaN for a blank. */
export function timestampCell(cell: Cell, timeZone: string): number {
  if (typeof cell === 'number') return dayOfInstant(cell, timeZone);
  if (typeof cell === 'string' && cell !== '') {
    const ms = Date.parse(cell);
    return ms === ms ? dayOfInstant(ms, timeZone) : NaN;
  }
  return NaN;
}

/** The first day of the period holding the day (ISO weeks start on Monday). */
export function periodOf(day: number, period: WarehousePeriod): number {
  return periodStart(day, period);
}
