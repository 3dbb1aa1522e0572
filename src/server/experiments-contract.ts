// The typed contract between the Experiments sidebar page and its server functions (called
// through google.script.run). JSON-safe data only: dates travel as ISO day texts ("2026-03-31"),
// rates as fractions (0.25). The sidebar imports these types only.

import type { Language } from '../addon/i18n';
import type { Busy } from './busy-contract';
export type GroupType = 'team' | 'rep';

export interface ExperimentKpi {
  key: string;
  name: string;
  /** What the KPI counts as its subjects ("leads" for lead → opportunity conversion). */
  subjects: string;
}

export interface ExperimentsInit {
  language: Language;
  /** Today in the spreadsheet's time zone (ISO day). */
  today: string;
  /** The rate KPIs an experiment can measure. */
  kpis: ExperimentKpi[];
  teams: string[];
  reps: Array<{ name: string; team: string }>;
  /** Significance level and power the sample sizes are computed with. */
  alpha: number;
  power: number;
  experiments: ExperimentSummary[];
  /** False until the KPI workbook (and its Experiments sheet) is set up. */
  workbookReady: boolean;
}

export interface PlanRequest {
  kpi: string;
  groupType: GroupType;
  control: string;
  variant: string;
  /** Omitted: the control group's rate over the last 90 days is proposed. */
  baselineRate?: number | null;
  /** The relative lift to detect (0.1 = +10 %). */
  minLift: number;
}

export interface PlanResult {
  ok: boolean;
  /** Field-level messages ("baselineRate", "minLift", "control", …). */
  errors: Record<string, string>;
  /** The baseline used (given, or measured on the control group). */
  baselineRate: number | null;
  /** The control group's subjects over the last 90 days (how the baseline was measured). */
  baselineSubjects: number;
  /** Subjects needed in each group (KPI_SAMPLE_SIZE), or null when it cannot be computed. */
  sampleSize: number | null;
  /** At the groups' recent pace (subjects per week of the smaller group), the weeks needed. */
  weeksNeeded: number | null;
  /** The plan in one sentence, in the user's language. */
  summary: string;
}

export interface ExperimentDraft extends PlanRequest {
  technique: string;
  hypothesis: string;
  /** ISO days; the experiment counts the subjects of its KPI from start to end, both included. */
  start: string;
  end: string;
  baselineRate: number;
}

/** Busy: the document lock could not be had, nothing was written. */
export type StartResult =
  | { ok: true; id: string; experiments: ExperimentSummary[] }
  | { ok: false; errors: Record<string, string> }
  | (Busy & { ok: false });

export type Verdict =
  'notEnoughData' | 'variantWins' | 'variantLoses' | 'noDifference' | 'inconclusive';

export interface GroupResult {
  name: string;
  successes: number;
  total: number;
  /** successes / total; null when total is 0. */
  rate: number | null;
}

export interface ExperimentSummary {
  id: string;
  technique: string;
  hypothesis: string;
  kpi: string;
  kpiName: string;
  groupType: GroupType;
  start: string;
  end: string;
  baselineRate: number | null;
  minLift: number | null;
  sampleSize: number | null;
  control: GroupResult;
  variant: GroupResult;
  /** variant rate / control rate − 1; null when undefined. */
  lift: number | null;
  pValue: number | null;
  verdict: Verdict;
  verdictLabel: string;
  status: 'running' | 'concluded';
  /** The smaller group's share of the sample size (0 … 1). */
  progress: number;
}

/** The server functions the Experiments page calls (top-level functions in dist/Code.js). */
export interface ExperimentsServer {
  experimentsInit: () => ExperimentsInit;
  experimentsPlan: (request: PlanRequest) => PlanResult;
  experimentsStart: (draft: ExperimentDraft) => StartResult;
  experimentsRefresh: () => ExperimentSummary[] | Busy;
}
