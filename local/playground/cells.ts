// POST /api/cells: writes cells as a user typing them. A text starting with "=" is a formula,
// other texts are read as Sheets reads typing (numbers, percentages, dates, TRUE/FALSE, "'text");
// numbers, booleans and null go in as they are. Data validation that rejects input refuses the
// write, as Sheets refuses the typing.
import { formatA1, parseA1, type CellInput, type LocalWorkbook, type SheetInfo } from '../workbook';
import { HttpError } from './http';

const MAX_CELLS = 100_000;
/** The local engine's row limit, and Sheets' cells per spreadsheet (each sheet is held to it). */
const MAX_ROWS = 1_000_000;
const MAX_SPREADSHEET_CELLS = 10_000_000;

export interface CellsResult {
  updated: string;
  /** Warnings of data validation rules that allow invalid input (Sheets marks such cells). */
  warnings: Array<{ cell: string; message: string }>;
}

export function writeCells(wb: LocalWorkbook, body: Record<string, unknown>): CellsResult {
  const { sheet, range, values } = body;
  const rangeText = typeof range === 'string' ? range : undefined;
  if (!rangeText)
    throw new HttpError(400, 'range is required: an A1 range such as "B2" or "B2:C3".');
  const ref = parseA1(rangeText);
  if (!ref)
    throw new HttpError(400, `range "${rangeText}" is not an A1 range such as "B2" or "B2:C3".`);
  if (ref.numRows === undefined || ref.numCols === undefined) {
    throw new HttpError(
      400,
      `range "${rangeText}" must be a cell or a block such as "B2:C3", not whole rows or columns.`,
    );
  }
  const sheetKey = typeof sheet === 'string' || typeof sheet === 'number' ? sheet : ref.sheetName;
  if (sheetKey === undefined || sheetKey === '') {
    throw new HttpError(400, 'sheet is required: the name of the sheet to write to.');
  }
  const info = wb.findSheet(sheetKey);
  if (!info) throw new HttpError(404, `No sheet named "${String(sheetKey)}".`);
  const grid = inputGrid(values);
  const width = Math.max(...grid.map((r) => r.length));
  if (grid.length * width > MAX_CELLS) {
    throw new HttpError(
      413,
      `At most ${MAX_CELLS} cells per request (got ${grid.length * width}).`,
    );
  }
  const single = ref.numRows === 1 && ref.numCols === 1;
  if (!single) checkShape(ref.numRows, ref.numCols, grid);
  checkRectangle(grid);
  checkSize(rangeText, info, ref.row + grid.length, ref.col + width);
  const warnings = checkValidation(wb, info, ref.row, ref.col, grid);
  wb.setInputs(info.id, ref.row, ref.col, grid);
  return {
    updated: `${info.name}!${formatA1({ row: ref.row, col: ref.col, numRows: grid.length, numCols: width })}`,
    warnings,
  };
}

/** values: a 2-D array, or one value for one cell; each entry a text, number, boolean or null. */
function inputGrid(values: unknown): CellInput[][] {
  if (values === undefined)
    throw new HttpError(400, 'values is required: a 2-D array of cell inputs.');
  const rows = Array.isArray(values) ? values : [[values]];
  if (rows.length === 0 || !rows.every((r) => Array.isArray(r) && r.length > 0)) {
    throw new HttpError(
      400,
      'values must be a non-empty 2-D array (rows of cells), e.g. [["=1+1"]].',
    );
  }
  return (rows as unknown[][]).map((row, r) =>
    row.map((v, c) => {
      if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      throw new HttpError(
        400,
        `values[${r}][${c}] must be a text, a finite number, a boolean or null (got ${JSON.stringify(v) ?? typeof v}).`,
      );
    }),
  );
}

/** Apps Script's wording for a setValues whose data does not fit its range. */
function checkShape(rows: number, cols: number, grid: CellInput[][]): void {
  const dataRows = grid.length;
  if (rows !== dataRows) {
    throw new HttpError(
      400,
      `The number of rows in the data does not match the number of rows in the range. The data has ${dataRows} but the range has ${rows}.`,
    );
  }
  // Each row is checked, as setValues does: a ragged grid fails on its first short or long row.
  const dataCols = grid.find((row) => row.length !== cols)?.length;
  if (dataCols !== undefined) {
    throw new HttpError(
      400,
      `The number of columns in the data does not match the number of columns in the range. The data has ${dataCols} but the range has ${cols}.`,
    );
  }
}

/** Every row as long as the first (a block range already had its rows checked one by one). */
function checkRectangle(grid: CellInput[][]): void {
  const width = grid[0].length;
  const r = grid.findIndex((row) => row.length !== width);
  if (r < 0) return;
  const n = grid[r].length;
  throw new HttpError(
    400,
    `values must be a rectangle: row ${r + 1} has ${n} cell${n === 1 ? '' : 's'}, row 1 has ${width}.`,
  );
}

/** A write may grow the sheet, never past what the engine and Sheets can hold. */
function checkSize(rangeText: string, info: SheetInfo, endRow: number, endCol: number): void {
  if (endRow > MAX_ROWS) {
    throw new HttpError(
      400,
      `range "${rangeText}" ends at row ${endRow}: a sheet has at most ${MAX_ROWS} rows here, and a spreadsheet at most ${MAX_SPREADSHEET_CELLS} cells.`,
    );
  }
  const rows = Math.max(info.maxRows, endRow);
  const columns = Math.max(info.maxColumns, endCol);
  if (rows * columns > MAX_SPREADSHEET_CELLS) {
    throw new HttpError(
      400,
      `range "${rangeText}" would grow the sheet to ${columns} columns × ${rows} rows: a spreadsheet has at most ${MAX_SPREADSHEET_CELLS} cells.`,
    );
  }
}

function checkValidation(
  wb: LocalWorkbook,
  info: SheetInfo,
  row: number,
  col: number,
  grid: CellInput[][],
): CellsResult['warnings'] {
  const warnings: CellsResult['warnings'] = [];
  grid.forEach((line, r) =>
    line.forEach((input, c) => {
      const message = wb.checkInput(info.id, row + r, col + c, input);
      if (message === undefined) return;
      const cell = formatA1({ row: row + r, col: col + c, numRows: 1, numCols: 1 });
      if (!wb.getValidation(info.id, row + r, col + c)?.allowInvalid) {
        throw new HttpError(400, `${info.name}!${cell}: ${message}`);
      }
      warnings.push({ cell, message });
    }),
  );
  return warnings;
}
