// =KPI_* functions for customers and satisfaction: retention, NPS, CSAT, referral rate and the
// cohort retention table. They read Sheets-shaped arguments and leave the arithmetic to
// src/kpi/customers.ts and src/kpi/cohorts.ts.
import { cohortRetention } from '../kpi/cohorts';
import { Period, periodsBetween, periodStart, ymdOfDay } from '../kpi/days';
import {
  countMatching,
  csatCounts,
  npsCounts,
  npsOf,
  retainedCustomers,
  retentionFromCounts,
} from '../kpi/customers';
import { Arg, Cell, isBlank, Table, toGrid } from './cells';
import { readChoice, readColumns, readScalarNumber } from './columns';
import { dateOfDay } from './dates';
import { defineKpi } from './define';
import { fail } from './errors';
import { labelSet } from './labels';
import { readNumberText } from './numbers';

/** The one cell of a single-value argument, or undefined for a range of several cells. */
function singleCell(arg: unknown): Cell | undefined {
  const grid = toGrid(arg);
  return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : undefined;
}

/** A single cell that reads as a count: a number, or text written as one (even ambiguously). */
function isCountCell(cell: Cell | undefined): boolean {
  if (typeof cell === 'number') return Number.isFinite(cell);
  if (typeof cell !== 'string' || isBlank(cell)) return false;
  const reading = readNumberText(cell);
  return 'value' in reading || reading.problem === 'ambiguous';
}

export const kpiRetention = defineKpi(
  'KPI_RETENTION',
  (start: Arg, end: Arg, newCustomers?: Arg): number => {
    const fn = 'KPI_RETENTION';
    const startCell = singleCell(start);
    const endCell = singleCell(end);
    const startIsCount = isCountCell(startCell);
    const endIsCount = isCountCell(endCell);
    if (startIsCount || endIsCount) {
      // Two single values are the counts form (the other one must then be a number too); a
      // count next to a range of identifiers is a mix-up of the two forms.
      if (startCell !== undefined && endCell !== undefined)
        return retentionCounts(fn, start, end, newCustomers);
      fail(
        fn,
        `${startIsCount ? 'start' : 'end'} is a count but ${startIsCount ? 'end' : 'start'} is a ` +
          'range; give counts in both, or ranges of customer identifiers in both',
      );
    }
    if (!isBlank(newCustomers)) {
      fail(
        fn,
        'new_customers is used only with counts; with ranges of identifiers, customers who ' +
          'were not there at the start are already left out',
      );
    }
    const startIds = readColumns(fn, { start: [start, 'id'] }).start;
    const endIds = readColumns(fn, { end: [end, 'id'] }).end;
    const { start: starting, retained } = retainedCustomers(startIds, endIds);
    if (starting === 0) {
      fail(
        fn,
        'start holds no customer; give the number of customers at the start of the period, or a ' +
          'range of their identifiers (retention is not defined without them)',
      );
    }
    return retained / starting;
  },
);

function retentionCounts(fn: string, start: Arg, end: Arg, newCustomers: Arg | undefined): number {
  const s = readScalarNumber(fn, 'start', start);
  const e = readScalarNumber(fn, 'end', end);
  const n = readScalarNumber(fn, 'new_customers', newCustomers, 0);
  for (const [name, value] of [
    ['start', s],
    ['end', e],
    ['new_customers', n],
  ] as const) {
    if (value < 0) fail(fn, `${name} is ${value}; a number of customers cannot be negative`);
  }
  if (s === 0) fail(fn, 'start is 0; retention is not defined without customers at the start');
  if (n > e) {
    fail(
      fn,
      `new_customers (${n}) is more than end (${e}); the customers at the end include the new ones`,
    );
  }
  if (e - n > s) {
    fail(
      fn,
      `end − new_customers is ${e - n}, more than start (${s}); retained customers cannot ` +
        'outnumber the customers at the start',
    );
  }
  return retentionFromCounts(s, e, n);
}

export const kpiNps = defineKpi('KPI_NPS', (scores: Arg): number => {
  const fn = 'KPI_NPS';
  const cols = readColumns(fn, { scores: [scores, 'number'] });
  const counts = npsCounts(cols.scores);
  const bad = counts.invalid;
  if (bad >= 0) {
    fail(
      fn,
      `${cols.where('scores', bad)} holds ${cols.scores[bad]}; ` +
        'NPS scores are whole numbers from 0 to 10',
    );
  }
  if (counts.responses === 0)
    fail(fn, 'scores holds no score; NPS is not defined without responses');
  return npsOf(counts);
});

