// The add-on's BigQuery adapter against the fake advanced service (local/services/bigquery*.ts):
// dry run then a capped real run, labels and location, polling until complete, paging, the
// 10,000-row limit, decoding by the schema, and errors that name the KPI and its tables.
import { Clock, CallCounter, type RuntimeContext } from '../../../local/runtime/context';
import {
  FakeBigQuery,
  type QueryRequest,
  type TwinRequest,
  type TwinResolver,
} from '../../../local/services/bigquery-jobs';
import { createBigQuery } from '../../../local/services/bigquery';
import { DuckTwin } from '../../../local/services/bigquery-twin';
import type { BigQueryJobs } from '../../../src/addon/adapters/bigquery';
import { estimateRefresh, ON_DEMAND_USD_PER_TIB } from '../../../src/addon/warehouse/estimate';
import { runQueries, runQuery, type WarehouseTarget } from '../../../src/addon/warehouse/run-query';
import type { EmittedQuery } from '../../../src/warehouse/api';

const MIB = 1024 * 1024;
const TARGET: WarehouseTarget = {
  project: 'acme-sales',
  location: 'EU',
  tables: {
    Orders: { table: 'acme-sales.crm.orders' },
    Customers: { table: 'acme-sales.crm.customers' },
  },
};

/** Hand-written stand-ins for the emitter's output: GoogleSQL -> its DuckDB twin. */
const QUERIES: Record<string, { google: EmittedQuery; duck: string }> = {
  revenue: {
    google: {
      kpi: 'revenue',
      dialect: 'googlesql',
      sql: 'SELECT order_date, SUM(amount) AS revenue, COUNT(*) AS orders, LOGICAL_AND(paid) AS paid FROM `acme-sales.crm.orders` WHERE order_date <= @as_of GROUP BY order_date ORDER BY order_date',
      parameters: [{ name: 'as_of', type: 'DATE', value: '2024-03-31' }],
      reads: ['Orders'],
    },
    duck: 'SELECT order_date, SUM(amount) AS revenue, COUNT(*) AS orders, bool_and(paid) AS paid FROM crm.orders WHERE order_date <= $as_of GROUP BY order_date ORDER BY order_date',
  },
  by_segment: {
    google: {
      kpi: 'by_segment',
      dialect: 'googlesql',
      sql: 'SELECT c.segment, COUNT(*) AS orders FROM `acme-sales.crm.orders` o JOIN `acme-sales.crm.customers` c USING (customer_id) GROUP BY c.segment ORDER BY c.segment',
      parameters: [],
      reads: ['Orders', 'Customers'],
    },
    duck: 'SELECT c.segment, COUNT(*) AS orders FROM crm.orders o JOIN crm.customers c USING (customer_id) GROUP BY c.segment ORDER BY c.segment',
  },
  every_day: {
    google: {
      kpi: 'every_day',
      dialect: 'googlesql',
      sql: 'SELECT day FROM UNNEST(GENERATE_DATE_ARRAY(@from, @as_of)) AS day',
      parameters: [
        { name: 'from', type: 'DATE', value: '1990-01-01' },
        { name: 'as_of', type: 'DATE', value: '2024-03-31' },
      ],
      reads: [],
    },
    duck: 'SELECT CAST(range AS DATE) AS day FROM range($from, $as_of + 1, INTERVAL 1 DAY)',
  },
};

const labelsSeen: Array<TwinRequest['labels']> = [];
const resolve: TwinResolver = (request) => {
  const known = Object.values(QUERIES).find((q) => q.google.sql === request.query);
  if (!known) throw new Error('DuckDB twin: unknown GoogleSQL');
  labelsSeen.push(request.labels);
  return { sql: known.duck, parameters: request.parameters };
};

let twin: DuckTwin;
beforeAll(() => {
  twin = new DuckTwin();
  twin.exec(`CREATE SCHEMA crm;
    CREATE TABLE crm.orders AS SELECT 'O' || range AS order_id, 'C' || (range % 3) AS customer_id,
      DATE '2024-03-01' + CAST(range % 4 AS INTEGER) AS order_date,
      CASE WHEN range = 5 THEN NULL ELSE range * 1.5 END::DOUBLE AS amount, range % 7 <> 0 AS paid
      FROM range(12);
    CREATE TABLE crm.customers AS SELECT 'C' || range AS customer_id,
      CASE WHEN range = 0 THEN 'SMB' ELSE 'Enterprise' END AS segment FROM range(3);`);
});
afterAll(() => twin.close());

