// The Objectives and Alerts sheets as the objectives' store. Saving and deleting run under the
// document lock (lock.ts) and address rows by ID: a new objective gets the next ID (read under
// the lock, so concurrent saves never share one) and the first row after the sheet's data; an
// edited one is rewritten in its own row, no other row moves. Each sheet is read once and each
// written row is one setValues per run of adjacent managed columns (one in a set-up sheet), so
// the number of Sheets calls never depends on how many objectives or data rows there are. Columns
// the user added between the managed ones are never written.
import { activeSpreadsheet } from '../adapters/services';
import { SCHEMA } from '../schema';
import { asOfReference } from '../workbook/as-of';
import { readBlock, type SheetBlock } from '../workbook/block';
import type { LocatedSheet } from '../workbook/locate';
import { nextId } from './ids';
import { type LockRefusal, withDocumentLock } from '../workbook/lock';
import { type AlertRecord, alertRecords, objectiveRecords, type ObjectiveRecord } from './records';
import { alertCells, objectiveCells, type ObjectiveRowInput, type RowCells } from './rows';

export interface ObjectiveSheets {
  readonly objectives: LocatedSheet;
  readonly alerts: LocatedSheet;
}

// The alert rules as they stand after the change (read under the lock anyway): the objective
// list the wizard shows next tells each objective's rule without reading the sheet again.
export type SaveOutcome =
  | {
      readonly status: 'saved';
      readonly id: string;
      readonly problem?: string;
      readonly alerts: readonly AlertRecord[];
    }
  | { readonly status: 'missing'; readonly alerts: readonly AlertRecord[] }
  | { readonly status: 'busy' | 'no document' | 'not ready' };

export type DeleteOutcome =
  | { readonly status: 'deleted' | 'missing'; readonly alerts: readonly AlertRecord[] }
  | { readonly status: 'busy' | 'no document' | 'not ready' };

/** The objectives in the sheet, in row order (one read, no lock: a snapshot). */
export function listObjectives(objectives: LocatedSheet): ObjectiveRecord[] {
  return objectiveRecords(readBlock(objectives));
}

/** True when the block has every column of its schema (setup adds the missing ones). */
export function complete(block: SheetBlock): boolean {
  return SCHEMA[block.located.key].columns.every((c) => block.columns.has(c.key));
}

export function saveObjective(
  sheets: ObjectiveSheets,
  input: Omit<ObjectiveRowInput, 'id' | 'status'>,
): SaveOutcome {
  const locked = withDocumentLock((): SaveOutcome => {
    const objectives = readBlock(sheets.objectives);
    const alerts = readBlock(sheets.alerts);
    if (!complete(objectives) || !complete(alerts)) return { status: 'not ready' };
    const records = objectiveRecords(objectives);
    const wanted = input.objective.id;
    const existing = wanted === undefined ? undefined : records.find((r) => r.id === wanted);
    if (wanted !== undefined && !existing)
      return { status: 'missing', alerts: alertRecords(alerts) };
    const id =
      existing?.id ??
      nextId(
        'OBJ',
        records.map((r) => r.id),
      );
    const row = existing?.row ?? objectives.values.length + 1;
    const asOf = asOfReference(activeSpreadsheet(), input.language);
    const { cells, problem } = objectiveCells(
      { ...input, id, status: existing?.status ?? 'active', asOf },
      row,
      objectives.columns,
    );
    writeRow(objectives, row, cells);

    const rules = alertRecords(alerts);
    const own = rules.find((a) => a.objectiveId === id);
    const alertId =
      own?.id ||
      nextId(
        'ALR',
        rules.map((a) => a.id),
      );
    const alertRow = own?.row ?? alerts.values.length + 1;
    writeRow(
      alerts,
      alertRow,
      alertCells({
        id: alertId,
        objectiveId: id,
        kpi: input.objective.kpi,
        scope: input.objective.scope,
        rule: input.objective.alert,
        language: input.language,
      }),
    );
    const after = [
      ...rules.filter((a) => a.row !== alertRow),
      { row: alertRow, id: alertId, objectiveId: id, rule: input.objective.alert },
    ];
    return problem
      ? { status: 'saved', id, problem, alerts: after }
      : { status: 'saved', id, alerts: after };
  });
  return locked.ok ? locked.value : { status: refusedStatus(locked.reason) };
}

/** Removes the objective's row and its alert rules' rows. */
export function deleteObjective(sheets: ObjectiveSheets, id: string): DeleteOutcome {
  const locked = withDocumentLock((): DeleteOutcome => {
    const objectives = readBlock(sheets.objectives);
    const alerts = readBlock(sheets.alerts);
    const rows = objectiveRecords(objectives)
      .filter((r) => r.id === id)
      .map((r) => r.row);
    const rules = alertRecords(alerts);
    if (rows.length === 0) return { status: 'missing', alerts: rules };
    deleteRows(objectives, rows);
    const alertRows = rules.filter((a) => a.objectiveId === id).map((a) => a.row);
    deleteRows(alerts, alertRows);
    return { status: 'deleted', alerts: rules.filter((a) => a.objectiveId !== id) };
  });
  return locked.ok ? locked.value : { status: refusedStatus(locked.reason) };
}

function refusedStatus(reason: LockRefusal): 'busy' | 'no document' {
  return reason === 'busy' ? 'busy' : 'no document';
}

/**
 * Writes the cells into the row: one setNumberFormats and one setValues per run of adjacent
 * columns. A cell without its own format gets its column's format from the schema.
 */
function writeRow(block: SheetBlock, row: number, cells: RowCells): void {
  const sheet = block.located.sheet;
  const specs = SCHEMA[block.located.key].columns;
  const placed: Array<{ column: number; value: unknown; format: string }> = [];
  for (const [key, cell] of cells) {
    const column = block.columns.get(key);
    const format = cell.format ?? specs.find((c) => c.key === key)?.format ?? 'General';
    if (column !== undefined) placed.push({ column, value: cell.value, format });
  }
  if (placed.length === 0) return;
  placed.sort((a, b) => a.column - b.column);
  const maxRows = sheet.getMaxRows();
  if (row > maxRows) sheet.insertRowsAfter(maxRows, row - maxRows);
  let start = 0;
  for (let i = 1; i <= placed.length; i++) {
    if (i < placed.length && placed[i].column === placed[i - 1].column + 1) continue;
    const run = placed.slice(start, i);
    const range = sheet.getRange(row, run[0].column + 1, 1, run.length);
    // Formats first: a formula written into a cell still in the text format would stay text.
    range.setNumberFormats([run.map((p) => p.format)]);
    range.setValues([run.map((p) => p.value)]);
    start = i;
  }
}

/** Deletes rows (1-based), bottom first so the numbers stay right, adjacent rows together. */
function deleteRows(block: SheetBlock, rows: readonly number[]): void {
  const sorted = [...new Set(rows)].sort((a, b) => b - a);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] - 1) j++;
    block.located.sheet.deleteRows(sorted[j], i === j ? 1 : j - i + 1);
    i = j + 1;
  }
}
