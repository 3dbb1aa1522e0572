// Writing an evaluation back, one block per kind of write whatever the number of rows: the IDs
// given to rules typed without one (Alerts' ID column), the recovered rows (Actions' Status and
// Recovered date columns), the new Actions rows (appended in one setValues, their value formats
// in one setNumberFormats). Called under the document lock.
import { dateOfDay } from '../../functions/values/dates';
import type { Language } from '../i18n';
import type { SheetBlock } from '../workbook/block';
import { growTo } from '../workbook/max-rows';
import { writeColumnSpan, writeRowSpan } from '../workbook/write-rows';
import { actionRow, recoveredLabel, valueFormats } from './action-log';
import type { Recovery } from './evaluate';
import type { NewAction } from './types';

/** Fills the blank ID cells of rules typed without one (one block, from the first to the last). */
export function writeIds(block: SheetBlock, assigned: readonly { index: number; id: string }[]) {
  const column = block.columns.get('id');
  if (column === undefined || assigned.length === 0) return;
  const ids = new Map(assigned.map((a) => [a.index, a.id]));
  writeColumnSpan(block, column, [...ids.keys()], (index, old) => ids.get(index) ?? old);
}

/** Marks rows recovered: Status and Recovered date, one block each (one if they are adjacent). */
export function writeRecoveries(
  block: SheetBlock,
  recoveries: readonly Recovery[],
  language: Language,
): void {
  const status = block.columns.get('status');
  const date = block.columns.get('recoveredDate');
  if (recoveries.length === 0 || status === undefined) return;
  const byIndex = new Map(recoveries.map((r) => [r.entry.index, r.day]));
  const indexes = [...byIndex.keys()];
  const label = recoveredLabel(language);
  const statusOf = (index: number, old: unknown) => (byIndex.has(index) ? label : old);
  const dateOf = (index: number, old: unknown) => {
    const day = byIndex.get(index);
    return day === undefined ? old : dateOfDay(day);
  };
  if (date === status + 1) {
    writeRowSpan(block, status, 2, indexes, (index, row) => [
      statusOf(index, row[status]),
      dateOf(index, row[date]),
    ]);
    return;
  }
  writeColumnSpan(block, status, indexes, statusOf);
  if (date !== undefined) writeColumnSpan(block, date, indexes, dateOf);
}

/** Appends the new rows below the log's last row, growing the sheet if it is full. */
export function appendActions(
  block: SheetBlock,
  actions: readonly NewAction[],
  language: Language,
): void {
  if (actions.length === 0) return;
  const columns = Object.fromEntries(block.columns);
  const rows = actions.map((a) => actionRow(a, columns, language));
  const sheet = block.located.sheet;
  const first = block.values.length + 1;
  const last = first + rows.length - 1;
  growTo(sheet, last);
  sheet.getRange(first, 1, rows.length, rows[0].length).setValues(rows);
  const previous = block.columns.get('previous');
  // Previous, Current and Change in the KPI's unit (41.7 %, 12 300, +5.0 points): one call when
  // the three columns are side by side, as setup lays them out.
  if (
    previous !== undefined &&
    block.columns.get('current') === previous + 1 &&
    block.columns.get('change') === previous + 2
  )
    sheet.getRange(first, previous + 1, rows.length, 3).setNumberFormats(actions.map(valueFormats));
}
