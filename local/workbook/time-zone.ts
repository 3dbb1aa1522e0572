// Date serials (days since 1899-12-30, Sheets' epoch) <-> JS Dates in the spreadsheet's time
// zone. Sheets stores a date as a serial and Apps Script hands it to scripts as the instant of
// that wall-clock time in the spreadsheet time zone, whatever the machine's own zone is. Wall
// clocks come from the runtime's one zone engine (../services/zone: IANA rules through Intl,
// Java's custom and unknown ids), so a cell's date and Utilities.formatDate never disagree.
import { instantOf, zonedTime } from '../services/zone';

const MS_PER_DAY = 86_400_000;
/** Date.UTC(1899, 11, 30): serial 0. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The wall-clock time of an instant in a time zone (the runtime's one zone engine). */
export function wallTimeOf(ms: number, timeZone: string): WallTime {
  const z = zonedTime(ms, timeZone);
  return {
    year: z.year,
    month: z.month,
    day: z.day,
    hour: z.hour,
    minute: z.minute,
    second: z.second,
    millisecond: z.millisecond,
  };
}

/**
 * The instant at which the zone's clock shows this wall time, by the same rule as the services'
 * dates and triggers: a skipped time moves forward by the gap, a repeated one is the first.
 */
export function instantOfWallTime(w: WallTime, timeZone: string): number {
  return instantOf(w, timeZone);
}

// Whole-day serials repeat a lot (a date column), so their midnight instants are cached.
const midnightCache = new Map<string, Map<number, number>>();
// Globals read once: under Jest's vm context each global read in this per-cell path is slow.
const isInteger = Number.isInteger;
const DateClass = Date;

/** A serial as the Date Apps Script returns: that wall time in the spreadsheet time zone. */
export function serialToDate(serial: number, timeZone: string): Date {
  if (isInteger(serial)) {
    let cache = midnightCache.get(timeZone);
    if (!cache) {
      cache = new Map();
      midnightCache.set(timeZone, cache);
    }
    let ms = cache.get(serial);
    if (ms === undefined) {
      ms = instantOfWallTime(wallTimeOfSerial(serial), timeZone);
      if (cache.size < 200_000) cache.set(serial, ms);
    }
    return new DateClass(ms);
  }
  return new Date(instantOfWallTime(wallTimeOfSerial(serial), timeZone));
}

/** The wall time a serial stands for (no zone involved). */
export function wallTimeOfSerial(serial: number): WallTime {
  const ms = Math.round(serial * MS_PER_DAY) + EPOCH_MS;
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** The serial of a wall time. */
export function serialOfWallTime(w: WallTime): number {
  const ms = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (ms - EPOCH_MS) / MS_PER_DAY;
}

const serialCache = new Map<string, Map<number, number>>();

/** A Date (an instant) as the serial Sheets stores: its wall time in the spreadsheet zone. */
export function dateToSerial(date: Date, timeZone: string): number {
  const ms = date.getTime();
  let cache = serialCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    serialCache.set(timeZone, cache);
  }
  let serial = cache.get(ms);
  if (serial === undefined) {
    serial = serialOfWallTime(wallTimeOf(ms, timeZone));
    if (cache.size < 200_000) cache.set(ms, serial);
  }
  return serial;
}
