// ISO calendar days ("2026-03-31"), as the contract carries dates and as <input type="date">
// reads and writes them. Computed in UTC so no time zone or DST can shift a day.

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

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Fewer days than this left in the quarter: the next quarter's end is suggested instead. */
const MIN_DAYS_LEFT = 14;

/**
 * The deadline suggested for a start: the last day of its quarter, or of the next quarter when
 * fewer than 14 days remain (the server's rule for today, applied to any start).
 */
export function suggestedDeadline(day: string): string {
  const p = parts(day);
  if (!p) throw new Error(`Not an ISO day: ${day}`);
  const [y, m] = p;
  const nextQuarterMonth = Math.floor((m - 1) / 3) * 3 + 3; // 0-based month after the quarter
  const end = iso(new Date(Date.UTC(y, nextQuarterMonth, 0)));
  return windowDays(day, end) - 1 < MIN_DAYS_LEFT
    ? iso(new Date(Date.UTC(y, nextQuarterMonth + 3, 0)))
    : end;
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

/** Days from one ISO day to another, both included (the objective's window). */
export function windowDays(start: string, deadline: string): number {
  const a = parts(start);
  const b = parts(deadline);
  if (!a || !b) return NaN;
  const day = (p: [number, number, number]) => Date.UTC(p[0], p[1] - 1, p[2]) / 86_400_000;
  return day(b) - day(a) + 1;
}

/** Average days of each tracking period (a year of 365.25 days), as the server counts them. */
const PERIOD_DAYS = { weekly: 7, monthly: 365.25 / 12, quarterly: 365.25 / 4 } as const;

/** How many tracking periods a window spans (17.4 weeks). */
export function periodsInWindow(
  start: string,
  deadline: string,
  frequency: keyof typeof PERIOD_DAYS,
): number {
  return windowDays(start, deadline) / PERIOD_DAYS[frequency];
}
