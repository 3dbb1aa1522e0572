// A KPI function's table shown under the Dashboard's own headings. =KPI_FUNNEL and =KPI_TREND
// spill their English header row first; a sheet is written in the spreadsheet's language, and a
// spilled row cannot be overwritten (Sheets shows #REF! "Array result was not expanded"). So the
// function spills on the hidden data sheet, and the Dashboard shows its header in the reader's
// language above plain references to the table's data rows: references behave the same in
// Sheets and in the local engine, and cost no Sheets call of their own (they are cells of blocks
// already written). A reference to a cell the table does not reach shows blank, not 0. The first
// data row is copied cell by cell (its first cell also shows the function's error); the rest by
// one ARRAYFORMULA over a fixed block of the hidden sheet, whose size is known when written.
import type { SectionContext } from './context';
import { HEADER_STYLE } from './context';
import { onSheet, rangeA1 } from './refs';

export interface CopiedTable {
  readonly name: string;
  /** The function's formula, or the note written instead when a source column is missing. */
  readonly formula: string;
  /**
   * Instead of a function that spills: the hidden table's cells (header row, then data rows),
   * written as they are (warehouse mode's funnel, summed from the warehouse's table).
   */
  readonly cells?: ReadonlyArray<readonly unknown[]>;
  /** The anchor of the function's formula on the hidden sheet (its header row). */
  readonly source: { readonly row: number; readonly column: number };
  /** The Dashboard cell of the first heading; the data rows follow below it. */
  readonly at: { readonly row: number; readonly column: number };
  readonly headings: readonly string[];
  /** Data rows shown (the function's table may have fewer). */
  readonly rows: number;
  /** The number format of each column's data cells. */
  readonly formats: readonly string[];
}

/**
 * Writes the formula on the hidden sheet (in a block of its own), the headings and the
 * references on the Dashboard (the caller declares the Dashboard's block). The first data cell
 * shows the function's error, or the missing-column note, where the table would be.
 */
export function drawCopiedTable(context: SectionContext, table: CopiedTable): void {
  const { canvas, hidden, data } = context;
  const { source, at } = table;
  const width = table.headings.length;
  hidden.block(table.name, source.row, source.column, table.rows + 1, width);
  if (table.cells)
    table.cells.forEach((row, i) =>
      row.forEach((cell, j) => hidden.put(source.row + i, source.column + j, cell)),
    );
  else {
    hidden.put(source.row, source.column, table.formula, { format: 'General' });
    hidden.landing(source.row, source.column, table.rows + 1, width);
  }
  table.headings.forEach((h, j) => canvas.put(at.row, at.column + j, h, HEADER_STYLE));
  const live = table.cells !== undefined || table.formula.startsWith('=');
  if (live) {
    // The first data row cell by cell: its first cell shows the function's error, if any.
    const anchor = data.remote(source.row, source.column);
    for (let j = 0; j < width; j++) {
      const ref = data.remote(source.row + 1, source.column + j);
      const copy = `IF(${ref}="","",${ref})`;
      const value = j === 0 ? `=IF(ISERROR(${anchor}),${anchor},${copy})` : `=${copy}`;
      canvas.put(at.row + 1, at.column + j, value);
    }
    // The other rows in one array formula over the block (a plain range: fixed size).
    if (table.rows > 1) {
      const block = onSheet(
        data.sheetName,
        rangeA1(source.row + 2, source.column, table.rows - 1, width),
      );
      canvas.put(at.row + 2, at.column, `=ARRAYFORMULA(IF(${block}="","",${block}))`);
      canvas.landing(at.row + 2, at.column, table.rows - 1, width);
    }
  }
  for (let i = 1; i <= table.rows; i++)
    for (let j = 0; j < width; j++)
      canvas.style(at.row + i, at.column + j, { format: table.formats[j] });
  // A missing column's note, where the table would be.
  if (!live) canvas.put(at.row + 1, at.column, table.formula, { format: '@' });
}
