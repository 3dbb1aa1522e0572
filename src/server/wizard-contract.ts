// The typed contract between the sidebar and the server functions it calls through
// google.script.run. JSON-safe data only: dates travel as ISO day texts ("2026-03-31"), never as
// Date objects (google.script.run refuses them). The sidebar imports these types only.

import type { Frequency } from '../addon/metrics/catalogue';
import type { ScopeType } from '../addon/metrics/scope';
import type { Language } from '../addon/i18n';
import type { Busy } from './busy-contract';

// Declared once, where the add-on defines them; the pages import them from here.
export type { Frequency, Language, ScopeType };

export interface ScopeInput {
  type: ScopeType;
  /** The team, rep or segment name; absent for the company. */
  name?: string;
}

export interface Option {
  key: string;
  label: string;
}

export interface AlertRuleInput {
  mode: 'relative' | 'points';
  /** A fraction in relative mode (0.1 = 10 %), the KPI's own units in points mode. */
  threshold: number;
  direction: 'down' | 'up';
  /** Periods with less volume than this do not alert (too little data). */
  minVolume: number;
  action: string;
  owner: string;
  enabled: boolean;
}

export interface KpiOption {
  key: string;
  name: string;
  /** What it measures on the workbook's sheets. */
  definition: string;
  /** The KPI_EXPLAIN text of the matching =KPI_* function, when there is one. */
  explain?: string;
  category: 'activity' | 'conversion' | 'results' | 'satisfaction';
  categoryLabel: string;
  unit: 'count' | 'rate' | 'days' | 'currency' | 'points' | 'score';
  higherIsBetter: boolean;
  /** Activity volume KPI: must be paired with one of `pairs` (Goodhart guard). */
  isVolume: boolean;
  /**
   * A count or a sum (calls, revenue, new customers…): the target is a TOTAL over the objective
   * (start → deadline) and progress runs from 0; the baseline stays a value per tracking period.
   * Otherwise a level (rate, average, days, NPS): progress runs from the baseline to the target.
   */
  cumulative?: boolean;
  pairs: string[];
  goals: string[];
  frequency: Frequency;
  scopes: ScopeType[];
  alert: AlertRuleInput;
}

export interface ObjectiveSummary {
  id: string;
  kpi: string;
  kpiName: string;
  scope: ScopeInput;
  scopeLabel: string;
  target: number;
  targetLabel: string;
  deadline: string;
  status: string;
  sentence: string;
}

export interface WizardInit {
  language: Language;
  /** Today in the spreadsheet's time zone (ISO day). */
  today: string;
  /** The end of the current quarter, or of the next one when fewer than 14 days remain. */
  suggestedDeadline?: string;
  user: string;
  goals: Option[];
  kpis: KpiOption[];
  scopes: { teams: string[]; reps: Array<{ name: string; team: string }>; segments: string[] };
  frequencies: Option[];
  /** People who can own an objective or an alert: team leads and the current user. */
  owners: string[];
  objectives: ObjectiveSummary[];
  goodhartReason: string;
  /** True when the KPI sheets exist (otherwise the wizard offers to set them up first). */
  workbookReady: boolean;
}

export interface MeasureRequest {
  kpi: string;
  scope: ScopeInput;
  frequency: Frequency;
}

export interface HistorySummary {
  /** Complete periods with a value. */
  periods: number;
  worst: number | null;
  median: number | null;
  best: number | null;
  points: Array<{ start: string; value: number | null; volume: number }>;
}

export interface MeasureResult {
  /** The KPI over the last complete comparable period; null when it has no data there. */
  baseline: number | null;
  baselineLabel: string;
  baselineVolume: number;
  unit: KpiOption['unit'];
  history: HistorySummary;
  /** Values formatted for display in the user's language. */
  formatted: { baseline: string; worst: string; median: string; best: string };
}

export interface ObjectiveDraft {
  /** Present when editing an existing objective. */
  id?: string;
  goal: string;
  kpi: string;
  scope: ScopeInput;
  /** Specific, in the user's words. */
  who: string;
  what: string;
  where: string;
  how: string;
  baseline: number | null;
  /** "value": target is the KPI value; "change": target is a fractional change of the baseline. */
  targetMode: 'value' | 'change';
  target: number;
  start: string;
  deadline: string;
  frequency: Frequency;
  pairedKpi?: string;
  owner: string;
  alert: AlertRuleInput;
}

export interface CheckResult {
  ok: boolean;
  /** Field-level messages, keyed by field path ("target", "deadline", "alert.threshold", …). */
  errors: Record<string, string>;
  warnings: string[];
  /** The target as a KPI value (after applying a % change). */
  targetValue: number | null;
  verdict?: {
    verdict: 'within history' | 'stretch' | 'beyond anything achieved' | 'no history';
    reason: string;
  };
  /** Alignment of the KPI with the strategic goal, in words. */
  alignment?: string;
  /** Why a volume KPI needs a pair, when it does. */
  goodhart?: string;
  /** The objective as one SMART sentence. */
  sentence: string;
}

export interface SaveResult {
  id: string;
  check: CheckResult;
  objectives: ObjectiveSummary[];
}

/** The review's reasons (kpi/objective-review.ts). */
export type ReviewReasonKey = 'metEarly' | 'farBehind' | 'periodAgain';

/** The forecast of won revenue beside a revenue objective, formatted for display. */
export interface ForecastView {
  /** The forecast period's first and last day (ISO). */
  from: string;
  to: string;
  expected: string;
  low: string;
  high: string;
}

/** A proposed target for an objective (issue 14), values formatted in the user's language. */
export interface ObjectiveReviewView {
  id: string;
  reason: ReviewReasonKey;
  /** The period the decision covers (ISO first day); sent back with the decision. */
  period: string;
  target: string;
  proposed: string;
  /** The proposal as a number, to prefill the edit field. */
  proposedValue: number;
  unit: KpiOption['unit'];
  /** What the proposal rests on: same period in earlier years, forecast, best, median. */
  basis: { seasonal?: string; forecast?: string; best: string; median: string };
  /** When the window is over: the next window the target is for (ISO days). */
  next?: { start: string; deadline: string };
}

export interface WizardReviews {
  reviews: ObjectiveReviewView[];
  /** By objective ID: the forecast beside each revenue objective. */
  forecasts: Record<string, ForecastView>;
}

export interface ReviewDecision {
  id: string;
  period: string;
  action: 'accept' | 'edit' | 'dismiss';
  /** The manager's own target (edit only). */
  target?: number;
}

export interface DecisionResult {
  /** False when nothing was written: already decided, or no proposal any more. */
  written: boolean;
  /** What happened, in the user's language. */
  message: string;
  /** A field-level problem with the typed target (edit). */
  error?: string;
  objectives: ObjectiveSummary[];
}

/** The server functions the wizard calls (names of top-level functions in dist/Code.js). */
export interface WizardServer {
  wizardInit: () => WizardInit;
  wizardMeasure: (request: MeasureRequest) => MeasureResult;
  wizardCheck: (draft: ObjectiveDraft) => CheckResult;
  /** Busy when another save held the lock: nothing was written. */
  wizardSave: (draft: ObjectiveDraft) => SaveResult | Busy;
  wizardLoad: (id: string) => ObjectiveDraft;
  wizardDelete: (id: string) => ObjectiveSummary[] | Busy;
  wizardReviews: () => WizardReviews;
  wizardDecide: (decision: ReviewDecision) => DecisionResult;
}
