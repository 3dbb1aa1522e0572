// =KPI_* functions for customers and satisfaction: retention, NPS, CSAT, referral rate and the
// cohort retention table. They read Sheets-shaped arguments and leave the arithmetic to
// src/kpi/customers.ts and src/kpi/cohorts.ts.
import { cohortRetention } from '../kpi/cohorts';
import { Period, periodsBetween, periodStart } from '../kpi/days';
import { isoOfDay } from './values/day-zone';
import {
  countMatching,
  csatCounts,
  npsCounts,
  npsOf,
  retainedCustomers,
  retentionFromCounts,
} from '../kpi/customers';
import { Arg, Cell, isBlank, Table, toGrid } from './values/cells';
import { readColumns, readScalarNumber } from './columns';
import { dateOfDay } from './values/dates';
import { declareKpi, gives, spills, type KpiFunction } from './declare';
import { fail } from './errors';
import { ratio } from './ratio';
import { tableOf } from './tables';
import { notNegative, readScalars } from './scalar-rules';
import {
  cells,
  choice,
  dates,
  number,
  numberOrCells,
  numbers,
  optionalLabels,
  optionalNumber,
  texts,
} from './params';
import { labelSet } from './values/labels';
import { readNumberText } from './values/numbers';

// The text options of this family's functions: each gives its parameter's help and reads its
// argument.
const CSAT_METHOD = choice('method', ['top2', 'mean']);
const COHORT_PERIOD = choice('period', ['month', 'week', 'quarter']);

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

const NEW_CUSTOMERS_HELP = 'Optional, counts form only: customers acquired during the period.';

/** The customers at the start or at the end of the period. */
const customersAt = (name: 'start' | 'end') =>
  numberOrCells(name, `Customers at the ${name} of the period: a count or a range of identifiers.`);

export const kpiRetention = declareKpi(
  {
    name: 'KPI_RETENTION',
    en: 'Customer retention rate: with three counts, (customers at end − new customers) / customers at start; with two ranges of customer identifiers, the share of the start customers still present at the end.',
    fr: 'Taux de rétention client : avec trois nombres, (clients en fin − nouveaux clients) / clients au début ; avec deux plages d’identifiants, la part des clients du début encore présents à la fin.',
    params: [customersAt('start'), customersAt('end'), number('new_customers', NEW_CUSTOMERS_HELP)],
    returns: gives('number', 'The retention rate, from 0 to 1.'),
    example: '=KPI_RETENTION(120, 118, 10)',
  },
  (fn, start: Arg, end: Arg, newCustomers?: Arg): number => {
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
    return ratio(
      fn,
      retained,
      starting,
      'start holds no customer; give the number of customers at the start of the period, or a ' +
        'range of their identifiers (retention is not defined without them)',
    );
  },
);

