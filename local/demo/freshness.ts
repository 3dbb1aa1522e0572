// Which day the playground's demo data ends on, and whether a saved demo is still fresh. The demo
// ends the day before the playground's today (in the spreadsheet's time zone), so that the last
// complete month holds the designed dip whatever the day it is built; a demo saved weeks ago is
// still that old one, so the start log and the page say when its data ends and how to rebuild it.
import { dayFromYmd, weekdayOfDay, ymdOfDay } from '../../src/kpi/days';
import { isoOfDay, namedDayZone } from '../../src/functions/values/day-zone';

/** What the save file remembers of the demo it holds. */
export interface DemoInfo {
  /** The last day with data, "2026-11-17". */
  endDate: string;
  seed: number;
}

/** The calendar day (src/kpi/days number) an instant falls on in a time zone. */
export function dayIn(timeZone: string, ms: number): number {
  return namedDayZone(timeZone).dayOf(ms);
}

/**
 * The demo's end date for a playground whose clock shows `nowMs`: the day before today in the
 * spreadsheet's zone, as a Date at local midnight (what the sample generator reads outside an
 * execution: the process's zone, which the playground sets to the script's).
 */
export function demoEndDate(nowMs: number, timeZone: string): Date {
  const { year, month, day } = ymdOfDay(dayIn(timeZone, nowMs) - 1);
  return new Date(year, month - 1, day);
}

/** The ISO day of a Date at local midnight ("2026-11-17"). */
export function isoOfLocalDate(date: Date): string {
  return isoOfDay(dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate()));
}

export interface DemoFreshness {
  endDate: string;
  /** The playground clock's today and the real today, in the spreadsheet's zone. */
  clockToday: string;
  today: string;
  /** The data ends before the day before the clock's today or the real today. */
  stale: boolean;
  /** One line for the start log and the page. */
  message: string;
}

/** How to rebuild: the command the start log and the page name. */
export const REBUILD_COMMAND = 'npm start -- --demo';

export function demoFreshness(
  demo: DemoInfo,
  clockMs: number,
  realMs: number,
  timeZone: string,
): DemoFreshness {
  const end = dayOfIso(demo.endDate);
  const clockToday = dayIn(timeZone, clockMs);
  const today = dayIn(timeZone, realMs);
  const stale = end < Math.max(clockToday, today) - 1;
  const label = (day: number) => longDay(day);
  let message = `The demo data ends on ${label(end)}`;
  if (!stale)
    message +=
      end === clockToday - 1
        ? `, the day before the playground's today.`
        : ` (the playground's today: ${label(clockToday)}).`;
  else {
    const behind = clockToday - 1 - end;
    message +=
      today > clockToday
        ? `; the playground clock resumes on ${label(clockToday)} (the saved session), today is ${label(today)}.`
        : `, ${behind} ${behind === 1 ? 'day' : 'days'} before the playground's today (${label(clockToday)}): recent periods hold no data.`;
    message += ` To rebuild it on today's date: ${REBUILD_COMMAND} (the saved workbook is first copied aside, never lost).`;
  }
  return {
    endDate: demo.endDate,
    clockToday: isoOfDay(clockToday),
    today: isoOfDay(today),
    stale,
    message,
  };
}

function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y, m, d);
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const WEEKDAYS = 'Mon Tue Wed Thu Fri Sat Sun'.split(' ');

/** "Tue 17 Nov 2026". */
function longDay(day: number): string {
  const { year, month, day: dom } = ymdOfDay(day);
  return `${WEEKDAYS[weekdayOfDay(day)]} ${dom} ${MONTHS[month - 1]} ${year}`;
}
