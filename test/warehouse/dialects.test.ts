// The dialect traps, one test each, on the emitted SQL (GoogleSQL text, DuckDB run) and the
// JavaScript evaluator; and every GoogleSQL query parses with node-sql-parser's BigQuery dialect
// and passes the lint of banned forms.
import { Parser } from 'node-sql-parser';
import { LOCAL_TABLES, LocalWarehouse } from '../../local/warehouse/duckdb';
import type {
  Cell,
  EmitOptions,
  ResultTable,
  Tables,
  WarehousePeriod,
} from '../../src/warehouse/api';
import { WAREHOUSE_COLUMNS } from '../../src/warehouse/columns';
import { definitionOf } from '../../src/warehouse/definitions';
import { emitQuery, WAREHOUSE_KPIS } from '../../src/warehouse/emit';
import { evaluateKpi, type RowTables } from '../../src/warehouse/evaluate';
import { lintSql } from '../../src/warehouse/lint';

const BQ_TABLES: Tables = {
  Pipeline: { table: 'proj.crm.deals', columns: { wonDate: 'won_at', leadDate: 'created_on' } },
  Orders: { table: 'proj.crm.orders', columns: { date: 'ordered_at', amount: 'total' } },
  Customers: { table: 'proj.crm.customers' },
  Surveys: { table: 'proj.crm.surveys', columns: { score: 'rating' } },
  Activities: { table: 'proj.crm.activities' },
};

const parser = new Parser();
const parses = (sql: string) => parser.astify(sql, { database: 'bigquery' });

let warehouse: LocalWarehouse;
beforeAll(async () => {
  warehouse = await LocalWarehouse.create();
});
afterAll(() => warehouse.close());

/** A table of the given rows (objects by header key; missing keys blank). */
function rowsOf(table: keyof typeof WAREHOUSE_COLUMNS, rows: Record<string, Cell>[]): ResultTable {
  const columns = Object.keys(WAREHOUSE_COLUMNS[table]);
  return { columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) };
}

/** A KPI run both ways on the same rows: DuckDB's result and the evaluator's, sorted alike. */
async function both(kpi: string, rows: RowTables, options: EmitOptions) {
  await warehouse.load(rows);
  const sql = await warehouse.run(emitQuery(kpi, 'duckdb', LOCAL_TABLES, options));
  const js = evaluateKpi(definitionOf(kpi), rows, options);
  const sorted = (t: ResultTable) => t.rows.map((r) => JSON.stringify(r)).sort();
  expect(sorted(sql)).toEqual(sorted(js));
  return sql;
}

function company(t: ResultTable, ...columns: string[]): Cell[][] {
  const at = (c: string) => t.columns.indexOf(c);
  return t.rows
    .filter((r) => r[at('scope_type')] === 'company')
    .map((r) => columns.map((c) => r[at(c)]))
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
}

const PARIS = { asOf: '2026-04-15', timeZone: 'Europe/Paris' };

test('every GoogleSQL query parses (BigQuery dialect) and passes the lint, DuckDB ones the lint', () => {
  const periods: WarehousePeriod[] = ['day', 'week', 'month'];
  let checked = 0;
  for (const kpi of WAREHOUSE_KPIS)
    for (const period of periods)
      for (const from of [undefined, '2025-01-01']) {
        const options = { ...PARIS, period, from };
        const bq = emitQuery(kpi, 'googlesql', BQ_TABLES, options);
        expect(() => parses(bq.sql)).not.toThrow();
        expect(lintSql(bq.sql, 'googlesql')).toEqual([]);
        expect(bq.sql).not.toMatch(/CURRENT_|APPROX_/i);
        const duck = emitQuery(kpi, 'duckdb', LOCAL_TABLES, options);
        expect(lintSql(duck.sql, 'duckdb')).toEqual([]);
        checked++;
      }
  expect(checked).toBe(WAREHOUSE_KPIS.length * 6);
  // The parser is a real check: a broken query does not pass.
  expect(() => parses('SELECT period, FROM base GROUP BY')).toThrow();
});