export const kpiCsat = defineKpi(
  'KPI_CSAT',
  (scores: Arg, scaleMax?: Arg, method?: Arg): number => {
    const fn = 'KPI_CSAT';
    const max = readScalarNumber(fn, 'scale_max', scaleMax, 5);
    if (!(Number.isInteger(max) && max >= 2))
      fail(fn, `scale_max is ${max}; give the top of the scale, a whole number of at least 2`);
    const how = readChoice(fn, 'method', method, ['top2', 'mean'] as const, 'top2');
    const cols = readColumns(fn, { scores: [scores, 'number'] });
    const counts = csatCounts(cols.scores, max);
    const bad = counts.invalid;
    if (bad >= 0) {
      fail(
        fn,
        `${cols.where('scores', bad)} holds ${cols.scores[bad]}; ` +
          `CSAT scores are whole numbers from 1 to ${max}`,
      );
    }
    if (counts.responses === 0)
      fail(fn, 'scores holds no score; CSAT is not defined without responses');
    return how === 'mean' ? counts.sum / counts.responses : counts.top2 / counts.responses;
  },
);

/** Spontaneous referrals; the unaccented and unhyphenated spellings are common in typed data. */
const REFERRAL_LABELS = [
  'Referral',
  'Recommandation',
  'Bouche-à-oreille',
  'Bouche-a-oreille',
  'Bouche à oreille',
  'Bouche a oreille',
];

export const kpiReferralRate = defineKpi(
  'KPI_REFERRAL_RATE',
  (sources: Arg, referralLabels?: Arg): number => {
    const fn = 'KPI_REFERRAL_RATE';
    const labels = labelSet(referralLabels, REFERRAL_LABELS);
    if (labels.size === 0)
      fail(fn, 'referral_labels holds no label; give a text or a range of texts, or leave it out');
    const { codes, values } = readColumns(fn, { sources: [sources, 'label-codes'] }).sources;
    const { total, matched } = countMatching(codes, values, labels);
    if (total === 0)
      fail(fn, 'sources holds no source; the referral rate is not defined without sources');
    return matched / total;
  },
);

export const kpiCohortRetention = defineKpi(
  'KPI_COHORT_RETENTION',
  (customerIds: Arg, orderDates: Arg, period?: Arg): Table => {
    const fn = 'KPI_COHORT_RETENTION';
    const unit = readChoice(fn, 'period', period, ['month', 'week', 'quarter'] as const, 'month');
    const cols = readColumns(fn, {
      customer_ids: [customerIds, 'id'],
      order_dates: [orderDates, 'date'],
    });
    checkSpan(fn, cols.customer_ids, cols.order_dates, unit);
    const cohorts = cohortRetention(cols.customer_ids, cols.order_dates, unit);
    if (cohorts.length === 0) {
      fail(
        fn,
        'no order has both a customer and a date; the cohort table is not defined without orders',
      );
    }
    const width = cohorts[0].shares.length;
    const header: Cell[] = ['Cohort start', 'Cohort size'];
    for (let k = 0; k < width; k++) header.push(`Period ${k}`);
    const table: Table = [header];
    for (const cohort of cohorts) {
      const row: Cell[] = [dateOfDay(cohort.start), cohort.size];
      for (const share of cohort.shares) row.push(share === null ? '' : share);
      table.push(row);
    }
    return table;
  },
);

/** The widest cohort table built: beyond it a table is unreadable, and usually a typo made it. */
const MAX_PERIODS = 1000;

/**
 * Refuses order dates spread over more periods than a readable table has columns (one date typed
 * as 1926 instead of 2026 would otherwise build a table of 1,200 months).
 */
function checkSpan(fn: string, ids: readonly string[], days: Float64Array, unit: Period): void {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (ids[i] === '' || day !== day) continue;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (first > last) return;
  const periods = periodsBetween(periodStart(first, unit), periodStart(last, unit), unit) + 1;
  if (periods > MAX_PERIODS) {
    fail(
      fn,
      `order dates run from ${isoDay(first)} to ${isoDay(last)}, ${periods} ${unit}s, more than ` +
        `the ${MAX_PERIODS} periods a cohort table shows; check for a mistyped date, or use a ` +
        'longer period',
    );
  }
}

function isoDay(dayNumber: number): string {
  const { year, month, day } = ymdOfDay(dayNumber);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}
