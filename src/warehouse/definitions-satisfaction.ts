// Satisfaction and Customers KPIs, as src/addon/metrics/measures-satisfaction.ts computes them
// with the maths of src/kpi/customers.ts (new customers: as measures-results.ts):
// - nps (KPI_NPS): Surveys of kind NPS by Date; promoters 9–10, detractors 0–6 among the whole
//   scores 0–10 (other scores are left out here: KPI_NPS would stop with an error).
// - csat (KPI_CSAT, top-two share on 1–5): Surveys of kind CSAT; scores 4–5 over whole 1–5 scores.
// - referral_rate (KPI_REFERRAL_RATE): Customers by Acquired date; referral sources over the
//   non-blank sources (labels in English or French, or the schema's key, any case).
// - new_customers: the Customers rows by Acquired date.
// - retention (the add-on's, KPI_RETENTION's counts form): a stock of Customers, each active from
//   its Acquired date up to its Churned date; per period, at_start = active the day before it
//   starts, at_end = active on its last day, joined = acquired within it and active at its end;
//   value (at_end − joined) / at_start.
import type { KpiId } from './api';
import {
  type Condition,
  groupedOn,
  type KpiDefinition,
  type Measure,
  type StockDefinition,
  type ValueExpr,
} from './definition';

/** The Surveys sheet's grouped KPIs, by team and rep. */
const surveysKpi = groupedOn('Surveys', ['team', 'rep']);

function score(atLeast: number, atMost: number): Condition {
  return { number: 'score', atLeast, atMost, whole: true };
}

/**
 * A survey-score KPI: the Surveys rows whose kind is the KPI's id, by Date; `responses` counts
 * the whole scores on the KPI's scale, before the KPI's own measures.
 */
function surveyScore(
  id: KpiId,
  scale: Condition,
  measures: Readonly<Record<string, Measure>>,
  value: ValueExpr,
): KpiDefinition {
  return surveysKpi({
    id,
    date: 'date',
    where: { label: 'kind', oneOf: [id] },
    measures: { responses: { count: true, where: scale }, ...measures },
    value,
  });
}

export const nps = surveyScore(
  'nps',
  score(0, 10),
  {
    promoters: { count: true, where: score(9, 10) },
    detractors: { count: true, where: score(0, 6) },
  },
  { plus: ['promoters'], minus: ['detractors'], times: 100, over: 'responses' },
);

export const csat = surveyScore(
  'csat',
  score(1, 5),
  {
    top2: { count: true, where: score(4, 5) },
    score_sum: { sum: { column: 'score' }, where: score(1, 5) },
  },
  { plus: ['top2'], over: 'responses' },
);

/** KPI_REFERRAL_RATE's default labels, and the schema's key for a referral source. */
const REFERRAL_LABELS = [
  'referral',
  'recommandation',
  'bouche-à-oreille',
  'bouche-a-oreille',
  'bouche à oreille',
  'bouche a oreille',
];

/** The Customers sheet's grouped KPIs, by team, rep and segment. */
const customersKpi = groupedOn('Customers', ['team', 'rep', 'segment']);

export const referralRate = customersKpi({
  id: 'referral_rate',
  date: 'acquiredDate',
  measures: {
    sourced: { count: true, where: { present: 'source' } },
    referrals: { count: true, where: { label: 'source', oneOf: REFERRAL_LABELS } },
  },
  value: { plus: ['referrals'], over: 'sourced' },
});

export const newCustomers = customersKpi({
  id: 'new_customers',
  date: 'acquiredDate',
  measures: { customers: { count: true } },
  value: { measure: 'customers' },
});

export const retention: StockDefinition = {
  kind: 'stock',
  id: 'retention',
  table: 'Customers',
  since: 'acquiredDate',
  until: 'churnedDate',
  scopes: ['team', 'rep', 'segment'],
  measures: {
    at_start: { activeAt: 'start' },
    at_end: { activeAt: 'end' },
    joined: { activeAt: 'end', beganWithin: true },
  },
  value: { plus: ['at_end'], minus: ['joined'], over: 'at_start' },
};
