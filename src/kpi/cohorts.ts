// Cohort retention on plain arrays: customers grouped by the period of their first order, and for
// each cohort the share of its customers with at least one order k periods later.
import { addPeriods, periodsBetween, periodStart, Period } from './days';
import { TextCodes } from './text-codes';

export interface Cohort {
  /** The first day of the cohort's period (a calendar-day number). */
  start: number;
  size: number;
  /**
   * Share active in period 0, 1, 2, …; null for periods that begin after the last order date
   * (not yet observable). Every cohort has the same number of entries.
   */
  shares: (number | null)[];
}

/**
 * Builds the cohorts, in date order, from parallel orders (customer identifier, calendar day).
 * Orders with a blank identifier ('') or a blank day (NaN) are skipped. Cohorts with no customer
 * do not appear. Linear in the number of orders (plus the size of the table).
 */
export function cohortRetention(
  customerIds: readonly string[],
  days: ArrayLike<number>,
  period: Period,
): Cohort[] {
  const n = Math.min(customerIds.length, days.length);
  // Pass 1: a number per customer, and each customer's first order day.
  const numbers = new TextCodes();
  const firstDay: number[] = [];
  const customerOf = new Int32Array(n).fill(-1);
  let lastDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const id = customerIds[i];
    const day = Math.floor(days[i]);
    if (id === '' || day !== day) continue;
    const c = numbers.codeOf(id);
    if (c === firstDay.length) firstDay.push(day);
    else if (day < firstDay[c]) firstDay[c] = day;
    customerOf[i] = c;
    if (day > lastDay) lastDay = day;
  }
  if (firstDay.length === 0) return [];

  let firstOrder = Infinity;
  for (const d of firstDay) if (d < firstOrder) firstOrder = d;
  const origin = periodStart(firstOrder, period);
  const periods = periodsBetween(origin, periodStart(lastDay, period), period) + 1;
  const ordinal = ordinalsFrom(origin, firstOrder, lastDay, periods, period);

  // One row of active counts per cohort that exists, in period order; its length is the number
  // of periods observable for it, so memory follows the size of the table.
  const cohortOf = new Int32Array(firstDay.length);
  const rowOf = new Int32Array(periods).fill(-1);
  for (let c = 0; c < firstDay.length; c++) {
    const o = ordinal(firstDay[c]);
    cohortOf[c] = o;
    rowOf[o] = 0;
  }
  const starts: number[] = [];
  const sizes: number[] = [];
  const active: Int32Array[] = [];
  for (let o = 0; o < periods; o++) {
    if (rowOf[o] < 0) continue;
    rowOf[o] = starts.length;
    starts.push(addPeriods(origin, period, o));
    sizes.push(0);
    active.push(new Int32Array(periods - o));
  }
  for (let c = 0; c < firstDay.length; c++) sizes[rowOf[cohortOf[c]]]++;

  // Pass 2: the period of each order, grouped by customer (a counting sort), so that a stamp per
  // period counts each customer once per period without a set of pairs.
  const customers = firstDay.length;
  const offset = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) if (customerOf[i] >= 0) offset[customerOf[i] + 1]++;
  for (let c = 0; c < customers; c++) offset[c + 1] += offset[c];
  const fill = offset.slice(0, customers);
  const periodOf = new Int32Array(offset[customers]);
  for (let i = 0; i < n; i++) {
    const c = customerOf[i];
    if (c >= 0) periodOf[fill[c]++] = ordinal(Math.floor(days[i]));
  }
  const stamp = new Int32Array(periods).fill(-1);
  for (let c = 0; c < customers; c++) {
    const row = active[rowOf[cohortOf[c]]];
    for (let j = offset[c]; j < offset[c + 1]; j++) {
      const o = periodOf[j];
      if (stamp[o] === c) continue;
      stamp[o] = c;
      row[o - cohortOf[c]]++;
    }
  }

  return starts.map((start, r) => {
    const size = sizes[r];
    const counts = active[r];
    const shares: (number | null)[] = new Array(periods).fill(null);
    for (let k = 0; k < counts.length; k++) shares[k] = counts[k] / size;
    return { start, size, shares };
  });
}

/** Beyond this many days (about 13,000 years) period numbers are cached per day instead. */
const MAX_TABLE_DAYS = 5_000_000;

/**
 * The period number (0 for the period of `origin`) of any day from `first` to `last`. A lookup
 * table filled period by period, because month and quarter starts need Date arithmetic that
 * would be slow once per order.
 */
function ordinalsFrom(
  origin: number,
  first: number,
  last: number,
  periods: number,
  period: Period,
): (day: number) => number {
  const span = last - first + 1;
  if (span > MAX_TABLE_DAYS) {
    const cache = new Map<number, number>();
    return (day) => {
      let o = cache.get(day);
      if (o === undefined) {
        o = periodsBetween(origin, periodStart(day, period), period);
        cache.set(day, o);
      }
      return o;
    };
  }
  const table = new Int32Array(span);
  for (let o = 0; o < periods; o++) {
    const from = Math.max(addPeriods(origin, period, o), first) - first;
    const to = Math.min(addPeriods(origin, period, o + 1), last + 1) - first;
    table.fill(o, from, to);
  }
  return (day) => table[day - first];
}
