// The warehouse's coverage queries (src/warehouse/coverage*.ts) read back into first and last
// days, usual gaps and conversion windows equal what the sheet path computes from the same rows
// (every dated day sorted, the usual gap of the last 365 days, every lag to conversionWindow),
// on many small seeded workbooks from the generator, batched by seed in one DuckDB schema (one
// query per table); and the GoogleSQL parses with the BigQuery dialect and passes the lint.
import { Parser } from 'node-sql-parser';
import { LOCAL_TABLES, LocalWarehouse } from '../../local/warehouse/duckdb';
import { AS_OF, batchTables, TIME_ZONE } from '../../local/warehouse/generate';
import { conversionWindow, usualGap } from '../../src/kpi/readiness';
import type { Cell, LogicalTable, ResultTable, Tables } from '../../src/warehouse/api';
import { dateCell, dayOfIso, isoOfDay, timestampCell } from '../../src/warehouse/calendar';
import { columnType, WAREHOUSE_COLUMNS } from '../../src/warehouse/columns';
import {
  COVERAGE,
  COVERED_TABLES,
  coverageTable,
  coverageId,
  lagItem,
  readCoverage,
  type DateCoverage,
  windowOfLongest,
} from '../../src/warehouse/coverage';
import { emitCoverage } from '../../src/warehouse/coverage-emit';
import { lintSql } from '../../src/warehouse/lint';
import type { RowTables } from '../../src/warehouse/evaluate';

const SMALL_SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);
/** Bigger seeds: enough conversions (≥ 10) for a measured window. */
const BIG_SEEDS = Array.from({ length: 40 }, (_, i) => 5001 + i);
const BIG = { pipeline: 80, customers: 20, orders: 40, surveys: 30, activities: 40 };

let warehouse: LocalWarehouse;
let rows: RowTables;
let tables: Tables;

beforeAll(async () => {
  warehouse = await LocalWarehouse.create();
  const small = batchTables(SMALL_SEEDS);
  const big = batchTables(BIG_SEEDS, BIG);
  const merged: Record<string, ResultTable> = {};
  for (const [name, t] of Object.entries(small))
    merged[name] = { columns: t.columns, rows: [...t.rows, ...big[name as LogicalTable].rows] };
  rows = merged;
  await warehouse.connection.run('CREATE SCHEMA cov');
  await warehouse.load(rows, ['seed'], 'cov');
  tables = Object.fromEntries(
    COVERED_TABLES.map((t) => [t, { table: `cov.${t.toLowerCase()}` }]),
  ) as Tables;
});

afterAll(() => warehouse.close());

/** The sheet path's computation (src/addon/metrics/readiness.ts) over one seed's rows. */
function reference(table: LogicalTable, cells: readonly Cell[][], columns: string[]) {
  const asOf = dayOfIso(AS_OF);
  const dayOf = (key: string, row: readonly Cell[]) => {
    const cell = row[columns.indexOf(key)];
    return columnType(table, key) === 'timestamp' ? timestampCell(cell, TIME_ZONE) : dateCell(cell);
  };
  const spec = COVERAGE[table]!;
  const dates: Record<string, DateCoverage> = {};
  for (const key of spec.dates) {
    const days = cells.map((r) => dayOf(key, r)).filter((d) => d <= asOf);
    days.sort((a, b) => a - b);
    const n = days.length;
    let from = n - 1;
    while (from > 0 && days[from - 1] >= days[n - 1] - 365) from--;
    dates[key] = {
      first: n ? days[0] : null,
      last: n ? days[n - 1] : null,
      gap: usualGap(n ? days.slice(from) : []),
    };
  }
  const lags: Record<string, ReturnType<typeof conversionWindow>> = {};
  for (const [a, b] of spec.lags) {
    const list: number[] = [];
    for (const r of cells) {
      const lag = dayOf(b, r) - dayOf(a, r);
      if (dayOf(a, r) <= asOf && lag === lag) list.push(lag);
    }
    lags[lagItem(a, b)] = conversionWindow(list);
  }
  return { dates, lags };
}

/** The rows of one part of a partitioned result, without the part column. */
function partOf(result: ResultTable, part: number): ResultTable {
  return {
    columns: result.columns.slice(1),
    rows: result.rows.filter((r) => r[0] === part).map((r) => r.slice(1)),
  };
}

