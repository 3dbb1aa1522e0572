// Reads the range arguments of one call as parallel columns of one table, following the
// conventions of docs/kpi-functions.md: row-major order, header row detection shared by all
// ranges of the call, equal sizes, blanks kept as gaps, and a clear error naming the function,
// the argument, the row and the value for anything that cannot be read.
import { Cell, describeCell, isBlank, isRange, toGrid, isDate } from './values/cells';
import { readDay } from './values/dates';
import { fail } from './errors';
import { isHeadingRow } from './headings';
import { isMarkerWord, isReached } from './markers';
import { normalizeLabel } from './values/labels';
import { readNumberText } from './values/numbers';
import { TextCodes } from '../kpi/text-codes';

/**
 * What an argument holds: numbers, dates, "reached" markers, labels compared without case, or
 * identifiers (text or numbers, compared as written). Labels and identifiers come as one text per
 * cell, or dictionary-encoded ('label-codes', 'id-codes'): a code per cell and the distinct texts,
 * so that grouping and counting index arrays instead of hashing a text per row.
 */
export type Kind =
  'number' | 'date' | 'marker' | 'label' | 'id' | 'label-codes' | 'id-codes' | 'folded-codes';

/**
 * A dictionary-encoded column of labels or identifiers. 'folded-codes' are identifiers grouped
 * without regard to case (the content types of a table): a code per group, each named by its
 * first spelling.
 */
export interface CodedColumn {
  /** Per cell: the index of its text in `values`, or −1 for a blank cell. */
  readonly codes: Int32Array;
  /**
   * The distinct texts (normalised labels, identifiers as written, or the first spelling of each
   * group), in order of first use.
   */
  readonly values: readonly string[];
}

/**
 * Blank cells: NaN in number and date columns, 0 in marker columns, '' in label and id columns,
 * code −1 in coded columns.
 */
type ColumnOf<K extends Kind> = K extends 'number' | 'date'
  ? Float64Array
  : K extends 'marker'
    ? Uint8Array
    : K extends 'label-codes' | 'id-codes' | 'folded-codes'
      ? CodedColumn
      : string[];

export type ColumnSpecs = Record<string, readonly [value: unknown, kind: Kind]>;

