// The JavaScript evaluator of the KPI definitions over plain row arrays (a table per workbook
// sheet: its header keys and its rows of cells): the same aggregated rows, in the same columns,
// as the emitted SQL returns, so the SQL can be checked against it row for row, and the
// definitions against today's src/kpi maths. Blank rules, dates and conditions mirror SQL's:
// a blank (NULL, or text empty once trimmed) never satisfies a condition, sums skip blanks and
// give 0 when there are none, medians skip blanks and give null when there are none.
import { periodsBetween } from '../kpi/days';
import { median } from '../kpi/stats';
import type { Cell, EmitOptions, LogicalTable, ResultTable, WarehousePeriod } from './api';
import { dateCell, dayOfIso, isoOfDay, periodOf, timestampCell } from './calendar';
import { columnType } from './columns';
import {
  type CohortDefinition,
  type Condition,
  conditionColumns,
  dateColumns,
  type Definition,
  type KpiDefinition,
  type Measure,
  measureColumns,
  type NumberExpr,
} from './definition';
import { cohortColumns, DEFAULT_PERIOD, groupedColumns } from './plan';
import { valueOf } from './value';

/** The workbook's tables as plain rows: columns are header keys (and `part` when batched). */
export type RowTables = Readonly<Partial<Record<LogicalTable, ResultTable>>>;

export interface EvaluateOptions extends EmitOptions {
  /** As the plan's partitionBy: a column that splits the rows into batches (result `part`). */
  partitionBy?: string;
}

/** A row's cells read by type: day numbers (NaN blank), numbers or texts (null blank). */
type Row = Record<string, number | string | null>;

function readRows(table: ResultTable, def: Definition, options: EvaluateOptions): Row[] {
  const index = new Map(table.columns.map((c, i) => [c, i]));
  const at = (key: string) => {
    const i = index.get(key);
    if (i === undefined) throw new Error(`The ${def.table} rows have no column "${key}"`);
    return i;
  };
  const readers = [...columnsRead(def)].map((key) => {
    const i = at(key);
    const type = columnType(def.table, key);
    const read = (cell: Cell): number | string | null => {
      switch (type) {
        case 'date':
          return dateCell(cell);
        case 'timestamp':
          return timestampCell(cell, options.timeZone);
        case 'number':
          return typeof cell === 'number' ? cell : null;
        case 'text':
          return cell === null ? null : String(cell).trim();
      }
    };
    return { key, i, read };
  });
  const part = options.partitionBy === undefined ? -1 : at(options.partitionBy);
  return table.rows.map((cells) => {
    const row: Row = {};
    for (const r of readers) row[r.key] = r.read(cells[r.i]);
    if (part >= 0) row.part = cells[part] as number | string;
    return row;
  });
}

/** The columns a definition reads. */
function columnsRead(def: Definition): Set<string> {
  if (def.kind === 'cohort') return new Set([def.customer, def.date]);
  return new Set([
    ...dateColumns(def.date),
    ...def.scopes,
    ...(def.breakdown ? [def.breakdown] : []),
    ...(def.where ? conditionColumns(def.where) : []),
    ...Object.values(def.measures).flatMap(measureColumns),
  ]);
}

function isPresent(v: number | string | null): boolean {
  return v !== null && v !== '' && v === v;
}

function holds(c: Condition, row: Row): boolean {
  if ('present' in c) return isPresent(row[c.present]);
  if ('blank' in c) return !isPresent(row[c.blank]);
  if ('label' in c) {
    const v = row[c.label];
    return typeof v === 'string' && c.oneOf.includes(v.toLowerCase());
  }
  if ('number' in c) {
    const v = row[c.number];
    if (typeof v !== 'number' || v !== v) return false;
    if (c.atLeast !== undefined && !(v >= c.atLeast)) return false;
    if (c.atMost !== undefined && !(v <= c.atMost)) return false;
    return !c.whole || Math.floor(v) === v;
  }
  if ('later' in c) {
    const a = row[c.later] as number;
    const b = row[c.notBefore] as number;
    return a === a && b === b && a >= b;
  }
  return c.all.every((x) => holds(x, row));
}

function numberOf(e: NumberExpr, row: Row): number | null {
  if ('column' in e) {
    const v = row[e.column];
    return typeof v === 'number' && v === v ? v : null;
  }
  if ('daysFrom' in e) {
    const a = row[e.daysFrom] as number;
    const b = row[e.to] as number;
    return a === a && b === b ? b - a : null;
  }
  for (const rule of e.firstRule) if (holds(rule.when, row)) return rule.points;
  return 0;
}

/**
 * What a row gives a measure, computed once per row (not per group the row falls in): 1 or 0 for
 * a count, the number (or null) for a sum or a median, the text (or null) for a distinct count.
 */
