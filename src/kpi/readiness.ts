// Whether a period's number can be trusted yet. Two things make a recent period look worse than it
// is, and both are judged here, on calendar-day numbers only (pure, no clock):
// - right-censoring: a conversion's numerator arrives after its denominator (an opportunity days
//   after its lead), so the last leads of a period have not all had time to convert. A period is
//   mature once every one of its days has had the KPI's conversion window (the longest lag the
//   workbook's own history shows, within a floor and a cap: with a shorter one, such as the 90th
//   percentile, the late tenth of a steady flow's conversions made a mature week look like a dip);
// - missing data: a period whose sheet stops (or starts) inside it by more than the sheet's usual
//   gap between two dated rows is partial; a sheet with no row for longer than that gap is stale.
// Until a period is complete, mature and whole it is provisional: it never alerts and never draws
// a fall in a trend.

/** Days from a period's end (exclusive) a conversion needs; see conversionWindow. */
export interface WindowChoice {
  readonly days: number;
  /** measured: from the workbook's lags; default: too few conversions to measure. */
  readonly basis: 'measured' | 'default';
  /** How many conversions the lag was measured on. */
  readonly sample: number;
}

/** Below this many conversions the percentile says little: the default window is used. */
export const MIN_LAG_SAMPLE = 10;
/** The window when history is too thin to measure it (a month: most B2B leads qualify in it). */
export const DEFAULT_WINDOW_DAYS = 30;
/** Bounds on a measured window: a day at least, a quarter at most. */
export const MIN_WINDOW_DAYS = 1;
export const MAX_WINDOW_DAYS = 92;
/** The share of conversions a window covers: all of those seen (the cap bounds an outlier). */
export const LAG_PERCENTILE = 1;

/**
 * The p-quantile (nearest rank, rounded up: the smallest value at least a share p of the values
 * reach) of finite values; NaN when there is none.
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite.push(values[i]);
  if (finite.length === 0) return NaN;
  finite.sort((a, b) => a - b);
  const rank = Math.min(finite.length, Math.max(1, Math.ceil(p * finite.length)));
  return finite[rank - 1];
}

/**
 * The conversion window from the lags (later stage day − earlier stage day) of the rows that
 * converted; negative lags (a typo: the later date before the earlier) are left out.
 */
export function conversionWindow(lags: ArrayLike<number>): WindowChoice {
  const kept: number[] = [];
  for (let i = 0; i < lags.length; i++) if (lags[i] >= 0) kept.push(lags[i]);
  if (kept.length < MIN_LAG_SAMPLE)
    return { days: DEFAULT_WINDOW_DAYS, basis: 'default', sample: kept.length };
  const days = Math.ceil(percentile(kept, LAG_PERCENTILE));
  return {
    days: Math.min(MAX_WINDOW_DAYS, Math.max(MIN_WINDOW_DAYS, days)),
    basis: 'measured',
    sample: kept.length,
  };
}

/** With fewer gaps than this the sheet's rhythm is unknown: DEFAULT_GAP_DAYS is assumed. */
export const MIN_GAP_SAMPLE = 4;
export const DEFAULT_GAP_DAYS = 7;
/** The share of gaps between dated days the "usual gap" covers (weekends, holidays). */
export const GAP_PERCENTILE = 0.95;

/**
 * The usual gap, in days, between two consecutive days on which a sheet has rows: the 95th
 * percentile of those gaps over its history (1 for a sheet filled every day, 3 for weekdays only),
 * at least 1. `days` must be sorted ascending (duplicates allowed).
 */
export function usualGap(days: ArrayLike<number>): number {
  const gaps: number[] = [];
  for (let i = 1; i < days.length; i++) {
    const gap = days[i] - days[i - 1];
    if (gap > 0) gaps.push(gap);
  }
  if (gaps.length < MIN_GAP_SAMPLE) return DEFAULT_GAP_DAYS;
  return Math.max(1, Math.ceil(percentile(gaps, GAP_PERCENTILE)));
}

/** What the data of one KPI looks like, as of a day. */
export interface Coverage {
  /** "Today": the day periods must end by (exclusive end ≤ asOf) to be complete. */
  readonly asOf: number;
  /** First and last day of the KPI's source rows; null when it has none. */
  readonly first: number | null;
  readonly last: number | null;
  /** The sheet's usual gap between dated days (usualGap). */
  readonly gap: number;
  /** Conversion window in days; 0 for a KPI whose value is final when its period ends. */
  readonly window: number;
}

/** complete: judged; running: not over; maturing: conversions still arriving; partial: data missing. */
export type PeriodStatus = 'complete' | 'running' | 'maturing' | 'partial';

/** The status of the period from `start` (included) to `end` (excluded). */
export function periodStatus(start: number, end: number, c: Coverage): PeriodStatus {
  if (end > c.asOf) return 'running';
  if (c.last === null || c.first === null) return 'complete'; // no data: "no value", not partial
  if (isPartial(start, end, c)) return 'partial';
  return c.window > 0 && end + c.window > observedEnd(c) ? 'maturing' : 'complete';
}

/**
 * The data stops before the period's end (or before it starts), or starts inside it, by more than
 * the usual gap.
 */
export function isPartial(start: number, end: number, c: Coverage): boolean {
  if (c.last === null || c.first === null) return false;
  // Data that has not started yet is no data (no value), not part of it missing.
  return end - 1 - c.last > c.gap || (c.first < end && c.first - start > c.gap);
}

/**
 * The first day not observed yet: today while the sheet is kept up (its last row is within its
 * usual gap), else the day after its last row (conversions logged since are not in the sheet).
 */
function observedEnd(c: Coverage): number {
  if (c.last === null || !isStale(c.last, c.gap, c.asOf)) return c.asOf;
  return Math.min(c.asOf, c.last + 1);
}

/**
 * The latest exclusive end a judged period may have: every period ending on or before it is
 * complete, mature and not cut short at its end. Alerts compare the last period ending by this
 * day with the one before.
 */
export function judgedUntil(c: Coverage): number {
  if (c.last === null) return c.asOf;
  const mature = c.window > 0 ? observedEnd(c) - c.window : c.asOf;
  return Math.min(mature, c.last + c.gap + 1, c.asOf);
}

/** The sheet has had no new row for longer than its usual gap (yesterday is expected in). */
export function isStale(last: number | null, gap: number, asOf: number): boolean {
  return last !== null && asOf - 1 - last > gap;
}