test('the lint finds each banned form', () => {
  const banned: [string, RegExp][] = [
    ['SELECT COUNT(*) FROM t WHERE d <= CURRENT_DATE()', /as_of/],
    ['SELECT DATE_TRUNC(d, WEEK) AS w FROM t', /ISOWEEK/],
    ['SELECT DATE_DIFF(a, b, ISOWEEK) FROM t', /days/],
    ['SELECT APPROX_QUANTILES(x, 2) FROM t', /approximate/],
    ['SELECT PERCENTILE_CONT(x, 0.5) FROM t', /window/],
    ['SELECT SUM(a) / COUNT(*) FROM t', /NULLIF/],
    ['SELECT a / 0 FROM t', /NULLIF/],
  ];
  for (const [sql, message] of banned) expect(lintSql(sql, 'googlesql').join()).toMatch(message);
  // A division by a non-zero number literal cannot fail.
  expect(lintSql('SELECT epoch(d) / 900 FROM t', 'duckdb')).toEqual([]);
  // Text inside string literals is not code.
  expect(lintSql("SELECT 'CURRENT_DATE / WEEK' AS label FROM t", 'googlesql')).toEqual([]);
});

test('ISO weeks: a Sunday belongs to the week of the Monday before (BigQuery WEEK would not)', async () => {
  const orders = rowsOf('Orders', [
    { date: '2025-12-28T11:00:00Z', amount: 10 }, // Sunday
    { date: '2025-12-29T11:00:00Z', amount: 20 }, // Monday: ISO week 1 of 2026
    { date: '2026-01-04T11:00:00Z', amount: 40 }, // Sunday closing that week
  ]);
  const options = { ...PARIS, period: 'week' as const };
  const result = await both('aov', { Orders: orders }, options);
  expect(company(result, 'period', 'revenue')).toEqual([
    ['2025-12-22', 10],
    ['2025-12-29', 60],
  ]);
  const sql = emitQuery('aov', 'googlesql', BQ_TABLES, options).sql;
  expect(sql).toContain('DATE_TRUNC(row_day, ISOWEEK)');
  expect(sql).not.toMatch(/(?<!ISO)WEEK/);
});

test('day differences: calendar days across a daylight-saving change, weeks apart as days / 7', async () => {
  const pipeline = rowsOf('Pipeline', [
    { leadDate: '2026-03-28', wonDate: '2026-03-30' }, // over the 23-hour day: 2 days
    { leadDate: '2026-01-04', wonDate: '2026-01-05' }, // Sunday → Monday: 1 day, not a week
    { leadDate: '2025-10-25', wonDate: '2025-10-27' }, // over the 25-hour day: 2 days
  ]);
  const result = await both('cycle_days', { Pipeline: pipeline }, { ...PARIS, period: 'month' });
  expect(company(result, 'period', 'median_days')).toEqual([
    ['2025-10-01', 2],
    ['2026-01-01', 1],
    ['2026-03-01', 2],
  ]);
  const bq = emitQuery('cycle_days', 'googlesql', BQ_TABLES, PARIS).sql;
  expect(bq).toContain('DATE_DIFF(c_wonDate, c_leadDate, DAY)');
  const cohorts = emitQuery('cohort_retention', 'googlesql', BQ_TABLES, {
    ...PARIS,
    period: 'week',
  }).sql;
  expect(cohorts).toMatch(/DIV\(DATE_DIFF\([^;]*, DAY\), 7\)/);
});

test("calendar days of instants are the spreadsheet's, in its time zone", async () => {
  // 22:30 UTC on the day summer time starts is already the next day in Paris.
  const orders = rowsOf('Orders', [
    { date: '2026-03-29T22:30:00Z', amount: 5 },
    { date: Date.parse('2026-03-29T00:30:00Z'), amount: 7 }, // 01:30 in Paris, 20:30 the day before in New York
  ]);
  const days = async (timeZone: string) =>
    company(
      await both('aov', { Orders: orders }, { asOf: '2026-04-15', timeZone, period: 'day' }),
      'period',
      'revenue',
    );
  expect(await days('Europe/Paris')).toEqual([
    ['2026-03-29', 7],
    ['2026-03-30', 5],
  ]);
  expect(await days('UTC')).toEqual([['2026-03-29', 12]]);
  expect(await days('America/New_York')).toEqual([
    ['2026-03-28', 7],
    ['2026-03-29', 5],
  ]);
  const bq = emitQuery('aov', 'googlesql', BQ_TABLES, PARIS);
  expect(bq.sql).toContain('DATE(t.`ordered_at`, @time_zone)');
  expect(bq.parameters).toContainEqual({
    name: 'time_zone',
    type: 'STRING',
    value: 'Europe/Paris',
  });
});

