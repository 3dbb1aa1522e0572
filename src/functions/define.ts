// The guard every =KPI_* function goes through: whatever happens inside, Sheets receives either a
// finite value (or a table of them) or an error whose message starts with the function's name.
// No NaN, Infinity or undefined ever reaches a cell; tables are rectangles, texts fit in a cell
// (50,000 characters), dates lie within years 1 to 9999, and an unexpected failure's message is
// quoted short.
import { Cell, isDate, shorten } from './values/cells';
import { isSheetsDay } from './values/sheet-days';
import { KpiError } from './errors';
import { MS_PER_DAY } from '../kpi/days';

export type Result = number | boolean | string | Date | Cell[][];

export function defineKpi<A extends unknown[], R extends Result>(
  name: string,
  impl: (...args: A) => R,
): (...args: A) => R {
  return (...args: A): R => {
    let result: R;
    try {
      result = impl(...args);
    } catch (error) {
      if (error instanceof KpiError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new KpiError(name, `could not compute (${shorten(detail)})`);
    }
    return checkResult(name, result);
  };
}

function checkResult<R extends Result>(name: string, result: R): R {
  if (Array.isArray(result)) {
    // Sheets needs a rectangle: a ragged table would be padded or refused out of our control.
    const width = result.length ? result[0].length : 0;
    for (const row of result) {
      if (row.length !== width) throw new KpiError(name, 'internal error: a ragged table');
      for (let c = 0; c < row.length; c++) {
        const cell = checkCell(name, row[c]);
        if (cell !== row[c]) row[c] = cell;
      }
    }
    return result;
  }
  return checkCell(name, result) as R;
}

/** Sheets' limit on the text of one cell. */
export const CELL_TEXT_LIMIT = 50_000;

function checkCell<C>(name: string, cell: C): C {
  // Cheapest tests first: a table may hold a million cells.
  if (typeof cell === 'number') {
    if (cell - cell === 0) return cell;
    if (cell === cell)
      throw new KpiError(name, 'the result is beyond the largest number a sheet holds (1.8e308)');
    throw new KpiError(name, 'the result is not defined for these inputs');
  }
  // A text echoed from the input (a segment, a stage) is cut to what a cell can hold.
  if (typeof cell === 'string')
    return cell.length > CELL_TEXT_LIMIT ? (shorten(cell, CELL_TEXT_LIMIT) as C) : cell;
  if (cell === undefined || cell === null)
    throw new KpiError(name, 'internal error: an empty result');
  if (isDate(cell) && !isSheetsDay(Math.floor(cell.getTime() / MS_PER_DAY))) {
    throw new KpiError(name, 'a date of the result is beyond the years 1 to 9999');
  }
  return cell;
}
