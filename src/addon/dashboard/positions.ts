// Where things are on the Dashboard and on its hidden data sheet ('KPI data'), in one place so
// that every builder writes references to the same cells. 1-based rows and columns.
import { cellA1, onSheet } from './refs';

/** The Dashboard's selector cells (kept across refreshes). */
export const SELECTOR = { row: 2, column: 2 } as const;
export const AS_OF = { row: 2, column: 5 } as const;

/** Hidden sheet: the scope table (label, type, name, type in English, type in French). */
export const SCOPE_TABLE = { row: 1, column: 1, width: 5 } as const;

/** Hidden sheet: the parameters the formulas share (names in column G, formulas in H). */
export const PARAM_NAMES = [
  'selected',
  'index',
  'type',
  'name',
  'all',
  'team',
  'rep',
  'asOf',
  'week',
  'month',
  'quarter',
  'yearAgo',
  'typeEn',
  'typeFr',
  'objType',
  'objName',
] as const;
export type ParamName = (typeof PARAM_NAMES)[number];
export const PARAM_COLUMN = 8;
/** Hidden sheet: the fingerprint of the layout last written (below the parameters). */
export const SIGNATURE = { row: PARAM_NAMES.length + 2, column: PARAM_COLUMN } as const;

/** Hidden sheet: the windows of complete periods before the as-of date. */
export const WINDOWS = {
  week: { row: 1, column: 10, length: 26 },
  month: { row: 1, column: 16, length: 12 },
  quarter: { row: 1, column: 31, length: 8 },
} as const;
export type WindowPeriod = keyof typeof WINDOWS;

/** Hidden sheet: one helper row per KPI tile, below the weekly window. */
export const TILE_TABLE = { row: 30, column: 10 } as const;

/** Hidden sheet: the KPI_TREND series, five columns each, from column AK. */
export const SERIES_START = { row: 1, column: 37, width: 5 } as const;
/** Rows of a series block: label, counters, then the spilled table (header on row 3). */
export const SERIES_TABLE_ROW = 3;

/** References to cells of the hidden sheet, from itself or (qualified) from the Dashboard. */
export class DataRefs {
  constructor(readonly sheetName: string) {}

  /** A cell of the hidden sheet, written from the hidden sheet itself. */
  local(row: number, column: number): string {
    return cellA1(row, column);
  }

  /** The same cell written from another sheet. */
  remote(row: number, column: number): string {
    return onSheet(this.sheetName, cellA1(row, column));
  }

  paramRow(name: ParamName): number {
    return PARAM_NAMES.indexOf(name) + 1;
  }

  /** A parameter cell, local or qualified. */
  param(name: ParamName, remote = false): string {
    const row = this.paramRow(name);
    return remote ? this.remote(row, PARAM_COLUMN) : this.local(row, PARAM_COLUMN);
  }
}

/** The Dashboard's columns of tiles (four tiles of three columns, then the side tables). */
export const TILE_COLUMNS = 17;

/** The title and the scope selector stay in view. */
export const FROZEN_ROWS = 2;

/** A tile's first column holds the KPI's name and value, its third the period: wider. */
export function tileColumnWidth(index: number): number {
  if (index >= 12) return 95;
  return [175, 95, 110][index % 3];
}
