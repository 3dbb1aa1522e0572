// When a summary is due, and which days it reports. Pure: it works on the wall time of the
// spreadsheet's time zone (read by the caller), as whole calendar days and hours.
//
// The hourly trigger does not fire at a fixed minute (Google: within ±15 minutes, and a run can
// be missed), so a summary is not due "at 8 o'clock" but from its scheduled moment until the next
// one: the latest scheduled moment that has passed names the summary (its period key), the ledger
// records who received it, and a run that finds someone still owed it (quota, a missed hour)
// sends it then. A moment before `sinceSlot` (the schedule was enabled or changed after it) is
// never due, so enabling on a Wednesday waits for the next Monday instead of sending at once.
import { addPeriods, dayFromYmd, periodStart, weekdayOfDay, ymdOfDay } from '../../kpi/days';
import type { SummaryFrequency, SummarySettings } from './settings';

/** A wall-clock time in the spreadsheet's time zone. */
export interface WallTime {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  /** 0–23 */
  readonly hour: number;
}

/** A scheduled moment: its calendar day, hour, and the summary's period key ("2026-11-16"). */
export interface Moment {
  readonly day: number;
  readonly hour: number;
  readonly key: string;
}

export type Schedule = Pick<SummarySettings, 'frequency' | 'weekday' | 'monthDay' | 'hour'>;

/** Hours since 1970-01-01 00:00 of the wall clock: comparable moments, free of DST jumps. */
export function slotOf(day: number, hour: number): number {
  return day * 24 + hour;
}

export function dayOfWall(t: WallTime): number {
  return dayFromYmd(t.year, t.month, t.day);
}

/** The first slot after a wall time: a moment at or before the time of saving never counts. */
export function sinceSlotOf(t: WallTime): number {
  return slotOf(dayOfWall(t), t.hour) + 1;
}

export function dayKey(day: number): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function moment(day: number, hour: number): Moment {
  return { day, hour, key: dayKey(day) };
}

/** The scheduled day in the month starting at `monthStart` (the last day when shorter). */
function monthDayIn(monthStart: number, monthDay: number): number {
  const length = addPeriods(monthStart, 'month', 1) - monthStart;
  return monthStart + Math.min(monthDay, length) - 1;
}

/** The latest scheduled moment at or before `now`. */
export function latestMoment(schedule: Schedule, now: WallTime): Moment {
  const today = dayOfWall(now);
  const passedToday = now.hour >= schedule.hour;
  switch (schedule.frequency) {
    case 'daily':
      return moment(passedToday ? today : today - 1, schedule.hour);
    case 'weekly': {
      // weekdayOfDay: Monday = 0; the settings' ISO weekday: Monday = 1.
      let back = (weekdayOfDay(today) - (schedule.weekday - 1) + 7) % 7;
      if (back === 0 && !passedToday) back = 7;
      return moment(today - back, schedule.hour);
    }
    case 'monthly': {
      const thisMonth = periodStart(today, 'month');
      const day = monthDayIn(thisMonth, schedule.monthDay);
      if (day < today || (day === today && passedToday)) return moment(day, schedule.hour);
      return moment(
        monthDayIn(addPeriods(thisMonth, 'month', -1), schedule.monthDay),
        schedule.hour,
      );
    }
  }
}

/** The first scheduled moment after `now` (shown on the settings page). */
export function nextMoment(schedule: Schedule, now: WallTime): Moment {
  const latest = latestMoment(schedule, now);
  switch (schedule.frequency) {
    case 'daily':
      return moment(latest.day + 1, schedule.hour);
    case 'weekly':
      return moment(latest.day + 7, schedule.hour);
    case 'monthly': {
      const next = addPeriods(periodStart(latest.day, 'month'), 'month', 1);
      return moment(monthDayIn(next, schedule.monthDay), schedule.hour);
    }
  }
}

/** The scheduled moment before `m` (the previous summary's: alerts are reported from its day). */
export function previousMoment(schedule: Schedule, m: Moment): Moment {
  const slot = slotOf(m.day, m.hour) - 1;
  const { year, month, day } = ymdOfDay(Math.floor(slot / 24));
  return latestMoment(schedule, { year, month, day, hour: slot - Math.floor(slot / 24) * 24 });
}

/** The moment whose summary is owed now, or undefined when none is (disabled, or not yet). */
export function dueMoment(settings: SummarySettings, now: WallTime): Moment | undefined {
  if (!settings.enabled) return undefined;
  const latest = latestMoment(settings, now);
  return slotOf(latest.day, latest.hour) >= settings.sinceSlot ? latest : undefined;
}

/** The days a summary reports, and the days it is compared with, as [from, to) day numbers. */
export interface ReportWindow {
  readonly from: number;
  readonly to: number;
  readonly previousFrom: number;
  readonly previousTo: number;
  /** The trend's periods, oldest first, the last one being [from, to). */
  readonly trend: ReadonlyArray<{ readonly from: number; readonly to: number }>;
}

const WEEK_TREND = 8;
const MONTH_TREND = 6;

/**
 * Daily and weekly summaries report the 7 days before the moment's day (for a Monday summary,
 * the last ISO week), against the 7 days before them: a day alone is too noisy for conversion
 * rates. Monthly summaries report the last calendar month against the one before.
 */
export function reportWindow(frequency: SummaryFrequency, momentDay: number): ReportWindow {
  if (frequency === 'monthly') {
    const to = periodStart(momentDay, 'month');
    const trend = [];
    for (let i = MONTH_TREND; i >= 1; i--)
      trend.push({ from: addPeriods(to, 'month', -i), to: addPeriods(to, 'month', 1 - i) });
    const from = addPeriods(to, 'month', -1);
    return { from, to, previousFrom: addPeriods(to, 'month', -2), previousTo: from, trend };
  }
  const to = momentDay;
  const trend = [];
  for (let i = WEEK_TREND; i >= 1; i--) trend.push({ from: to - 7 * i, to: to - 7 * (i - 1) });
  return { from: to - 7, to, previousFrom: to - 14, previousTo: to - 7, trend };
}