function setup(latencyMs = 0) {
  const ctx: RuntimeContext = {
    clock: new Clock(new Date('2024-04-01T07:00:00Z')),
    counter: new CallCounter(),
    user: { email: 'ann@example.com', locale: 'en' },
    timeZone: 'Europe/Paris',
    authMode: 'FULL',
  };
  const fake = new FakeBigQuery({
    twin,
    resolve,
    projectId: 'acme-sales',
    location: 'EU',
    latency: { baseMs: latencyMs, msPerGiB: 0 },
    maxPageRows: 2,
  });
  const real = createBigQuery(ctx, fake).Jobs;
  const requests: QueryRequest[] = [];
  const jobs: BigQueryJobs = {
    query: (request, projectId) => {
      requests.push(request);
      return real.query(request, projectId);
    },
    getQueryResults: (projectId: string, jobId: string, args?: object) =>
      real.getQueryResults(projectId, jobId, args ?? {}),
  };
  const sleeps: number[] = [];
  const sleep = (ms: number) => {
    sleeps.push(ms);
    ctx.clock.advanceMs(ms);
  };
  const now = () => ctx.clock.nowMs();
  return { ctx, jobs, requests, sleeps, deps: { jobs, sleep, now, language: 'en' as const } };
}

test('dry run, capped labelled run, polling with backoff, paging and decoding', () => {
  const { ctx, requests, sleeps, deps } = setup(45_000);
  const result = runQuery(QUERIES.revenue.google, TARGET, deps);
  // order_date 12 × 8 + amount 11 non-null × 8 + paid 12 × 1 bytes.
  const estimate = 12 * 8 + 11 * 8 + 12;
  expect(requests.map((r) => [r.dryRun ?? false, r.maximumBytesBilled])).toEqual([
    [true, undefined],
    [false, String(10 * MIB)],
  ]);
  expect(2 * estimate).toBeLessThan(10 * MIB);
  expect(requests[1]).toMatchObject({
    location: 'EU',
    useLegacySql: false,
    parameterMode: 'NAMED',
  });
  expect(labelsSeen[labelsSeen.length - 1]).toEqual({ app: 'sales-kpi', kpi: 'revenue' });
  // 10 s in the query call, then pauses of 0.5, 1, 2, … s with 10 s polls until 45 s.
  expect(sleeps).toEqual([500, 1000, 2000, 4000]);
  expect(ctx.counter.get('BigQuery.Jobs.getQueryResults')).toBe(4 + 1); // 4 polls, 1 more page
  expect(result.columns).toEqual(['order_date', 'revenue', 'orders', 'paid']);
  // Days 1–4 March get orders 0,4,8 / 1,5,9 / 2,6,10 / 3,7,11 (order 5 has no amount; orders
  // 0 and 7 are unpaid).
  expect(result.rows).toEqual([
    ['2024-03-01', 18, 3, false],
    ['2024-03-02', 15, 3, true],
    ['2024-03-03', 27, 3, true],
    ['2024-03-04', 31.5, 3, false],
  ]);
});

test('a job still running after 4 minutes of waiting is given up, naming the KPI', () => {
  const { ctx, deps } = setup(3_600_000);
  const start = ctx.clock.nowMs();
  expect(() => runQuery(QUERIES.revenue.google, TARGET, deps)).toThrow(
    /^KPI revenue: BigQuery did not finish the query after 2\d\d s of waiting \(acme-sales\.crm\.orders\)\.$/,
  );
  // The query call's 10 s, then polls of 10 s after pauses of at most 8 s: past 240 s, not 6 min.
  expect(ctx.clock.nowMs() - start).toBeGreaterThan(240_000);
  expect(ctx.clock.nowMs() - start).toBeLessThan(280_000);
});

