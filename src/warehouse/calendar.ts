// Calendar days for the JavaScript side of the warehouse: warehouse DATE values ('YYYY-MM-DD')
// and TIMESTAMP values (epoch milliseconds or ISO text with an offset) become day numbers (days
// since 1970-01-01, as src/kpi/days), a timestamp's day taken in the spreadsheet's time zone, as
// DATE(ts, @time_zone) does in BigQuery.
import { dayFromYmd, periodStart, ymdOfDay } from '../kpi/days';
import { wallAsUtc, wallClockFormat } from '../kpi/wall-clock';
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

const HOUR = 3_600_000;

/** Per time zone: the zone's UTC offset (ms) over each whole UTC hour, when it holds all hour. */
const offsets = new Map<string, { format: Intl.DateTimeFormat; byHour: Map<number, number> }>();

function zone(timeZone: string) {
  let z = offsets.get(timeZone);
  if (!z) {
    const format = wallClockFormat(timeZone);
    z = { format, byHour: new Map() };
    offsets.set(timeZone, z);
  }
  return z;
}

/** The zone's offset from UTC at an instant, in ms (local wall time − UTC). */
function offsetAt(format: Intl.DateTimeFormat, ms: number): number {
  return wallAsUtc(format, ms) - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The calendar day, in the time zone, of an instant (epoch milliseconds). The zone's offset is
 * looked up once per UTC hour (a zone changes its offset at most once within an hour: the hour's
 * two ends agree, or the instant itself is looked up), so a million instants need few lookups.
 */
export function dayOfInstant(ms: number, timeZone: string): number {
  const z = zone(timeZone);
  const hour = Math.floor(ms / HOUR);
  let offset = z.byHour.get(hour);
  if (offset === undefined) {
    const start = offsetAt(z.format, hour * HOUR);
    const end = offsetAt(z.format, hour * HOUR + HOUR - 1000);
    offset = start === end ? start : NaN;
    z.byHour.set(hour, offset);
  }
  if (offset !== offset) offset = offsetAt(z.format, ms);
  return Math.floor((ms + offset) / 86_400_000);
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
