// The shapes the alert evaluation works on: the rules read from the Alerts sheet, their problems,
// and the rows it appends to the Actions log (workbook/actions-sheet.ts reads the log back). Pure
// types, no Sheets service.
import type { KpiKey, MetricPeriod, Scope } from '../metrics';
import type { AlertSettings } from '../objectives/model';
import type { ActionKind } from '../workbook/actions-sheet';
import type { AlertNote } from './notes';
import type { ContextNote } from '../context/notes';

/** An active, valid rule of the Alerts sheet, defaults filled in (its settings, and what it is on). */
export interface AlertRule extends Omit<AlertSettings, 'enabled'> {
  readonly id: string;
  /** The sheet row it was read from, for messages. */
  readonly row: number;
  /** '' when the rule has no objective (or names one the Objectives sheet lacks). */
  readonly objectiveId: string;
  readonly kpi: KpiKey;
  readonly scope: Scope;
  /** The objective's tracking period, or the catalogue's default for the KPI. */
  readonly period: MetricPeriod;
}

/** A row of the Alerts sheet that could not be used, or was used with a caveat. */
export interface RuleProblem {
  readonly row: number;
  readonly id: string;
  /** What is wrong, said by the edge in its reader's language. */
  readonly note: AlertNote;
  /** True when the row was left out of the evaluation. */
  readonly skipped: boolean;
}

/** A row the evaluation appends to the Actions log. */
export interface NewAction {
  readonly day: number;
  readonly alertId: string;
  readonly kind: ActionKind;
  readonly kpi: KpiKey;
  readonly scope: Scope;
  readonly periodStart: number;
  /** Alerts: the KPI over the previous period. Pace: the value expected by now. */
  readonly previous: number;
  readonly current: number;
  /** Relative alerts: a fraction of |previous|; points alerts and pace: in KPI units. */
  readonly change: number;
  readonly changeIsRelative: boolean;
  readonly action: string;
  readonly owner: string;
  /** The Context notes over the period and scope, when there are any (written "Context: …"). */
  readonly context?: readonly ContextNote[];
}