function retentionCounts(fn: string, start: Arg, end: Arg, newCustomers: Arg | undefined): number {
  const customers = notNegative('a number of customers');
  const v = readScalars(fn, {
    start: [start, customers],
    end: [end, customers],
    new_customers: [newCustomers, customers, 0],
  });
  const { start: s, end: e, new_customers: n } = v;
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

/** The answers of one kind of survey, whole numbers in its range (FILTER picks them out). */
function surveyScores(kind: 'NPS' | 'CSAT', from: string) {
  return numbers(
    'scores',
    `The ${kind} answers only, whole numbers from ${from}; on a sheet that mixes survey kinds, FILTER them: FILTER(Surveys!D2:D, Surveys!C2:C="${kind}").`,
  );
}

/**
 * The counts of a survey's scores, each checked to be a whole number of its scale (`from`, as
 * "0 to 10"), and at least one of them: the score is not defined without responses.
 */
function surveyCounts<C extends { readonly invalid: number; readonly responses: number }>(
  fn: string,
  kind: 'NPS' | 'CSAT',
  scores: Arg,
  from: string,
  count: (scores: Float64Array) => C,
): C {
  const cols = readColumns(fn, { scores: [scores, 'number'] });
  const counts = count(cols.scores);
  const bad = counts.invalid;
  if (bad >= 0) {
    fail(
      fn,
      `${cols.where('scores', bad)} holds ${cols.scores[bad]}; ` +
        `${kind} scores are whole numbers from ${from}`,
    );
  }
  if (counts.responses === 0)
    fail(fn, `scores holds no score; ${kind} is not defined without responses`);
  return counts;
}

export const kpiNps = declareKpi(
  {
    name: 'KPI_NPS',
    en: 'Net Promoter Score: 100 × (promoters − detractors) / responses, where promoters score 9–10 and detractors 0–6, from −100 to 100.',
    fr: 'Net Promoter Score : 100 × (promoteurs − détracteurs) / réponses, les promoteurs notant 9 ou 10 et les détracteurs de 0 à 6, de −100 à 100.',
    params: [surveyScores('NPS', '0 to 10')],
    returns: gives('number', 'The NPS in points.'),
    example: '=KPI_NPS(FILTER(Surveys!D2:D, Surveys!C2:C="NPS"))',
  },
  (fn, scores: Arg): number => npsOf(surveyCounts(fn, 'NPS', scores, '0 to 10', npsCounts)),
);

export const kpiCsat = declareKpi(
  {
    name: 'KPI_CSAT',
    en: 'Customer satisfaction score: with method "top2" (default), the share of scores in the top two of the scale; with "mean", the average score.',
    fr: 'Score de satisfaction client : avec la méthode « top2 » (par défaut), la part des notes dans les deux meilleures de l’échelle ; avec « mean », la note moyenne.',
    params: [
      surveyScores('CSAT', '1 to scale_max'),
      optionalNumber('scale_max', 'the top of the scale (default 5).'),
      CSAT_METHOD.param,
    ],
    returns: gives('number', 'The CSAT.'),
    example: '=KPI_CSAT(FILTER(Surveys!D2:D, Surveys!C2:C="CSAT"), 5)',
  },
  (fn, scores: Arg, scaleMax?: Arg, method?: Arg): number => {
    const max = readScalarNumber(fn, 'scale_max', scaleMax, 5);
    if (!(Number.isInteger(max) && max >= 2))
      fail(fn, `scale_max is ${max}; give the top of the scale, a whole number of at least 2`);
    const how = CSAT_METHOD.read(fn, method);
    const counts = surveyCounts(fn, 'CSAT', scores, `1 to ${max}`, (s) => csatCounts(s, max));
    return how === 'mean' ? counts.sum / counts.responses : counts.top2 / counts.responses;
  },
);

/** Spontaneous referrals; the unaccented and unhyphenated spellings are common in typed data. */
export const REFERRAL_LABELS = [
  'Referral',
  'Recommandation',
  'Bouche-à-oreille',
  'Bouche-a-oreille',
  'Bouche à oreille',
  'Bouche a oreille',
];

const SOURCES_HELP =
  'The lead or customer sources (a whole column such as Customers!F:F skips its Source heading).';

export const kpiReferralRate = declareKpi(
  {
    name: 'KPI_REFERRAL_RATE',
    en: 'Referral rate: the share of non-blank lead sources that are spontaneous referrals. Default labels: Referral (Recommandation, Bouche-à-oreille).',
    fr: 'Taux de recommandation : la part des sources renseignées qui sont des recommandations spontanées. Libellés par défaut : Referral (Recommandation, Bouche-à-oreille).',
    params: [
      texts('sources', SOURCES_HELP),
      optionalLabels('referral_labels', 'the source label(s) that mean a referral.'),
    ],
    returns: gives('number', 'The referral rate, from 0 to 1.'),
    example: '=KPI_REFERRAL_RATE(Customers!F2:F)',
  },
  (fn, sources: Arg, referralLabels?: Arg): number => {
    const labels = labelSet(referralLabels, REFERRAL_LABELS);
    if (labels.size === 0)
      fail(fn, 'referral_labels holds no label; give a text or a range of texts, or leave it out');
    const { codes, values } = readColumns(fn, { sources: [sources, 'label-codes'] }).sources;
    const { total, matched } = countMatching(codes, values, labels);
    return ratio(
      fn,
      matched,
      total,
      'sources holds no source; the referral rate is not defined without sources',
    );
  },
);

export const kpiCohortRetention = declareKpi(
  {
    name: 'KPI_COHORT_RETENTION',
    en: 'Cohort retention table: customers grouped by the period of their first order, and for each cohort the share active (at least one order) in each following period.',
    fr: 'Tableau de rétention par cohorte : les clients regroupés par période de leur première commande et, pour chaque cohorte, la part active (au moins une commande) à chaque période suivante.',
    params: [
      cells('customer_ids', 'The customer of each order.'),
      dates('order_dates', 'The date of each order.'),
      COHORT_PERIOD.param,
    ],
    returns: spills('A table: cohort start, cohort size, share active in period 0, 1, 2, …'),
    example: '=KPI_COHORT_RETENTION(Orders!B2:B, Orders!C2:C, "month")',
  },
  (fn, customerIds: Arg, orderDates: Arg, period?: Arg): Table => {
    const unit = COHORT_PERIOD.read(fn, period);
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
    return tableOf(header, cohorts.length, (k) => {
      const cohort = cohorts[k];
      const row: Cell[] = [dateOfDay(cohort.start), cohort.size];
      for (const share of cohort.shares) row.push(share === null ? '' : share);
      return row;
    });
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
      `order dates run from ${isoOfDay(first)} to ${isoOfDay(last)}, ${periods} ${unit}s, more than ` +
        `the ${MAX_PERIODS} periods a cohort table shows; check for a mistyped date, or use a ` +
        'longer period',
    );
  }
}

/** The customers family's functions, in the order of docs/kpi-functions.md. */
export const CUSTOMERS_FUNCTIONS: readonly KpiFunction[] = [
  kpiRetention,
  kpiNps,
  kpiCsat,
  kpiReferralRate,
  kpiCohortRetention,
];
