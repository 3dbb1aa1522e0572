// Filled decision rows of a Review sheet become rows of the Actions sheet, exactly once: each
// new Actions row gets an ID ("DEC-7") that is written back beside its decision, and a decision
// with an ID is never added again. The caller holds the document lock, so two runs (the hourly
// tick and the page's button) cannot both see a row without its ID. A sheet whose decisions all
// have their IDs costs two calls (find it, read it); Actions is read only when one is new.
import { dateOfDay } from '../../functions/values/dates';
import { describeScope } from '../metrics';
import { safeCell } from '../safe-text';
import { ACTION_STATUSES } from '../schema';
import type { Language } from '../i18n';
import { formatDay } from '../summaries/format';
import { readBlock, sheetValues } from '../workbook/block';
import { readDayCell, textOf } from '../workbook/cells';
import { locateSheets } from '../workbook/locate';
import { growTo } from '../workbook/max-rows';
import { sheetLanguage } from '../workbook/sheet-language';
import { DECISION_COLUMNS, type DecisionRow, decisionRows } from './layout';
import type { ReviewEntry } from './registry';
import { reviewWords } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type RecordOutcome =
  | { readonly kind: 'recorded'; readonly added: readonly string[] }
  | { readonly kind: 'gone' | 'no decisions' | 'no actions sheet' };

const ID_COLUMN = DECISION_COLUMNS.indexOf('actionId');
const DECISION_ID = /^DEC-(\d+)$/i;

/** A decision to record: its text is filled and no ID was written beside it yet. */
export function pendingDecisions(rows: readonly DecisionRow[]): DecisionRow[] {
  return rows.filter((r) => textOf(r.cells[0]) !== '' && textOf(r.cells[ID_COLUMN]) === '');
}

/** The next free "DEC-n" after those already in the Actions sheet's Alert ID column. */
export function nextDecisionNumber(ids: readonly unknown[]): number {
  let max = 0;
  for (const id of ids) {
    const m = DECISION_ID.exec(textOf(id));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/**
 * Whether a Review sheet has a decision to record, read without the lock (one call): the hourly
 * run takes the lock, and reads again under it, only when one has.
 */
export function hasPendingDecisions(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return pendingDecisions(decisionRows(sheetValues(sheet)) ?? []).length > 0;
}

/** Records the pending decisions of one registered Review sheet (under the caller's lock). */
export function recordDecisions(
  spreadsheet: Spreadsheet,
  entry: ReviewEntry,
  today: number,
  language: Language,
): RecordOutcome {
  const sheet = spreadsheet.getSheetById(entry.id);
  if (!sheet) return { kind: 'gone' };
  const values = sheetValues(sheet);
  const pending = pendingDecisions(decisionRows(values) ?? []);
  if (pending.length === 0) return { kind: 'no decisions' };
  const actions = locateSheets(spreadsheet, ['actions']).get('actions');
  if (!actions) return { kind: 'no actions sheet' };
  const block = readBlock(actions);
  if (block.columns.size === 0) return { kind: 'no actions sheet' };
  const rowLanguage = sheetLanguage(block, language);
  const w = reviewWords(rowLanguage);
  const alertId = block.columns.get('alertId');
  let next = nextDecisionNumber(
    alertId === undefined ? [] : block.values.slice(1).map((r) => r[alertId]),
  );
  const width = Math.max(...block.columns.values()) + 1;
  const name = sheet.getName();
  const ids: string[] = [];
  const rows = pending.map((d) => {
    const id = `DEC-${next++}`;
    ids.push(id);
    const cells: unknown[] = new Array(width).fill('');
    const put = (key: string, value: unknown) => {
      const column = block.columns.get(key);
      if (column !== undefined) cells[column] = safeCell(value);
    };
    const due = readDayCell(d.cells[2]);
    const dueText = 'value' in due ? formatDay(due.value, rowLanguage) : textOf(d.cells[2]);
    put('date', dateOfDay(today));
    put('alertId', id);
    put('scope', describeScope(entry.scope, rowLanguage));
    put('correctiveAction', textOf(d.cells[0]));
    put('owner', textOf(d.cells[1]));
    put('status', ACTION_STATUSES.find((s) => s.key === 'open')![rowLanguage]);
    put('period', dateOfDay(entry.from));
    put(
      'context',
      dueText === ''
        ? w('decisionContextNoDue', { sheet: name })
        : w('decisionContext', { sheet: name, due: dueText }),
    );
    return cells;
  });
  const first = Math.max(block.values.length, 1) + 1;
  growTo(actions.sheet, first + rows.length - 1);
  actions.sheet.getRange(first, 1, rows.length, width).setValues(rows);
  // The IDs go back beside their decisions, in one write over the span they cover (the cells
  // between keep what they hold).
  const top = pending[0].index;
  const bottom = pending[pending.length - 1].index;
  const byIndex = new Map(pending.map((d, i) => [d.index, ids[i]]));
  const column: unknown[][] = [];
  for (let i = top; i <= bottom; i++) column.push([byIndex.get(i) ?? values[i]?.[ID_COLUMN] ?? '']);
  sheet.getRange(top + 1, ID_COLUMN + 1, column.length, 1).setValues(column);
  return { kind: 'recorded', added: ids };
}
