// The SQL plan's building blocks, shared by the plan of each definition kind (plan.ts: grouped
// and cohort KPIs; plan-stock.ts: stocks): the Builder reads a table's columns once (TIMESTAMPs
// as the spreadsheet's calendar day, numbers as doubles, texts trimmed), writes conditions, number
// expressions and the date filter through a dialect, and records the parameters a query uses;
// valueSql writes a KPI's value over its measures with NULLIF.
import type { EmitOptions, LogicalTable, QueryParameter, Tables, WarehousePeriod } from './api';
import { columnType } from './columns';
import type { Condition, NumberExpr, ValueExpr } from './definition';
import type { SqlDialect } from './dialect';

/** Options the local runner adds: a column of every table that splits the data into batches. */
export interface PlanOptions extends EmitOptions {
  /** Every result row also carries this column (as `part`), and every group is split by it. */
  partitionBy?: string;
}

export const DEFAULT_PERIOD: WarehousePeriod = 'month';

/** A column's name in the src sub-select. */
export const cell = (key: string) => `c_${key}`;

export class Builder {
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

/** A KPI's value over the measures of the block union `u` (a zero denominator gives NULL). */
export function valueSql(v: ValueExpr, d: SqlDialect): string {
  if ('measure' in v) return d.float(`u.${v.measure}`);
  const terms = [
    v.plus.map((m) => `u.${m}`).join(' + '),
    ...(v.minus ?? []).map((m) => ` - u.${m}`),
  ].join('');
  const scaled = v.times !== undefined ? `(${terms}) * ${v.times}` : `(${terms})`;
  return `${d.float(scaled)} / NULLIF(${d.float(`u.${v.over}`)}, 0)`;
}
