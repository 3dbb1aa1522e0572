// Two kinds of objective, by what the KPI is.
// - Cumulative KPIs are counts and sums (calls, emails, meetings, significant interactions,
//   revenue, new customers): the target is a TOTAL over the objective's window (start → deadline,
//   both included) and progress runs from 0 to it. Their baseline stays what was measured, a
//   value per tracking period (52 calls a week), so a % change applies to the total the window
//   would reach at the baseline's pace (52 × the window's weeks), and the Achievable step compares
//   the target's per-period equivalent with the history of periods.
// - Level KPIs are rates, averages, days, NPS and CSAT: the target is the level to reach, and
//   progress runs from the baseline to it.
import type { KpiKey } from '../metrics';

const CUMULATIVE: ReadonlySet<KpiKey> = new Set<KpiKey>([
  'calls',
  'emails',
  'meetings',
  'significant_interactions',
  'revenue',
  'new_customers',
]);

export function isCumulative(kpi: KpiKey): boolean {
  return CUMULATIVE.has(kpi);
}

// The window's length in periods is a rule the wizard page applies too: declared in rules.ts.
export { PERIOD_DAYS, periodsInWindow, windowDays } from './rules';