export type Columns<S extends ColumnSpecs> = { [N in keyof S]: ColumnOf<S[N][1]> } & {
  /** The number of cells in each column (after a header row, if any, is dropped). */
  readonly length: number;
  /** Where the i-th cell of an argument stands, for messages: "revenue row 7". */
  where(name: keyof S & string, index: number): string;
  /** The i-th cell of an argument as an identifier: trimmed text, a number as written, … */
  identifierAt(name: keyof S & string, index: number): string;
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
  const hasHeader = callHasHeader(
    names,
    grids,
    ranged,
    names.map((name) => specs[name][1]),
  );
  const skip = names.map((_, i) => (hasHeader && ranged[i] ? 1 : 0));
  // A ragged range is reported before anything else. The conversion checks each row's width as
  // it goes (a separate pass over a million rows costs as much as reading them), so the full
  // check runs only on the way to another error.
  const checkAll = () => names.forEach((name, i) => checkRectangular(fn, name, grids[i]));

  const sizes = grids.map((g, i) => (g.length - skip[i]) * (g.length ? g[0].length : 0));
  for (let i = 1; i < names.length; i++) {
    if (sizes[i] !== sizes[0]) {
      checkAll();
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
  const identifierAt = (name: string, index: number): string => {
    const i = names.indexOf(name);
    const width = widths[i] || 1;
    const row = grids[i][Math.floor(index / width) + skip[i]];
    return idOf(row[index % width]);
  };
  const out: Record<string, unknown> = { length, where, identifierAt };
  try {
    names.forEach((name, i) => {
      const grid = grids[i];
      const width = grid.length ? grid[0].length : 0;
      const column: Column = { fn, name, grid, width, skip: skip[i], length, where };
      out[name] = convert(specs[name][1], column);
    });
  } catch (error) {
    checkAll();
    throw error;
  }
  return out as Columns<S>;
}

/**
 * Sheets ranges are rectangular; an array built by a script may not be. Checked on the rows'
 * lengths only.
 */
export function checkRectangular(fn: string, name: string, grid: Cell[][]): void {
  if (grid.length < 2) return;
  const width = grid[0].length;
  for (let r = 1; r < grid.length; r++) {
    if (grid[r].length !== width) {
      fail(
        fn,
        `${name} row ${r + 1} has ${grid[r].length} cell${grid[r].length === 1 ? '' : 's'} but row 1 has ${width}; pass a rectangular range`,
      );
    }
  }
}

const isTyped = (kind: Kind): kind is 'number' | 'date' | 'marker' =>
  kind === 'number' || kind === 'date' || kind === 'marker';

/**
 * Whether the ranges of a call start with a header row. A range of numbers, dates or markers
 * shows one by a text it cannot read. Ranges of labels and identifiers cannot, so their first row
 * is a header when it holds headings of the add-on's sheets (./headings), unless a range of
 * numbers, dates or markers of the same call starts with data: a value there outweighs a word.
 */
function callHasHeader(
  names: readonly string[],
  grids: readonly Cell[][][],
  ranged: readonly boolean[],
  kinds: readonly Kind[],
): boolean {
  let typedData = false;
  for (let i = 0; i < names.length; i++) {
    const kind = kinds[i];
    if (!ranged[i] || !isTyped(kind)) continue;
    if (firstRowIsHeader(grids[i], kind)) return true;
    if (firstRowIsData(grids[i], kind)) typedData = true;
  }
  if (typedData) return false;
  return names.some(
    (_, i) =>
      ranged[i] &&
      !isTyped(kinds[i]) &&
      isHeadingRow(grids[i], kinds[i] === 'id' || kinds[i] === 'id-codes'),
  );
}

/** A first row that holds a value of the column's kind: a number, a date, a marker word. */
function firstRowIsData(grid: Cell[][], kind: 'number' | 'date' | 'marker'): boolean {
  if (grid.length === 0) return false;
  return grid[0].some((c) => {
    if (isBlank(c)) return false;
    if (typeof c !== 'string') return true;
    if (kind === 'marker') return isMarkerWord(c);
    return readCell(kind, c) !== undefined;
  });
}

/** A first row is a header when it holds text that this kind of column cannot read. */
function firstRowIsHeader(grid: Cell[][], kind: 'number' | 'date' | 'marker'): boolean {
  if (grid.length < 2) return false;
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

/** One argument to convert: its rows from `skip` on, each `width` cells, `length` cells in all. */
interface Column {
  fn: string;
  name: string;
  grid: Cell[][];
  width: number;
  skip: number;
  length: number;
  where: (name: string, index: number) => string;
}

// One function per kind keeps each loop's type feedback to the cells it really meets. The loops
// run over a fixed width: every row is checked to have it (a ragged row fails right there).
function convert(kind: Kind, column: Column): Float64Array | Uint8Array | string[] | CodedColumn {
  switch (kind) {
    case 'number':
      return readNumbers(column);
    case 'date':
      return readDays(column);
    case 'marker':
      return readMarkers(column);
    case 'label':
    case 'id':
      return readTexts(column, kind);
    case 'label-codes':
      return readCodes(column, 'label');
    case 'id-codes':
      return readCodes(column, 'id');
    case 'folded-codes':
      return readFoldedCodes(column);
  }
}

/**
 * Row r of an argument, checked to be as wide as its first row: a ragged row (only a script can
 * pass one) fails right there, naming the argument and the row.
 */
function rowAt(column: Column, r: number): Cell[] {
  const row = column.grid[r];
  if (row.length !== column.width) checkRectangular(column.fn, column.name, column.grid);
  return row;
}

function readNumbers(column: Column): Float64Array {
  const { grid, skip, width } = column;
  const out = new Float64Array(column.length);
  let k = 0;
  if (width === 1) {
    // A single column, the usual case: without the inner loop it reads about a tenth faster.
    for (let r = skip; r < grid.length; r++, k++) {
      const cell = rowAt(column, r)[0];
      out[k] = typeof cell === 'number' && cell - cell === 0 ? cell : numberAt(column, cell, k);
    }
    return out;
  }
  for (let r = skip; r < grid.length; r++) {
    const row = rowAt(column, r);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      out[k] = typeof cell === 'number' && cell - cell === 0 ? cell : numberAt(column, cell, k);
      k++;
    }
  }
  return out;
}

/** Slots of the cache of calendar days in readDays (a power of two). */
const DAY_SLOTS = 1024;
const MS_PER_DAY = 86_400_000;

function readDays(column: Column): Float64Array {
  const { grid, skip, width } = column;
  const out = new Float64Array(column.length);
  // The calendar day of a Date takes a time-zone lookup, and a column holds the same few hundred
  // days over and over: the day of each instant read is kept, in a slot picked by its UTC day.
  const instants = new Float64Array(DAY_SLOTS).fill(NaN);
  const days = new Float64Array(DAY_SLOTS);
  let k = 0;
  for (let r = skip; r < grid.length; r++) {
    const row = rowAt(column, r);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      // Dates and serial numbers are read directly: the message closure is only for misfits.
      const day = dayOf(cell, instants, days);
      out[k] = day !== undefined ? day : dayAt(column, cell, k);
      k++;
    }
  }
  return out;
}

/**
 * The day of a Date or a serial number, undefined for anything else (blank, text…). A Date's day
 * is looked up in the slots of `instants` and `days`, and kept there once worked out.
 */
function dayOf(cell: Cell, instants: Float64Array, days: Float64Array): number | undefined {
  if (typeof cell === 'number') return readDay(cell);
  if (!isDate(cell)) return undefined;
  const instant = cell.getTime();
  const slot = (instant / MS_PER_DAY) & (DAY_SLOTS - 1);
  if (instants[slot] === instant) return days[slot];
  const day = readDay(cell);
  // An invalid Date (NaN) is never kept, and never matches a slot.
  if (day !== undefined) {
    instants[slot] = instant;
    days[slot] = day;
  }
  return day;
}

function readMarkers(column: Column): Uint8Array {
  const { grid, skip, width } = column;
  const out = new Uint8Array(column.length);
  let k = 0;
  for (let r = skip; r < grid.length; r++) {
    const row = rowAt(column, r);
    for (let c = 0; c < width; c++) out[k++] = isReached(row[c]) ? 1 : 0;
  }
  return out;
}

function readTexts(column: Column, kind: 'label' | 'id'): string[] {
  const { grid, skip, width } = column;
  // Sized up front: V8 keeps a `new Array(length)` in fast elements up to tens of millions of
  // cells (checked on V8 11), and growing by appending copies the array and feeds the GC.
  const out: string[] = new Array(column.length);
  let k = 0;
  // Such columns repeat a few values (outcomes, segments): normalise each distinct one once.
  const seen = new Map<Cell, string>();
  // Each Date is an object of its own, never met again as a key, but a column of dates repeats
  // the same days (Sheets hands each as midnight): their texts are kept by instant.
  const byInstant = new Map<number, string>();
  for (let r = skip; r < grid.length; r++) {
    const row = rowAt(column, r);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      let text: string | undefined;
      if (typeof cell === 'string') {
        // An identifier written as text is only trimmed, which needs no cache (nor its hashing).
        text = kind === 'id' ? cell.trim() : seen.get(cell);
      } else if (typeof cell === 'object' && cell !== null && isDate(cell)) {
        text = byInstant.get(cell.getTime());
        if (text === undefined) {
          text = textOf(kind, cell);
          if (byInstant.size < 4096) byInstant.set(cell.getTime(), text);
        }
      } else {
        text = seen.get(cell);
      }
      if (text === undefined) {
        text = textOf(kind, cell);
        if (seen.size < 4096) seen.set(cell, text);
      }
      out[k++] = text;
    }
  }
  return out;
}

