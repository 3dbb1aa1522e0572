// Orders KPIs (the Orders sheet by its Date, an instant whose calendar day is taken in the
// spreadsheet's time zone), as src/addon/metrics/measures-results.ts computes them:
// - aov (KPI_AOV, mean): Σ amount / number of orders with an amount (refunds, negative amounts,
//   count as they are).
// - gross_margin (KPI_GROSS_MARGIN): (Σ amount − Σ cost) / Σ amount over orders with an amount;
//   a blank cost counts as 0.
// - trend (KPI_TREND, sum by period): revenue per period, with gaps, changes and the 3-period
//   moving average added in JavaScript (finish.ts).
// - cohort_retention (KPI_COHORT_RETENTION): customers by the period of their first order.
import { type CohortDefinition, groupedOn } from './definition';

/** The Orders sheet's grouped KPIs, by team and rep. */
const ordersKpi = groupedOn('Orders', ['team', 'rep']);

export const aov = ordersKpi({
  id: 'aov',
  date: 'date',
  measures: {
    revenue: { sum: { column: 'amount' } },
    orders: { count: true, where: { present: 'amount' } },
  },
  value: { plus: ['revenue'], over: 'orders' },
});

export const grossMargin = ordersKpi({
  id: 'gross_margin',
  date: 'date',
  measures: {
    revenue: { sum: { column: 'amount' } },
    cost: { sum: { column: 'cost' }, where: { present: 'amount' } },
    orders: { count: true, where: { present: 'amount' } },
  },
  value: { plus: ['revenue'], minus: ['cost'], over: 'revenue' },
});

export const trend = ordersKpi({
  id: 'trend',
  date: 'date',
  // KPI_TREND's span runs from the first to the last order with an amount.
  where: { present: 'amount' },
  measures: {
    revenue: { sum: { column: 'amount' } },
    orders: { count: true },
  },
  value: { measure: 'revenue' },
  finish: 'trend',
});

export const cohortRetention: CohortDefinition = {
  kind: 'cohort',
  id: 'cohort_retention',
  table: 'Orders',
  customer: 'customerId',
  date: 'date',
};
