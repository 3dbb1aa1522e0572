// The summary's objective review (issue 14): an objective met early or far behind its pace gets
// a proposed target from the scope's own history of the KPI (kpi/objective-review.ts): the same
// period in earlier years, the best and the median of the last two years. A count or a sum
// (revenue, calls) is compared over the objective's whole window, so its monthly history is
// scaled to the window's length; a rate or an average is compared as it is. The manager decides;
// the email only proposes.
import { periodStart } from '../../kpi/days';
import { proposeTarget, type ReviewProposal } from '../../kpi/objective-review';
import { kpiEntry, type KpiKey, type MetricPeriod, type Scope } from '../metrics';
import type { WorkbookData } from '../metrics';
import { reviewHistory } from '../objectives/review-history';

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

export function reviewObjective(
  data: WorkbookData,
  r: ReviewRequest,
  asOf: number,
): ReviewProposal | undefined {
  const windowDays = r.deadline + 1 - r.start;
  if (windowDays <= 0) return undefined;
  const elapsed = Math.min(1, Math.max(0, (asOf - r.start) / windowDays));
  const history = reviewHistory(data, r, windowDays, asOf);
  if (!history) return undefined;
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