/**
 * The code of each cell of a column, asking `codeOf` only where a cell differs from the one before
 * it: sorted or grouped tables repeat the cell above, which then needs no lookup. A blank cell
 * before any other is −1 without asking.
 */
function codesByRun(column: Column, codeOf: (cell: Cell) => number): Int32Array {
  const { grid, skip, width } = column;
  const codes = new Int32Array(column.length);
  let last: Cell = '';
  let lastCode = -1;
  let k = 0;
  for (let r = skip; r < grid.length; r++) {
    const row = rowAt(column, r);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (cell !== last) {
        lastCode = codeOf(cell);
        last = cell;
      }
      codes[k++] = lastCode;
    }
  }
  return codes;
}

function readCodes(column: Column, kind: 'label' | 'id'): CodedColumn {
  const values: string[] = [];
  // Cells and their texts share one map: a text already normal normalises to itself, so it is
  // its own key, and each distinct cell is normalised once.
  const codeOf = new Map<Cell, number>([['', -1]]);
  const codes = codesByRun(column, (cell) => {
    const code = codeOf.get(cell);
    return code !== undefined ? code : newCode(kind, cell, codeOf, values);
  });
  return { codes, values };
}

/** The code of a cell not met before: that of a known text, a new one, or −1 for a blank. */
function newCode(
  kind: 'label' | 'id',
  cell: Cell,
  codeOf: Map<Cell, number>,
  values: string[],
): number {
  const text = textOf(kind, cell);
  // The cell itself was just looked up: only a text of its own may be known already.
  let code = text === '' ? -1 : text === cell ? undefined : codeOf.get(text);
  if (code === undefined) {
    code = values.length;
    values.push(text);
    codeOf.set(text, code);
  }
  // Each Date cell is an object of its own: as a key it would never be met again.
  if (text !== cell && (typeof cell !== 'object' || !isDate(cell))) codeOf.set(cell, code);
  return code;
}

