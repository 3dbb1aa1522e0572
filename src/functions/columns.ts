// Reads the range arguments of one call as parallel columns of one table, following the
// conventions of specs/kpi-functions.md: row-major order, header row detection shared by all
// ranges of the call, equal sizes, blanks kept as gaps, and a clear error naming the function,
// the argument, the row and the value for anything that cannot be read.
import { Cell, describeCell, isBlank, isRange, toGrid, isDate } from './cells';
import { readDay } from './dates';
import { fail } from './errors';
import { isMarkerWord, isReached } from './markers';
import { normalizeLabel } from './labels';
import { readNumberText } from './numbers';

/**
 * What an argument holds: numbers, dates, "reached" markers, labels compared without case, or
 * identifiers (text or numbers, compared as written).
 */
export type Kind = 'number' | 'date' | 'marker' | 'label' | 'id';

/** Blank cells: NaN in number and date columns, 0 in marker columns, '' in label and id columns. */
type ColumnOf<K extends Kind> = K extends 'number' | 'date'
  ? Float64Array
  : K extends 'marker'
    ? Uint8Array
    : string[];

export type ColumnSpecs = Record<string, readonly [value: unknown, kind: Kind]>;

export type Columns<S extends ColumnSpecs> = { [N in keyof S]: ColumnOf<S[N][1]> } & {
  /** The number of cells in each column (after a header row, if any, is dropped). */
  readonly length: number;
  /** Where the i-th cell of an argument stands, for messages: "revenue row 7". */
  where(name: keyof S & string, index: number): string;
};

/**
 * Reads every argument of a call as a column. All ranges must have the same number of cells;
 * a header row (a first row with text that the column's kind cannot read) is dropped from every
 * range of the call.
 */
export function readColumns<S extends ColumnSpecs>(fn: string, specs: S): Columns<S> {
  const names = Object.keys(specs);
  const grids = names.map((name) => toGrid(specs[name][0]));
  const ranged = names.map((name) => isRange(specs[name][0]));
  const hasHeader = names.some(
    (name, i) => ranged[i] && firstRowIsHeader(grids[i], specs[name][1]),
  );
  const skip = names.map((_, i) => (hasHeader && ranged[i] ? 1 : 0));

  names.forEach((name, i) => checkRectangular(fn, name, grids[i]));
  const sizes = grids.map((g, i) => (g.length - skip[i]) * (g.length ? g[0].length : 0));
  for (let i = 1; i < names.length; i++) {
    if (sizes[i] !== sizes[0]) {
      fail(
        fn,
        `${names[0]} has ${sizes[0]} cell${sizes[0] === 1 ? '' : 's'} but ${names[i]} has ${sizes[i]}; ` +
          'pass ranges of the same size (the columns of one table)',
      );
    }
  }
  const length = sizes.length ? sizes[0] : 0;
  const widths = grids.map((g) => (g.length ? g[0].length : 1));
  const where = (name: string, index: number): string => {
    const i = names.indexOf(name);
    const width = widths[i] || 1;
    const row = Math.floor(index / width) + 1 + skip[i];
    return width > 1 ? `${name} row ${row}, column ${(index % width) + 1}` : `${name} row ${row}`;
  };
  const out: Record<string, unknown> = { length, where };
  names.forEach((name, i) => {
    const kind = specs[name][1];
    out[name] = convert(fn, name, kind, grids[i], skip[i], length, (k) => where(name, k));
  });
  return out as Columns<S>;
}

/**
 * Sheets ranges are rectangular; an array built by a script may not be. Checked on the rows'
 * lengths only, so the cells are still read in a single pass.
 */
function checkRectangular(fn: string, name: string, grid: Cell[][]): void {
  if (grid.length < 2) return;
  const width = grid[0].length;
  for (let r = 1; r < grid.length; r++) {
    if (grid[r].length !== width) {
      fail(
        fn,
        `${name} row ${r + 1} has ${grid[r].length} cells but row 1 has ${width}; pass a rectangular range`,
      );
    }
  }
}

/** A first row is a header when it holds text that this kind of column cannot read. */
function firstRowIsHeader(grid: Cell[][], kind: Kind): boolean {
  if (grid.length < 2 || kind === 'label' || kind === 'id') return false;
  const first = grid[0];
  if (kind === 'marker') {
    // Markers accept words, so a heading shows only above a column of dates, numbers and
    // booleans: a text on top of such a column is its name.
    if (!first.some((c) => typeof c === 'string' && !isBlank(c) && !isMarkerWord(c))) return false;
    for (let r = 1; r < grid.length; r++) {
      for (const c of grid[r]) if (typeof c === 'string' && !isBlank(c)) return false;
    }
    return true;
  }
  return first.some((c) => typeof c === 'string' && !isBlank(c) && readCell(kind, c) === undefined);
}

function readCell(kind: 'number' | 'date', cell: string): number | undefined {
  if (kind === 'date') return readDay(cell);
  const reading = readNumberText(cell);
  if ('value' in reading) return reading.value;
  // An ambiguous number ("1,234") is data, not a heading: reading it then reports the ambiguity.
  return reading.problem === 'ambiguous' ? NaN : undefined;
}

