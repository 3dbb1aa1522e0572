// Planning an experiment: the baseline rate (given, or the control group's rate over the last 90
// days), the subjects each group needs to detect the lift (KPI_SAMPLE_SIZE's formula, from
// src/kpi/experiment.ts, at 5 % significance and 80 % power), and how many weeks that takes at
// the smaller group's recent pace.
import { sampleSize } from '../../kpi/experiment';
import { formatValue, type Scope, type WorkbookData } from '../metrics';
import type { Language } from '../i18n';
import { groupCounts, subjectsText } from './kpis';
import { say } from './messages';
import type { CheckedPlan } from './validate';
import { ALPHA, POWER } from './verdict';

export const BASELINE_DAYS = 90;
/**
 * A measured baseline is proposed to a tenth of a percentage point, as the form shows and saves
 * it; the plan's sample size is computed from that proposed rate, so the form's figure, the saved
 * card's and the sheet's =KPI_SAMPLE_SIZE are one figure (from the unrounded rate they differed).
 */
function proposedRate(successes: number, total: number): number {
  // The form's arithmetic exactly: one-decimal percent (579 / 10 = 57.9), then / 100.
  return Math.round((successes / total) * 1000) / 10 / 100;
}

/** What a plan measures, in numbers only: no words, so it is the same in every language. */
export interface PlanFigures {
  readonly baselineRate: number | null;
  readonly baselineSubjects: number;
  readonly sampleSize: number | null;
  readonly weeksNeeded: number | null;
  /** Set when no baseline was given and none could be measured. */
  readonly noBaseline: boolean;
}

/** The figures with the sentence the page shows under the form. */
export interface Plan extends PlanFigures {
  readonly summary: string;
}

export function scopeOfGroup(type: 'team' | 'rep', name: string): Scope {
  return { type, name };
}

/** The sample size per group, or null outside KPI_SAMPLE_SIZE's domain. */
export function requiredSample(baseline: number, lift: number): number | null {
  const lifted = baseline * (1 + lift);
  if (!(baseline > 0 && baseline < 1) || lift === 0 || !(lifted > 0 && lifted < 1)) return null;
  return sampleSize(baseline, lift, ALPHA, POWER);
}

/** The baseline, the sample size per group and the weeks it takes at the recent pace. */
export function planFigures(data: WorkbookData, plan: CheckedPlan, today: number): PlanFigures {
  const from = today - BASELINE_DAYS;
  const to = today + 1;
  const control = groupCounts(data, plan.kpi, scopeOfGroup(plan.groupType, plan.control), from, to);
  const variant = groupCounts(data, plan.kpi, scopeOfGroup(plan.groupType, plan.variant), from, to);
  const measured = control.total > 0 ? proposedRate(control.successes, control.total) : null;
  // A measured rate of 0 % or 100 % cannot be lifted by a proportion test: no baseline.
  const usable = measured !== null && measured > 0 && measured < 1 ? measured : null;
  const baselineRate = plan.baselineRate ?? usable;
  const n = baselineRate === null ? null : requiredSample(baselineRate, plan.minLift);
  const perWeek = (Math.min(control.total, variant.total) * 7) / BASELINE_DAYS;
  const weeksNeeded = n !== null && perWeek > 0 ? Math.ceil(n / perWeek) : null;
  return {
    baselineRate,
    baselineSubjects: control.total,
    sampleSize: n,
    weeksNeeded,
    noBaseline: baselineRate === null,
  };
}

/** The figures in words: the subjects per group, then the weeks; empty without a sample size. */
export function planSummary(figures: PlanFigures, plan: CheckedPlan, language: Language): string {
  const { baselineRate, sampleSize: n, weeksNeeded } = figures;
  if (n === null || baselineRate === null) return '';
  return [
    say(language, 'planSummary', {
      baseline: formatValue(baselineRate, 'rate', language),
      lifted: formatValue(baselineRate * (1 + plan.minLift), 'rate', language),
      n: formatValue(n, 'count', language),
      subjects: subjectsText(plan.kpi, language),
    }),
    weeksNeeded !== null
      ? say(language, 'planPace', { weeks: weeksNeeded })
      : say(language, 'planNoPace'),
  ].join(' ');
}

/** The plan as the page shows it: the figures and their sentence in the user's language. */
export function planExperiment(
  data: WorkbookData,
  plan: CheckedPlan,
  today: number,
  language: Language,
): Plan {
  const figures = planFigures(data, plan, today);
  return { ...figures, summary: planSummary(figures, plan, language) };
}