test('zones off the hour: the local day changes at a quarter past the UTC hour in Kathmandu', async () => {
  // UTC+05:45: local midnight is 18:15 UTC; DuckDB's quarter-hour lookup and the evaluator's
  // hour cache must both split the hour there.
  const orders = rowsOf('Orders', [
    { date: '2026-02-09T18:14:59Z', amount: 1 },
    { date: '2026-02-09T18:15:00Z', amount: 2 },
    { date: '2026-02-09T18:59:59Z', amount: 4 },
  ]);
  const result = await both(
    'aov',
    { Orders: orders },
    { asOf: '2026-04-15', timeZone: 'Asia/Kathmandu', period: 'day' },
  );
  expect(company(result, 'period', 'revenue')).toEqual([
    ['2026-02-09', 1],
    ['2026-02-10', 6],
  ]);
});

test('medians: the middle pair averaged; BigQuery computes PERCENTILE_CONT over the group', async () => {
  const pipeline = rowsOf('Pipeline', [
    { leadDate: '2026-02-01', wonDate: '2026-02-02', team: 'North' },
    { leadDate: '2026-01-31', wonDate: '2026-02-02', team: 'North' },
    { leadDate: '2026-01-23', wonDate: '2026-02-02', team: 'South' },
    { leadDate: '2026-01-13', wonDate: '2026-02-02', team: 'South' },
    { leadDate: '2026-02-05', wonDate: '2026-02-02', team: 'South' }, // won before lead: left out
  ]);
  const result = await both('cycle_days', { Pipeline: pipeline }, PARIS);
  // Days 1, 2, 10, 20: median (2 + 10) / 2.
  expect(company(result, 'period', 'median_days', 'won_deals', 'measured')).toEqual([
    ['2026-02-01', 6, 5, 4],
  ]);
  const bq = emitQuery('cycle_days', 'googlesql', BQ_TABLES, PARIS).sql;
  expect(bq).toMatch(/PERCENTILE_CONT\(.*, 0\.5\) OVER \(PARTITION BY period, c_team\)/);
  expect(bq).toContain('MAX(median_median_days)');
  expect(emitQuery('cycle_days', 'duckdb', LOCAL_TABLES, PARIS).sql).toContain('median(');
});

test("a stock (retention): customers at each period's boundaries, on a calendar up to as_of", async () => {
  const customers = rowsOf('Customers', [
    { acquiredDate: '2026-01-10', team: 'North' },
    { acquiredDate: '2026-01-20', churnedDate: '2026-03-01', team: 'North' }, // lost in March
    { acquiredDate: '2026-02-05', churnedDate: '2026-04-20', team: 'South' }, // after as_of
    { acquiredDate: '2026-04-16', team: 'South' }, // acquired after as_of: not yet
    { acquiredDate: '2026-03-10', churnedDate: '2026-03-20' }, // in and out within March
    { churnedDate: '2026-02-01' }, // never acquired
  ]);
  const result = await both('retention', { Customers: customers }, PARIS);
  // (at_end − joined) / at_start; a period with nobody at its start has no rate.
  expect(company(result, 'period', 'at_start', 'at_end', 'joined', 'value')).toEqual([
    ['2026-01-01', 0, 2, 2, null],
    ['2026-02-01', 2, 3, 1, 1],
    ['2026-03-01', 3, 2, 0, 2 / 3],
    ['2026-04-01', 2, 2, 0, 1],
  ]);
  // ISO weeks: acquired on Sunday 4 January (the week of Monday 29 December), lost the Monday
  // after; the calendar steps 7 days (BigQuery's WEEK would start on Sunday).
  const weekly = { ...PARIS, asOf: '2026-01-07', period: 'week' as const };
  const week = await both(
    'retention',
    { Customers: rowsOf('Customers', [{ acquiredDate: '2026-01-04', churnedDate: '2026-01-05' }]) },
    weekly,
  );
  expect(company(week, 'period', 'at_start', 'at_end', 'joined', 'value')).toEqual([
    ['2025-12-29', 0, 1, 1, null],
    ['2026-01-05', 1, 0, 0, 0],
  ]);
  const bq = emitQuery('retention', 'googlesql', BQ_TABLES, weekly).sql;
  expect(bq).toContain(
    'GENERATE_DATE_ARRAY((SELECT MIN(first_period) FROM spans), DATE_TRUNC(@as_of, ISOWEEK), INTERVAL 7 DAY)',
  );
  expect(bq).toContain('DATE_TRUNC(c_acquiredDate, ISOWEEK) AS first_period');
});

