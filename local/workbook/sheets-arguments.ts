// Converting between HyperFormula's internal values and what Apps Script hands a custom
// function / accepts back: a cell → a scalar, a range → rows of cells, empty → '', a
// date-typed number → a Date (local midnight in the spreadsheet zone), a percentage → its
// fraction; a returned Date → a date serial typed as a date, rows → a spilled array.
import { isDate } from './is-date';
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import { isDateSubtype, isRichNumber, numberSubtype } from './hf-values';
import { dateToSerial, serialToDate } from './time-zone';

/** Thrown inside the adapter to make the formula evaluate to a given error. */
export class ArgumentError {
  constructor(readonly error: CellError) {}
}

/** One internal scalar as Apps Script passes it. Throws ArgumentError for an error cell. */
export function toSheetsScalar(v: unknown, timeZone: string): unknown {
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isRichNumber(v)) {
    return isDateSubtype(numberSubtype(v)) ? serialToDate(v.val, timeZone) : v.val;
  }
  if (v instanceof CellError) throw new ArgumentError(v);
  return '';
}

// Read once: under Jest's vm context each global read in this per-cell loop is slow.
const ArrayClass = Array;

/** A range as rows of cells, padded with '' rows down to `minRows` (whole-column arguments). */
export function toSheetsRows(range: SimpleRangeValue, timeZone: string, minRows = 0): unknown[][] {
  const data = range.data;
  const rows: unknown[][] = new ArrayClass(data.length > minRows ? data.length : minRows);
  const width = data[0]?.length ?? range.width();
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    const row = new ArrayClass(src.length);
    for (let c = 0; c < src.length; c++) row[c] = toSheetsScalar(src[c], timeZone);
    rows[r] = row;
  }
  for (let r = data.length; r < rows.length; r++) rows[r] = new ArrayClass(width).fill('');
  return rows;
}

/** What the interpreter should hold for a value a custom function returned. */
export type Wrapped = unknown;

/** Wraps numbers as typed numbers (dates); the plugin passes its returnNumberWrapper. */
export type NumberWrapper = (value: number, type: string) => Wrapped;

/** A returned scalar as an internal value. */
export function fromSheetsScalar(v: unknown, timeZone: string, wrap: NumberWrapper): Wrapped {
  if (v === null || v === undefined || v === '') return v === '' ? '' : EmptyValue;
  if (typeof v === 'number') {
    return Number.isFinite(v) ? v : new CellError(ErrorType.NUM, 'Result is not a finite number.');
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) {
    if (isNaN(v.getTime())) return new CellError(ErrorType.VALUE, 'Invalid date.');
    const serial = dateToSerial(v, timeZone);
    return wrap(serial, Number.isInteger(serial) ? 'NUMBER_DATE' : 'NUMBER_DATETIME');
  }
  return String(v);
}

/** Returned rows (or a 1-D array, which Sheets spills down one column) as a rectangle. */
export function fromSheetsRows(
  value: unknown[],
  timeZone: string,
  wrap: NumberWrapper,
): SimpleRangeValue | Wrapped {
  const rows =
    value.length > 0 && value.every(Array.isArray)
      ? (value as unknown[][])
      : value.map((v) => (Array.isArray(v) ? v : [v]));
  if (rows.length === 0) return new CellError(ErrorType.NA, 'Result was empty.');
  const width = Math.max(1, ...rows.map((r) => r.length));
  const data = rows.map((r) => {
    const out: Wrapped[] = new Array(width);
    for (let c = 0; c < width; c++)
      out[c] = c < r.length ? fromSheetsScalar(r[c], timeZone, wrap) : EmptyValue;
    return out;
  });
  return SimpleRangeValue.onlyValues(data as never);
}
