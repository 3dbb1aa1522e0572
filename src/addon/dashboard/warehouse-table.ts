// Why: warehouse mode's series values (series-values.ts) need a place the series blocks' formulas
// can read: a hidden sheet of their own ('KPI warehouse'), three columns per series (the option's
// place in the selector, the period start, the value) under a header row, written in one
// setValues. A separate sheet, because the data sheet is written as one rectangle (union.ts) and
// these columns are as long as options × weeks. Its formula references are fixed by the values
// alone, so the layout is built from them before anything is written.
import { SERIAL_OF_EPOCH } from '../../kpi/days';
import { MetricError } from '../metrics';
import { onSheet, rangeA1 } from './refs';
import type { SeriesValues, WarehouseTableId } from './series-values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where a series' three columns are, as references from another sheet. */
export interface SeriesColumns {
  readonly options: string;
  readonly starts: string;
  readonly values: string;
}

export interface WarehouseTable {
  readonly grid: unknown[][];
  /** A series' columns, or the error that took its place. */
  readonly series: ReadonlyMap<WarehouseTableId, SeriesColumns | MetricError>;
}

const WIDTH = 3;

export function placeWarehouseTable(
  sheetName: string,
  all: readonly SeriesValues[],
): WarehouseTable {
  const height = Math.max(1, ...all.map((s) => ('rows' in s ? s.rows.length : 0)));
  const grid: unknown[][] = Array.from({ length: height + 1 }, () =>
    new Array<unknown>(all.length * WIDTH).fill(''),
  );
  const series = new Map<WarehouseTableId, SeriesColumns | MetricError>();
  all.forEach((s, k) => {
    const column = k * WIDTH;
    grid[0][column] = s.id;
    grid[0][column + 1] = 'start';
    grid[0][column + 2] = 'value';
    if ('error' in s) {
      series.set(s.id, s.error);
      return;
    }
    s.rows.forEach(([option, start, value], i) => {
      grid[i + 1][column] = option;
      grid[i + 1][column + 1] = start + SERIAL_OF_EPOCH;
      grid[i + 1][column + 2] = value ?? '';
    });
    const range = (offset: number) =>
      onSheet(sheetName, rangeA1(2, column + offset + 1, Math.max(1, s.rows.length), 1));
    series.set(s.id, { options: range(0), starts: range(1), values: range(2) });
  });
  return { grid, series };
}

/** A table's columns, or (thrown) the MetricError the warehouse gave for it. */
export function tableColumns(table: WarehouseTable, id: WarehouseTableId): SeriesColumns {
  const columns = table.series.get(id);
  if (!columns || columns instanceof MetricError)
    throw columns ?? new MetricError('warehouse', `No warehouse values for ${id}`);
  return columns;
}

/** The option chosen in the selector: its rows of a table (the `index` parameter's). */
export function chosenRows(columns: SeriesColumns, index: string): string {
  return `(${columns.options}=${index})`;
}

/** Writes the table over whatever the sheet held (three calls, four when it must grow). */
export function writeWarehouseTable(sheet: Sheet, table: WarehouseTable): void {
  const rows = table.grid.length;
  const columns = table.grid[0].length;
  const [maxRows, maxColumns] = [sheet.getMaxRows(), sheet.getMaxColumns()];
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  sheet.clearContents();
  sheet.getRange(1, 1, rows, columns).setValues(table.grid);
}
