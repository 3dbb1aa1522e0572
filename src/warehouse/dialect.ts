// Everything that differs between GoogleSQL (BigQuery) and DuckDB, in one place; the plan
// (plan.ts) writes the same query for both through these. The traps handled here:
// - ISO weeks: BigQuery's WEEK starts on Sunday, so DATE_TRUNC(d, ISOWEEK); DuckDB's
//   date_trunc('week') is ISO already (and returns a TIMESTAMP, cast back to DATE).
// - Periods apart: in days (DATE_DIFF(b, a, DAY) / 7 for weeks), never BigQuery's WEEK
//   differences, which count Sunday boundaries.
// - Calendar days of instants: DATE(ts, @time_zone) / timezone($time_zone, ts), never the UTC day
//   (in DuckDB looked up per UTC quarter hour, which is exact and much faster).
// - Medians: PERCENTILE_CONT is a window function in BigQuery (computed over the group's
//   partition, one row then kept per group); DuckDB has the median() aggregate. No APPROX_*.
// - Parameters: @name (typed by the job's queryParameters) / $name (bound by name; dates cast).
// - Calendars (a stock's periods): GENERATE_DATE_ARRAY stepping 1 MONTH, 7 DAY (no WEEK) or
//   1 DAY from a period's first day (month steps from the 31st would shrink to the 28th after
//   February) / DuckDB's generate_series over timestamps, cast back to DATE; none when the
//   first period is NULL (no row).
// - Whole numbers: DuckDB's SUM of integers is a HUGEINT, cast back to BIGINT (INT64 on BigQuery).
import type { Dialect, WarehousePeriod } from './api';

export interface SqlDialect {
  readonly name: Dialect;
  /** A table path ('project.dataset.table' / 'schema.table'), quoted. */
  table(path: string): string;
  /** A column of the table, quoted. */
  column(alias: string, name: string): string;
  /** A DATE parameter as a DATE expression. */
  dateParam(name: string): string;
  /** A STRING parameter. */
  textParam(name: string): string;
  /** The calendar day of a TIMESTAMP in the time zone parameter `time_zone`. */
  localDate(timestamp: string): string;
  /**
   * Where the calendar day of each row's instant comes from: computed per row ('row'), or looked
   * up per quarter hour of UTC ('quarter-hours': DuckDB's ICU conversion costs about a
   * microsecond a row, most of a 10 M-row query; a zone's offsets and changes fall on quarter
   * hours since the 1970s, so every instant of a UTC quarter hour has the same local day).
   */
  readonly localDateForm: 'row' | 'quarter-hours';
  /** The UTC quarter hour (a whole number) of an instant (quarter-hours form only). */
  quarterHour(timestamp: string): string;
  /** The instant that starts a UTC quarter hour (quarter-hours form only). */
  quarterHourStart(quarter: string): string;
  /** The first day (a DATE) of the period holding the date. */
  periodStart(date: string, period: WarehousePeriod): string;
  /** Calendar days from `from` to `to` (to − from). */
  daysBetween(from: string, to: string): string;
  /** Whole periods from one period start to another. */
  periodsBetween(from: string, to: string, period: WarehousePeriod): string;
  /** How many rows of the group satisfy the condition. */
  countIf(condition: string): string;
  /** A number as a double. */
  float(x: string): string;
  /**
   * The median of x over the group: an aggregate ('aggregate'), or a window over the partition
   * that the plan wraps in a sub-select ('window').
   */
  readonly medianForm: 'aggregate' | 'window';
  median(x: string, partition?: readonly string[]): string;
  /** A SELECT of one DATE column, `period`: every period start from `first` to `last`. */
  calendar(first: string, last: string, period: WarehousePeriod): string;
  /** A whole number (a count, a sum of counts) as a 64-bit integer. */
  integer(x: string): string;
}

