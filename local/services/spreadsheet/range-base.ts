// Range geometry and the helpers the Range methods share: position, size, A1 notation, offset,
// and Apps Script's dimension checks for the set*s(grid) methods.
import { formatA1, type GridRange } from '../../workbook';
import type { GRange, GSheet, RangeShape, Scope } from './scope';

export const outsideSheet = (): Error =>
  new Error('The coordinates of the range are outside the dimensions of the sheet.');

export class RangeBase {
  constructor(
    protected readonly _scope: Scope,
    readonly _sheetId: number,
    readonly _grid: GridRange,
    readonly _shape: RangeShape = {},
  ) {}

  protected get _wb() {
    return this._scope.wb;
  }

  protected _self(): GRange {
    return this._scope.range(this._sheetId, this._grid, this._shape);
  }

  /** Every (row, col) of the range, 0-based. */
  protected _forEach(fn: (row: number, col: number, r: number, c: number) => void): void {
    const g = this._grid;
    for (let r = 0; r < g.numRows; r++)
      for (let c = 0; c < g.numCols; c++) fn(g.row + r, g.col + c, r, c);
  }

  /** A grid the size of the range. */
  protected _map<T>(fn: (row: number, col: number) => T): T[][] {
    const g = this._grid;
    return Array.from({ length: g.numRows }, (_, r) =>
      Array.from({ length: g.numCols }, (_, c) => fn(g.row + r, g.col + c)),
    );
  }

  /** Apps Script's checks of a grid given to a set*s method. */
  protected _checkGrid(values: unknown, method: string): asserts values is unknown[][] {
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
      throw new Error(
        `The parameters (${describe(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const g = this._grid;
    if (values.length !== g.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${g.numRows}.`,
      );
    }
    for (const row of values as unknown[][]) {
      if (row.length !== g.numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${g.numCols}.`,
        );
      }
    }
  }

  getA1Notation(): string {
    return formatA1(this._grid, this._shape);
  }
  getRow(): number {
    return this._grid.row + 1;
  }
  getRowIndex(): number {
    return this._grid.row + 1;
  }
  getColumn(): number {
    return this._grid.col + 1;
  }
  getNumRows(): number {
    return this._grid.numRows;
  }
  getNumColumns(): number {
    return this._grid.numCols;
  }
  getHeight(): number {
    return this._grid.numRows;
  }
  getWidth(): number {
    return this._grid.numCols;
  }
  getLastRow(): number {
    return this._grid.row + this._grid.numRows;
  }
  getLastColumn(): number {
    return this._grid.col + this._grid.numCols;
  }
  getGridId(): number {
    return this._sheetId;
  }
  getSheet(): GSheet {
    return this._scope.sheet(this._sheetId);
  }

  /** A cell of the range, 1-based within it. */
  getCell(row: number, column: number): GRange {
    const g = this._grid;
    if (row < 1 || column < 1 || row > g.numRows || column > g.numCols) {
      throw new Error('Cell reference out of range');
    }
    return this._scope.range(this._sheetId, {
      row: g.row + row - 1,
      col: g.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const g = this._grid;
    const next = {
      row: g.row + rowOffset,
      col: g.col + columnOffset,
      numRows: numRows ?? g.numRows,
      numCols: numColumns ?? g.numCols,
    };
    const info = this._wb.getSheet(this._sheetId);
    if (next.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (next.numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (
      next.row < 0 ||
      next.col < 0 ||
      next.row + next.numRows > info.maxRows ||
      next.col + next.numCols > info.maxColumns
    ) {
      throw outsideSheet();
    }
    return this._scope.range(this._sheetId, next);
  }

  activate(): GRange {
    this._wb.activeSheetId = this._sheetId;
    return this._self();
  }

  /** Whole rows of the sheet: the range spans every column. */
  protected _isWholeRows(): boolean {
    return (
      this._grid.col === 0 && this._grid.numCols === this._wb.getSheet(this._sheetId).maxColumns
    );
  }

  /** Whole columns of the sheet: the range spans every row. */
  protected _isWholeColumns(): boolean {
    return this._grid.row === 0 && this._grid.numRows === this._wb.getSheet(this._sheetId).maxRows;
  }
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return `${v.length > 0 ? describe(v[0]) : 'Object'}[]`;
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}
