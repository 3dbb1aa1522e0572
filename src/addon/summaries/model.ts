// What one summary says, before it is written in a language: the numbers of a scope (the whole
// company or one team) for a report window. Pure: built from the workbook's data and config rows
// by builders that read nothing else. The same model renders the HTML, the plain text and the
// settings page's preview, so all three always agree.
import type { ContextNote } from '../context/notes';
import type { PipelineOutlook } from './pipeline-outlook';
import type { ReviewProposal } from '../../kpi/objective-review';
import type { KpiKey, Scope, SourceSheet } from '../metrics';
import type { ProgressStatus } from '../../kpi/progress';
import type { ReportWindow } from './schedule';
import type { SummaryFrequency } from './settings';

export interface ObjectiveLine {
  readonly id: string;
  /** Who the objective is for, when it is not the summary's own scope (a rep of the team). */
  readonly scope: Scope;
  readonly target: number;
  readonly deadline: number;
  /** The KPI over the objective's window so far (start to the summary's day). */
  readonly actual: number | null;
  /** Share of the way from baseline to target; null when the KPI has no value yet. */
  readonly achieved: number | null;
  readonly status: ProgressStatus | null;
  /** A proposed target when the objective is met early or far behind (objective-review.ts). */
  readonly review?: ReviewProposal;
}

export interface KpiLine {
  readonly kpi: KpiKey;
  /** Over the report window, and over the window before it. */
  readonly value: number | null;
  readonly previous: number | null;
  readonly volume: number;
  readonly objective?: ObjectiveLine;
  /**
   * The window cannot be judged yet (src/kpi/readiness): its conversions are still arriving
   * (maturing) or its data stops inside it (partial). Its value is provisional: no change shown.
   */
  readonly provisional?: Provisional;
}

export type Provisional = 'maturing' | 'partial';

/** Names side by side with paired activity and conversion KPIs: never one ranked column. */
export interface PeopleTable {
  readonly kind: 'rep' | 'team';
  /** Column KPIs, in pairs: [activity, its conversion, activity, its conversion]. */
  readonly kpis: readonly KpiKey[];
  /** Sorted by name. */
  readonly rows: ReadonlyArray<{
    readonly name: string;
    readonly values: ReadonlyArray<{
      readonly value: number | null;
      readonly volume: number;
      readonly provisional?: Provisional;
    }>;
  }>;
}

export interface AlertLine {
  readonly day: number;
  /** An alert on a KPI's move, or an objective behind its pace. */
  readonly kind: 'alert' | 'pace';
  readonly kpi: KpiKey | undefined;
  readonly kpiText: string;
  readonly scopeText: string;
  readonly previous: number | null;
  readonly current: number | null;
  readonly action: string;
  readonly owner: string;
  readonly status: string;
  readonly recovered: number | null;
  /** The Actions row's Context cell ("Context: …"), '' when none. */
  readonly context?: string;
  /** The owner's comment on the action (Actions' Comment column), '' when none. */
  readonly comment?: string;
}

export interface TrendSeries {
  readonly kpi: KpiKey;
  readonly points: ReadonlyArray<{
    readonly from: number;
    readonly to: number;
    /** null for a provisional point: a maturing or partial period draws no bar. */
    readonly value: number | null;
    readonly provisional?: Provisional;
    /** A partial point's last day with data. */
    readonly through?: number;
  }>;
}

/** A source sheet with no new row for longer than its usual gap, and its last day. */
export interface StaleSheet {
  readonly sheet: SourceSheet;
  readonly last: number;
}

export interface SummaryModel {
  /** The company, or one team. */
  readonly scope: Scope;
  readonly frequency: SummaryFrequency;
  readonly window: ReportWindow;
  readonly kpis: readonly KpiLine[];
  readonly people: PeopleTable;
  /** Alerts raised from this day on (the previous summary's day), newest first. */
  readonly alertsSince: number;
  /** The newest alerts (at most MAX_ALERTS); alertCount says how many there were in all. */
  readonly alerts: readonly AlertLine[];
  readonly alertCount: number;
  readonly trends: readonly TrendSeries[];
  /**
   * Source sheets or columns the add-on could not find, in each language ("Pipeline sheet not
   * found: …"): their KPIs show no value, and the email says why.
   */
  readonly missing?: ReadonlyArray<Readonly<Record<'en' | 'fr', string>>>;
  /** The sheets of the summary's KPIs that look not up to date (said before any number). */
  readonly stale?: readonly StaleSheet[];
  /** Forecast and why revenue moved (company and team summaries with a Pipeline sheet). */
  readonly outlook?: PipelineOutlook;
  /** The context notes over the summary's days and scope ("Context: …"), when there are some. */
  readonly context?: readonly ContextNote[];
}

/** An email lists this many alerts at most; the rest are counted and left to the Actions sheet. */
export const MAX_ALERTS = 20;

/** KPIs every summary shows, objective or not: activity, conversion, results, satisfaction. */
export const HEADLINE_KPIS: readonly KpiKey[] = [
  'calls',
  'meetings',
  'lead_to_opportunity',
  'win_rate',
  'revenue',
  'nps',
];

/** The people table's pairs: each activity volume beside the conversion it must move. */
export const PAIRED_KPIS: readonly KpiKey[] = [
  'calls',
  'lead_to_opportunity',
  'meetings',
  'win_rate',
];

/** The trend shows a pair too, so a rise in activity is read against its conversion. */
export const TREND_KPIS: readonly KpiKey[] = ['calls', 'lead_to_opportunity'];
