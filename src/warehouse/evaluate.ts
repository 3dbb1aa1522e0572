// The JavaScript evaluator of the KPI definitions over plain row arrays (a table per workbook
// sheet: its header keys and its rows of cells): the same aggregated rows, in the same columns,
// as the emitted SQL returns, so the SQL can be checked against it row for row, and the
// definitions against today's src/kpi maths. Blank rules, dates and conditions mirror SQL's:
// a blank (NULL, or text empty once trimmed) never satisfies a condition, sums skip blanks and
// give 0 when there are none, medians skip blanks and give null when there are none. A stock's
// rows are counted per period over the periods they are active in (evaluateStock).
import { addPeriods, periodsBetween } from '../kpi/days';
import { median } from '../kpi/stats';
import type { Cell, EmitOptions, LogicalTable, ResultTable, WarehousePeriod } from './api';
import { dateCell, dayOfIso, isoOfDay, periodOf, timestampCell } from './calendar';
import { type ColumnType, columnType } from './columns';
import { dateColumns, kpiColumns } from './definition';
import type * as Def from './definition';
import { cohortColumns, DEFAULT_PERIOD, groupedColumns } from './plan';
import { valueOf } from './value';

/** The workbook's tables as plain rows: columns are header keys (and `part` when batched). */
export type RowTables = Readonly<Partial<Record<LogicalTable, ResultTable>>>;

export interface EvaluateOptions extends EmitOptions {
  /** As the plan's partitionBy: a column that splits the rows into batches (result `part`). */
  partitionBy?: string;
}

/** A column's cells read by type: day numbers (NaN blank), numbers or texts (null blank). */
type Column = readonly (number | string | null)[];

/** The columns a definition reads, by key, and `part` when batched. */
type Columns = Readonly<Record<string, Column>>;

/** Columns already read, per table and time zone: the suite reads each column once. */
const readCache = new WeakMap<ResultTable, Map<string, Column>>();

function readColumns(table: ResultTable, def: Def.Definition, options: EvaluateOptions): Columns {
  let cache = readCache.get(table);
  if (!cache) {
    cache = new Map();
    readCache.set(table, cache);
  }
  const at = (key: string) => {
    const i = table.columns.indexOf(key);
    if (i < 0) throw new Error(`The ${def.table} rows have no column "${key}"`);
    return i;
  };
  const out: Record<string, Column> = {};
  const keys = [...columnsRead(def)];
  for (const key of keys) {
    const type = columnType(def.table, key);
    const cacheKey = `${key}\u0001${type === 'timestamp' ? options.timeZone : ''}`;
    let column = cache.get(cacheKey);
    if (!column) {
      const i = at(key);
      const read = reader(type, options.timeZone);
      column = table.rows.map((cells) => read(cells[i]));
      cache.set(cacheKey, column);
    }
    out[key] = column;
  }
  if (options.partitionBy !== undefined) {
    const i = at(options.partitionBy);
    out.part = table.rows.map((cells) => cells[i] as number | string);
  }
  return out;
}

function reader(type: ColumnType, timeZone: string): (cell: Cell) => number | string | null {
  switch (type) {
    case 'date':
      return dateCell;
    case 'timestamp':
      return (cell) => timestampCell(cell, timeZone);
    case 'number':
      return (cell) => (typeof cell === 'number' ? cell : null);
    case 'text':
      return (cell) => (cell === null ? null : String(cell).trim());
  }
}

/** The columns a definition reads. */
function columnsRead(def: Def.Definition): Set<string> {
  if (def.kind === 'cohort') return new Set([def.customer, def.date]);
  if (def.kind === 'stock') return new Set([def.since, def.until, ...def.scopes]);
  return kpiColumns(def);
}

function isPresent(v: number | string | null): boolean {
  return v !== null && v !== '' && v === v;
}

