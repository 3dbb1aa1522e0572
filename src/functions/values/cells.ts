// What Sheets hands a custom function: a cell as a scalar, a range as rows of cells.
import { isoOfDay } from './day-zone';
import { isSheetsDay } from './sheet-days';
import { spreadsheetDayZone } from './spreadsheet-zone';

/** One cell's value as Sheets passes it (an empty cell is ''). */
export type Cell = string | number | boolean | Date | null | undefined;

/** A custom-function argument: a single cell or a 2-D range. */
export type Arg = Cell | Cell[][];

/** A table result (spills): a header row, then data rows. */
export type Table = Cell[][];

/** Turns any argument into rows of cells: a scalar becomes a 1×1 range. */
export function toGrid(arg: unknown): Cell[][] {
  if (Array.isArray(arg)) {
    if (arg.length === 0) return [];
    // A 1-D array (from scripts, not Sheets) is taken as one row.
    return Array.isArray(arg[0]) ? (arg as Cell[][]) : [arg as Cell[]];
  }
  return [[arg as Cell]];
}

/** True for a range argument, false for a single value. */
export function isRange(arg: unknown): boolean {
  return Array.isArray(arg);
}

/**
 * True for a Date, including one made in another JavaScript realm: `instanceof Date` fails for
 * the Dates a host (a formula engine, a test runner) creates outside the script's own context.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Blank: what an empty cell looks like (also whitespace-only text). */
export function isBlank(cell: unknown): boolean {
  if (cell === '' || cell === null || cell === undefined) return true;
  return typeof cell === 'string' && cell.trim() === '';
}

/** How much of a user's text a message quotes back: enough to recognise the cell. */
export const QUOTE_LIMIT = 100;

/** A text cut to `limit` characters, the cut marked with "…". */
export function shorten(text: string, limit = QUOTE_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** A cell written for a message: text quoted (at most QUOTE_LIMIT characters), dates as ISO days. */
export function describeCell(cell: unknown): string {
  if (typeof cell === 'string') return JSON.stringify(shorten(cell));
  if (isDate(cell)) {
    if (isNaN(cell.getTime())) return 'an invalid date';
    // The calendar day as the sheet shows it, in the spreadsheet's zone: toISOString gives the UTC
    // day, which is the day before for a Sheets date (midnight) east of Greenwich.
    const day = spreadsheetDayZone().dayOf(cell.getTime());
    return isSheetsDay(day) ? isoOfDay(day) : 'a date beyond the years 1 to 9999';
  }
  return String(cell);
}
