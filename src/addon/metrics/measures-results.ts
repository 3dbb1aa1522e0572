// Results KPIs (scopes: company, team, rep, segment).
// - revenue, aov, gross_margin: the Orders sheet by its Date. Revenue is what was ordered in the
//   period: first orders (a won deal's amount) and repeat orders alike; the won deals' Amount by
//   Won date would miss the repeat business, which is most of a subscription firm's revenue.
//   aov is KPI_AOV's mean, gross_margin KPI_GROSS_MARGIN's (Σ amount − Σ cost) / Σ amount (a
//   blank cost counts as 0). Orders take their segment from their customer (Customers sheet).
// - new_customers: the Customers sheet by Acquired date.
import { marginRate, marginTotals, presentValues, sumPresent } from '../../kpi/results';
import { mean } from '../../kpi/stats';
import { gather, type Measure, periodMeasure, type Query } from './measure';

function ordersMeasure(
  total: boolean,
  compute: (amount: Float64Array, q: Query, rows: Int32Array) => ReturnType<Measure['compute']>,
): Measure {
  return periodMeasure('orders', 'date', total, (rows, q) =>
    compute(gather(rows, q.tables.column('orders', 'amount')), q, rows),
  );
}

export const revenue = ordersMeasure(true, (amount) => {
  const { sum, count } = sumPresent(amount);
  return { value: sum, volume: count };
});

export const aov = ordersMeasure(false, (amount) => {
  const present = presentValues(amount);
  return { value: present.length ? mean(present) : null, volume: present.length };
});

export const grossMargin = ordersMeasure(false, (amount, q, rows) => {
  const cost = gather(rows, q.tables.column('orders', 'cost'));
  const totals = marginTotals(amount, cost);
  const rate = marginRate(totals.revenue, totals.cost);
  return {
    value: rate === rate ? rate : null,
    volume: totals.rows,
    detail: { revenue: totals.revenue, cost: totals.cost },
  };
});

export const newCustomers = periodMeasure('customers', 'acquiredDate', true, (rows) => ({
  value: rows.length,
  volume: rows.length,
}));
