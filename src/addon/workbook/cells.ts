// Reading the cells of the add-on's sheets (Alerts, Objectives, Actions, Experiments, Teams) that
// people type by hand, for every feature: texts trimmed, numbers in English or French writing
// ("10 %", "0,1"), dates as Sheets hands them over or as ISO text. Each reader says "blank" apart
// from "unreadable", so a blank cell can take a default while a typo is reported.
import { isBlank, isDate } from '../../functions/values/cells';
import { isoOfDate, readDay } from '../../functions/values/dates';
import { readNumberText } from '../../functions/values/numbers';
import type { SheetBlock } from './block';

/**
 * One managed sheet's data rows (no header row) and where its columns are: column key →
 * 0-based index in a row (a key left out is a column the sheet lacks).
 */
export interface ConfigTable {
  readonly rows: readonly (readonly unknown[])[];
  readonly columns: Readonly<Partial<Record<string, number>>>;
  /** The sheet row number of rows[0] (2 below one header row). */
  readonly firstRow: number;
}

/** A block's data rows as the pure readers take them (no rows for a missing sheet). */
export function tableOf(block: SheetBlock | undefined): ConfigTable {
  if (!block) return { rows: [], columns: {}, firstRow: 2 };
  return { rows: block.values.slice(1), columns: Object.fromEntries(block.columns), firstRow: 2 };
}

export type Read<T> = { readonly blank: true } | { readonly value: T } | { readonly bad: true };

export const BLANK_CELL = { blank: true } as const;

/** The cell of a row in a column by key; '' when the sheet lacks that column. */
export function cellOf(table: ConfigTable, row: readonly unknown[], key: string): unknown {
  const col = table.columns[key];
  return col === undefined ? '' : row[col];
}

/** One non-blank row of a table, its cells read by column key ('' where the sheet lacks one). */
export interface TableRow {
  /** Index in the table's rows (0-based), to write cells back. */
  readonly index: number;
  /** The sheet row (1-based). */
  readonly row: number;
  cell(key: string): unknown;
  /** The cell's text, trimmed (textOf). */
  text(key: string): string;
}

/**
 * Each non-blank row of a table turned into a record by `read`, in row order; rows for which
 * `read` returns undefined are left out. The one loop the readers of the add-on's sheets share.
 */
export function readRows<T>(table: ConfigTable, read: (row: TableRow) => T | undefined): T[] {
  const out: T[] = [];
  table.rows.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const cell = (key: string) => cellOf(table, cells, key);
    const record = read({
      index,
      row: table.firstRow + index,
      cell,
      text: (key) => textOf(cell(key)),
    });
    if (record !== undefined) out.push(record);
  });
  return out;
}

export function textOf(cell: unknown): string {
  if (isBlank(cell)) return '';
  if (isDate(cell)) return isNaN(cell.getTime()) ? '' : isoOfDate(cell);
  return String(cell).trim();
}

export function readNumber(cell: unknown): Read<number> {
  if (isBlank(cell)) return BLANK_CELL;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : { bad: true };
  if (typeof cell === 'string') {
    const reading = readNumberText(cell);
    return 'value' in reading ? { value: reading.value } : { bad: true };
  }
  return { bad: true };
}

export function readDayCell(cell: unknown): Read<number> {
  if (isBlank(cell)) return BLANK_CELL;
  const day = readDay(cell);
  return day === undefined ? { bad: true } : { value: day };
}

/** The value, or null for a blank or unreadable cell. */
export function valueOr<T>(read: Read<T>, fallback: T): T;
export function valueOr<T>(read: Read<T>, fallback: null): T | null;
export function valueOr<T>(read: Read<T>, fallback: T | null): T | null {
  return 'value' in read ? read.value : fallback;
}

/** The value, or undefined for a blank or unreadable cell. */
export function valueOf<T>(read: Read<T>): T | undefined {
  return 'value' in read ? read.value : undefined;
}

/** A row whose every cell is blank (rows below the data, cleared rows). */
export function isBlankRow(row: readonly unknown[]): boolean {
  for (const cell of row) if (!isBlank(cell)) return false;
  return true;
}
