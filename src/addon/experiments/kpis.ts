// The KPIs an experiment can measure: rates whose subjects each succeed or not (a lead becomes an
// opportunity, a closed deal is won), so that two groups compare by KPI_EXPERIMENT's
// two-proportion test. A group's successes and subjects come from the metrics engine (the same
// definitions as every other KPI of the add-on): the rate times its volume, rounded.
import { computeMetric, type KpiKey, type Scope, type WorkbookData } from '../metrics';
import { say, type ExperimentText } from './messages';
import type { Language } from '../i18n';

export const EXPERIMENT_KPIS: Readonly<Partial<Record<KpiKey, ExperimentText>>> = {
  lead_to_opportunity: 'subjectsLeadToOpportunity',
  opportunity_to_proposal: 'subjectsOpportunityToProposal',
  win_rate: 'subjectsWinRate',
  referral_rate: 'subjectsReferralRate',
  retention: 'subjectsRetention',
  csat: 'subjectsCsat',
};

export function isExperimentKpi(key: unknown): key is KpiKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(EXPERIMENT_KPIS, key);
}

export function subjectsText(kpi: KpiKey, language: Language): string {
  return say(language, EXPERIMENT_KPIS[kpi]!);
}

export interface Counts {
  readonly successes: number;
  readonly total: number;
}

/** A group's successes and subjects from `from` to `to` (calendar days, `to` excluded). */
export function groupCounts(
  data: WorkbookData,
  kpi: KpiKey,
  scope: Scope,
  from: number,
  to: number,
): Counts {
  if (to <= from) return { successes: 0, total: 0 };
  const { value, volume } = computeMetric(data, kpi, scope, from, to);
  if (value === null || volume === 0) return { successes: 0, total: volume };
  return { successes: Math.round(value * volume), total: volume };
}
