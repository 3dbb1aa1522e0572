// Wall-clock time in a named time zone, as Apps Script's Java side resolves zones
// (java.util.TimeZone.getTimeZone): IANA ids through Intl, custom ids "GMT+2" / "GMT-05:30", and
// GMT for an id it does not know.
import { wallClockFormat } from '../../src/kpi/wall-clock';

export interface ZonedTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Offset from UTC in ms (Paris in winter: +3,600,000). */
  offsetMs: number;
}

export interface WallFields {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

type Zone = { id: string; fixedOffsetMs: number } | { id: string; format: Intl.DateTimeFormat };

const zones = new Map<string, Zone>();
const CUSTOM_ID = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** Resolves a zone id the way Java does: unknown ids fall back to GMT. */
export function resolveZone(id: string): Zone {
  const cached = zones.get(id);
  if (cached) return cached;
  let zone: Zone;
  const custom = CUSTOM_ID.exec(id);
  if (custom) {
    const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
    zone = { id, fixedOffsetMs: (custom[1] === '-' ? -1 : 1) * minutes * 60_000 };
  } else {
    try {
      zone = {
        id,
        format: wallClockFormat(id),
      };
    } catch {
      zone = { id: 'GMT', fixedOffsetMs: 0 };
    }
  }
  zones.set(id, zone);
  return zone;
}

export function isKnownZone(id: string): boolean {
  return resolveZone(id).id === id;
}

export function zonedTime(ms: number, zoneId: string): ZonedTime {
  const zone = resolveZone(zoneId);
  const millisecond = ((ms % 1000) + 1000) % 1000;
  const wall = new Date(
    'fixedOffsetMs' in zone ? ms + zone.fixedOffsetMs : wallAsUtc(zone.format, ms, millisecond),
  );
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond,
    weekday: wall.getUTCDay(),
    offsetMs: wall.getTime() - ms,
  };
}

/** The wall clock of an instant written as if it were UTC (one pass over Intl's parts). */
function wallAsUtc(format: Intl.DateTimeFormat, ms: number, millisecond: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of format.formatToParts(new Date(ms))) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
}

/** Offset from UTC at an instant (what zonedTime(ms).offsetMs says, without the fields). */
function offsetAt(ms: number, zoneId: string): number {
  const zone = resolveZone(zoneId);
  if ('fixedOffsetMs' in zone) return zone.fixedOffsetMs;
  return wallAsUtc(zone.format, ms, ((ms % 1000) + 1000) % 1000) - ms;
}

/**
 * The instant a zone's clock shows a wall time. Ambiguous times (autumn overlap) give the earlier
 * instant; skipped times (spring gap) move forward by the gap, as java.util.Calendar does.
 */
export function instantOf(fields: WallFields, zoneId: string): number {
  const local = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
    fields.millisecond ?? 0,
  );
  const before = offsetAt(local - 86_400_000, zoneId);
  const candidates = new Set([
    before,
    offsetAt(local, zoneId),
    offsetAt(local + 86_400_000, zoneId),
  ]);
  const valid = [...candidates]
    .map((o) => local - o)
    .filter((t) => local - offsetAt(t, zoneId) === t);
  if (valid.length) return Math.min(...valid);
  return local - before;
}

/** Calendar arithmetic on a wall date (DST-safe: it never touches instants). */
export function addDays(fields: WallFields, days: number): WallFields {
  const d = new Date(Date.UTC(fields.year, fields.month - 1, fields.day + days));
  return { ...fields, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
