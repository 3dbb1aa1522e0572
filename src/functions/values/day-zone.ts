// Calendar days in the spreadsheet's time zone. A published add-on has one manifest time zone
// (the script's) for every user, but each spreadsheet has its own (File > Settings): Sheets hands a
// date cell to a script as the instant of that wall time in the spreadsheet's zone, and shows a
// Date the script writes in that zone. So the day of a Date, and the Date of a day, are worked out
// in the spreadsheet's zone, never with the script's local Date methods.
//
// This file is pure: ./spreadsheet-zone finds the zone (once per execution). The zone's offset is
// formatted once per hour of data and each day's midnight once (data repeats the same few hundred
// days); the Intl formatter is made when a zone is first needed, never at load time. A zone Intl
// does not know falls back to the script's.
import { dayFromYmd, MS_PER_DAY, ymdOfDay } from '../../kpi/days';
import { wallAsUtc as wallClockAt, wallClockFormat } from '../../kpi/wall-clock';

export interface DayZone {
  /** The zone's id ("Asia/Tokyo"), or '' for the script's own zone. */
  readonly id: string;
  /** The calendar day (src/kpi/days number) on which the zone's clock shows this instant. */
  dayOf(time: number): number;
  /** The instant the zone's clock shows midnight of a calendar day: Sheets shows it as that day. */
  dateOf(dayNumber: number): Date;
}

/** The script's zone: the local Date methods (the manifest zone at Google, TZ under Node). */
export const SCRIPT_ZONE: DayZone = {
  id: '',
  dayOf(time) {
    const d = new Date(time);
    return dayFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
  },
  dateOf(dayNumber) {
    const { year, month, day } = ymdOfDay(dayNumber);
    return new Date(year, month - 1, day);
  },
};

/** Past this many distinct instants the conversion caches start again (memory stays bounded). */
const CACHE_LIMIT = 100_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_WEEK = 7 * MS_PER_DAY;
/** The spans whose offsets are kept, longest first (UTC weeks start on Thursdays: any day will do). */
const SPANS = [MS_PER_WEEK, MS_PER_DAY, MS_PER_HOUR];
/** Slots of the per-week offset cache, picked by a multiplicative hash of the week. */
const SLOT_BITS = 10;
const WEEK_SLOTS = 1 << SLOT_BITS;
const SLOT_SHIFT = 32 - SLOT_BITS;

/** A custom zone id, as Sheets gives for a zone it does not name: "GMT-07:00". */
const FIXED_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** A zone at a fixed offset from UTC. */
function fixedDayZone(id: string, offset: number): DayZone {
  return {
    id,
    dayOf: (time) => Math.floor((time + offset) / MS_PER_DAY),
    dateOf: (dayNumber) => new Date(dayNumber * MS_PER_DAY - offset),
  };
}

/**
 * A named zone: an IANA id through Intl, or a custom "GMT-07:00"; SCRIPT_ZONE when Intl does not
 * know the id.
 */
export function namedDayZone(id: string): DayZone {
  const fixed = FIXED_OFFSET.exec(id);
  if (fixed) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return fixedDayZone(id, (fixed[1] === '-' ? -1 : 1) * minutes * 60_000);
  }
  let format: Intl.DateTimeFormat;
  try {
    format = wallClockFormat(id);
  } catch {
    return SCRIPT_ZONE;
  }
  // The zone's offset over each UTC week, day, then hour met (NaN: it changes within that span),
  // kept in maps and, for speed, in slots picked by the week. Offsets change only at transitions
  // (twice a year, months apart), so an instant takes its week's offset without formatting: a call
  // formats about once per week of data, whether it holds a few hundred days or a million distinct
  // timestamps. Offsets equal at both ends of a span are taken as constant over it: no zone
  // changes twice within a week.
  const slotWeeks = new Float64Array(WEEK_SLOTS).fill(NaN);
  const slotOffsets = new Float64Array(WEEK_SLOTS);
  const startOffsets = new Map<number, number>();
  const spanOffsets = SPANS.map(() => new Map<number, number>());
  const midnights = new Map<number, number>();

  /** The zone's wall clock at an instant, as if it were UTC (whole seconds). */
  const wallAsUtc = (time: number): number => wallClockAt(format, time);
  /** The offset at an instant that starts a span (cached: each start ends the span before it). */
  const offsetAtStart = (time: number): number => {
    let offset = startOffsets.get(time);
    if (offset === undefined) {
      offset = wallAsUtc(time) - time;
      if (startOffsets.size >= CACHE_LIMIT) startOffsets.clear();
      startOffsets.set(time, offset);
    }
    return offset;
  };
  /** The offset over the span of SPANS[level] that holds `time`, or NaN when it changes in it. */
  const spanOffset = (time: number, level: number): number => {
    const length = SPANS[level];
    const start = Math.floor(time / length) * length;
    const cache = spanOffsets[level];
    let offset = cache.get(start);
    if (offset === undefined) {
      const first = offsetAtStart(start);
      offset = first === offsetAtStart(start + length) ? first : NaN;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(start, offset);
    }
    return offset;
  };
  const dayAt = (time: number): number => {
    const week = Math.floor(time / MS_PER_WEEK);
    const slot = Math.imul(week, 0x9e3779b1) >>> SLOT_SHIFT;
    let offset: number;
    if (slotWeeks[slot] === week) {
      offset = slotOffsets[slot];
    } else {
      offset = spanOffset(time, 0);
      slotWeeks[slot] = week;
      slotOffsets[slot] = offset;
    }
    // A change of offset that week: the day's offset, the hour's, else the instant is formatted.
    for (let level = 1; offset !== offset && level < SPANS.length; level++) {
      offset = spanOffset(time, level);
    }
    return Math.floor((offset === offset ? time + offset : wallAsUtc(time)) / MS_PER_DAY);
  };

  return {
    id,
    dayOf: dayAt,
    dateOf(dayNumber) {
      let time = midnights.get(dayNumber);
      if (time === undefined) {
        const naive = dayNumber * MS_PER_DAY;
        // Two passes find the offset in force at that midnight (a DST change nearby included).
        time = naive - (wallAsUtc(naive) - naive);
        time = naive - (wallAsUtc(time) - time);
        // Where midnight itself is skipped (clocks jump from 00:00), take the day's first hour.
        for (let i = 0; i < 3 && dayAt(time) < dayNumber; i++) time += MS_PER_HOUR;
        if (midnights.size >= CACHE_LIMIT) midnights.clear();
        midnights.set(dayNumber, time);
      }
      return new Date(time);
    },
  };
}

/** A calendar day as ISO text ("2026-03-31"). */
export function isoOfDay(dayNumber: number): string {
  const { year, month, day } = ymdOfDay(dayNumber);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}
