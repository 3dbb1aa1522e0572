// Pipeline KPIs (the Pipeline sheet's deals), as the add-on's metrics compute them
// (src/addon/metrics/measures-pipeline.ts) with the maths of src/kpi/funnel.ts:
// - lead_to_opportunity / opportunity_to_proposal (KPI_CONVERSION): deals whose first stage date
//   falls in the period; the share of them with the next stage's date, whenever it came.
// - funnel (KPI_FUNNEL, "any" mode): deals by Lead date; how many reached each stage.
// - win_rate (KPI_WIN_RATE): deals closed in the period, won by Won date, lost by Lost date; a
//   deal with both dates counts once, as won (so the period date is the first of Won, Lost).
// - cycle_days (KPI_CYCLE_DAYS, median): deals won in the period; Won date − Lead date in
//   calendar days; a blank Lead date or a Won date before it leaves the deal out.
// - segment_profitability (KPI_SEGMENT_PROFITABILITY): won deals by Won date, split by segment;
//   revenue Σ amount, cost Σ cost (a blank cost is 0, a blank amount skips the deal).
import type { KpiDefinition } from './definition';

const SCOPES = ['team', 'rep', 'segment'];

function stageConversion(id: string, from: string, to: string): KpiDefinition {
  return {
    kind: 'grouped',
    id,
    table: 'Pipeline',
    date: from,
    scopes: SCOPES,
    measures: { reached: { count: true }, converted: { count: true, where: { present: to } } },
    value: { plus: ['converted'], over: 'reached' },
    finish: 'value',
  };
}

export const leadToOpportunity = stageConversion(
  'lead_to_opportunity',
  'leadDate',
  'opportunityDate',
);
export const opportunityToProposal = stageConversion(
  'opportunity_to_proposal',
  'opportunityDate',
  'proposalDate',
);

export const funnel: KpiDefinition = {
  kind: 'grouped',
  id: 'funnel',
  table: 'Pipeline',
  date: 'leadDate',
  scopes: SCOPES,
  measures: {
    leads: { count: true },
    opportunities: { count: true, where: { present: 'opportunityDate' } },
    proposals: { count: true, where: { present: 'proposalDate' } },
    won: { count: true, where: { present: 'wonDate' } },
  },
  finish: 'funnel',
};

export const winRate: KpiDefinition = {
  kind: 'grouped',
  id: 'win_rate',
  table: 'Pipeline',
  date: { firstOf: ['wonDate', 'lostDate'] },
  scopes: SCOPES,
  measures: {
    won: { count: true, where: { present: 'wonDate' } },
    lost: { count: true, where: { blank: 'wonDate' } },
    closed: { count: true },
  },
  value: { plus: ['won'], over: 'closed' },
  finish: 'value',
};

export const cycleDays: KpiDefinition = {
  kind: 'grouped',
  id: 'cycle_days',
  table: 'Pipeline',
  date: 'wonDate',
  scopes: SCOPES,
  measures: {
    won_deals: { count: true },
    measured: { count: true, where: { later: 'wonDate', notBefore: 'leadDate' } },
    median_days: {
      median: { daysFrom: 'leadDate', to: 'wonDate' },
      where: { later: 'wonDate', notBefore: 'leadDate' },
    },
  },
  value: { measure: 'median_days' },
  finish: 'value',
};

export const segmentProfitability: KpiDefinition = {
  kind: 'grouped',
  id: 'segment_profitability',
  table: 'Pipeline',
  date: 'wonDate',
  // A deal without an amount is not in the table at all (a segment of such deals has no row).
  where: { present: 'amount' },
  scopes: ['team', 'rep'],
  breakdown: 'segment',
  measures: {
    revenue: { sum: { column: 'amount' } },
    cost: { sum: { column: 'cost' } },
    deals: { count: true },
  },
  finish: 'segments',
};
