// The Experiments sheet in Sheets: read in one getValues (columns found by metadata or header),
// a new experiment appended in one setValues, and the counts of running experiments written as
// one block per run of adjacent columns, whatever the number of experiments. Rows are never
// deleted: concluded experiments keep their counts and verdict. The callers hold the lock.
import { dateOfDay } from '../../functions/values/dates';
import { EXPERIMENT_STATUSES } from '../schema';
import type { Language } from '../i18n';
import { readBlock, type SheetBlock } from '../workbook/block';
import type { LocatedSheet } from '../workbook/locate';
import { type ExperimentRecord, readRecords } from './rows';
import type { CountUpdate } from './update';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ExperimentsSheet {
  readonly sheet: Sheet;
  readonly block: SheetBlock;
  readonly records: ExperimentRecord[];
}

export function readExperiments(located: LocatedSheet): ExperimentsSheet {
  const block = readBlock(located);
  return {
    sheet: located.sheet,
    block,
    records: readRecords(block.values.slice(1), block.columns),
  };
}

/** The sheet row (1-based) a new experiment goes to: below the last row holding anything. */
export function nextRow(book: ExperimentsSheet): number {
  return Math.max(book.block.values.length, 1) + 1;
}

export function appendRow(book: ExperimentsSheet, row: number, cells: unknown[]): void {
  const { sheet } = book;
  if (sheet.getMaxRows() < row) sheet.insertRowsAfter(sheet.getMaxRows(), row - sheet.getMaxRows());
  sheet.getRange(row, 1, 1, cells.length).setValues([cells]);
}

const COUNT_COLUMNS = [
  'controlSuccesses',
  'controlTotal',
  'variantSuccesses',
  'variantTotal',
  'status',
  'updated',
] as const;

/**
 * Writes the updates: for every data row, the counts, status and update day of the updated ones
 * and the cells as they were for the others, one setValues per run of adjacent columns.
 */
export function writeCounts(
  book: ExperimentsSheet,
  updates: readonly CountUpdate[],
  today: number,
  language: Language,
): void {
  if (updates.length === 0) return;
  const rows = book.block.values.slice(1);
  const byIndex = new Map(updates.map((u) => [u.index, u]));
  const present = COUNT_COLUMNS.filter((k) => book.block.columns.has(k)).sort(
    (a, b) => book.block.columns.get(a)! - book.block.columns.get(b)!,
  );
  const value = (key: (typeof COUNT_COLUMNS)[number], u: CountUpdate) => {
    switch (key) {
      case 'controlSuccesses':
        return u.control.successes;
      case 'controlTotal':
        return u.control.total;
      case 'variantSuccesses':
        return u.variant.successes;
      case 'variantTotal':
        return u.variant.total;
      case 'status':
        return EXPERIMENT_STATUSES[u.concluded ? 1 : 0][language];
      case 'updated':
        return dateOfDay(today);
    }
  };
  for (const run of runs(present.map((k) => [k, book.block.columns.get(k)!] as const))) {
    const grid = rows.map((row, i) => {
      const u = byIndex.get(i);
      return run.map(([key, c]) => (u ? value(key, u) : (row[c] ?? '')));
    });
    book.sheet.getRange(2, run[0][1] + 1, grid.length, run.length).setValues(grid);
  }
}

/** Columns grouped into runs of adjacent positions. */
function runs<T extends readonly [string, number]>(columns: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const column of columns) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1][1] + 1 === column[1]) last.push(column);
    else out.push([column]);
  }
  return out;
}