function holds(c: Def.Condition, row: Columns, i: number): boolean {
  if ('present' in c) return isPresent(row[c.present][i]);
  if ('blank' in c) return !isPresent(row[c.blank][i]);
  if ('label' in c) {
    const v = row[c.label][i];
    return typeof v === 'string' && c.oneOf.includes(v.toLowerCase());
  }
  if ('number' in c) {
    const v = row[c.number][i];
    if (typeof v !== 'number' || v !== v) return false;
    if (c.atLeast !== undefined && !(v >= c.atLeast)) return false;
    if (c.atMost !== undefined && !(v <= c.atMost)) return false;
    return !c.whole || Math.floor(v) === v;
  }
  if ('later' in c) {
    const a = row[c.later][i] as number;
    const b = row[c.notBefore][i] as number;
    return a === a && b === b && a >= b;
  }
  if ('not' in c) return !holds(c.not, row, i);
  return c.all.every((x) => holds(x, row, i));
}

function numberOf(e: Def.NumberExpr, row: Columns, i: number): number | null {
  if ('column' in e) {
    const v = row[e.column][i];
    return typeof v === 'number' && v === v ? v : null;
  }
  if ('daysFrom' in e) {
    const a = row[e.daysFrom][i] as number;
    const b = row[e.to][i] as number;
    return a === a && b === b ? b - a : null;
  }
  for (const rule of e.firstRule) if (holds(rule.when, row, i)) return rule.points;
  return 0;
}

/**
 * What a row gives a measure, computed once per row (not per group the row falls in): 1 or 0 for
 * a count, the number (or null) for a sum or a median, the text (or null) for a distinct count.
 */
function contribution(m: Def.Measure): (row: Columns, i: number) => number | string | null {
  const ok = (row: Columns, i: number) => !m.where || holds(m.where, row, i);
  if ('count' in m) return (row, i) => (ok(row, i) ? 1 : 0);
  if ('sum' in m) return (row, i) => (ok(row, i) ? numberOf(m.sum, row, i) : null);
  if ('median' in m) return (row, i) => (ok(row, i) ? numberOf(m.median, row, i) : null);
  return (row, i) => {
    const v = row[m.distinct][i];
    return ok(row, i) && isPresent(v) ? String(v) : null;
  };
}

/** One group's running aggregates: sums and counts in one array, lists and sets on demand. */
interface Group {
  readonly head: Cell[];
  readonly totals: Float64Array;
  readonly lists: (number[] | Set<string> | undefined)[];
}

/** The first non-blank date of the definition's date columns (NaN when all are blank). */
function rowDay(def: Def.KpiDefinition, row: Columns, i: number): number {
  for (const key of dateColumns(def.date)) {
    const d = row[key][i] as number;
    if (d === d) return d;
  }
  return NaN;
}

/** isoOfDay, remembered (a result has few distinct periods). */
function isoCache(): (day: number) => string {
  const cache = new Map<number, string>();
  return (day) => {
    let iso = cache.get(day);
    if (iso === undefined) {
      iso = isoOfDay(day);
      cache.set(day, iso);
    }
    return iso;
  };
}

function windowOf(options: EvaluateOptions): (day: number) => boolean {
  const last = dayOfIso(options.asOf);
  const first = options.from === undefined ? -Infinity : dayOfIso(options.from);
  return (day) => day <= last && day >= first;
}

/** What both evaluators take from the options: the period, whether batched, the date window. */
function runOf(options: EvaluateOptions): {
  period: WarehousePeriod;
  partitioned: boolean;
  inWindow: (day: number) => boolean;
} {
  return {
    period: options.period ?? DEFAULT_PERIOD,
    partitioned: options.partitionBy !== undefined,
    inWindow: windowOf(options),
  };
}