test('division by zero: a period without valid answers has a null NPS, not an error', async () => {
  const surveys = rowsOf('Surveys', [
    { date: '2026-02-10T10:00:00Z', kind: 'NPS', score: 11 }, // not an NPS score
    { date: '2026-02-11T10:00:00Z', kind: 'nps', score: null },
    { date: '2026-03-10T10:00:00Z', kind: 'NPS', score: 10 },
    { date: '2026-03-11T10:00:00Z', kind: 'NPS', score: 3 },
    { date: '2026-03-12T10:00:00Z', kind: 'NPS', score: 9 },
  ]);
  const result = await both('nps', { Surveys: surveys }, PARIS);
  const rows = company(result, 'period', 'responses', 'value');
  expect(rows[0]).toEqual(['2026-02-01', 0, null]);
  expect(rows[1][0]).toBe('2026-03-01');
  expect(rows[1][1]).toBe(3);
  expect(rows[1][2]).toBeCloseTo((100 * (2 - 1)) / 3, 12);
  expect(emitQuery('nps', 'googlesql', BQ_TABLES, PARIS).sql).toContain('/ NULLIF(');
});

test('a blank outcome is a meeting held: the one negation is NOT COALESCE(…, FALSE), not NOT (NULL)', async () => {
  const at = '2026-03-10T10:00:00Z';
  const activities = rowsOf('Activities', [
    { date: at, type: 'Meeting', outcome: null },
    { date: at, type: 'Rendez-vous', outcome: '  ' },
    { date: at, type: ' meeting', outcome: 'Held' },
    { date: at, type: 'Meeting', outcome: 'Rescheduled' },
    { date: at, type: 'Rendez-vous', outcome: 'Reporté' },
    { date: at, type: 'Meeting', outcome: 'no-show' },
    { date: at, type: 'Call', outcome: null },
  ]);
  const result = await both('meetings', { Activities: activities }, PARIS);
  expect(company(result, 'period', 'meetings')).toEqual([['2026-03-01', 3]]);
  expect(emitQuery('meetings', 'googlesql', BQ_TABLES, PARIS).sql).toContain('NOT COALESCE((');
});

test('no CURRENT_DATE: the day comes from as_of, so a later as_of takes in later rows', async () => {
  const pipeline = rowsOf('Pipeline', [
    { leadDate: '2026-04-10', opportunityDate: '2026-04-12' },
    { leadDate: '2026-04-16' },
  ]);
  const reached = async (asOf: string) =>
    company(
      await both('lead_to_opportunity', { Pipeline: pipeline }, { ...PARIS, asOf }),
      'period',
      'reached',
    );
  expect(await reached('2026-04-15')).toEqual([['2026-04-01', 1]]);
  // And `from` leaves out what came before it.
  const since = await both(
    'lead_to_opportunity',
    { Pipeline: pipeline },
    { ...PARIS, asOf: '2026-04-16', from: '2026-04-11' },
  );
  expect(company(since, 'period', 'reached')).toEqual([['2026-04-01', 1]]);
  expect(await reached('2026-04-16')).toEqual([['2026-04-01', 2]]);
  const bq = emitQuery('lead_to_opportunity', 'googlesql', BQ_TABLES, PARIS);
  expect(bq.sql).toContain('row_day <= @as_of');
  expect(bq.parameters).toEqual([{ name: 'as_of', type: 'DATE', value: '2026-04-15' }]);
});

test('no approximate aggregates: distinct counts are exact COUNT(DISTINCT …)', async () => {
  const activities = rowsOf('Activities', [
    { date: '2026-02-10T10:00:00Z', type: 'Call', dealId: 'D1' },
    { date: '2026-02-11T10:00:00Z', type: 'Call', dealId: ' D1 ' },
    { date: '2026-02-12T10:00:00Z', type: 'Email', dealId: 'D2' },
    { date: '2026-02-13T10:00:00Z', type: 'Email', dealId: '  ' },
  ]);
  const result = await both('interaction_score', { Activities: activities }, PARIS);
  expect(company(result, 'period', 'deals', 'activities')).toEqual([['2026-02-01', 2, 4]]);
  const bq = emitQuery('interaction_score', 'googlesql', BQ_TABLES, PARIS).sql;
  expect(bq).toContain('COUNT(DISTINCT ');
  expect(bq).not.toMatch(/APPROX/i);
});
