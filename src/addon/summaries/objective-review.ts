// The summary's objective review (issue 14): an objective met early or far behind its pace gets
// a proposed target from the scope's own history of the KPI (kpi/objective-review.ts): the same
// period in earlier years, the best and the median of the last two years. A count or a sum
// (revenue, calls) is compared over the objective's whole window, so its monthly history is
// scaled to the window's length; a rate or an average is compared as it is. The manager decides;
// the email only proposes.
import { addPeriods, periodStart } from '../../kpi/days';
import { proposeTarget, type ReviewProposal } from '../../kpi/objective-review';
import { kpiEntry, type KpiKey, metricSeries, type MetricPeriod, type Scope } from '../metrics';
import type { WorkbookData } from '../metrics';
import { isCumulative } from '../objectives/cumulative';

export interface ReviewRequest {
  readonly kpi: KpiKey;
  readonly scope: Scope;
  readonly baseline: number;
  readonly target: number;
  readonly start: number;
  readonly deadline: number;
  readonly period: MetricPeriod;
  readonly actual: number;
}

/** Two years of complete periods before the one holding `asOf`. */
const HISTORY_PERIODS = { week: 104, month: 24, quarter: 8 } as const;

export function reviewObjective(
  data: WorkbookData,
  r: ReviewRequest,
  asOf: number,
): ReviewProposal | undefined {
  const windowDays = r.deadline + 1 - r.start;
  if (windowDays <= 0) return undefined;
  const elapsed = Math.min(1, Math.max(0, (asOf - r.start) / windowDays));
  const to = periodStart(asOf, r.period);
  const from = addPeriods(to, r.period, -HISTORY_PERIODS[r.period]);
  let series;
  try {
    series = metricSeries(data, r.kpi, r.scope, r.period, from, to);
  } catch {
    return undefined;
  }
  const periodDays = addPeriods(to, r.period, 1) - to || 30;
  const scale = isCumulative(r.kpi) ? windowDays / periodDays : 1;
  const history = series
    .filter((p) => p.value !== null && p.complete)
    .map((p) => ({ start: p.start, value: (p.value as number) * scale }));
  return proposeTarget({
    target: r.target,
    baseline: r.baseline,
    higherIsBetter: kpiEntry(r.kpi).higherIsBetter,
    current: r.actual,
    elapsed,
    newPeriod: false,
    history,
    period: r.period,
    nextStart: periodStart(r.start, r.period),
  });
}
