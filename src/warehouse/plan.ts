// The one plan builder behind both SQL emitters: from a KPI definition to a query that only
// aggregates (counts, sums, medians, distinct counts per period and scope), written through a
// dialect (dialect.ts). Shape of a grouped KPI's query:
//   src:  the table's columns read once (TIMESTAMPs as the spreadsheet's calendar day, numbers
//         as doubles, texts trimmed) and the row's date;
//   base: the rows dated on or before @as_of (and from @from) that the definition keeps, with
//         their period;
//   one block per scope (company, team, rep, segment), UNION ALL, and the value computed over
//   the small result with NULLIF (a zero denominator gives NULL, never an error).
// A stock's query (stockSql): each row's first period and lost period (spans), its changes
// (began in its first period, gone from its lost one), summed per scope and period; each
// scope's periods from its first to @as_of's come from a calendar (GENERATE_DATE_ARRAY), and
// running sums over them give the rows active at each period's start and end. A row costs two
// changes whatever the number of periods it spans (joining each row to each of its periods
// took minutes per day at a million customers).
// No CURRENT_DATE (as_of is a parameter, so a result can be cached), no approximate function.
import type {
  EmitOptions,
  EmittedQuery,
  LogicalTable,
  QueryParameter,
  Tables,
  WarehousePeriod,
} from './api';
import { columnType } from './columns';
import {
  type CohortDefinition,
  type Condition,
  dateColumns,
  type Definition,
  type KpiDefinition,
  kpiColumns,
  type Measure,
  type NumberExpr,
  type StockDefinition,
  type StockMeasure,
  type ValueExpr,
} from './definition';
import type { SqlDialect } from './dialect';

/** Options the local runner adds: a column of every table that splits the data into batches. */
export interface PlanOptions extends EmitOptions {
  /** Every result row also carries this column (as `part`), and every group is split by it. */
  partitionBy?: string;
}

export const DEFAULT_PERIOD: WarehousePeriod = 'month';

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

/** A column's name in the src sub-select. */
const cell = (key: string) => `c_${key}`;

class Builder {
  private readonly used = new Set<string>();
  /** Timestamp columns whose local day is looked up per quarter hour (their CTE and join). */
  private readonly zoned: string[] = [];
  constructor(
    readonly dialect: SqlDialect,
    readonly table: LogicalTable,
    readonly tables: Tables,
    readonly options: PlanOptions,
  ) {}

  get period(): WarehousePeriod {
    return this.options.period ?? DEFAULT_PERIOD;
  }

  /** The warehouse column of a logical column, read from alias t, as its type's value. */
  read(key: string): string {
    const mapping = this.tables[this.table];
    const name = mapping?.columns?.[key] ?? key;
    const raw = this.dialect.column('t', name);
    switch (columnType(this.table, key)) {
      case 'timestamp':
        this.used.add('time_zone');
        if (this.dialect.localDateForm === 'row') return this.dialect.localDate(raw);
        if (!this.zoned.includes(name)) this.zoned.push(name);
        return `z${this.zoned.indexOf(name)}.day`;
      case 'date':
        return raw;
      case 'number':
        return this.dialect.float(raw);
      case 'text':
        return `TRIM(${raw})`;
    }
  }

  tableName(): string {
    const mapping = this.tables[this.table];
    if (!mapping) throw new Error(`No warehouse table is mapped for ${this.table}`);
    return this.dialect.table(mapping.table);
  }

  /** The table, joined to the quarter-hour day tables of the timestamps read (call after reads). */
  from(): string {
    const joins = this.zoned.map((name, k) => {
      const quarter = this.dialect.quarterHour(this.dialect.column('t', name));
      return ` LEFT JOIN zone${k} AS z${k} ON z${k}.quarter = ${quarter}`;
    });
    return `${this.tableName()} AS t${joins.join('')}`;
  }

  /**
   * The quarter-hour day tables (WITH entries, each followed by a comma; call after reads): the
   * local day of each UTC quarter hour that holds an instant of the column.
   */
  zoneTables(): string[] {
    return this.zoned.map((name, k) => {
      const d = this.dialect;
      const quarter = d.quarterHour(d.column('t', name));
      const quarters = `SELECT DISTINCT ${quarter} AS quarter FROM ${this.tableName()} AS t WHERE ${d.column('t', name)} IS NOT NULL`;
      // MATERIALIZED (DuckDB only, like this form): a filter on the day pushed below the DISTINCT
      // would convert every row again.
      return `zone${k} AS MATERIALIZED (SELECT q.quarter, ${d.localDate(d.quarterHourStart('q.quarter'))} AS day FROM (${quarters}) AS q),`;
    });
  }

