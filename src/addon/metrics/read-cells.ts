// Turns one column of getValues() rows into a typed array, once: dates into calendar-day numbers
// (src/functions/values/dates readDay: Date objects, serial days, ISO text), numbers through the =KPI_*
// number reader (English and French writing), labels into small integer codes. A cell that
// cannot be read becomes a blank (NaN) and is reported, so the caller can tell the user which
// row to fix while every other row still counts.
import { isBlank, isDate } from '../../functions/values/cells';
import { isoOfDate, readDay } from '../../functions/values/dates';
import { readNumberText } from '../../functions/values/numbers';
import { BLANK } from './choices';

export type Rows = readonly (readonly unknown[])[];
export type ProblemKind = 'not a date' | 'not a number' | 'ambiguous number' | 'invalid score';
/** Called for a cell that cannot be read: its row index in `rows`, the cell, what is wrong. */
export type BadCell = (index: number, cell: unknown, kind: ProblemKind) => void;

export function readDayColumn(rows: Rows, col: number, bad: BadCell): Float64Array {
  const out = new Float64Array(rows.length);
  // Sheets dates repeat (a few hundred days over 50,000 rows): each distinct instant is turned
  // into a day once, which spares three local-time conversions per cell.
  const dayOfTime = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    const cell = rows[i][col];
    // instanceof is the fast test for the script's own Dates; isDate also knows other realms'.
    if (cell instanceof Date || (typeof cell === 'object' && cell !== null && isDate(cell))) {
      const time = cell.getTime();
      let day = dayOfTime.get(time);
      if (day === undefined) {
        day = readDay(cell) ?? NaN;
        dayOfTime.set(time, day);
      }
      if (day !== day) bad(i, cell, 'not a date');
      out[i] = day;
    } else {
      out[i] = otherDay(cell, i, bad);
    }
  }
  return out;
}

function otherDay(cell: unknown, index: number, bad: BadCell): number {
  if (isBlank(cell)) return NaN;
  const day = readDay(cell);
  if (day !== undefined) return day;
  bad(index, cell, 'not a date');
  return NaN;
}

export function readNumberColumn(rows: Rows, col: number, bad: BadCell): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const cell = rows[i][col];
    // Finite numbers (nearly every cell) take the fast path; text goes through the full reader.
    out[i] = typeof cell === 'number' && cell - cell === 0 ? cell : otherNumber(cell, i, bad);
  }
  return out;
}

function otherNumber(cell: unknown, index: number, bad: BadCell): number {
  if (isBlank(cell)) return NaN;
  if (typeof cell === 'string') {
    const reading = readNumberText(cell);
    if ('value' in reading) return reading.value;
    bad(index, cell, reading.problem === 'ambiguous' ? 'ambiguous number' : 'not a number');
    return NaN;
  }
  bad(index, cell, 'not a number');
  return NaN;
}

/**
 * Codes of a label column: `codeOf` maps a cell's text to a code (BLANK for blank text). Each
 * distinct cell value is mapped once; labels repeat, so the map stays small.
 */
export function readCodeColumn(
  rows: Rows,
  col: number,
  codeOf: (text: string) => number,
): Int32Array {
  const out = new Int32Array(rows.length);
  const seen = new Map<unknown, number>();
  for (let i = 0; i < rows.length; i++) {
    const cell = rows[i][col];
    let code = seen.get(cell);
    if (code === undefined) {
      code = isBlank(cell) ? BLANK : codeOf(textOf(cell));
      // Unbounded distinct values (free text typed in a label column) must not grow the map.
      if (seen.size < 4096) seen.set(cell, code);
    }
    out[i] = code;
  }
  return out;
}

/** Identifiers (customer IDs) compared as written, trimmed; '' for a blank. */
export function readIdColumn(rows: Rows, col: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const cell = rows[i][col];
    out.push(isBlank(cell) ? '' : textOf(cell).trim());
  }
  return out;
}

function textOf(cell: unknown): string {
  if (typeof cell === 'string') return cell;
  if (isDate(cell)) return isNaN(cell.getTime()) ? '' : isoOfDate(cell);
  return String(cell);
}
