// Range values and formulas: get/set values (strings read as typed, Dates as dates), display
// values, formulas (relative references adjusted across the range as Sheets does), clearing.
import { isDate } from '../../workbook/is-date';
import type { CellInput } from '../../workbook';
import { shiftFormula } from '../../workbook/formula-shift';
import { RangeBase } from './range-base';
import type { GRange } from './scope';

/** A value from a script as a cell input (objects are written as their text, as Sheets does). */
export function toInput(v: unknown): CellInput {
  if (v === null || v === undefined) return null;
  if (isDate(v) || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') {
    return v;
  }
  return String(v);
}

export class RangeValues extends RangeBase {
  getValues(): unknown[][] {
    const g = this._grid;
    return this._wb.getValues(this._sheetId, g.row, g.col, g.numRows, g.numCols);
  }

  getValue(): unknown {
    return this._wb.getValue(this._sheetId, this._grid.row, this._grid.col);
  }

  setValues(values: unknown[][]): GRange {
    this._checkGrid(values, 'setValues');
    const g = this._grid;
    this._wb.setInputs(
      this._sheetId,
      g.row,
      g.col,
      values.map((row) => row.map(toInput)),
    );
    return this._self();
  }

  /** Sets every cell of the range to the value. */
  setValue(value: unknown): GRange {
    const input = toInput(value);
    const g = this._grid;
    this._wb.setInputs(
      this._sheetId,
      g.row,
      g.col,
      this._map(() => input),
    );
    return this._self();
  }

  getDisplayValues(): string[][] {
    const g = this._grid;
    return this._wb.getDisplayValues(this._sheetId, g.row, g.col, g.numRows, g.numCols);
  }

  getDisplayValue(): string {
    return this._wb.getDisplayValue(this._sheetId, this._grid.row, this._grid.col);
  }

  getFormulas(): string[][] {
    const g = this._grid;
    return this._wb.getFormulas(this._sheetId, g.row, g.col, g.numRows, g.numCols);
  }

  getFormula(): string {
    return this._wb.getFormula(this._sheetId, this._grid.row, this._grid.col);
  }

  /** Sets the formula of the top-left cell; other cells get it with relative references moved. */
  setFormula(formula: string): GRange {
    const g = this._grid;
    const text = String(formula);
    const grid = this._map((row, col) =>
      text.startsWith('=') ? shiftFormula(text, row - g.row, col - g.col) : text,
    );
    this._wb.setInputs(this._sheetId, g.row, g.col, grid);
    return this._self();
  }

  setFormulas(formulas: string[][]): GRange {
    this._checkGrid(formulas, 'setFormulas');
    const g = this._grid;
    this._wb.setInputs(
      this._sheetId,
      g.row,
      g.col,
      formulas.map((row) => row.map(toInput)),
    );
    return this._self();
  }

  clearContent(): GRange {
    this._wb.clearContents(this._sheetId, this._grid);
    return this._self();
  }

  /** Clears contents and formats, or only what the options name. */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GRange {
    const o = options ?? {};
    const only = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!only || o.contentsOnly) this._wb.clearContents(this._sheetId, this._grid);
    if (!only || o.formatOnly) this._wb.clearFormats(this._sheetId, this._grid);
    if (o.validationsOnly) this._wb.setValidation(this._sheetId, this._grid, null);
    if (o.commentsOnly) this._wb.setProps(this._sheetId, this._grid, { note: null });
    return this._self();
  }

  clearFormat(): GRange {
    this._wb.clearFormats(this._sheetId, this._grid);
    return this._self();
  }

  isBlank(): boolean {
    return (
      this.getFormulas().every((row) => row.every((f) => f === '')) &&
      this.getValues().every((row) => row.every((v) => v === ''))
    );
  }
}
