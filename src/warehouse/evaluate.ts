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
  dateColumns,
  type Definition,
  type KpiDefinition,
  type Measure,
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
  const keys = new Set(table.columns.filter((c) => c !== options.partitionBy));
  const readers = [...keys].map((key) => {
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

/** One group's running aggregate of one measure. */
interface Accumulator {
  add(row: Row): void;
  result(): number | null;
}

function accumulator(m: Measure): Accumulator {
  const ok = (row: Row) => !m.where || holds(m.where, row);
  if ('count' in m) {
    let n = 0;
    return { add: (row) => void (ok(row) && n++), result: () => n };
  }
  if ('sum' in m) {
    let sum = 0;
    return {
      add(row) {
        if (!ok(row)) return;
        const x = numberOf(m.sum, row);
        if (x !== null) sum += x;
      },
      result: () => sum,
    };
  }
  if ('median' in m) {
    const values: number[] = [];
    return {
      add(row) {
        if (!ok(row)) return;
        const x = numberOf(m.median, row);
        if (x !== null) values.push(x);
      },
      result: () => (values.length ? median(Float64Array.from(values)) : null),
    };
  }
  const seen = new Set<string>();
  return {
    add(row) {
      const v = row[m.distinct];
      if (ok(row) && isPresent(v)) seen.add(String(v));
    },
    result: () => seen.size,
  };
}

/** The first non-blank date of the definition's date columns (NaN when all are blank). */
function rowDay(def: KpiDefinition, row: Row): number {
  for (const key of dateColumns(def.date)) {
    const d = row[key] as number;
    if (d === d) return d;
  }
  return NaN;
}

function inWindow(day: number, options: EvaluateOptions): boolean {
  if (!(day <= dayOfIso(options.asOf))) return false;
  return options.from === undefined || day >= dayOfIso(options.from);
}

function evaluateGrouped(def: KpiDefinition, rows: Row[], options: EvaluateOptions): ResultTable {
  const period: WarehousePeriod = options.period ?? DEFAULT_PERIOD;
  const partitioned = options.partitionBy !== undefined;
  const groups = new Map<string, { head: Cell[]; accs: Accumulator[] }>();
  const measures = Object.values(def.measures);
  for (const row of rows) {
    const day = rowDay(def, row);
    if (!inWindow(day, options)) continue;
    if (def.where && !holds(def.where, row)) continue;
    const start = isoOfDay(periodOf(day, period));
    const item = def.breakdown ? row[def.breakdown] : null;
    if (def.breakdown && !isPresent(item)) continue;
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
      const key = JSON.stringify(head);
      let group = groups.get(key);
      if (!group) {
        group = { head, accs: measures.map(accumulator) };
        groups.set(key, group);
      }
      for (const acc of group.accs) acc.add(row);
    }
  }
  const names = Object.keys(def.measures);
  const out: Cell[][] = [];
  for (const { head, accs } of groups.values()) {
    const results = accs.map((a) => a.result());
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
  const kept = rows.filter(
    (r) => isPresent(r[def.customer]) && inWindow(r[def.date] as number, options),
  );
  const customerKey = (r: Row) => JSON.stringify([partitioned ? r.part : null, r[def.customer]]);
  const first = new Map<string, number>();
  for (const r of kept) {
    const k = customerKey(r);
    const d = r[def.date] as number;
    const f = first.get(k);
    if (f === undefined || d < f) first.set(k, d);
  }
  const groups = new Map<string, { head: Cell[]; customers: Set<string> }>();
  for (const r of kept) {
    const k = customerKey(r);
    const cohort = periodOf(first.get(k) as number, period);
    const offset = periodsBetween(cohort, periodOf(r[def.date] as number, period), period);
    const head: Cell[] = [...(partitioned ? [r.part] : []), isoOfDay(cohort), offset];
    const key = JSON.stringify(head);
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
