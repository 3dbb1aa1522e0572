// What every KPI calculation gets and gives. A Measure names the date column that places a row
// in a period (and whose time span tells where data exists at all), and computes the KPI from
// the scope's rows of that period, handing the arithmetic to src/kpi.
import type { Tables, SourceSheet } from './data';
import { rowsBetween } from './date-index';
import type { Scope } from './scope';

export interface MetricValue {
  /** The KPI's value; null when it is not defined (a rate without denominator, no data). */
  readonly value: number | null;
  /** The denominator of a rate, or the number of things counted or summed: noise guards. */
  readonly volume: number;
  /** The parts of the value (numerator and denominator, NPS classes…), for tooltips and tests. */
  readonly detail?: Readonly<Record<string, number>>;
}

export interface Query {
  readonly tables: Tables;
  readonly scope: Scope;
  /** The period: from `from` (included) to `to` (excluded), in calendar days. */
  readonly from: number;
  readonly to: number;
}

export interface Measure {
  readonly sheet: SourceSheet;
  readonly date: string;
  /**
   * A count or a sum: 0 is a true value while the sheet has data around the period, but before
   * its first row or after its last, "0 calls" would be a false record low, so it is null there.
   */
  readonly total: boolean;
  compute(q: Query): MetricValue;
}

/** The scope's rows of a sheet dated from `fromDay` (included) to `toDay` (excluded). */
export function rowsIn(
  q: Query,
  sheet: SourceSheet,
  dateColumn: string,
  fromDay = q.from,
  toDay = q.to,
): Int32Array {
  // The column name is checked by Tables.column at run time; the measures pass literal keys.
  const index = q.tables.index(sheet, dateColumn as never, q.scope);
  return rowsBetween(index, fromDay, toDay);
}

/**
 * The Measure of most KPIs: computed from the scope's rows of `sheet` whose `date` falls in the
 * period (the Measure's own date column, so the period and the data span agree).
 */
export function periodMeasure(
  sheet: SourceSheet,
  date: string,
  total: boolean,
  compute: (rows: Int32Array, q: Query) => MetricValue,
): Measure {
  return { sheet, date, total, compute: (q) => compute(rowsIn(q, sheet, date), q) };
}

/** The values of a column at the given rows, in their order. */
export function gather(rows: Int32Array, column: Float64Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = column[rows[k]];
  return out;
}

/** A ratio, or null when its denominator is 0 (the =KPI_* functions throw there instead). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
