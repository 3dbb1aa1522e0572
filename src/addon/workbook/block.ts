// One managed sheet read in a single call: its values (header row first) and where each of its
// schema's columns is. The wizard reads every sheet it needs this way, so the number of Sheets
// calls never grows with the rows.
import { type LocatedSheet, resolveColumns } from './locate';

export interface SheetBlock {
  readonly located: LocatedSheet;
  /** The sheet's values up to its last row and column with content: the header row, then the rows. */
  readonly values: unknown[][];
  /** Column key → 0-based column index. */
  readonly columns: ReadonlyMap<string, number>;
}

export function readBlock(located: LocatedSheet): SheetBlock {
  const values = sheetValues(located.sheet);
  return { located, values, columns: resolveColumns(located, values[0] ?? []) };
}

/**
 * Everything a sheet holds, in one call (getDataRange().getValues() is two). -1 means "to the
 * last row or column with content"; an empty sheet has none, which Sheets refuses: no rows then.
 */
export function sheetValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1) as unknown[][];
  } catch {
    return [];
  }
}

/** A cell of a block's row by column key ('' when the sheet lacks the column). */
export function cellOf(block: SheetBlock, row: readonly unknown[], key: string): unknown {
  const column = block.columns.get(key);
  return column === undefined ? '' : (row[column] ?? '');
}
