// The period a team review pack covers: a calendar month or an ISO week, as [from, to) day
// numbers, its label in the sheet's name ("2026-10", "2026-W46") and the default a manager is
// offered (the last full month, or the current week). Pure.
import { addPeriods, dayFromYmd, periodStart, weekdayOfDay, ymdOfDay } from '../../kpi/days';

export type ReviewPeriodKind = 'week' | 'month';

export interface ReviewPeriod {
  readonly kind: ReviewPeriodKind;
  readonly from: number;
  /** The day after the last one. */
  readonly to: number;
  /** "2026-10" for a month, "2026-W46" for an ISO week. */
  readonly label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-16". */
export function isoOfDay(day: number): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** The day of an ISO "yyyy-mm-dd" text; undefined for anything else. */
export function dayOfIso(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const day = dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoOfDay(day) === text.trim() ? day : undefined;
}

/** The ISO week number and its year (the year of the week's Thursday). */
function isoWeek(monday: number): { year: number; week: number } {
  const thursday = monday + 3;
  const year = ymdOfDay(thursday).year;
  const firstThursday =
    dayFromYmd(year, 1, 1) + ((3 - weekdayOfDay(dayFromYmd(year, 1, 1)) + 7) % 7);
  return { year, week: 1 + Math.round((thursday - firstThursday) / 7) };
}

/** The month or the week that holds `day`. */
export function reviewPeriod(kind: ReviewPeriodKind, day: number): ReviewPeriod {
  if (kind === 'month') {
    const from = periodStart(day, 'month');
    const { year, month } = ymdOfDay(from);
    return { kind, from, to: addPeriods(from, 'month', 1), label: `${year}-${pad(month)}` };
  }
  const from = periodStart(day, 'week');
  const { year, week } = isoWeek(from);
  return { kind, from, to: from + 7, label: `${year}-W${pad(week)}` };
}

/** What the page offers first: the last full month, or the current week. */
export function defaultReviewPeriod(kind: ReviewPeriodKind, today: number): ReviewPeriod {
  return kind === 'month'
    ? reviewPeriod('month', addPeriods(periodStart(today, 'month'), 'month', -1))
    : reviewPeriod('week', today);
}
