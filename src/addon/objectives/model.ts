// The objective as the server holds it once every field of the sidebar's draft has been checked
// (validate.ts), and its alert rule. Days are calendar-day numbers (src/kpi/days); the texts are
// trimmed single lines.
import type { Frequency, KpiKey, Scope, StrategicGoal } from '../metrics';
import type { StatusKey } from '../workbook/objectives-sheet';

export type TargetMode = 'value' | 'change';

/** An alert rule's settings, as the wizard edits them (alerts/types.ts: the rule evaluated). */
export interface AlertSettings {
  readonly mode: 'relative' | 'points';
  /** A fraction in relative mode (0.1 = 10 %), the KPI's own units in points mode. */
  readonly threshold: number;
  readonly direction: 'down' | 'up';
  readonly minVolume: number;
  readonly action: string;
  readonly owner: string;
  readonly enabled: boolean;
}

export interface ObjectiveFields {
  /** Present when editing an existing objective ("OBJ-0003"). */
  readonly id?: string;
  readonly goal: StrategicGoal;
  readonly kpi: KpiKey;
  readonly scope: Scope;
  readonly who: string;
  readonly what: string;
  readonly where: string;
  readonly how: string;
  readonly targetMode: TargetMode;
  /** As entered: the KPI value, or the fractional change of the baseline (0.1 = +10 %). */
  readonly target: number;
  readonly start: number;
  readonly deadline: number;
  readonly frequency: Frequency;
  readonly pairedKpi?: KpiKey;
  readonly owner: string;
  readonly alert: AlertSettings;
}

/** A saved objective: its fields, its baseline and the target as a KPI value. */
export interface Objective extends ObjectiveFields {
  readonly id: string;
  readonly baseline: number | null;
  readonly targetValue: number;
  readonly status: StatusKey;
}

// The longest texts are a rule the wizard page applies too: declared in rules.ts.
export { MAX_ACTION, MAX_TEXT } from './rules';
/** Longest objective window: past two years, an objective is a plan, not a target. */
export const MAX_WINDOW_DAYS = 731;
