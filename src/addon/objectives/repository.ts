// The Objectives and Alerts sheets as the objectives' store. Each sheet is read once per
// execution (readObjectiveBook) and what was read is handed on: saving works on the book read
// under the caller's document lock, deleting takes the lock itself (workbook/lock.ts), and both
// return the book as it stands after the change, so the objective list shown next needs no
// further read. Rows are addressed by ID: a new objective gets the next ID (read under the lock,
// so concurrent saves never share one) and the first row after the sheet's data; an edited one is
// rewritten in its own row, no other row moves. Each written row is one setValues per run of
// adjacent managed columns (one in a set-up sheet), so the number of Sheets calls never depends on
// how many objectives or data rows there are. Columns the user added between the managed ones
// are never written.
import { activeSpreadsheet, userEmail } from '../adapters/services';
import { SCHEMA } from '../schema';
import { type AlertRow, alertRows } from '../workbook/alerts-sheet';
import { asOfReference } from '../workbook/as-of';
import { readBlock, type SheetBlock } from '../workbook/block';
import { withoutRows, withRowWritten } from '../workbook/block-after';
import { tableOf } from '../workbook/cells';
import { nextId, OBJECTIVE_ID } from '../workbook/ids';
import type { LocatedSheet } from '../workbook/locate';
import { type LockRefusal, withDocumentLock } from '../workbook/lock';
import { logDeletion } from '../workbook/objective-log';
import { objectiveRecords, type ObjectiveRecord } from '../workbook/objectives-sheet';
import { alertCells, objectiveCells, type ObjectiveRowInput, type RowCells } from './rows';

export interface ObjectiveSheets {
  readonly objectives: LocatedSheet;
  readonly alerts: LocatedSheet;
}

/** The two sheets as read in one execution (one getValues each), with their rows. */
export interface ObjectiveBook {
  readonly objectives: SheetBlock;
  readonly alerts: SheetBlock;
  /** The wizard's objectives (IDs of the OBJ-0001 form), in row order. */
  readonly records: readonly ObjectiveRecord[];
  readonly rules: readonly AlertRow[];
}

export type SaveOutcome =
  | {
      readonly status: 'saved';
      readonly id: string;
      readonly problem?: string;
      book: ObjectiveBook;
    }
  | { readonly status: 'missing'; readonly book: ObjectiveBook }
  | { readonly status: 'not ready' };

export type DeleteOutcome =
  | { readonly status: 'deleted' | 'missing'; readonly book: ObjectiveBook }
  | { readonly status: 'busy' | 'no document' };

export function readObjectiveBook(sheets: ObjectiveSheets): ObjectiveBook {
  return bookOf(readBlock(sheets.objectives), readBlock(sheets.alerts));
}

/** The wizard's objectives in an Objectives block: the rows whose ID has the OBJ-0001 form. */
export function wizardObjectives(block: SheetBlock): ObjectiveRecord[] {
  return objectiveRecords(tableOf(block)).filter((r) => OBJECTIVE_ID.test(r.id));
}

function bookOf(objectives: SheetBlock, alerts: SheetBlock): ObjectiveBook {
  return {
    objectives,
    alerts,
    records: wizardObjectives(objectives),
    rules: alertRows(tableOf(alerts)),
  };
}

/** True when the block has every column of its schema (setup adds the missing ones). */
export function complete(block: SheetBlock): boolean {
  return SCHEMA[block.located.key].columns.every((c) => block.columns.has(c.key));
}

/** Writes the objective and its alert rule. Called under the document lock that read `book`. */
export function saveObjective(
  book: ObjectiveBook,
  input: Omit<ObjectiveRowInput, 'id' | 'status'>,
): SaveOutcome {
  const { objectives, alerts, records, rules } = book;
  if (!complete(objectives) || !complete(alerts)) return { status: 'not ready' };
  const wanted = input.objective.id;
  const existing = wanted === undefined ? undefined : records.find((r) => r.id === wanted);
  if (wanted !== undefined && !existing) return { status: 'missing', book };
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

  const own = rules.find((a) => a.objectiveId === id);
  const alertId =
    own?.id ||
    nextId(
      'ALR',
      rules.map((a) => a.id),
    );
  const alertRow = own?.row ?? alerts.values.length + 1;
  const ruleCells = alertCells({
    id: alertId,
    objectiveId: id,
    kpi: input.objective.kpi,
    scope: input.objective.scope,
    rule: input.objective.alert,
    language: input.language,
  });
  writeRow(alerts, alertRow, ruleCells);
  const after = bookOf(
    withRowWritten(objectives, row, valuesOf(cells)),
    withRowWritten(alerts, alertRow, valuesOf(ruleCells)),
  );
  return problem
    ? { status: 'saved', id, problem, book: after }
    : { status: 'saved', id, book: after };
}

/** Removes the objective's row and its alert rules' rows, under the document lock. */
export function deleteObjective(sheets: ObjectiveSheets, id: string): DeleteOutcome {
  const locked = withDocumentLock((): DeleteOutcome => {
    const book = readObjectiveBook(sheets);
    const rows = book.records.filter((r) => r.id === id).map((r) => r.row);
    if (rows.length === 0) return { status: 'missing', book };
    const record = book.records.find((r) => r.id === id);
    deleteRows(book.objectives, rows);
    // Its log ends here: a new objective given the same ID starts a log of its own.
    logDeletion(activeSpreadsheet(), {
      objectiveId: id,
      target: record?.target,
      start: record?.start ?? 0,
      who: userEmail(),
    });
    const ruleRows = book.rules.filter((a) => a.objectiveId === id).map((a) => a.row);
    deleteRows(book.alerts, ruleRows);
    const after = bookOf(withoutRows(book.objectives, rows), withoutRows(book.alerts, ruleRows));
    return { status: 'deleted', book: after };
  });
  return locked.ok ? locked.value : { status: refusedStatus(locked.reason) };
}

function valuesOf(cells: RowCells): Map<string, unknown> {
  return new Map([...cells].map(([key, cell]) => [key, cell.value]));
}

function refusedStatus(reason: LockRefusal): 'busy' | 'no document' {
  return reason === 'busy' ? 'busy' : 'no document';
}

/**
 * Writes the cells into the row: one setNumberFormats and one setValues per run of adjacent
 * columns. A cell without its own format gets its column's format from the schema.
 */
export function writeObjectiveCells(block: SheetBlock, row: number, cells: RowCells): void {
  writeRow(block, row, cells);
}

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
