// Orders KPIs (the Orders sheet by its Date, an instant whose calendar day is taken in the
// spreadsheet's time zone), as src/addon/metrics/measures-results.ts computes them:
// - aov (KPI_AOV, mean): Σ amount / number of orders with an amount (refunds, negative amounts,
//   count as they are).
// - gross_margin (KPI_GROSS_MARGIN): (Σ amount − Σ cost) / Σ amount over orders with an amount;
//   a blank cost counts as 0.
// - trend (KPI_TREND, sum by period): revenue per period, with gaps, changes and the 3-period
//   moving average added in JavaScript (finish.ts).
// - cohort_retention (KPI_COHORT_RETENTION): customers by the period of their first order.
import type { CohortDefinition, KpiDefinition } from './definition';

const SCOPES = ['team', 'rep'];

export const aov: KpiDefinition = {
  kind: 'grouped',
  id: 'aov',
  table: 'Orders',
  date: 'date',
  scopes: SCOPES,
  measures: {
    revenue: { sum: { column: 'amount' } },
    orders: { count: true, where: { present: 'amount' } },
  },
  value: { plus: ['revenue'], over: 'orders' },
  finish: 'value',
};

export const grossMargin: KpiDefinition = {
  kind: 'grouped',
  id: 'gross_margin',
  table: 'Orders',
  date: 'date',
  scopes: SCOPES,
  measures: {
    revenue: { sum: { column: 'amount' } },
    cost: { sum: { column: 'cost' }, where: { present: 'amount' } },
    orders: { count: true, where: { present: 'amount' } },
  },
  value: { plus: ['revenue'], minus: ['cost'], over: 'revenue' },
  finish: 'value',
};

export const trend: KpiDefinition = {
  kind: 'grouped',
  id: 'trend',
  table: 'Orders',
  date: 'date',
  // KPI_TREND's span runs from the first to the last order with an amount.
  where: { present: 'amount' },
  scopes: SCOPES,
  measures: {
    revenue: { sum: { column: 'amount' } },
    orders: { count: true },
  },
  value: { measure: 'revenue' },
  finish: 'trend',
};

export const cohortRetention: CohortDefinition = {
  kind: 'cohort',
  id: 'cohort_retention',
  table: 'Orders',
  customer: 'customerId',
  date: 'date',
};