  partitionRead(): string[] {
    const p = this.options.partitionBy;
    return p ? [`${this.dialect.column('t', p)} AS part`] : [];
  }

  /** A DATE parameter (as_of, or from_date when `from` is given), marked as used. */
  param(name: 'as_of' | 'from_date'): string {
    this.used.add(name);
    return this.dialect.dateParam(name);
  }

  /** The filter on the row's date: on or before as_of, and from `from` when given. */
  dateFilter(day: string): string {
    const parts = [`${day} <= ${this.param('as_of')}`];
    if (this.options.from) parts.push(`${day} >= ${this.param('from_date')}`);
    return parts.join(' AND ');
  }

  condition(c: Condition): string {
    if ('present' in c) return this.present(c.present);
    if ('blank' in c) {
      const x = cell(c.blank);
      return columnType(this.table, c.blank) === 'text'
        ? `(${x} IS NULL OR ${x} = '')`
        : `${x} IS NULL`;
    }
    if ('label' in c) return `LOWER(${cell(c.label)}) IN (${c.oneOf.map(literal).join(', ')})`;
    if ('number' in c) {
      const x = cell(c.number);
      const parts = [`${x} IS NOT NULL`];
      if (c.atLeast !== undefined) parts.push(`${x} >= ${c.atLeast}`);
      if (c.atMost !== undefined) parts.push(`${x} <= ${c.atMost}`);
      if (c.whole) parts.push(`${x} = FLOOR(${x})`);
      return parts.join(' AND ');
    }
    if ('later' in c) {
      const a = cell(c.later);
      const b = cell(c.notBefore);
      return `${a} IS NOT NULL AND ${b} IS NOT NULL AND ${a} >= ${b}`;
    }
    if ('not' in c) return `NOT COALESCE((${this.condition(c.not)}), FALSE)`;
    return c.all.map((x) => `(${this.condition(x)})`).join(' AND ');
  }

  present(key: string): string {
    const x = cell(key);
    return columnType(this.table, key) === 'text'
      ? `${x} IS NOT NULL AND ${x} != ''`
      : `${x} IS NOT NULL`;
  }

  number(e: NumberExpr): string {
    if ('column' in e) return cell(e.column);
    if ('daysFrom' in e) return this.dialect.daysBetween(cell(e.daysFrom), cell(e.to));
    const whens = e.firstRule.map((r) => `WHEN ${this.condition(r.when)} THEN ${r.points}`);
    return `CASE ${whens.join(' ')} ELSE 0 END`;
  }

  /** A measure's value only where its condition holds (NULL elsewhere, which aggregates skip). */
  guarded(x: string, where?: Condition): string {
    return where ? `CASE WHEN ${this.condition(where)} THEN ${x} END` : x;
  }

  parameters(): QueryParameter[] {
    const out: QueryParameter[] = [];
    if (this.used.has('as_of')) out.push({ name: 'as_of', type: 'DATE', value: this.options.asOf });
    if (this.used.has('from_date'))
      out.push({ name: 'from_date', type: 'DATE', value: this.options.from ?? null });
    if (this.used.has('time_zone'))
      out.push({ name: 'time_zone', type: 'STRING', value: this.options.timeZone });
    return out;
  }
}

