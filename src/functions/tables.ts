// How a =KPI_* function writes a table for Sheets to spill: a header row, then a row per item,
// and the numbers src/kpi leaves undefined (NaN) as empty cells, since a cell cannot show NaN.
import { Cell, Table } from './values/cells';

/** A number for a cell: NaN, "not defined" in src/kpi results, is an empty cell. */
export function numberCell(value: number): number | '' {
  return Number.isNaN(value) ? '' : value;
}

/**
 * A copy of `header`, then `rowAt(k)` for k from 0 to count − 1. Sized up front: a table of a row
 * per group can have hundreds of thousands, and growing it by appending copies it.
 */
export function tableOf(
  header: readonly Cell[],
  count: number,
  rowAt: (k: number) => Cell[],
): Table {
  const table: Table = new Array(count + 1);
  table[0] = header.slice();
  for (let k = 0; k < count; k++) table[k + 1] = rowAt(k);
  return table;
}
