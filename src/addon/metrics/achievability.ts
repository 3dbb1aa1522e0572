// The wizard's Achievable step: is a target within what the scope has already achieved, a
// stretch (more ambitious than a typical period, yet reached at least once), or beyond anything
// achieved over the history looked at? The target is compared, in the KPI's better direction,
// with the baseline (a target the baseline already meets is within history), the history's
// median and its best. The answer is data: the comparison that decided and its numbers;
// achievability-words.ts says it in the user's language.
import { kpiEntry, type KpiKey } from './catalogue';
import type { MetricPeriod } from './compute';
import { countedValues, type History } from './history';

export type Verdict = 'within history' | 'stretch' | 'beyond anything achieved' | 'no history';

/** Which comparison decided the verdict, with the numbers it compared. */
export type AchievabilityReason =
  | { readonly key: 'noHistory' }
  | { readonly key: 'baselineMeets'; readonly baseline: number; readonly target: number }
  | { readonly key: 'withinMedian'; readonly target: number; readonly median: number }
  | {
      readonly key: 'stretch';
      readonly target: number;
      readonly median: number;
      readonly best: number;
    }
  | { readonly key: 'beyondBest'; readonly target: number; readonly best: number };

export interface Achievability {
  readonly verdict: Verdict;
  /** Why (in words: achievabilityText). */
  readonly reason: AchievabilityReason;
  /** How many of the history's periods that count reached the target, of how many. */
  readonly reached: number;
  readonly of: number;
  /** The history looked at: its KPI, its kind of period and how many periods. */
  readonly kpi: KpiKey;
  readonly period: MetricPeriod;
  readonly looked: number;
}

/** Differences this small are rounding (0.1 + 0.2), not ambition. */
const TOLERANCE = 1e-9;

export function achievability(
  history: History,
  baseline: number | null,
  target: number,
): Achievability {
  const sign = kpiEntry(history.kpi).higherIsBetter ? 1 : -1;
  /** True when a is more ambitious (strictly better) than b. */
  const beats = (a: number, b: number) =>
    sign * (a - b) > TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
  const values = countedValues(history.periods, history.minVolume);
  const reached = values.filter((v) => !beats(target, v)).length;
  const of = values.length;
  const result = (verdict: Verdict, reason: AchievabilityReason): Achievability => ({
    verdict,
    reason,
    reached,
    of,
    kpi: history.kpi,
    period: history.period,
    looked: history.periods.length,
  });

  const { median, best } = history;
  if (of === 0 || median === null || best === null)
    return result('no history', { key: 'noHistory' });
  if (baseline !== null && !beats(target, baseline))
    return result('within history', { key: 'baselineMeets', baseline, target });
  if (!beats(target, median))
    return result('within history', { key: 'withinMedian', target, median });
  if (!beats(target, best)) return result('stretch', { key: 'stretch', target, median, best });
  return result('beyond anything achieved', { key: 'beyondBest', target, best });
}