/** The step between two period starts, as an INTERVAL (weeks in days: no WEEK). */
const STEP: Readonly<Record<WarehousePeriod, string>> = {
  day: 'INTERVAL 1 DAY',
  week: 'INTERVAL 7 DAY',
  month: 'INTERVAL 1 MONTH',
};

function quoteBackticks(path: string): string {
  if (/[`\\\n]/.test(path)) throw new Error(`Invalid table or column name: ${path}`);
  return '`' + path + '`';
}

function quoteDouble(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

export const GOOGLESQL: SqlDialect = {
  name: 'googlesql',
  table: (path) => quoteBackticks(path),
  column: (alias, name) => `${alias}.${quoteBackticks(name)}`,
  dateParam: (name) => `@${name}`,
  textParam: (name) => `@${name}`,
  localDate: (ts) => `DATE(${ts}, @time_zone)`,
  localDateForm: 'row',
  quarterHour: (ts) => `DIV(UNIX_SECONDS(${ts}), 900)`,
  quarterHourStart: (q) => `TIMESTAMP_SECONDS(${q} * 900)`,
  periodStart(date, period) {
    if (period === 'day') return date;
    return `DATE_TRUNC(${date}, ${period === 'week' ? 'ISOWEEK' : 'MONTH'})`;
  },
  daysBetween: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)`,
  periodsBetween(from, to, period) {
    if (period === 'month') return `DATE_DIFF(${to}, ${from}, MONTH)`;
    const days = `DATE_DIFF(${to}, ${from}, DAY)`;
    return period === 'week' ? `DIV(${days}, 7)` : days;
  },
  countIf: (c) => `COUNTIF(${c})`,
  float: (x) => `CAST(${x} AS FLOAT64)`,
  medianForm: 'window',
  median: (x, partition = []) =>
    `PERCENTILE_CONT(${x}, 0.5) OVER (PARTITION BY ${partition.join(', ')})`,
  calendar: (first, last, period) =>
    `SELECT period FROM UNNEST(GENERATE_DATE_ARRAY(${first}, ${last}, ${STEP[period]})) AS period`,
  integer: (x) => `CAST(${x} AS INT64)`,
};

export const DUCKDB: SqlDialect = {
  name: 'duckdb',
  table: (path) => path.split('.').map(quoteDouble).join('.'),
  column: (alias, name) => `${alias}.${quoteDouble(name)}`,
  dateParam: (name) => `CAST($${name} AS DATE)`,
  textParam: (name) => `$${name}`,
  localDate: (ts) => `CAST(timezone($time_zone, ${ts}) AS DATE)`,
  localDateForm: 'quarter-hours',
  quarterHour: (ts) => `CAST(floor(epoch(${ts}) / 900) AS BIGINT)`,
  quarterHourStart: (q) => `to_timestamp(${q} * 900)`,
  periodStart(date, period) {
    if (period === 'day') return date;
    return `CAST(date_trunc('${period}', ${date}) AS DATE)`;
  },
  daysBetween: (from, to) => `date_diff('day', ${from}, ${to})`,
  periodsBetween(from, to, period) {
    if (period === 'month') return `date_diff('month', ${from}, ${to})`;
    const days = `date_diff('day', ${from}, ${to})`;
    return period === 'week' ? `(${days} // 7)` : days;
  },
  countIf: (c) => `count(*) FILTER (WHERE ${c})`,
  float: (x) => `CAST(${x} AS DOUBLE)`,
  medianForm: 'aggregate',
  median: (x) => `median(${x})`,
  calendar: (first, last, period) =>
    `SELECT CAST(unnest(generate_series(CAST(${first} AS TIMESTAMP), CAST(${last} AS TIMESTAMP), ${STEP[period]})) AS DATE) AS period`,
  integer: (x) => `CAST(${x} AS BIGINT)`,
};

export function dialectOf(name: Dialect): SqlDialect {
  return name === 'googlesql' ? GOOGLESQL : DUCKDB;
}
