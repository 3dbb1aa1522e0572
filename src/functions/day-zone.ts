// Calendar days in the spreadsheet's time zone. A published add-on has one manifest time zone
// (the script's) for every user, but each spreadsheet has its own (File > Settings): Sheets hands a
// date cell to a script as the instant of that wall time in the spreadsheet's zone, and shows a
// Date the script writes in that zone. So the day of a Date, and the Date of a day, are worked out
// in the spreadsheet's zone, never with the script's local Date methods.
//
// This file is pure: ./spreadsheet-zone finds the zone (once per execution). Each distinct instant
// is converted once (data repeats the same few hundred days); the Intl formatter is made when a
// zone is first needed, never at load time. A zone Intl does not know falls back to the script's.
import { dayFromYmd, MS_PER_DAY, ymdOfDay } from '../kpi/days';

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

/** A named zone (IANA id), through Intl; SCRIPT_ZONE when Intl does not know the id. */
export function namedDayZone(id: string): DayZone {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return SCRIPT_ZONE;
  }
  const days = new Map<number, number>();
  const midnights = new Map<number, number>();

  /** The zone's wall clock at an instant, as if it were UTC (whole seconds). */
  const wallAsUtc = (time: number): number => {
    let y = 0;
    let mo = 0;
    let d = 0;
    let h = 0;
    let mi = 0;
    let s = 0;
    for (const part of format.formatToParts(new Date(time))) {
      const n = Number(part.value);
      if (part.type === 'year') y = n;
      else if (part.type === 'month') mo = n;
      else if (part.type === 'day') d = n;
      else if (part.type === 'hour') h = n % 24;
      else if (part.type === 'minute') mi = n;
      else if (part.type === 'second') s = n;
    }
    return Date.UTC(y, mo - 1, d, h, mi, s);
  };
  const dayAt = (time: number): number => Math.floor(wallAsUtc(time) / MS_PER_DAY);

  return {
    id,
    dayOf(time) {
      let day = days.get(time);
      if (day === undefined) {
        day = dayAt(time);
        if (days.size >= CACHE_LIMIT) days.clear();
        days.set(time, day);
      }
      return day;
    },
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
