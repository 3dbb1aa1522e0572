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
import { groupedOn, type KpiDefinition } from './definition';

/** The Pipeline sheet's grouped KPIs, by team and rep and segment. */
const pipelineKpi = groupedOn('Pipeline', ['team', 'rep', 'segment']);

function stageConversion(id: string, from: string, to: string): KpiDefinition {
  return pipelineKpi({
    id,
    date: from,
    measures: { reached: { count: true }, converted: { count: true, where: { present: to } } },
    value: { plus: ['converted'], over: 'reached' },
  });
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

export const funnel = pipelineKpi({
  id: 'funnel',
  date: 'leadDate',
  measures: {
    leads: { count: true },
    opportunities: { count: true, where: { present: 'opportunityDate' } },
    proposals: { count: true, where: { present: 'proposalDate' } },
    won: { count: true, where: { present: 'wonDate' } },
  },
  finish: 'funnel',
});

export const winRate = pipelineKpi({
  id: 'win_rate',
  date: { firstOf: ['wonDate', 'lostDate'] },
  measures: {
    won: { count: true, where: { present: 'wonDate' } },
    lost: { count: true, where: { blank: 'wonDate' } },
    closed: { count: true },
  },
  value: { plus: ['won'], over: 'closed' },
});

export const cycleDays = pipelineKpi({
  id: 'cycle_days',
  date: 'wonDate',
  measures: {
    won_deals: { count: true },
    measured: { count: true, where: { later: 'wonDate', notBefore: 'leadDate' } },
    median_days: {
      median: { daysFrom: 'leadDate', to: 'wonDate' },
      where: { later: 'wonDate', notBefore: 'leadDate' },
    },
  },
  value: { measure: 'median_days' },
});

export const segmentProfitability = pipelineKpi({
  id: 'segment_profitability',
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
});
