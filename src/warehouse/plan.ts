// The one plan builder behind both SQL emitters: from a KPI definition to a query that only
// aggregates (counts, sums, medians, distinct counts per period and scope), written through a
// dialect (dialect.ts). Shape of a grouped KPI's query:
//   src:  the table's columns read once (TIMESTAMPs as the spreadsheet's calendar day, numbers
//         as doubles, texts trimmed) and the row's date;
//   base: the rows dated on or before @as_of (and from @from) that the definition keeps, with
//         their period;
//   one block per scope (company, team, rep, segment), UNION ALL, and the value computed over
//   the small result with NULLIF (a zero denominator gives NULL, never an error).
// A stock's query: plan-stock.ts. The building blocks (reading columns, conditions, values):
// plan-builder.ts.
// No CURRENT_DATE (as_of is a parameter, so a result can be cached), no approximate function.
import type { EmittedQuery, Tables } from './api';
import {
  type CohortDefinition,
  dateColumns,
  type Definition,
  type KpiDefinition,
  kpiColumns,
  type Measure,
  type StockDefinition,
} from './definition';
import type { SqlDialect } from './dialect';
import { Builder, cell, type PlanOptions, valueSql } from './plan-builder';
import { stockSql } from './plan-stock';

export { DEFAULT_PERIOD, type PlanOptions } from './plan-builder';

/** The result columns of a grouped KPI's (or a stock's) query, in order. */
export function groupedColumns(
  def: Pick<KpiDefinition, 'breakdown' | 'measures' | 'value'> | StockDefinition,
  partitioned: boolean,
): string[] {
  return [
    ...(partitioned ? ['part'] : []),
    'period',
    'scope_type',
    'scope',
    ...('breakdown' in def && def.breakdown ? ['item'] : []),
    ...Object.keys(def.measures),
    ...(def.value ? ['value'] : []),
  ];
}

/** The result columns of a cohort query, in order. */
export function cohortColumns(partitioned: boolean): string[] {
  return [...(partitioned ? ['part'] : []), 'cohort', 'period_offset', 'customers'];
}

/** The SQL of one definition in one dialect. */
export function buildQuery(
  def: Definition,
  dialect: SqlDialect,
  tables: Tables,
  options: PlanOptions,
): EmittedQuery {
  const b = new Builder(dialect, def.table, tables, options);
  const sql =
    def.kind === 'cohort'
      ? cohortSql(def, b)
      : def.kind === 'stock'
        ? stockSql(def, b)
        : groupedSql(def, b);
  return {
    kpi: def.id,
    dialect: dialect.name,
    sql,
    parameters: b.parameters(),
    reads: [def.table],
  };
}

function groupedSql(def: KpiDefinition, b: Builder): string {
  const d = b.dialect;
  const partitioned = b.options.partitionBy !== undefined;
  const columns = kpiColumns(def);
  // Each column is read (and converted) once, in src; the row's date is taken from its cells.
  const dates = dateColumns(def.date).map(cell);
  const day = dates.length === 1 ? dates[0] : `COALESCE(${dates.join(', ')})`;
  const src = [...b.partitionRead(), ...[...columns].map((k) => `${b.read(k)} AS ${cell(k)}`)];
  const keep = [b.dateFilter('row_day'), ...(def.where ? [`(${b.condition(def.where)})`] : [])];
  const from = b.from();
  const head = [
    `WITH ${b.zoneTables().join(' ')}src AS (SELECT ${src.join(', ')} FROM ${from}),`,
    `dated AS (SELECT src.*, ${day} AS row_day FROM src),`,
    `base AS (SELECT dated.*, ${d.periodStart('row_day', b.period)} AS period FROM dated WHERE ${keep.join(' AND ')})`,
  ];

  const part = partitioned ? ['part'] : [];
  const blocks = [null, ...def.scopes].map((scope) => {
    const keys = [...part, 'period', ...(scope ? [cell(scope)] : [])];
    if (def.breakdown) keys.push(cell(def.breakdown));
    const filters = [
      ...(scope ? [b.present(scope)] : []),
      ...(def.breakdown ? [b.present(def.breakdown)] : []),
    ];
    const medians: string[] = [];
    const aggregates = Object.entries(def.measures).map(([name, m]) => {
      const agg = aggregate(name, m, b, keys, medians);
      return `${agg} AS ${name}`;
    });
    const select = [
      ...part,
      'period',
      `'${scope ?? 'company'}' AS scope_type`,
      `${scope ? cell(scope) : "''"} AS scope`,
      ...(def.breakdown ? [`${cell(def.breakdown)} AS item`] : []),
      ...aggregates,
    ];
    const where = filters.length ? ` WHERE ${filters.join(' AND ')}` : '';
    // BigQuery's PERCENTILE_CONT is a window: computed over the group's partition in a
    // sub-select, and one value kept per group (MAX of equal values).
    const source = medians.length
      ? `(SELECT base.*, ${medians.join(', ')} FROM base${where}) AS w`
      : `base${where}`;
    return `SELECT ${select.join(', ')} FROM ${source} GROUP BY ${keys.join(', ')}`;
  });

  const value = def.value ? [`${valueSql(def.value, d)} AS value`] : [];
  const order = [...part, 'scope_type', 'scope', ...(def.breakdown ? ['item'] : []), 'period'];
  return [
    ...head,
    `SELECT u.*${value.length ? ', ' + value[0] : ''} FROM (${blocks.join(' UNION ALL ')}) AS u`,
    `ORDER BY ${order.join(', ')}`,
  ].join('\n');
}