function evaluateGrouped(
  def: Def.KpiDefinition,
  row: Columns,
  count: number,
  options: EvaluateOptions,
): ResultTable {
  const { period, partitioned, inWindow } = runOf(options);
  const groups = new Map<string, Group>();
  const measures = Object.values(def.measures);
  const kinds = measures.map((m) =>
    'median' in m ? 'median' : 'distinct' in m ? 'distinct' : 'total',
  );
  const contributions = measures.map(contribution);
  const given: (number | string | null)[] = new Array(measures.length);
  const scopes = [null, ...def.scopes];
  const isoOf = isoCache();
  for (let i = 0; i < count; i++) {
    const day = rowDay(def, row, i);
    if (!inWindow(day)) continue;
    if (def.where && !holds(def.where, row, i)) continue;
    const start = isoOf(periodOf(day, period));
    const item = def.breakdown ? row[def.breakdown][i] : null;
    if (def.breakdown && !isPresent(item)) continue;
    for (let k = 0; k < measures.length; k++) given[k] = contributions[k](row, i);
    for (const scope of scopes) {
      const scopeValue = scope ? row[scope][i] : '';
      if (scope && !isPresent(scopeValue)) continue;
      const head: Cell[] = [
        ...(partitioned ? [row.part[i]] : []),
        start,
        scope ?? 'company',
        scopeValue,
        ...(def.breakdown ? [item] : []),
      ];
      const key = head.join('\u0001');
      let group = groups.get(key);
      if (!group) {
        group = { head, totals: new Float64Array(measures.length), lists: [] };
        groups.set(key, group);
      }
      for (let k = 0; k < measures.length; k++) {
        const x = given[k];
        if (x === null) continue;
        if (kinds[k] === 'total') group.totals[k] += x as number;
        else if (kinds[k] === 'median') ((group.lists[k] ??= []) as number[]).push(x as number);
        else ((group.lists[k] ??= new Set()) as Set<string>).add(x as string);
      }
    }
  }
  const names = Object.keys(def.measures);
  const out: Cell[][] = [];
  for (const { head, totals, lists } of groups.values()) {
    const results = kinds.map((kind, k) => {
      const list = lists[k];
      if (kind === 'total') return totals[k];
      if (kind === 'distinct') return list ? (list as Set<string>).size : 0;
      return list ? median(Float64Array.from(list as number[])) : null;
    });
    const values: Record<string, number | null> = {};
    names.forEach((n, k) => (values[n] = results[k]));
    out.push([...head, ...results, ...(def.value ? [valueOf(def.value, values)] : [])]);
  }
  return { columns: groupedColumns(def, partitioned), rows: out };
}

function evaluateCohorts(
  def: Def.CohortDefinition,
  row: Columns,
  count: number,
  options: EvaluateOptions,
): ResultTable {
  const { period, partitioned, inWindow } = runOf(options);
  const days = row[def.date] as readonly number[];
  const kept: number[] = [];
  for (let i = 0; i < count; i++)
    if (isPresent(row[def.customer][i]) && inWindow(days[i])) kept.push(i);
  const customerKey = (i: number) =>
    (partitioned ? `${row.part[i]}\u0001` : '') + row[def.customer][i];
  const first = new Map<string, number>();
  for (const i of kept) {
    const k = customerKey(i);
    const f = first.get(k);
    if (f === undefined || days[i] < f) first.set(k, days[i]);
  }
  const groups = new Map<string, { head: Cell[]; customers: Set<string> }>();
  const isoOf = isoCache();
  for (const i of kept) {
    const k = customerKey(i);
    const cohort = periodOf(first.get(k) as number, period);
    const offset = periodsBetween(cohort, periodOf(days[i], period), period);
    const head: Cell[] = [...(partitioned ? [row.part[i]] : []), isoOf(cohort), offset];
    const key = head.join('\u0001');
    let g = groups.get(key);
    if (!g) {
      g = { head, customers: new Set() };
      groups.set(key, g);
    }
    g.customers.add(k);
  }
  return {
    columns: cohortColumns(partitioned),
    rows: [...groups.values()].map((g) => [...g.head, g.customers.size]),
  };
}

/** One stock series (batch and scope): per period index, the changes of its running counts. */
interface StockSeries {
  /** The batch (when batched), then scope_type and scope. */
  readonly part: Cell[];
  readonly scope: Cell[];
  /** Period index → [rows active at its start, at its end, then each measure], from it on. */
  readonly changes: Map<number, Float64Array>;
}

/**
 * A stock's rows as its SQL (plan.ts stockSql) returns them: a row's first period is its `since`
 * day's, its lost period its `until` day's when that is on or before as_of; it is active at a
 * period's start from the period after its first to its lost one (or as_of's), at a period's end
 * from its first to the one before its lost one, new at the end of its first period when not
 * lost in it. A (period, scope) is reported, from the period holding `from` on, when some row is
 * active at its start or end. Each of these is a run of periods, added as two changes, so a row
 * costs the same whatever the number of periods it spans.
 */
