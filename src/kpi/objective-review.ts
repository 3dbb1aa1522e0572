// Objective review: when an objective is met early, falls far behind its pace, or its period comes
// round again, propose an adjusted target from what the scope's own history says it can do:
// the same period in earlier years (seasonality), the forecast when there is one, and the best
// and the median of the past periods. The proposal aims halfway from what is expected to the
// best the scope has done (a stretch that has been reached before), raised only when the
// objective was met early and lowered only when it is far behind. Pure numbers; the manager
// accepts, edits or dismisses the proposal.
import { addPeriods, type Period } from './days';

export type ReviewReason = 'metEarly' | 'farBehind' | 'periodAgain';

export interface PeriodValue {
  /** The period's first day. */
  readonly start: number;
  readonly value: number;
}

export interface ReviewInput {
  readonly target: number;
  /** The value at the objective's start. */
  readonly baseline: number;
  /** True for revenue or conversion; false for costs and cycle lengths. */
  readonly higherIsBetter: boolean;
  /** The KPI over the objective's window so far. */
  readonly current: number;
  /** Share of the objective's window gone by, 0 to 1. */
  readonly elapsed: number;
  /** The objective's period came round again (a recurring objective's next period starts). */
  readonly newPeriod: boolean;
  /** Complete past periods of the KPI for the scope, at the objective's frequency. */
  readonly history: readonly PeriodValue[];
  readonly period: Period;
  /** The first day of the period the proposal is for. */
  readonly nextStart: number;
  /** The forecast of the KPI for that period, if there is one (revenue). */
  readonly forecast?: number;
}

export interface ReviewBasis {
  /** The median of the last year's periods, scaled by the same period's share in earlier years. */
  readonly seasonal?: number;
  readonly forecast?: number;
  readonly best: number;
  readonly median: number;
  /** What the proposal starts from: the forecast, else the seasonal value, else the median. */
  readonly expected: number;
}

export interface ReviewProposal {
  readonly reason: ReviewReason;
  readonly proposed: number;
  readonly basis: ReviewBasis;
}

/** Progress from baseline to target (1 = met), whichever the KPI's direction. */
export function progressOf(baseline: number, target: number, current: number): number {
  if (target === baseline) return current === target ? 1 : 0;
  return (current - baseline) / (target - baseline);
}

/** Why the objective should be reviewed now, if it should. */
export function reviewReason(input: ReviewInput): ReviewReason | undefined {
  if (input.newPeriod) return 'periodAgain';
  const progress = progressOf(input.baseline, input.target, input.current);
  if (input.elapsed < 1 && progress >= 1) return 'metEarly';
  // Far behind: a quarter of the time gone at least, and under half the progress its pace asks.
  if (input.elapsed >= 0.25 && input.elapsed < 1 && progress < 0.5 * input.elapsed)
    return 'farBehind';
  return undefined;
}

function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/**
 * The seasonal expectation for the period starting `nextStart`: the median of the last year's
 * periods times the ratio of that period to its year's median in each earlier year it was seen.
 */
export function seasonalValue(
  history: readonly PeriodValue[],
  period: Period,
  nextStart: number,
): number | undefined {
  const perYear = period === 'week' ? 52 : period === 'quarter' ? 4 : period === 'month' ? 12 : 365;
  const byStart = new Map(history.map((p) => [p.start, p.value]));
  const lastYear = history.filter((p) => p.start >= addPeriods(nextStart, period, -perYear));
  if (lastYear.length < perYear / 2) return undefined;
  const ratios: number[] = [];
  for (let years = 1; years <= 3; years++) {
    const same = addPeriods(nextStart, period, -perYear * years);
    const value = byStart.get(same);
    if (value === undefined) continue;
    const around = history.filter(
      (p) =>
        p.start >= addPeriods(same, period, -Math.floor(perYear / 2)) &&
        p.start < addPeriods(same, period, Math.ceil(perYear / 2)),
    );
    const m = median(around.map((p) => p.value));
    if (m > 0) ratios.push(value / m);
  }
  if (ratios.length === 0) return undefined;
  return median(lastYear.map((p) => p.value)) * (ratios.reduce((s, r) => s + r, 0) / ratios.length);
}

/** The proposal, or undefined when there is no reason to review or no history to go on. */
export function proposeTarget(input: ReviewInput): ReviewProposal | undefined {
  const reason = reviewReason(input);
  if (!reason || input.history.length === 0) return undefined;
  const values = input.history.map((p) => p.value);
  const best = input.higherIsBetter ? Math.max(...values) : Math.min(...values);
  const med = median(values);
  const seasonal = seasonalValue(input.history, input.period, input.nextStart);
  const forecast =
    input.forecast !== undefined && Number.isFinite(input.forecast) ? input.forecast : undefined;
  const expected = forecast ?? seasonal ?? med;
  // Halfway from the expected to the best, never short of the expected.
  const better = (a: number, b: number) => (input.higherIsBetter ? Math.max(a, b) : Math.min(a, b));
  const worse = (a: number, b: number) => (input.higherIsBetter ? Math.min(a, b) : Math.max(a, b));
  const stretch = better(expected, expected + (best - expected) / 2);
  let proposed: number;
  if (reason === 'metEarly') proposed = better(input.target, better(stretch, input.current));
  else if (reason === 'farBehind') proposed = better(expected, worse(input.target, stretch));
  else proposed = stretch;
  return {
    reason,
    proposed,
    basis: {
      ...(seasonal !== undefined ? { seasonal } : {}),
      ...(forecast !== undefined ? { forecast } : {}),
      best,
      median: med,
      expected,
    },
  };
}
