// Conversion KPIs, from the Pipeline sheet (scopes: company, team, rep, segment). Deals are
// cohorts of the stage that places them in a period:
// - lead_to_opportunity: deals whose Lead date falls in the period; the share of them with an
//   Opportunity date (whenever it came). Recent leads may still convert: the last weeks' value
//   rises as their opportunities arrive, so compare complete periods.
// - opportunity_to_proposal: deals whose Opportunity date falls in the period; the share with a
//   Proposal date.
// - win_rate: deals closed in the period: won by their Won date, lost by their Lost date (a deal
//   with both dates counts once, as won); won / (won + lost), KPI_WIN_RATE's formula.
// - cycle_days: deals won in the period (Won date); the median of Won date − Lead date, as
//   KPI_CYCLE_DAYS computes it. A Won date before its Lead date is a typo: that deal is left out.
import { conversionCounts, cycleLengths } from '../../kpi/funnel';
import { median } from '../../kpi/stats';
import {
  type Measure,
  type MetricValue,
  periodMeasure,
  type Query,
  ratio,
  rowsIn,
} from './measure';

type StageDate = 'leadDate' | 'opportunityDate' | 'proposalDate';

function stageConversion(from: StageDate, to: StageDate, names: [string, string]): Measure {
  return periodMeasure('pipeline', from, false, (rows, q) => {
    const later = q.tables.column('pipeline', to);
    // Every selected deal reached the first stage (its date placed it here).
    const reachedFrom = new Uint8Array(rows.length).fill(1);
    const reachedTo = new Uint8Array(rows.length);
    for (let k = 0; k < rows.length; k++) {
      const day = later[rows[k]];
      reachedTo[k] = day === day ? 1 : 0;
    }
    const { reached, converted } = conversionCounts(reachedFrom, reachedTo);
    return {
      value: ratio(converted, reached),
      volume: reached,
      detail: { [names[0]]: reached, [names[1]]: converted },
    };
  });
}

export const leadToOpportunity = stageConversion('leadDate', 'opportunityDate', [
  'leads',
  'opportunities',
]);
export const opportunityToProposal = stageConversion('opportunityDate', 'proposalDate', [
  'opportunities',
  'proposals',
]);

/** A Measure on the deals won in the period. */
const wonDeals = (compute: (rows: Int32Array, q: Query) => MetricValue): Measure =>
  periodMeasure('pipeline', 'wonDate', false, compute);

export const winRate = wonDeals((wonRows, q) => {
  const won = wonRows.length;
  const wonDate = q.tables.column('pipeline', 'wonDate');
  const lostRows = rowsIn(q, 'pipeline', 'lostDate');
  let lost = 0;
  for (let k = 0; k < lostRows.length; k++) {
    const w = wonDate[lostRows[k]];
    if (w !== w) lost++;
  }
  return { value: ratio(won, won + lost), volume: won + lost, detail: { won, lost } };
});

export const cycleDays = wonDeals((rows, q) => {
  const leadDate = q.tables.column('pipeline', 'leadDate');
  const wonDate = q.tables.column('pipeline', 'wonDate');
  const start = new Float64Array(rows.length);
  const end = new Float64Array(rows.length);
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const a = leadDate[rows[k]];
    const b = wonDate[rows[k]];
    if (!(b >= a)) continue; // a blank Lead date (NaN) or a Won date before it
    start[n] = a;
    end[n++] = b;
  }
  const { days } = cycleLengths(start.subarray(0, n), end.subarray(0, n));
  return {
    value: days.length ? median(days) : null,
    volume: days.length,
    detail: { wonDeals: rows.length },
  };
});
