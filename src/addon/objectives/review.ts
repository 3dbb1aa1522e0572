// The wizard's objective review (issue 14): for each active objective of the Objectives sheet,
// whether it should be reviewed now and the adjusted target kpi/objective-review.ts proposes.
// - Met early or far behind its pace: the proposal is for the objective's own window, and the
//   decision is asked once per tracking period (a dismissed proposal comes back, if it still
//   stands, the next week, month or quarter; not in the same one).
// - Its window is over: the period comes round again, and the proposal is for the next window of
//   the same length (whole months when the window is whole months); accepting it moves the
//   objective to that window.
// A count or a sum is compared over the whole window, so its history per tracking period is
// scaled to the window's length (review-history.ts, which the summaries' review uses too). The forecast (kpi/forecast.ts,
// the won deals of the Pipeline) is shown beside a revenue objective for its window when the
// window is a calendar month or quarter, else for its current tracking period. It is not fed into
// the proposal: the revenue KPI counts every order (repeat orders too), the forecast won deals
// only. Pure: the server reads the sheets and writes the decision.
import { addPeriods, type Period, periodStart, ymdOfDay } from '../../kpi/days';
import { forecastPeriods, knownBefore, type PeriodForecast } from '../../kpi/forecast';
import { proposeTarget, type ReviewProposal } from '../../kpi/objective-review';
import type { PipelineDeal } from '../history/deal-dates';
import {
  computeMetric,
  judgedEnd,
  kpiEntry,
  type KpiKey,
  type MetricPeriod,
  type Scope,
  type WorkbookData,
} from '../metrics';
import { type ObjectiveRecord, trackingPeriod } from '../workbook/objectives-sheet';
import { isCumulative } from './cumulative';
import { reviewHistory } from './review-history';

/** An objective the review can read: every field it needs is in its row. */
export interface ReviewedObjective {
  readonly id: string;
  readonly kpi: KpiKey;
  readonly scope: Scope;
  readonly baseline: number | null;
  readonly target: number;
  readonly start: number;
  readonly deadline: number;
  readonly period: MetricPeriod;
}

export interface ObjectiveReviewCase {
  readonly objective: ReviewedObjective;
  readonly proposal: ReviewProposal;
  /** The proposal's target, rounded as the KPI's unit shows it. */
  readonly proposed: number;
  /** The first day of the period a decision covers (see the top of the file). */
  readonly period: number;
  /** The window the proposal is for when the objective's window is over. */
  readonly next?: { readonly start: number; readonly deadline: number };
}

/** The objective's fields, when its row has them all and it is active. */
export function reviewedObjective(record: ObjectiveRecord): ReviewedObjective | undefined {
  const period = trackingPeriod(record);
  const { kpi, scope, target, start, deadline } = record;
  if (record.status !== 'active' || !period || !kpi || !scope) return undefined;
  if (target === undefined || start === undefined || deadline === undefined) return undefined;
  if (deadline < start) return undefined;
  return { id: record.id, kpi, scope, baseline: record.baseline, target, start, deadline, period };
}

/** The decision's key: one decision per objective and period. */
export function decisionKey(id: string, period: number): string {
  return `${id} ${period}`;
}

/** The next window of the same length: whole months stay whole months. */
export function nextWindow(start: number, deadline: number): { start: number; deadline: number } {
  const after = deadline + 1;
  const months = wholeMonths(start, after);
  if (months > 0) return { start: after, deadline: addPeriods(after, 'month', months) - 1 };
  return { start: after, deadline: after + (deadline - start) };
}

function wholeMonths(start: number, end: number): number {
  const a = ymdOfDay(start);
  const b = ymdOfDay(end);
  if (a.day !== 1 || b.day !== 1) return 0;
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Rounded as the KPI's unit shows it: whole amounts and counts, 0.1 % of a rate, 0.1 else. */
export function roundedTarget(kpi: KpiKey, value: number): number {
  const unit = kpiEntry(kpi).unit;
  if (unit === 'count' || unit === 'score' || unit === 'currency') return Math.round(value);
  if (unit === 'rate') return Math.round(value * 1000) / 1000;
  return Math.round(value * 10) / 10;
}

function valueOrNull(data: WorkbookData, o: ReviewedObjective, from: number, to: number) {
  try {
    return computeMetric(data, o.kpi, o.scope, from, to).value;
  } catch {
    return null;
  }
}

/**
 * The review of one objective as of today, unless there is nothing to propose or the manager
 * already decided for this period (`decided` holds decisionKey values).
 */
export function reviewCase(
  data: WorkbookData,
  o: ReviewedObjective,
  today: number,
  decided: ReadonlySet<string>,
): ObjectiveReviewCase | undefined {
  const over = o.deadline < today;
  let next = over ? nextWindow(o.start, o.deadline) : undefined;
  // A window over long ago: the next one that is not over yet.
  while (next && next.deadline < today) next = nextWindow(next.start, next.deadline);
  const period = next ? next.start : periodStart(today, o.period);
  if (decided.has(decisionKey(o.id, period))) return undefined;
  const windowDays = o.deadline + 1 - o.start;
  // A conversion counts only the leads that have had its window (as the pace check does).
  const judged = judgedEnd(data, o.kpi, today);
  const end = Math.min(today - 1, o.deadline, judged < today ? judged - 1 : Infinity) + 1;
  const actual = end > o.start ? valueOrNull(data, o, o.start, end) : null;
  // The value so far matters to a window under way; a new period is proposed from history alone.
  if (actual === null && !over) return undefined;
  const history = reviewHistory(data, o, windowDays, today);
  if (!history) return undefined;
  const baseline = isCumulative(o.kpi) ? 0 : (o.baseline ?? 0);
  if (baseline === o.target) return undefined;
  const proposal = proposeTarget({
    target: o.target,
    baseline,
    higherIsBetter: kpiEntry(o.kpi).higherIsBetter,
    current: actual ?? baseline,
    elapsed: Math.min(1, Math.max(0, (today - o.start) / windowDays)),
    newPeriod: over,
    history,
    period: o.period,
    nextStart: periodStart(next ? next.start : o.start, o.period),
  });
  if (!proposal) return undefined;
  const proposed = roundedTarget(o.kpi, proposal.proposed);
  if (proposed === o.target && !next) return undefined;
  return { objective: o, proposal, proposed, period, ...(next ? { next } : {}) };
}

/** The forecast periods of a window: a calendar month or quarter, else none. */
function windowPeriod(start: number, deadline: number): Period | undefined {
  for (const p of ['month', 'quarter'] as const)
    if (periodStart(start, p) === start && addPeriods(start, p, 1) === deadline + 1) return p;
  return undefined;
}

/**
 * The forecast of won revenue beside a revenue objective (company, team or rep): for its window
 * when the window is the calendar month or quarter holding today or the next one, else for the
 * tracking period holding today. Undefined for other KPIs and scopes, or without Pipeline rows.
 */
export function objectiveForecast(
  deals: readonly PipelineDeal[],
  o: ReviewedObjective,
  today: number,
): PeriodForecast | undefined {
  if (o.kpi !== 'revenue' || o.scope.type === 'segment' || deals.length === 0) return undefined;
  const scope = o.scope.type === 'company' ? o.scope : { type: o.scope.type, name: o.scope.name };
  const own = windowPeriod(o.start, o.deadline);
  const period: Period = own ?? o.period;
  const periods = forecastPeriods(knownBefore(deals, today), today, period, scope);
  if (own) return periods.find((p) => p.start === o.start) ?? periods[0];
  return periods[0];
}