function evaluateStock(
  def: Def.StockDefinition,
  row: Columns,
  count: number,
  options: EvaluateOptions,
): ResultTable {
  const { period, partitioned } = runOf(options);
  const asOf = dayOfIso(options.asOf);
  const lastPeriod = periodOf(asOf, period);
  const since = row[def.since] as readonly number[];
  const until = row[def.until] as readonly number[];
  const kept: number[] = [];
  let origin = options.from === undefined ? Infinity : periodOf(dayOfIso(options.from), period);
  for (let i = 0; i < count; i++) {
    if (!(since[i] <= asOf)) continue; // blank (NaN) or after as_of
    kept.push(i);
    if (options.from === undefined) origin = Math.min(origin, periodOf(since[i], period));
  }
  const measures = Object.values(def.measures);
  const width = 2 + measures.length;
  const series = new Map<string, StockSeries>();
  const add = (changes: Map<number, Float64Array>, slot: number, from: number, to: number) => {
    from = Math.max(from, 0);
    if (from > to) return;
    for (const [k, delta] of [
      [from, 1],
      [to + 1, -1],
    ]) {
      let c = changes.get(k);
      if (!c) changes.set(k, (c = new Float64Array(width)));
      c[slot] += delta;
    }
  };
  const index = (day: number) => periodsBetween(origin, day, period);
  for (const i of kept) {
    const first = index(periodOf(since[i], period));
    const lost = until[i] <= asOf ? index(periodOf(until[i], period)) : null;
    const last = lost ?? index(lastPeriod);
    if (Math.max(first, 0) > last) continue;
    const ends = lost === null ? last : lost - 1;
    for (const scope of [null, ...def.scopes]) {
      const scopeValue = scope ? row[scope][i] : '';
      if (scope && !isPresent(scopeValue)) continue;
      const part: Cell[] = partitioned ? [row.part[i]] : [];
      const key = [...part, scope, scopeValue].join('\u0001');
      let s = series.get(key);
      if (!s)
        series.set(
          key,
          (s = { part, scope: [scope ?? 'company', scopeValue], changes: new Map() }),
        );
      add(s.changes, 0, first + 1, last);
      add(s.changes, 1, first, ends);
      measures.forEach((m, k) => {
        const [from, to] = m.activeAt === 'start' ? [first + 1, last] : [first, ends];
        add(s.changes, k + 2, from, m.beganWithin ? Math.min(to, first) : to);
      });
    }
  }
  const names = Object.keys(def.measures);
  const isoOf = isoCache();
  const out: Cell[][] = [];
  for (const { part, scope, changes } of series.values()) {
    const at = [...changes.keys()].sort((a, b) => a - b);
    const running = new Float64Array(width);
    for (let n = 0; n < at.length - 1; n++) {
      const c = changes.get(at[n]) as Float64Array;
      for (let k = 0; k < width; k++) running[k] += c[k];
      if (running[0] <= 0 && running[1] <= 0) continue;
      const values: Record<string, number> = {};
      names.forEach((name, k) => (values[name] = running[k + 2]));
      const cells = [...running.subarray(2)];
      const value = valueOf(def.value, values);
      for (let k = at[n]; k < at[n + 1]; k++)
        out.push([...part, isoOf(addPeriods(origin, period, k)), ...scope, ...cells, value]);
    }
  }
  return { columns: groupedColumns(def, partitioned), rows: out };
}

/** A KPI's aggregated rows computed in JavaScript, as its emitted SQL returns them. */
export function evaluateKpi(
  def: Def.Definition,
  tables: RowTables,
  options: EvaluateOptions,
): ResultTable {
  const table = tables[def.table];
  if (!table) throw new Error(`No ${def.table} rows`);
  const columns = readColumns(table, def, options);
  if (def.kind === 'cohort') return evaluateCohorts(def, columns, table.rows.length, options);
  if (def.kind === 'stock') return evaluateStock(def, columns, table.rows.length, options);
  return evaluateGrouped(def, columns, table.rows.length, options);
}
