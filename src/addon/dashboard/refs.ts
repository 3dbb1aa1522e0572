// References the dashboard's formulas are written with: cells of the dashboard and of its hidden
// data sheet, and the source sheets' columns as open-ended ranges from row 2 ('Pipeline'!$J$2:$J),
// by the sheets' actual names and the columns found by developer metadata, so a renamed sheet or
// a moved column is written correctly and the header row is never read.
import type { SourceSheet } from '../metrics';
import { SCHEMA } from '../schema';
import { columnLetter, quoteSheet } from '../workbook/a1';
import type { SourceLayouts } from '../workbook/read-data';

/** A column the dashboard needs is missing from its sheet (the section says so instead). */
export class MissingColumn extends Error {
  constructor(
    readonly sheet: SourceSheet,
    readonly column: string,
    /** The whole sheet is gone (deleted, or not found), not just the column. */
    readonly sheetMissing = false,
  ) {
    super(`${sheet}.${column}`);
  }
}

/** "$B$2" (absolute), or "B2" when `relative`. */
export function cellA1(row: number, column: number, relative = false): string {
  const letter = columnLetter(column);
  return relative ? `${letter}${row}` : `$${letter}$${row}`;
}

/** An absolute block ("$B$2:$D$9"). */
export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  return `${cellA1(row, column)}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

/** An absolute column from a row down to the sheet's end ("$B$4:$B"). */
export function openColumnA1(row: number, column: number): string {
  const letter = columnLetter(column);
  return `$${letter}$${row}:$${letter}`;
}

/** Absolute columns from a row down to the sheet's end ("$B$4:$D"). */
export function openBlockA1(row: number, column: number, numColumns: number): string {
  return `${cellA1(row, column)}:$${columnLetter(column + numColumns - 1)}`;
}

/** A reference on another sheet ('KPI data'!$B$2). */
export function onSheet(sheet: string, a1: string): string {
  return `${quoteSheet(sheet)}!${a1}`;
}

/** The source sheets' columns, for formulas. */
export class SourceRefs {
  constructor(private readonly layouts: SourceLayouts) {}

  has(sheet: SourceSheet, column: string): boolean {
    return this.layouts[sheet]?.columns.get(column) !== undefined;
  }

  /** The column's data cells, row 2 to the end ('Orders'!$D$2:$D); MissingColumn if absent. */
  column(sheet: SourceSheet, column: string): string {
    const layout = this.layouts[sheet];
    const index = layout?.columns.get(column);
    if (!layout) throw new MissingColumn(sheet, column, true);
    if (index === undefined) throw new MissingColumn(sheet, column);
    return onSheet(layout.name, openColumnA1(2, index));
  }

  /** The column if the sheet has it, else undefined (optional conditions such as Team). */
  optional(sheet: SourceSheet, column: string): string | undefined {
    return this.has(sheet, column) ? this.column(sheet, column) : undefined;
  }
}

/** "Pipeline › Won date" in the user's language, for a missing-column note. */
export function describeColumn(error: MissingColumn, language: 'en' | 'fr'): [string, string] {
  const sheet = SCHEMA[error.sheet];
  const spec = sheet.columns.find((c) => c.key === error.column);
  return [sheet[language], spec?.[language] ?? error.column];
}