function convert(
  fn: string,
  name: string,
  kind: Kind,
  grid: Cell[][],
  skip: number,
  length: number,
  where: (index: number) => string,
): Float64Array | Uint8Array | string[] {
  switch (kind) {
    case 'number': {
      const out = new Float64Array(length);
      let k = 0;
      for (let r = skip; r < grid.length; r++) {
        const row = grid[r];
        for (let c = 0; c < row.length; c++, k++) {
          const cell = row[c];
          out[k] =
            typeof cell === 'number' && cell - cell === 0 ? cell : numberAt(fn, cell, where, k);
        }
      }
      return out;
    }
    case 'date': {
      const out = new Float64Array(length);
      let k = 0;
      for (let r = skip; r < grid.length; r++) {
        for (const cell of grid[r]) {
          // Dates and serial numbers are read directly: the message closure is only for misfits.
          const day = isDate(cell) || typeof cell === 'number' ? readDay(cell) : undefined;
          out[k] = day !== undefined ? day : dayAt(fn, cell, where, k);
          k++;
        }
      }
      return out;
    }
    case 'marker': {
      const out = new Uint8Array(length);
      let k = 0;
      for (let r = skip; r < grid.length; r++)
        for (const cell of grid[r]) out[k++] = isReached(cell) ? 1 : 0;
      return out;
    }
    case 'label':
    case 'id': {
      // Filled by appending: `new Array(length)` beyond ~100k makes V8 use slow dictionary elements.
      const out: string[] = [];
      // Such columns repeat a few values (outcomes, segments): normalise each distinct one once.
      const seen = new Map<Cell, string>();
      for (let r = skip; r < grid.length; r++) {
        for (const cell of grid[r]) {
          let text = seen.get(cell);
          if (text === undefined) {
            text = kind === 'label' ? normalizeLabel(cell) : idOf(cell);
            if (seen.size < 4096) seen.set(cell, text);
          }
          out.push(text);
        }
      }
      void name;
      return out;
    }
  }
}

// The slow paths live in their own functions: a closure over the loop counter inside the loop
// would make V8 keep the counter on the heap and slow every iteration down.
function numberAt(fn: string, cell: Cell, where: (index: number) => string, index: number): number {
  return toNumber(fn, cell, () => where(index));
}

function dayAt(fn: string, cell: Cell, where: (index: number) => string, index: number): number {
  return toDay(fn, cell, () => where(index));
}

function idOf(cell: Cell): string {
  if (isBlank(cell)) return '';
  if (isDate(cell)) return cell.toISOString();
  return String(cell).trim();
}

/** Reads one cell as a number; NaN for a blank; an error naming the place for anything else. */
export function toNumber(fn: string, cell: unknown, where: () => string): number {
  if (typeof cell === 'number') {
    if (Number.isFinite(cell)) return cell;
    fail(fn, `${where()} holds ${cell}, which is not a finite number`);
  }
  if (isBlank(cell)) return NaN;
  if (typeof cell === 'string') {
    const reading = readNumberText(cell);
    if ('value' in reading) return reading.value;
    if (reading.problem === 'ambiguous') {
      fail(
        fn,
        `${where()} holds ${describeCell(cell)}, which could be read two ways; ` +
          'write it as 1234, 1,234.00 (English) or 1 234 (French)',
      );
    }
    fail(fn, `${where()} holds ${describeCell(cell)}, which is not a number`);
  }
  if (typeof cell === 'boolean')
    fail(fn, `${where()} holds ${cell ? 'TRUE' : 'FALSE'}; expected a number, not a yes/no value`);
  if (isDate(cell)) fail(fn, `${where()} holds the date ${describeCell(cell)}; expected a number`);
  return fail(fn, `${where()} holds ${describeCell(cell)}, which is not a number`);
}

/** Reads one cell as a calendar day; NaN for a blank; an error naming the place otherwise. */
export function toDay(fn: string, cell: unknown, where: () => string): number {
  if (isBlank(cell)) return NaN;
  const day = readDay(cell);
  if (day !== undefined) return day;
  return fail(
    fn,
    `${where()} holds ${describeCell(cell)}, which is not a date; ` +
      'use a date cell, an ISO date such as 2026-03-31, or a serial day number',
  );
}

/** Reads a single-value argument (a scalar, or a one-cell range) as a number. */
export function readScalarNumber(
  fn: string,
  name: string,
  arg: unknown,
  fallback?: number,
): number {
  const grid = toGrid(arg);
  const cells = grid.flat();
  if (cells.length !== 1)
    fail(fn, `${name} must be a single value, not a range of ${cells.length} cells`);
  const value = toNumber(fn, cells[0], () => name);
  if (Number.isNaN(value)) {
    if (fallback !== undefined) return fallback;
    fail(fn, `${name} is blank; give a number`);
  }
  return value;
}

/** Reads a single-value argument as a calendar day (blank → fallback, or an error). */
export function readScalarDay(fn: string, name: string, arg: unknown, fallback?: number): number {
  const cells = toGrid(arg).flat();
  if (cells.length !== 1)
    fail(fn, `${name} must be a single date, not a range of ${cells.length} cells`);
  const day = toDay(fn, cells[0], () => name);
  if (Number.isNaN(day)) {
    if (fallback !== undefined) return fallback;
    fail(fn, `${name} is blank; give a date`);
  }
  return day;
}

/** Reads an optional text option ("mean", "median", …), case-insensitive, checked against a list. */
export function readChoice<T extends string>(
  fn: string,
  name: string,
  arg: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  const cells = toGrid(arg).flat();
  if (cells.length === 0 || (cells.length === 1 && isBlank(cells[0]))) return fallback;
  if (cells.length !== 1) fail(fn, `${name} must be a single value`);
  const text = String(cells[0]).trim().toLowerCase();
  const found = choices.find((c) => c === text);
  if (!found)
    fail(
      fn,
      `${name} ${describeCell(cells[0])} is not one of ${choices.map((c) => `"${c}"`).join(', ')}`,
    );
  return found;
}