function contribution(m: Measure): (row: Row) => number | string | null {
  const ok = (row: Row) => !m.where || holds(m.where, row);
  if ('count' in m) return (row) => (ok(row) ? 1 : 0);
  if ('sum' in m) return (row) => (ok(row) ? numberOf(m.sum, row) : null);
  if ('median' in m) return (row) => (ok(row) ? numberOf(m.median, row) : null);
  return (row) => {
    const v = row[m.distinct];
    return ok(row) && isPresent(v) ? String(v) : null;
  };
}

/** One group's running aggregates: sums and counts in one array, lists and sets on demand. */
interface Group {
  readonly head: Cell[];
  readonly totals: Float64Array;
  readonly lists: (number[] | Set<string> | undefined)[];
}

/** The first non-blank date of the definition's date columns (NaN when all are blank). */
function rowDay(def: KpiDefinition, row: Row): number {
  for (const key of dateColumns(def.date)) {
    const d = row[key] as number;
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

function evaluateGrouped(def: KpiDefinition, rows: Row[], options: EvaluateOptions): ResultTable {
  const period: WarehousePeriod = options.period ?? DEFAULT_PERIOD;
  const partitioned = options.partitionBy !== undefined;
  const groups = new Map<string, Group>();
  const measures = Object.values(def.measures);
  const kinds = measures.map((m) =>
    'median' in m ? 'median' : 'distinct' in m ? 'distinct' : 'total',
  );
  const contributions = measures.map(contribution);
  const given: (number | string | null)[] = new Array(measures.length);
  const isoOf = isoCache();
  const inWindow = windowOf(options);
  for (const row of rows) {
    const day = rowDay(def, row);
    if (!inWindow(day)) continue;
    if (def.where && !holds(def.where, row)) continue;
    const start = isoOf(periodOf(day, period));
    const item = def.breakdown ? row[def.breakdown] : null;
    if (def.breakdown && !isPresent(item)) continue;
    for (let i = 0; i < measures.length; i++) given[i] = contributions[i](row);
    for (const scope of [null, ...def.scopes]) {
      const scopeValue = scope ? row[scope] : '';
      if (scope && !isPresent(scopeValue)) continue;
      const head: Cell[] = [
        ...(partitioned ? [row.part] : []),
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
      for (let i = 0; i < measures.length; i++) {
        const x = given[i];
        if (x === null) continue;
        if (kinds[i] === 'total') group.totals[i] += x as number;
        else if (kinds[i] === 'median') ((group.lists[i] ??= []) as number[]).push(x as number);
        else ((group.lists[i] ??= new Set()) as Set<string>).add(x as string);
      }
    }
  }
  const names = Object.keys(def.measures);
  const out: Cell[][] = [];
  for (const { head, totals, lists } of groups.values()) {
    const results = kinds.map((kind, i) => {
      const list = lists[i];
      if (kind === 'total') return totals[i];
      if (kind === 'distinct') return list ? (list as Set<string>).size : 0;
      return list ? median(Float64Array.from(list as number[])) : null;
    });
    const values: Record<string, number | null> = {};
    names.forEach((n, i) => (values[n] = results[i]));
    out.push([...head, ...results, ...(def.value ? [valueOf(def.value, values)] : [])]);
  }
  return { columns: groupedColumns(def, partitioned), rows: out };
}

function evaluateCohorts(
  def: CohortDefinition,
  rows: Row[],
  options: EvaluateOptions,
): ResultTable {
  const period: WarehousePeriod = options.period ?? DEFAULT_PERIOD;
  const partitioned = options.partitionBy !== undefined;
  const inWindow = windowOf(options);
  const kept = rows.filter((r) => isPresent(r[def.customer]) && inWindow(r[def.date] as number));
  const customerKey = (r: Row) => (partitioned ? `${r.part}\u0001` : '') + r[def.customer];
  const first = new Map<string, number>();
  for (const r of kept) {
    const k = customerKey(r);
    const d = r[def.date] as number;
    const f = first.get(k);
    if (f === undefined || d < f) first.set(k, d);
  }
  const groups = new Map<string, { head: Cell[]; customers: Set<string> }>();
  const isoOf = isoCache();
  for (const r of kept) {
    const k = customerKey(r);
    const cohort = periodOf(first.get(k) as number, period);
    const offset = periodsBetween(cohort, periodOf(r[def.date] as number, period), period);
    const head: Cell[] = [...(partitioned ? [r.part] : []), isoOf(cohort), offset];
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

/** A KPI's aggregated rows computed in JavaScript, as its emitted SQL returns them. */
export function evaluateKpi(
  def: Definition,
  tables: RowTables,
  options: EvaluateOptions,
): ResultTable {
  const table = tables[def.table];
  if (!table) throw new Error(`No ${def.table} rows`);
  const rows = readRows(table, def, options);
  return def.kind === 'cohort'
    ? evaluateCohorts(def, rows, options)
    : evaluateGrouped(def, rows, options);
}
