// Date serials (days since 1899-12-30, Sheets' epoch) <-> JS Dates in the spreadsheet's time
// zone. Sheets stores a date as a serial and Apps Script hands it to scripts as the instant of
// that wall-clock time in the spreadsheet time zone, whatever the machine's own zone is.

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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time of an instant in a time zone. */
export function wallTimeOf(ms: number, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** Offset of the zone from UTC at an instant, in ms (Paris in winter: +3_600_000). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallTimeOf(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - ms;
}

/** The instant at which the zone's clock shows this wall time (the later one when skipped). */
export function instantOfWallTime(w: WallTime, timeZone: string): number {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  // Two passes converge except inside a DST gap, where the second guess lands after the gap.
  let guess = naive - offsetAt(naive, timeZone);
  guess = naive - offsetAt(guess, timeZone);
  return guess;
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