function aggregate(
  name: string,
  m: Measure,
  b: Builder,
  partition: readonly string[],
  medians: string[],
): string {
  const d = b.dialect;
  if ('count' in m) return m.where ? d.countIf(b.condition(m.where)) : 'COUNT(*)';
  if ('sum' in m) return `COALESCE(SUM(${b.guarded(b.number(m.sum), m.where)}), 0)`;
  if ('distinct' in m) {
    const present = b.present(m.distinct);
    const when = m.where ? `(${b.condition(m.where)}) AND ${present}` : present;
    return `COUNT(DISTINCT CASE WHEN ${when} THEN ${cell(m.distinct)} END)`;
  }
  const x = b.guarded(b.number(m.median), m.where);
  if (d.medianForm === 'aggregate') return d.median(x);
  medians.push(`${d.median(x, partition)} AS median_${name}`);
  return `MAX(median_${name})`;
}

function cohortSql(def: CohortDefinition, b: Builder): string {
  const d = b.dialect;
  const partitioned = b.options.partitionBy !== undefined;
  const src = [
    ...b.partitionRead(),
    `${b.read(def.customer)} AS ${cell(def.customer)}`,
    `${b.read(def.date)} AS row_day`,
  ];
  const c = cell(def.customer);
  const part = partitioned ? ['part'] : [];
  const keys = [...part, c].join(', ');
  const offset = d.periodsBetween('f.first_period', 'x.period', b.period);
  const join = [`x.${c} = f.${c}`, ...(partitioned ? ['x.part = f.part'] : [])];
  // Each customer's active periods once (DISTINCT), the cohort its first: then the actives per
  // cohort and offset are a plain COUNT(*), cheaper than a COUNT(DISTINCT) over every row.
  const from = b.from();
  return [
    `WITH ${b.zoneTables().join(' ')}src AS (SELECT ${src.join(', ')} FROM ${from}),`,
    `base AS (SELECT src.* FROM src WHERE ${b.present(def.customer)} AND ${b.dateFilter('row_day')}),`,
    `active AS (SELECT DISTINCT ${keys}, ${d.periodStart('row_day', b.period)} AS period FROM base),`,
    `firsts AS (SELECT ${keys}, MIN(period) AS first_period FROM active GROUP BY ${keys})`,
    `SELECT ${[...part.map((p) => `x.${p}`), 'f.first_period AS cohort', `${offset} AS period_offset`, 'COUNT(*) AS customers'].join(', ')}`,
    `FROM active AS x JOIN firsts AS f ON ${join.join(' AND ')}`,
    `GROUP BY ${[...part.map((p) => `x.${p}`), 'cohort', 'period_offset'].join(', ')}`,
    `ORDER BY ${[...part, 'cohort', 'period_offset'].join(', ')}`,
  ].join('\n');
}
