// ISO calendar days ("2026-03-31"), as the contract carries dates and as <input type="date">
// reads and writes them. Computed in UTC so no time zone or DST can shift a day. The rules on
// days (suggested deadline, periods in a window) are the server's, from src/addon/objectives/rules.ts.

import { dayFromYmd, MS_PER_DAY } from '../../src/kpi/days';
import {
  periodsInWindow as periodsInWindowOf,
  suggestedDeadline as suggestedDeadlineOf,
  windowDays as windowDaysOf,
} from '../../src/addon/objectives/rules';
import type { Frequency } from '../../src/server/wizard-contract';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? [y, mo, d] : null;
}

/** True for a real calendar day written YYYY-MM-DD (not "2026-02-30"). */
export function isIsoDay(text: string): boolean {
  return parts(text) !== null;
}

/** The day number (days since 1970-01-01) of a real ISO day; null for anything else. */
function dayNumber(text: string): number | null {
  const p = parts(text);
  return p ? dayFromYmd(p[0], p[1], p[2]) : null;
}

function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The deadline suggested for a start: the server's rule (rules.ts: the last day of its quarter,
 * or of the next quarter when fewer than 14 days remain), applied to any start.
 */
export function suggestedDeadline(day: string): string {
  const n = dayNumber(day);
  if (n === null) throw new Error(`Not an ISO day: ${day}`);
  return isoOf(suggestedDeadlineOf(n));
}

/** A short date for display in the user's language ("31 Mar 2026", "31 mars 2026"). */
export function formatDay(day: string, lang: 'en' | 'fr'): string {
  const p = parts(day);
  if (!p) return day;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(p[0], p[1] - 1, p[2])));
}

/** Days from one ISO day to another, both included (the objective's window); NaN if not days. */
export function windowDays(start: string, deadline: string): number {
  const a = dayNumber(start);
  const b = dayNumber(deadline);
  return a === null || b === null ? NaN : windowDaysOf(a, b);
}

/** How many tracking periods a window spans (17.4 weeks), as the server counts them (rules.ts). */
export function periodsInWindow(start: string, deadline: string, frequency: Frequency): number {
  const a = dayNumber(start);
  const b = dayNumber(deadline);
  return a === null || b === null ? NaN : periodsInWindowOf(a, b, frequency);
}
