// Rewriting some rows of a sheet already read (a SheetBlock) in one setValues, whatever the
// number of rows: from the first to the last row concerned, the rows between keep the values
// read. Used for the few cells an evaluation changes (IDs, statuses, dates).
import { safeCell } from '../safe-text';
import type { SheetBlock } from './block';

/** Rewrites one column from the first to the last of `indexes` (rows between keep their value). */
export function writeColumnSpan(
  block: SheetBlock,
  column: number,
  indexes: readonly number[],
  value: (index: number, old: unknown) => unknown,
): void {
  writeRowSpan(block, column, 1, indexes, (index, row) => [value(index, row[column])]);
}

/**
 * Rewrites `width` columns from `column` (0-based) for the data rows from the first to the last
 * of `indexes` (0-based data-row indexes); texts are neutralised against formula injection.
 */
export function writeRowSpan(
  block: SheetBlock,
  column: number,
  width: number,
  indexes: readonly number[],
  cells: (index: number, row: readonly unknown[]) => unknown[],
): void {
  const from = Math.min(...indexes);
  const to = Math.max(...indexes);
  const values: unknown[][] = [];
  // block.values[0] is the header row: data row `index` is values[index + 1], sheet row index + 2.
  for (let index = from; index <= to; index++)
    values.push(cells(index, block.values[index + 1] ?? []).map(safeCell));
  block.located.sheet.getRange(from + 2, column + 1, values.length, width).setValues(values);
}
