// When a time-driven trigger fires, computed on wall-clock time in the trigger's time zone, so a
// daily 08:00 trigger stays at 08:00 across daylight-saving changes. Google fires within about
// ±15 minutes of the requested time; here a trigger fires exactly on time, so tests are
// deterministic. Times missed while the clock jumped are not replayed (Google does not either):
// the next fire time is the first occurrence after "now".
import type { ClockSchedule } from '../runtime/state';
import { addDays, instantOf, zonedTime, type WallFields } from './zone';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The first fire time of a trigger created at `createdMs`. */
export function firstFire(s: ClockSchedule, createdMs: number, tz: string): number {
  switch (s.kind) {
    case 'once':
      return s.atMs;
    case 'minutes':
      return createdMs + s.every * MINUTE;
    case 'hours': {
      const t = createdMs + s.every * HOUR;
      if (s.minute === undefined) return t;
      const z = zonedTime(t, tz);
      return t - (z.minute * MINUTE + z.second * 1000 + z.millisecond) + s.minute * MINUTE;
    }
    case 'days':
      return firstDaily(s.hour, s.minute, createdMs, tz, () => true);
    case 'weeks':
      return firstDaily(s.hour, s.minute, createdMs, tz, (d) => weekday(d) === s.weekday);
    case 'monthDay':
      return nextMonthly(s, createdMs, tz);
  }
}

/**
 * The first fire time strictly after `afterMs` (null for a one-time trigger, which fires once).
 * `createdMs` anchors the series, as Google's schedule is anchored at creation.
 */
export function nextFireAfter(
  s: ClockSchedule,
  createdMs: number,
  afterMs: number,
  tz: string,
): number | null {
  if (s.kind === 'once') return null;
  if (s.kind === 'monthDay') return nextMonthly(s, afterMs, tz);
  const first = firstFire(s, createdMs, tz);
  if (first > afterMs) return first;
  if (s.kind === 'minutes' || s.kind === 'hours') {
    const step = s.every * (s.kind === 'minutes' ? MINUTE : HOUR);
    return first + (Math.floor((afterMs - first) / step) + 1) * step;
  }
  // Days and weeks: step whole calendar days from the first occurrence (DST-safe).
  const stepDays = s.kind === 'days' ? s.every : 7 * s.every;
  const start = zonedTime(first, tz);
  const startDay: WallFields = { year: start.year, month: start.month, day: start.day };
  let k = Math.max(0, Math.floor((afterMs - first) / (stepDays * 86_400_000)) - 1);
  for (;;) {
    const d = addDays(startDay, k * stepDays);
    const t = instantOf({ ...d, hour: s.hour, minute: s.minute }, tz);
    if (t > afterMs) return t;
    k += 1;
  }
}

function weekday(d: WallFields): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function firstDaily(
  hour: number,
  minute: number,
  afterMs: number,
  tz: string,
  accept: (d: WallFields) => boolean,
): number {
  const now = zonedTime(afterMs, tz);
  let d: WallFields = { year: now.year, month: now.month, day: now.day };
  for (let i = 0; i < 15; i += 1, d = addDays(d, 1)) {
    if (!accept(d)) continue;
    const t = instantOf({ ...d, hour, minute }, tz);
    if (t > afterMs) return t;
  }
  throw new Error('trigger schedule: no occurrence within two weeks');
}

/** Monthly on a day; a month without that day (the 31st in April) fires on its last day. */
function nextMonthly(
  s: Extract<ClockSchedule, { kind: 'monthDay' }>,
  afterMs: number,
  tz: string,
): number {
  const now = zonedTime(afterMs, tz);
  for (let i = 0; i < 3; i += 1) {
    const month0 = now.month - 1 + i;
    const year = now.year + Math.floor(month0 / 12);
    const month = (month0 % 12) + 1;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const t = instantOf(
      { year, month, day: Math.min(s.day, lastDay), hour: s.hour, minute: s.minute },
      tz,
    );
    if (t > afterMs) return t;
  }
  throw new Error('trigger schedule: no monthly occurrence found');
}