test.each(COVERED_TABLES)(
  '%s: DuckDB coverage = the sheet path on the same rows',
  async (table) => {
    const options = { asOf: AS_OF, timeZone: TIME_ZONE, partitionBy: 'seed' };
    const result = await warehouse.run(emitCoverage(table, 'duckdb', tables, options));
    expect(result.columns).toEqual(['part', 'item', 'day', 'n', 'longest']);
    const source = rows[table]!;
    const bySeed = new Map<number, Cell[][]>();
    for (const r of source.rows) {
      const list = bySeed.get(r[0] as number) ?? [];
      list.push(r);
      bySeed.set(r[0] as number, list);
    }
    const differences: string[] = [];
    let measured = 0;
    for (const seed of [...SMALL_SEEDS, ...BIG_SEEDS]) {
      const expected = reference(table, bySeed.get(seed) ?? [], source.columns);
      const got = readCoverage(COVERAGE[table]!, partOf(result, seed));
      measured += Object.values(got.lags).filter((w) => w.basis === 'measured').length;
      if (JSON.stringify(got) !== JSON.stringify(expected))
        differences.push(`seed ${seed}: ${JSON.stringify(got)} != ${JSON.stringify(expected)}`);
    }
    expect(differences.slice(0, 3)).toEqual([]);
    if (COVERAGE[table]!.lags.length) expect(measured).toBeGreaterThan(20);
  },
);

test('the usual gap counts the dated days of the 365 days up to the last, the first day apart', async () => {
  const last = dayOfIso('2026-04-10');
  // Monthly days for ten years up to 366 days before the last, weekly ones since: the old
  // monthly gaps would make the usual gap 30 if they were counted.
  const days = [dayOfIso('2016-01-01')];
  for (let d = last - 366; d > dayOfIso('2016-01-01'); d -= 30) days.push(d);
  for (let d = last - 365; d < last; d += 7) days.push(d);
  days.push(last);
  const columns = Object.keys(WAREHOUSE_COLUMNS.Customers);
  const at = columns.indexOf('acquiredDate');
  const asRows = (list: number[]) =>
    list.map((d) => columns.map((_, i) => (i === at ? isoOfDay(d) : null)));
  await warehouse.load({ Customers: { columns, rows: asRows([...days, last + 30]) } });
  const options = { asOf: '2026-04-15', timeZone: TIME_ZONE };
  const result = await warehouse.run(emitCoverage('Customers', 'duckdb', LOCAL_TABLES, options));
  expect(result.rows.length).toBeLessThanOrEqual(367);
  const got = readCoverage(COVERAGE.Customers!, result).dates.acquiredDate;
  const sorted = [...days].sort((a, b) => a - b);
  expect(got).toEqual({
    first: dayOfIso('2016-01-01'),
    last, // the day after as_of is left out
    gap: usualGap(sorted.filter((d) => d >= last - 365)),
  });
  expect(got.gap).toBe(7);
});

test('every GoogleSQL coverage query parses (BigQuery dialect) and passes the lint', () => {
  const parser = new Parser();
  const bq: Tables = {
    Pipeline: { table: 'proj.crm.deals', columns: { leadDate: 'created_on' } },
    Orders: { table: 'proj.crm.orders', columns: { date: 'ordered_at' } },
    Customers: { table: 'proj.crm.customers' },
    Surveys: { table: 'proj.crm.surveys' },
    Activities: { table: 'proj.crm.activities' },
  };
  for (const table of COVERED_TABLES) {
    const options = { asOf: AS_OF, timeZone: TIME_ZONE };
    const q = emitCoverage(table, 'googlesql', bq, options);
    expect(() => parser.astify(q.sql, { database: 'bigquery' })).not.toThrow();
    expect(lintSql(q.sql, 'googlesql')).toEqual([]);
    expect(q.sql).not.toMatch(/CURRENT_|APPROX_/i);
    expect(lintSql(emitCoverage(table, 'duckdb', LOCAL_TABLES, options).sql, 'duckdb')).toEqual([]);
    expect(coverageTable(q.kpi)).toBe(table);
    expect(q.kpi).toBe(coverageId(table));
    const timestamp = COVERAGE[table]!.dates.some((k) => columnType(table, k) === 'timestamp');
    expect(q.sql.includes('@time_zone')).toBe(timestamp);
    expect(q.parameters.map((p) => p.name)).toEqual(timestamp ? ['as_of', 'time_zone'] : ['as_of']);
  }
  expect(
    emitCoverage('Pipeline', 'googlesql', bq, { asOf: AS_OF, timeZone: TIME_ZONE }).sql,
  ).toContain('`created_on`');
});

test("the window from the lags' count and longest is conversionWindow's, at its sample and bounds", () => {
  for (const count of [0, 1, 9, 10, 11, 500])
    for (const longest of [0, 1, 45, 92, 93, 400]) {
      // `count` lags whose largest is `longest` (the others smaller, some equal).
      const lags = Array.from({ length: count }, (_, i) =>
        i % 3 === 0 ? longest : i % longest || 0,
      );
      expect([count, longest, windowOfLongest(count, count ? longest : null)]).toEqual([
        count,
        longest,
        conversionWindow(lags),
      ]);
    }
});
