// A KPI per period (day, ISO week, month, quarter) from the first to the last date, gaps
// included, with the change from the previous period and a 3-period moving average.
import { addPeriods, Period, periodStart } from './days';

export type Aggregation = 'sum' | 'mean' | 'count';

/** One column per output field; NaN where a value is not defined (an empty period's mean…). */
export interface Trend {
  /** The first calendar day of each period. */
  readonly starts: Float64Array;
  readonly values: Float64Array;
  /** (value − previous) / |previous|; NaN when either is undefined or previous is 0. */
  readonly changes: Float64Array;
  /** Mean of the defined values among this period and the two before; NaN for the first two. */
  readonly movingAverages: Float64Array;
}

/**
 * A period's sequential number (days since 1970-01-01 in, a count of periods out), so that
 * grouping a million rows needs no Date object per row. Month arithmetic follows H. Hinnant's
 * days → civil date algorithm (proleptic Gregorian calendar, exact for every day).
 */
export function periodIndex(day: number, period: Period): number {
  switch (period) {
    case 'day':
      return day;
    case 'week':
      // Day −3 (1969-12-29) was a Monday: ISO weeks start there.
      return Math.floor((day + 3) / 7);
    case 'month':
      return monthIndex(day);
    case 'quarter':
      return Math.floor(monthIndex(day) / 3);
  }
}

/** year × 12 + (month − 1) of a calendar day. */
export function monthIndex(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153); // months counted from March
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** The first and last day among the kept positions (both day and value not NaN). */
export interface Span {
  readonly first: number;
  readonly last: number;
}

/** The span of the kept positions; undefined when no position is kept. */
export function dateSpan(days: ArrayLike<number>, values: ArrayLike<number>): Span | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (Number.isNaN(d) || Number.isNaN(values[i])) continue;
    if (d < first) first = d;
    if (d > last) last = d;
  }
  return first === Infinity ? undefined : { first, last };
}

/** How many periods a span covers, gaps included. */
export function periodCount(span: Span, period: Period): number {
  return periodIndex(span.last, period) - periodIndex(span.first, period) + 1;
}

/**
 * Aggregates `values` by the period of `days` (parallel arrays; a position where either is NaN
 * is skipped), over the periods of `span` (from dateSpan). For "count", the value at a kept
 * position does not matter. The caller checks periodCount first: a mistyped far-away date would
 * otherwise ask for millions of rows.
 */
export function trend(
  days: ArrayLike<number>,
  values: ArrayLike<number>,
  span: Span,
  period: Period,
  aggregation: Aggregation,
): Trend {
  const n = days.length;
  const firstIndex = periodIndex(span.first, period);
  const size = periodCount(span, period);

  const sums = new Float64Array(size);
  const counts = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const d = days[i];
    const v = values[i];
    if (Number.isNaN(d) || Number.isNaN(v)) continue;
    const k = periodIndex(d, period) - firstIndex;
    sums[k] += v;
    counts[k]++;
  }

  const starts = new Float64Array(size);
  const firstStart = periodStart(span.first, period);
  const out = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    starts[k] = addPeriods(firstStart, period, k);
    out[k] =
      aggregation === 'sum'
        ? sums[k]
        : aggregation === 'count'
          ? counts[k]
          : counts[k] > 0
            ? sums[k] / counts[k]
            : NaN;
  }
  return {
    starts,
    values: out,
    changes: changes(out),
    movingAverages: movingAverages(out, 3),
  };
}

function changes(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  for (let k = 1; k < values.length; k++) {
    const previous = values[k - 1];
    // NaN operands propagate; a previous of 0 leaves the change undefined.
    if (previous !== 0) out[k] = (values[k] - previous) / Math.abs(previous);
  }
  return out;
}

/** Like AVERAGE over the last `width` cells: undefined (NaN) periods are left out. */
function movingAverages(values: Float64Array, width: number): Float64Array {
  const out = new Float64Array(values.length).fill(NaN);
  for (let k = width - 1; k < values.length; k++) {
    let sum = 0;
    let defined = 0;
    for (let j = k - width + 1; j <= k; j++) {
      if (!Number.isNaN(values[j])) {
        sum += values[j];
        defined++;
      }
    }
    if (defined > 0) out[k] = sum / defined;
  }
  return out;
}
