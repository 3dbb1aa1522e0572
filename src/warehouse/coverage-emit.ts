// Why: the SQL of a table's coverage query (coverage.ts says what it measures), in GoogleSQL and
// in DuckDB through the same dialect (dialect.ts) and column types (columns.ts) as the KPI
// queries, so a date is the same calendar day here as in a KPI's period: a TIMESTAMP's day in the
// spreadsheet's time zone (DuckDB: looked up per UTC quarter hour, as plan.ts does), rows dated
// after @as_of left out (for a lag, as its conversion KPI does: by its first stage's date). No
// CURRENT_DATE. Shape:
//   src:   the table's date columns read once;
//   dated: (item, day) for each date column's dated rows, UNION ALL;
//   days:  each item's distinct days with their row count n (the one pass over every row);
//   spans: each item's first and last day (from the small days);
//   the days of each item that are its first or within RECENT_DAYS of its last (longest NULL),
//   UNION ALL one row per lag: day NULL, n the non-negative lags, longest the largest.
import type {
  Dialect,
  EmitOptions,
  EmittedQuery,
  LogicalTable,
  QueryParameter,
  Tables,
} from './api';
import { columnType } from './columns';
import { COVERAGE, coverageId, lagItem, RECENT_DAYS } from './coverage';
import { dialectOf } from './dialect';

export interface CoverageEmitOptions extends EmitOptions {
  /** As the KPI plan's: every row also carries this column (as `part`), every group split by it. */
  partitionBy?: string;
}

/** The result columns, in order. */
export function coverageColumns(partitioned: boolean): string[] {
  return [...(partitioned ? ['part'] : []), 'item', 'day', 'n', 'longest'];
}

const cell = (key: string) => `c_${key}`;

/** A column key or lag as a string literal (keys are plain identifiers). */
function literal(text: string): string {
  if (!/^[A-Za-z_][\w>]*$/.test(text)) throw new Error(`Unsupported coverage item: ${text}`);
  return `'${text}'`;
}

export function emitCoverage(
  table: LogicalTable,
  dialectName: Dialect,
  tables: Tables,
  options: CoverageEmitOptions,
): EmittedQuery {
  const spec = COVERAGE[table];
  if (!spec) throw new Error(`No coverage is measured on the ${table} table`);
  const mapping = tables[table];
  if (!mapping) throw new Error(`No warehouse table is mapped for ${table}`);
  const d = dialectOf(dialectName);
  const tableName = d.table(mapping.table);
  const nameOf = (key: string) => mapping.columns?.[key] ?? key;
  const part = options.partitionBy;
  const parts = part ? ['part'] : [];

  let zoned = false;
  const zones: string[] = [];
  const joins: string[] = [];
  const read = (key: string): string => {
    const raw = d.column('t', nameOf(key));
    const type = columnType(table, key);
    if (type !== 'date' && type !== 'timestamp')
      throw new Error(`The ${table} column "${key}" is not a date`);
    if (type === 'date') return raw;
    zoned = true;
    if (d.localDateForm === 'row') return d.localDate(raw);
    const k = zones.length;
    const quarter = d.quarterHour(raw);
    const quarters = `SELECT DISTINCT ${quarter} AS quarter FROM ${tableName} AS t WHERE ${raw} IS NOT NULL`;
    zones.push(
      `zone${k} AS MATERIALIZED (SELECT q.quarter, ${d.localDate(d.quarterHourStart('q.quarter'))} AS day FROM (${quarters}) AS q),`,
    );
    joins.push(` LEFT JOIN zone${k} AS z${k} ON z${k}.quarter = ${quarter}`);
    return `z${k}.day`;
  };

  const keys = [...new Set([...spec.dates, ...spec.lags.flat()])];
  const src = [
    ...(part ? [`${d.column('t', part)} AS part`] : []),
    ...keys.map((k) => `${read(k)} AS ${cell(k)}`),
  ];
  const asOf = d.dateParam('as_of');
  const days = spec.dates.map(
    (k) =>
      `SELECT ${[...parts, `${literal(k)} AS item`, `${cell(k)} AS day`].join(', ')} FROM src WHERE ${cell(k)} <= ${asOf}`,
  );
  const by = [...parts, 'item'];
  const on = by.map((c) => `s.${c} = x.${c}`).join(' AND ');
  const recent = `x.day = s.first_day OR ${d.daysBetween('x.day', 's.last_day')} <= ${RECENT_DAYS}`;
  const dayRows =
    `SELECT ${[...parts.map((c) => `x.${c}`), 'x.item', 'x.day', 'x.n', `${d.float('NULL')} AS longest`].join(', ')}` +
    ` FROM days AS x JOIN spans AS s ON ${on} WHERE ${recent}`;
  const lagRows = spec.lags.map(([from, to]) => {
    const lag = d.daysBetween(cell(from), cell(to));
    const inner = `SELECT ${[...parts, `${lag} AS lag`].join(', ')} FROM src WHERE ${cell(from)} <= ${asOf}`;
    const group = part ? ` GROUP BY ${parts.join(', ')}` : '';
    return (
      `SELECT ${[...parts, `${literal(lagItem(from, to))} AS item`, 'CAST(NULL AS DATE) AS day', 'COUNT(*) AS n', `${d.float('MAX(l.lag)')} AS longest`].join(', ')}` +
      ` FROM (${inner}) AS l WHERE l.lag >= 0${group}`
    );
  });
  const sql = [
    `WITH ${zones.join(' ')}src AS (SELECT ${src.join(', ')} FROM ${tableName} AS t${joins.join('')}),`,
    `dated AS (${days.join(' UNION ALL ')}),`,
    `days AS (SELECT ${[...by, 'day'].join(', ')}, COUNT(*) AS n FROM dated GROUP BY ${[...by, 'day'].join(', ')}),`,
    `spans AS (SELECT ${by.join(', ')}, MIN(day) AS first_day, MAX(day) AS last_day FROM days GROUP BY ${by.join(', ')})`,
    `SELECT u.* FROM (${[dayRows, ...lagRows].join(' UNION ALL ')}) AS u`,
    `ORDER BY ${[...parts, 'item', 'day'].join(', ')}`,
  ].join('\n');

  const parameters: QueryParameter[] = [{ name: 'as_of', type: 'DATE', value: options.asOf }];
  if (zoned) parameters.push({ name: 'time_zone', type: 'STRING', value: options.timeZone });
  return { kpi: coverageId(table), dialect: d.name, sql, parameters, reads: [table] };
}
