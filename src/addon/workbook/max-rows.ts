import type { Sheet } from '../adapters/sheets-types';
// A sheet's row count (getMaxRows), asked of Sheets at most once per execution: an action that
// appends rows and then sizes its colours on the same sheet would ask twice. Rows the add-on adds
// are recorded as it adds them. Each execution loads the script afresh, so nothing is kept
// between them.

const known = new WeakMap<Sheet, number>();

export function maxRowsOf(sheet: Sheet): number {
  let rows = known.get(sheet);
  if (rows === undefined) known.set(sheet, (rows = sheet.getMaxRows()));
  return rows;
}

/** Adds rows after the last one, remembering the new count. */
export function growTo(sheet: Sheet, rows: number): void {
  const now = maxRowsOf(sheet);
  if (rows <= now) return;
  sheet.insertRowsAfter(now, rows - now);
  known.set(sheet, rows);
}
