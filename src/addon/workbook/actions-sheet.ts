// The Actions log read back, the one way every feature reads it: the alert check (cooldown and
// recovery), the dashboard (each corrective action's effectiveness) and the summaries (what was
// raised since the previous summary). The alert check writes these rows; people may also type
// them, so each cell is read as far as it can be and nothing here is an error.
import { ACTION_KINDS, ACTION_STATUSES, findChoice } from '../schema';
import type { KpiKey } from '../metrics';
import { type ConfigTable, readDayCell, readNumber, readRows, valueOr } from './cells';
import { kpiOfText } from './labels';

export type ActionKind = 'alert' | 'pace';
export type ActionStatus = 'open' | 'inProgress' | 'done' | 'recovered' | 'other';

/** One non-blank row of the Actions log. */
export interface ActionRecord {
  /** Index in the table's rows (0-based), to write its status back. */
  readonly index: number;
  readonly day: number | null;
  readonly alertId: string;
  /** An alert on a KPI's move, or an objective behind its pace (a blank kind is an alert). */
  readonly kind: ActionKind;
  /** The catalogue KPI when the cell names one; kpiText is the cell as typed. */
  readonly kpi?: KpiKey;
  readonly kpiText: string;
  /** The scope as typed ("team Lyon", "équipe Lyon", a rep's name, "company"). */
  readonly scopeText: string;
  /** The first day of the period the row is about; null in rows typed by hand without one. */
  readonly periodStart: number | null;
  readonly previous: number | null;
  readonly current: number | null;
  readonly action: string;
  readonly owner: string;
  /** Blank is open; a text the dropdown does not have is 'other'. */
  readonly status: ActionStatus;
  /** The Status cell as typed. */
  readonly statusText: string;
  readonly recoveredDay: number | null;
  /** The Context notes written beside the alert when it was raised ('' when none). */
  readonly context?: string;
  /** The owner's comment: what was done, what it gave ('' when none). */
  readonly comment?: string;
}

/** The rows of the Actions sheet; blank rows are left out (their index is kept on the others). */
export function actionRecords(table: ConfigTable): ActionRecord[] {
  return readRows(table, ({ index, cell, text }) => {
    const kpiText = text('kpi');
    const statusText = text('status');
    return {
      index,
      day: valueOr(readDayCell(cell('date')), null),
      alertId: text('alertId'),
      kind: findChoice(ACTION_KINDS, text('kind'))?.key ?? 'alert',
      kpi: kpiOfText(kpiText),
      kpiText,
      scopeText: text('scope'),
      periodStart: valueOr(readDayCell(cell('period')), null),
      previous: valueOr(readNumber(cell('previous')), null),
      current: valueOr(readNumber(cell('current')), null),
      action: text('correctiveAction'),
      owner: text('owner'),
      status:
        statusText === '' ? 'open' : (findChoice(ACTION_STATUSES, statusText)?.key ?? 'other'),
      statusText,
      recoveredDay: valueOr(readDayCell(cell('recoveredDate')), null),
      context: text('context'),
      ...(text('comment') ? { comment: text('comment') } : {}),
    };
  });
}