/** Distinct cells remembered by readFoldedCodes as they are. */
const FOLD_CACHE = 4096;

function readFoldedCodes(column: Column): CodedColumn {
  // Groups by folded text, each named by its first spelling.
  const groups = new TextCodes();
  const values: string[] = [];
  // A column of a few repeated values meets the same cells again and again: they are remembered
  // as they are, sparing a fold per cell. In a column of distinct values they are not met again,
  // and once the memory is full and has mostly missed, it is no longer asked.
  const codeOfCell = new Map<Cell, number>();
  let hits = 0;
  let misses = 0;
  const codes = codesByRun(column, (cell) => {
    const asked = codeOfCell.size < FOLD_CACHE || hits >= misses;
    const known = asked ? codeOfCell.get(cell) : undefined;
    if (known !== undefined) {
      hits++;
      return known;
    }
    misses++;
    const code = foldedCode(cell, groups, values);
    if (codeOfCell.size < FOLD_CACHE && (typeof cell !== 'object' || !isDate(cell)))
      codeOfCell.set(cell, code);
    return code;
  });
  return { codes, values };
}

/** The group of a cell: its identifier lower-cased; a new group is named by this spelling. */
function foldedCode(cell: Cell, groups: TextCodes, values: string[]): number {
  const text = idOf(cell);
  if (text === '') return -1;
  const code = groups.codeOf(text.toLowerCase());
  if (code === values.length) values.push(text);
  return code;
}

function textOf(kind: 'label' | 'id', cell: Cell): string {
  return kind === 'label' ? normalizeLabel(cell) : idOf(cell);
}

// The slow paths live in their own functions: a closure over the loop counter inside the loop
// would make V8 keep the counter on the heap and slow every iteration down.
function numberAt(column: Column, cell: Cell, index: number): number {
  return toNumber(column.fn, cell, () => column.where(column.name, index));
}

function dayAt(column: Column, cell: Cell, index: number): number {
  return toDay(column.fn, cell, () => column.where(column.name, index));
}

/** An identifier as compared: trimmed text ('' for a blank), a number as written, a Date's instant. */
function idOf(cell: Cell): string {
  if (typeof cell === 'string') return cell.trim();
  if (cell === null || cell === undefined) return '';
  // An invalid Date (only a script can pass one) has no instant to write.
  if (isDate(cell)) return isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  return String(cell);
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
  if (typeof cell === 'number' && Number.isFinite(cell)) {
    fail(
      fn,
      `${where()} holds ${describeCell(cell)}, which is beyond the dates a sheet can hold ` +
        '(years 1 to 9999); is it an identifier or an amount in a date column?',
    );
  }
  if (isDate(cell) && !isNaN(cell.getTime()))
    fail(fn, `${where()} holds a date beyond the years 1 to 9999, which a sheet cannot hold`);
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

/** Reads a single-value argument as a calendar day (blank → the fallback, a function called then). */
export function readScalarDay(
  fn: string,
  name: string,
  arg: unknown,
  fallback?: number | (() => number),
): number {
  const cells = toGrid(arg).flat();
  if (cells.length !== 1)
    fail(fn, `${name} must be a single date, not a range of ${cells.length} cells`);
  const day = toDay(fn, cells[0], () => name);
  if (Number.isNaN(day)) {
    if (fallback !== undefined) return typeof fallback === 'function' ? fallback() : fallback;
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