/** A label as a string literal (definitions hold plain labels: no quote or backslash). */
function literal(text: string): string {
  if (/['\\]/.test(text)) throw new Error(`Unsupported label: ${text}`);
  return `'${text}'`;
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

function valueSql(v: ValueExpr, d: SqlDialect): string {
  if ('measure' in v) return d.float(`u.${v.measure}`);
  const terms = [
    v.plus.map((m) => `u.${m}`).join(' + '),
    ...(v.minus ?? []).map((m) => ` - u.${m}`),
  ].join('');
  const scaled = v.times !== undefined ? `(${terms}) * ${v.times}` : `(${terms})`;
  return `${d.float(scaled)} / NULLIF(${d.float(`u.${v.over}`)}, 0)`;
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

/** A stock measure from a block's running counts (stock_start, stock_end, began, lost_new). */
function stockMeasure(m: StockMeasure): string {
  if (m.beganWithin) return m.activeAt === 'end' ? 'began - lost_new' : '0';
  return m.activeAt === 'start' ? 'stock_start' : 'stock_end';
}

function stockSql(def: StockDefinition, b: Builder): string {
  const d = b.dialect;
  const part = b.options.partitionBy !== undefined ? ['part'] : [];
  const since = cell(def.since);
  const until = cell(def.until);
  const src = [
    ...b.partitionRead(),
    ...[def.since, def.until, ...def.scopes].map((k) => `${b.read(k)} AS ${cell(k)}`),
  ];
  const asOf = b.param('as_of');
  const lastPeriod = d.periodStart(asOf, b.period);
  const keep = [...part, ...def.scopes.map(cell)].map((k) => `${k}, `).join('');
  const spans = [
    `${d.periodStart(since, b.period)} AS first_period`,
    `CASE WHEN ${until} <= ${asOf} THEN ${d.periodStart(until, b.period)} END AS lost_period`,
  ];
  const head = [
    `WITH ${b.zoneTables().join(' ')}src AS (SELECT ${src.join(', ')} FROM ${b.from()}),`,
    `spans AS (SELECT ${keep}${spans.join(', ')} FROM src WHERE ${since} IS NOT NULL AND ${since} <= ${asOf}),`,
    // A row begins in its first period and is gone from the later of its first and lost
    // periods on; lost_new: lost by the end of the period it began in.
    `changes AS (SELECT ${keep}first_period AS period, 1 AS began, 0 AS gone, CASE WHEN lost_period <= first_period THEN 1 ELSE 0 END AS lost_new FROM spans` +
      ` UNION ALL SELECT ${keep}CASE WHEN lost_period > first_period THEN lost_period ELSE first_period END AS period, 0 AS began, 1 AS gone, 0 AS lost_new FROM spans WHERE lost_period IS NOT NULL),`,
    `calendar AS (${d.calendar('(SELECT MIN(first_period) FROM spans)', lastPeriod, b.period)}),`,
  ];
  const on = [...part, 'scope', 'period'].map((k) => `e.${k} = g.${k}`).join(' AND ');
  const window = (frame: string) =>
    `OVER (PARTITION BY ${[...part, 'scope'].map((k) => `g.${k}`).join(', ')} ORDER BY g.period ROWS ${frame})`;
  const shown = [
    'stock_start > 0 OR stock_end > 0',
    ...(b.options.from ? [`period >= ${d.periodStart(b.param('from_date'), b.period)}`] : []),
  ];
  const scopes = [null, ...def.scopes];
  // Per scope: its changes per period (a CTE), then over its periods from its first on, the
  // running counts at each period's start (the periods before) and end (up to it).
  const perScope = scopes.map((scope, k) => {
    const value = scope ? cell(scope) : "''";
    const where = scope ? ` WHERE ${b.present(scope)}` : '';
    const by = [...part, ...(scope ? [value] : []), 'period'].join(', ');
    return `scope${k} AS (SELECT ${[...part, `${value} AS scope`].join(', ')}, period, SUM(began) AS began, SUM(gone) AS gone, SUM(lost_new) AS lost_new FROM changes${where} GROUP BY ${by})`;
  });
  const blocks = scopes.map((scope, k) => {
    const first = [...part, 'scope'];
    const grid = `SELECT ${[...first.map((c) => `f.${c}`), 'c.period'].join(', ')} FROM (SELECT ${first.join(', ')}, MIN(period) AS since FROM scope${k} GROUP BY ${first.join(', ')}) AS f JOIN calendar AS c ON c.period >= f.since`;
    const running = [
      ...part.map((c) => `g.${c}`),
      'g.period',
      'g.scope',
      `${d.integer(`COALESCE(SUM(e.began - e.gone) ${window('BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING')}, 0)`)} AS stock_start`,
      `${d.integer(`SUM(COALESCE(e.began - e.gone, 0)) ${window('UNBOUNDED PRECEDING')}`)} AS stock_end`,
      `${d.integer('COALESCE(e.began, 0)')} AS began`,
      `${d.integer('COALESCE(e.lost_new, 0)')} AS lost_new`,
    ];
    const measures = Object.entries(def.measures).map(
      ([name, m]) => `${d.integer(stockMeasure(m))} AS ${name}`,
    );
    const select = [
      ...part,
      'period',
      `'${scope ?? 'company'}' AS scope_type`,
      'scope',
      ...measures,
    ];
    const counts = `SELECT ${running.join(', ')} FROM (${grid}) AS g LEFT JOIN scope${k} AS e ON ${on}`;
    return `SELECT ${select.join(', ')} FROM (${counts}) AS r WHERE ${shown.map((x) => `(${x})`).join(' AND ')}`;
  });
  return [
    ...head,
    ...perScope.map((x, k) => (k < perScope.length - 1 ? `${x},` : x)),
    `SELECT u.*, ${valueSql(def.value, d)} AS value FROM (${blocks.join(' UNION ALL ')}) AS u`,
    `ORDER BY ${[...part, 'scope_type', 'scope', 'period'].join(', ')}`,
  ].join('\n');
}