test('a query over two tables may bill the 10 MB minimum of each', () => {
  const { requests, deps } = setup();
  const result = runQuery(QUERIES.by_segment.google, TARGET, deps);
  expect(requests[1].maximumBytesBilled).toBe(String(20 * MIB));
  expect(result.rows).toEqual([
    ['Enterprise', 8],
    ['SMB', 4],
  ]);
});

test('more than 10,000 rows are refused, naming the KPI', () => {
  // 1 January 1990 to 31 March 2024: 12,509 days.
  const { deps } = setup();
  expect(() => runQuery(QUERIES.every_day.google, TARGET, deps)).toThrow(
    /^KPI every_day: the query returned 12509 rows, more than the 10000 a KPI may bring back/,
  );
});

test('a BigQuery refusal names the KPI and the tables it reads', () => {
  const { deps } = setup();
  const wrongPlace = { ...TARGET, location: 'US' };
  expect(() => runQuery(QUERIES.by_segment.google, wrongPlace, deps)).toThrow(
    'KPI by_segment (reads acme-sales.crm.orders, acme-sales.crm.customers): BigQuery refused the query: API call to bigquery.jobs.query failed with error: Not found: Dataset acme-sales:crm was not found in location US',
  );
});

test('the refresh estimate: dry runs only, bytes, the billed minimum and the on-demand cost', () => {
  const { ctx, deps } = setup();
  const estimate = estimateRefresh(
    [
      { kpi: 'revenue', query: QUERIES.revenue.google },
      { kpi: 'by_segment', period: 'week', query: QUERIES.by_segment.google },
      { kpi: 'nps', error: 'the Surveys table is not mapped' },
    ],
    TARGET,
    deps,
  );
  // by_segment: orders.customer_id 12 × (2 + 2) + customers.customer_id 3 × 4 + segment (3+10+10+2·3).
  const segmentBytes = 12 * 4 + 3 * 4 + (2 + 3) + 2 * (2 + 10);
  expect(estimate.kpis).toEqual([
    { kpi: 'revenue', bytes: 196, billedBytes: 10 * MIB },
    { kpi: 'by_segment', period: 'week', bytes: segmentBytes, billedBytes: 20 * MIB },
    {
      kpi: 'nps',
      bytes: 0,
      billedBytes: 0,
      error: 'the Surveys table is not mapped',
    },
  ]);
  expect(estimate.billedBytes).toBe(30 * MIB);
  expect(estimate.usd).toBeCloseTo((30 / (1024 * 1024)) * ON_DEMAND_USD_PER_TIB, 12);
  expect(ctx.counter.get('BigQuery.Jobs.getQueryResults')).toBe(0);
});

test('a batch starts every job before waiting: one job’s wait for all, each failure its own', () => {
  const { ctx, requests, sleeps, deps } = setup(3_000);
  const kept: Record<string, unknown> = {};
  const started = ctx.clock.nowMs();
  runQueries(
    [
      { query: () => QUERIES.revenue.google, keep: (r) => (kept.revenue = r) },
      {
        query: () => {
          throw new Error('the Surveys table is not mapped');
        },
        keep: (r) => (kept.unmapped = r),
      },
      { query: () => QUERIES.by_segment.google, period: 'week', keep: (r) => (kept.segment = r) },
    ],
    TARGET,
    deps,
  );
  // Two dry runs, then two jobs started without waiting (timeoutMs 0), the second labelled with
  // its grouping; the first result call waits the 3 s both jobs take, the second none.
  expect(requests.map((r) => [r.dryRun ?? false, r.timeoutMs])).toEqual([
    [true, undefined],
    [false, 0],
    [true, undefined],
    [false, 0],
  ]);
  expect(requests[3].labels).toEqual({ app: 'sales-kpi', kpi: 'by_segment', period: 'week' });
  expect(ctx.clock.nowMs() - started).toBe(3_000);
  expect(sleeps).toEqual([]);
  expect((kept.unmapped as Error).message).toBe('the Surveys table is not mapped');
  expect(kept.revenue).toEqual(runQuery(QUERIES.revenue.google, TARGET, setup().deps));
  expect((kept.segment as { rows: unknown[] }).rows).toEqual([
    ['Enterprise', 8],
    ['SMB', 4],
  ]);
});
