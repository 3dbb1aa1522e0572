// The Actions log's rows an evaluation appends or updates (workbook/actions-sheet.ts reads them
// back for the cooldown, the recovery check and the effectiveness statistics). Pure: the caller
// does the one read and the one write per block.
import { dateOfDay } from '../../functions/values/dates';
import { describeScope, kpiEntry, type KpiUnit } from '../metrics';
import { safeCell } from '../safe-text';
import { ACTION_KINDS, ACTION_STATUSES, findChoice } from '../schema';
import type { Language } from '../i18n';
import { actionIn } from '../workbook/stored-text';
import { contextLine } from '../context/notes';
import type { NewAction } from './types';
import type { ConfigTable } from '../workbook/cells';

/** Where the Actions columns are (0-based) and how wide a written row must be. */
export type ActionColumns = ConfigTable['columns'];

export function rowWidth(columns: ActionColumns): number {
  let width = 0;
  for (const col of Object.values(columns)) if (col !== undefined) width = Math.max(width, col + 1);
  return width;
}

/** The cells of a new Actions row, in the sheet's column positions; texts neutralised. */
export function actionRow(
  action: NewAction,
  columns: ActionColumns,
  language: Language,
): unknown[] {
  const entry = kpiEntry(action.kpi);
  const row: unknown[] = new Array(rowWidth(columns)).fill('');
  const put = (key: string, value: unknown) => {
    const col = columns[key];
    if (col !== undefined) row[col] = safeCell(value);
  };
  put('date', dateOfDay(action.day));
  put('alertId', action.alertId);
  put('kpi', entry.name[language]);
  put('scope', describeScope(action.scope, language));
  put('previous', action.previous);
  put('current', action.current);
  put('change', action.change);
  put('correctiveAction', actionIn(action.action, language));
  put('owner', action.owner);
  put('status', ACTION_STATUSES[0][language]);
  put('kind', findChoice(ACTION_KINDS, action.kind)![language]);
  put('period', dateOfDay(action.periodStart));
  put('context', contextLine(action.context ?? [], language));
  return row;
}

/** The number formats of Previous, Current and Change for a new row (in that order). */
export function valueFormats(action: NewAction): [string, string, string] {
  const unit = unitFormat(kpiEntry(action.kpi).unit);
  const change = action.changeIsRelative ? '+0.0%;-0.0%;0.0%' : signed(unit);
  return [unit, unit, change];
}

function unitFormat(unit: KpiUnit): string {
  switch (unit) {
    case 'rate':
      return '0.0%';
    case 'points':
    case 'days':
    case 'score':
      return '#,##0.0';
    case 'currency':
    case 'count':
      return '#,##0';
  }
}

function signed(format: string): string {
  return `+${format};-${format};${format}`;
}

/** The status label of a recovered row in the user's language. */
export function recoveredLabel(language: Language): string {
  return findChoice(ACTION_STATUSES, 'recovered')![language];
}
