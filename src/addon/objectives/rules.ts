// The wizard's rules that the page applies before a round trip (the suggested deadline, how many
// tracking periods a window spans, the longest texts) and the server applies again on save:
// declared once here and imported by both sides, so they cannot drift apart. Pure: the sidebar
// bundles this file (sidebar/build.mjs), so it imports only src/kpi and types.
import { addPeriods, periodStart } from '../../kpi/days';
import type { Frequency } from '../metrics';

/** Longest texts accepted: a sentence should stay a sentence. */
export const MAX_TEXT = 200;
export const MAX_ACTION = 500;

/** The last day of the quarter holding `day` (days since 1970-01-01). */
export function quarterEnd(day: number): number {
  return addPeriods(periodStart(day, 'quarter'), 'quarter', 1) - 1;
}

/** Fewer days than this left in the quarter: the next quarter's end is suggested instead. */
export const MIN_DAYS_LEFT = 14;

/** The end of the current quarter, or of the next one when fewer than 14 days remain. */
export function suggestedDeadline(today: number): number {
  const end = quarterEnd(today);
  return end - today < MIN_DAYS_LEFT ? quarterEnd(end + 1) : end;
}

/** Average length in days of each tracking period (a year of 365.25 days). */
export const PERIOD_DAYS: Readonly<Record<Frequency, number>> = {
  weekly: 7,
  monthly: 365.25 / 12,
  quarterly: 365.25 / 4,
};

/** Days of an objective's window, start and deadline included. */
export function windowDays(start: number, deadline: number): number {
  return deadline - start + 1;
}

/** How many tracking periods the window spans (17.4 weeks). */
export function periodsInWindow(start: number, deadline: number, frequency: Frequency): number {
  return windowDays(start, deadline) / PERIOD_DAYS[frequency];
}
