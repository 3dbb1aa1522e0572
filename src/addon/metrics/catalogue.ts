// The KPI catalogue: the KPIs the wizard offers, the alerts evaluate, the dashboard shows and the
// summaries report, each with its names and definition in both languages, its category and unit,
// which way is better, the strategic goals it serves, its default tracking frequency and alert
// rule with the corrective action, and the Goodhart guard (activity volume KPIs must be paired
// with a conversion or quality KPI). Pure data and lookups; the numbers come from compute.ts.
import type { AlertDirection, AlertMode } from '../../kpi/alert';
import type { Period } from '../../kpi/days';
import { kpiExplain } from '../../functions/explain';
import { FREQUENCIES, STRATEGIC_GOALS, UNITS } from '../schema';
import type { Language } from '../i18n';
import { FREQUENCY_BY_CATEGORY, KPI_ENTRIES } from './kpi-entries';
import type { ScopeType } from './scope';

export type Texts = { readonly en: string; readonly fr: string };

export type KpiCategory = 'activity' | 'conversion' | 'results' | 'satisfaction';
/**
 * count: whole things; rate: a fraction (0.25 shown as 25 %); days: calendar days; currency: an
 * amount in the spreadsheet's currency; points: NPS points (−100 … 100); score: a sum of
 * interaction points.
 */
export type KpiUnit = 'count' | 'rate' | 'days' | 'currency' | 'points' | 'score';
export type Frequency = (typeof FREQUENCIES)[number]['key'];
export type StrategicGoal = (typeof STRATEGIC_GOALS)[number]['key'];
/** The Objectives sheet's Unit column (schema UNITS). */
export type SheetUnit = (typeof UNITS)[number]['key'];

export type KpiKey =
  | 'calls'
  | 'emails'
  | 'meetings'
  | 'significant_interactions'
  | 'lead_to_opportunity'
  | 'opportunity_to_proposal'
  | 'win_rate'
  | 'cycle_days'
  | 'revenue'
  | 'aov'
  | 'gross_margin'
  | 'new_customers'
  | 'retention'
  | 'referral_rate'
  | 'nps'
  | 'csat';

/** The alert rule the wizard proposes, in KPI_ALERT's terms. */
export interface AlertDefaults {
  readonly mode: AlertMode;
  /** A fraction in relative mode (0.1 = 10 %), the KPI's own units in points mode. */
  readonly threshold: number;
  readonly direction: AlertDirection;
  /** Periods whose volume (see KpiEntry.volume) is below this do not alert: too little data. */
  readonly minVolume: number;
  readonly action: Texts;
}

export interface KpiEntry {
  readonly key: KpiKey;
  readonly name: Texts;
  /** What it measures on the managed sheets, in one sentence. */
  readonly definition: Texts;
  /** The =KPI_* function with the same formula, whose KPI_EXPLAIN text tells the general rule. */
  readonly explainFunction?: string;
  readonly category: KpiCategory;
  readonly unit: KpiUnit;
  readonly higherIsBetter: boolean;
  /**
   * An activity volume: easy to inflate without creating value (Goodhart), so an objective on it
   * must be paired with one of `pairs`, conversion or quality KPIs that more activity must move.
   */
  readonly isVolume: boolean;
  readonly pairs: readonly KpiKey[];
  readonly frequency: Frequency;
  readonly alert: AlertDefaults;
  readonly goals: readonly StrategicGoal[];
  /** What the volume of a period counts (the denominator of a rate, or the things counted). */
  readonly volume: Texts;
  /** The scope types the KPI can be computed for (segments exist only where the data has them). */
  readonly scopes: readonly ScopeType[];
}

export const PERIOD_OF_FREQUENCY: Readonly<Record<Frequency, Exclude<Period, 'day'>>> = {
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
};

export const CATEGORY_NAMES: Readonly<Record<KpiCategory, Texts>> = {
  activity: { en: 'Activity', fr: 'Activité' },
  conversion: { en: 'Conversion', fr: 'Conversion' },
  results: { en: 'Results', fr: 'Résultats' },
  satisfaction: { en: 'Satisfaction', fr: 'Satisfaction' },
};

/** Why the wizard insists on a pair for volume KPIs (shown beside the paired KPI choice). */
export const GOODHART_REASON: Texts = {
  en:
    'When a measure becomes a target, it stops being a good measure (Goodhart): an activity ' +
    'count alone invites padding (short calls, mass emails) that creates no value. Pair it ' +
    'with a conversion or quality KPI, so that more activity must also bring more results.',
  fr:
    'Quand une mesure devient un objectif, elle cesse d’être une bonne mesure (Goodhart) : un ' +
    'volume d’activité seul pousse à le gonfler (appels courts, e-mails en masse) sans créer de ' +
    'valeur. Associez-le à un KPI de conversion ou de qualité, pour que plus d’activité doive ' +
    'aussi produire plus de résultats.',
};

/** More than this many active objectives on one scope drown the signal (the wizard warns). */
export const MAX_ACTIVE_OBJECTIVES_PER_SCOPE = 5;

export { FREQUENCY_BY_CATEGORY };
export const CATALOGUE: readonly KpiEntry[] = KPI_ENTRIES;
export const KPI_KEYS: readonly KpiKey[] = CATALOGUE.map((e) => e.key);

const BY_KEY = new Map<string, KpiEntry>(CATALOGUE.map((e) => [e.key, e]));

export function isKpiKey(key: unknown): key is KpiKey {
  return typeof key === 'string' && BY_KEY.has(key);
}

/** The entry of a KPI key; an Error naming the known keys for anything else. */
export function kpiEntry(key: string): KpiEntry {
  const entry = BY_KEY.get(key);
  if (!entry) throw new Error(`Unknown KPI "${key}"; known KPIs: ${KPI_KEYS.join(', ')}`);
  return entry;
}

/** The KPIs that serve a strategic goal, in catalogue order (activity → satisfaction). */
export function kpisForGoal(goal: StrategicGoal): KpiEntry[] {
  return CATALOGUE.filter((e) => e.goals.includes(goal));
}

export function supportsScope(key: KpiKey, type: ScopeType): boolean {
  return kpiEntry(key).scopes.includes(type);
}

/** The period a KPI is tracked over by default. */
export function defaultPeriod(key: KpiKey): Exclude<Period, 'day'> {
  return PERIOD_OF_FREQUENCY[kpiEntry(key).frequency];
}

/** The Objectives sheet's Unit choice for a KPI unit. */
export function sheetUnit(unit: KpiUnit): SheetUnit {
  switch (unit) {
    case 'rate':
      return 'percent';
    case 'currency':
      return 'amount';
    case 'points':
      return 'points';
    case 'days':
      return 'days';
    case 'count':
    case 'score':
      return 'count';
  }
}

/**
 * The KPI_EXPLAIN text of the KPI's =KPI_* function in a language (the general formula, in the
 * same words as the in-sheet help), or undefined when no function matches the KPI.
 */
export function explainText(key: KpiKey, language: Language): string | undefined {
  const fn = kpiEntry(key).explainFunction;
  return fn === undefined ? undefined : kpiExplain(fn, language);
}
