// The target as a KPI value: entered as a value, or as a % change of the baseline. For a level
// KPI the change applies to the baseline (an NPS of −20 improved by 10 % is −18: the change is
// taken on the baseline's size, so a gain always raises it). For a cumulative KPI it applies to
// the total the window would reach at the baseline's pace (see cumulative.ts). The value must be
// in the KPI's range, and a level target must improve on the baseline, since progress runs from
// the baseline to the target (KPI_PROGRESS).
import { type Frequency, kpiEntry, type KpiKey } from '../metrics';
import { isCumulative, periodsInWindow } from './cumulative';
import type { WizardMessage } from './messages';
import type { TargetMode } from './model';

export interface TargetProblem {
  readonly path: 'target' | 'targetMode';
  readonly key: WizardMessage;
  /** The baseline, for messages that quote it. */
  readonly baseline?: number;
}

export type TargetOutcome =
  | { readonly value: number }
  | { readonly problem: TargetProblem }
  /** Not computable yet: the window is needed and its dates are not valid. */
  | { readonly unknown: true };

export interface TargetWindow {
  readonly start: number;
  readonly deadline: number;
  readonly frequency: Frequency;
}

export function targetValue(
  kpi: KpiKey,
  mode: TargetMode,
  target: number,
  baseline: number | null,
  window: TargetWindow | undefined,
): TargetOutcome {
  const cumulative = isCumulative(kpi);
  let value = target;
  if (mode === 'change') {
    if (baseline === null || baseline === 0)
      return { problem: { path: 'targetMode', key: 'target.changeNoBaseline' } };
    if (target === 0) return { problem: { path: 'target', key: 'target.changeZero' } };
    if (target <= -1) return { problem: { path: 'target', key: 'target.changeTooLow' } };
    if (cumulative) {
      if (!window) return { unknown: true };
      const atBaselinePace =
        baseline * periodsInWindow(window.start, window.deadline, window.frequency);
      value = tidy(kpi, atBaselinePace * (1 + target));
    } else {
      value = tidy(kpi, baseline + Math.abs(baseline) * target);
    }
  }
  const range = rangeProblem(kpi, value);
  if (range) return { problem: { path: 'target', key: range } };
  if (!cumulative && baseline !== null) {
    const sign = kpiEntry(kpi).higherIsBetter ? 1 : -1;
    if (!(sign * (value - baseline) > 0)) {
      const key = sign > 0 ? 'target.notBetterHigher' : 'target.notBetterLower';
      return { problem: { path: 'target', key, baseline } };
    }
  }
  return { value };
}

/** Why a value is outside the KPI's range: rates 0…1, NPS −100…100, anything else ≥ 0. */
export function rangeProblem(kpi: KpiKey, value: number): WizardMessage | undefined {
  const unit = kpiEntry(kpi).unit;
  if (unit === 'rate') return value >= 0 && value <= 1 ? undefined : 'target.rate';
  if (unit === 'points') return value >= -100 && value <= 100 ? undefined : 'target.nps';
  if (value < 0) return 'target.negative';
  if (isCumulative(kpi) && value <= 0) return 'target.totalPositive';
  return undefined;
}

/** Counts are whole, amounts whole currency units; other values lose float noise only. */
function tidy(kpi: KpiKey, value: number): number {
  const unit = kpiEntry(kpi).unit;
  if (unit === 'count' || unit === 'score' || unit === 'currency') return Math.round(value);
  return Math.round(value * 1e9) / 1e9;
}
