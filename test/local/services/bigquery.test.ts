// The fake BigQuery advanced service: the REST API's shapes (string values, paging, jobComplete),
// its refusals (bytes billed, location, parameters, custom functions) and the twin resolver that
// accepts only the GoogleSQL it knows. A hand-written resolver stands in for the emitter here.
import { createRuntime } from '../../../local/runtime/loader';
import { Clock } from '../../../local/runtime/context';
import { FakeBigQuery, type TwinResolver } from '../../../local/services/bigquery-jobs';
import { BIGQUERY_SCOPES, registerBigQuery } from '../../../local/services/bigquery';
import { DuckTwin } from '../../../local/services/bigquery-twin';
import { estimateBytes, wireValue } from '../../../local/services/bigquery-sizes';
import { tinySpreadsheetApp } from '../tiny-spreadsheet';
import { emitterTwinResolver } from '../../../local/harness/warehouse-twin';
import type { EmitOptions, EmittedQuery, Tables } from '../../../src/warehouse/api';
import { loadWorkbookTwin } from '../../../local/harness/workbook-twin';
import { LocalWorkbook } from '../../../local/workbook';
import { headers } from '../../../src/addon/schema';

const GOOGLE_SQL =
  'SELECT order_date AS day, SUM(amount) AS revenue, COUNT(*) AS n, LOGICAL_AND(paid) AS all_paid\n' +
  'FROM `acme.sales.orders` WHERE order_date <= @as_of GROUP BY day ORDER BY day';
const DUCK_SQL =
  'SELECT order_date AS day, SUM(amount) AS revenue, COUNT(*) AS n, bool_and(paid) AS all_paid ' +
  'FROM "sales"."orders" WHERE order_date <= $as_of GROUP BY day ORDER BY day';

const resolve: TwinResolver = ({ query, parameters, labels }) => {
  if (query !== GOOGLE_SQL || labels.kpi !== 'revenue')
    throw new Error('DuckDB twin: not the GoogleSQL the emitter writes for this KPI');
  return { sql: DUCK_SQL, parameters };
};

// Client code as the add-on would run it (the script's own realm, the BigQuery global).
const SCRIPT = `
function request(extra) {
  return Object.assign({
    query: ${JSON.stringify(GOOGLE_SQL)}, useLegacySql: false, parameterMode: 'NAMED',
    queryParameters: [{ name: 'as_of', parameterType: { type: 'DATE' }, parameterValue: { value: '2024-03-31' } }],
    labels: { app: 'sales-kpi', kpi: 'revenue' }, location: 'europe-west1',
  }, extra || {});
}
function raw(request) { return BigQuery.Jobs.query(request, 'acme'); }
function query(extra) { return BigQuery.Jobs.query(request(extra), 'acme'); }
function results(jobId, args) { return BigQuery.Jobs.getQueryResults('acme', jobId, args); }
/** @customfunction */
function INSIDE_CELL() { return BigQuery.Jobs.query(request({ dryRun: true }), 'acme').totalBytesProcessed; }
`;

let twin: DuckTwin;
beforeAll(() => {
  twin = new DuckTwin();
  twin.exec(`CREATE SCHEMA sales;
    CREATE TABLE sales.orders (order_id VARCHAR, amount DOUBLE, order_date DATE, qty BIGINT, paid BOOLEAN, note VARCHAR);
    INSERT INTO sales.orders VALUES
      ('A1', 10.5, DATE '2024-03-01', 1, true, 'first'),
      ('A2', 4.5, DATE '2024-03-01', 2, false, NULL),
      ('A3', NULL, DATE '2024-03-02', 3, true, 'été'),
      ('A4', 7, DATE '2024-03-05', 4, true, NULL),
      ('A5', 1, DATE '2024-04-01', 5, NULL, NULL);
    CREATE TABLE sales.customers (customer_id VARCHAR, segment VARCHAR);
    INSERT INTO sales.customers VALUES ('C1', 'SMB');`);
});
afterAll(() => twin.close());

function setup(
  options: {
    latencyMs?: number;
    manifestEnables?: boolean;
    pageRows?: number;
    resolver?: TwinResolver;
  } = {},
) {
  const clock = new Clock(new Date('2024-04-02T08:00:00Z'));
  const rt = createRuntime({
    bundleSource: SCRIPT,
    spreadsheetApp: tinySpreadsheetApp(),
    clock,
    oauthScopes: [BIGQUERY_SCOPES[0]],
    advancedServices: options.manifestEnables === false ? [] : ['BigQuery'],
  });
  const fake = new FakeBigQuery({
    twin,
    resolve: options.resolver ?? resolve,
    projectId: 'acme',
    location: 'europe-west1',
    latency: { baseMs: options.latencyMs ?? 0, msPerGiB: 0 },
    maxPageRows: options.pageRows,
  });
  registerBigQuery(rt.state, fake);
  return { rt, clock };
}

type Response = GoogleAppsScript.BigQuery.Schema.GetQueryResultsResponse;

test('a dry run reports the bytes of the referenced columns, by BigQuery sizes', () => {
  const { rt } = setup();
  const response = rt.run('query', [{ dryRun: true }]) as Response;
  // order_date: 5 dates × 8; amount: 4 non-null × 8; paid: 4 non-null × 1 (qty, note, order_id unread).
  expect(response.totalBytesProcessed).toBe(String(5 * 8 + 4 * 8 + 4 * 1));
  expect(response.jobReference?.jobId).toBeUndefined();
});

test('only tables the SQL references count, not an alias that shares a table name', () => {
  const sql = `SELECT COUNT(order_id) AS customers FROM "sales"."orders" WHERE note <> 'sales.customers'`;
  // order_id: 5 × (2 + 2); note: 'first' (2 + 5) and 'été' (2 + 5 UTF-8 bytes).
  expect(estimateBytes(twin, sql)).toEqual([{ table: 'sales.orders', bytes: 5 * 4 + 7 + 7 }]);
});

test('wire values are strings: timestamps in epoch seconds, booleans as words', () => {
  expect(wireValue('2024-03-01 09:00:00.5+00', 'TIMESTAMP')).toBe(
    String(Date.UTC(2024, 2, 1, 9) / 1000 + 0.5),
  );
  expect(wireValue('2024-03-01 10:00:00', 'TIMESTAMP')).toBe(
    String(Date.UTC(2024, 2, 1, 10) / 1000),
  );
  expect(wireValue(true, 'BOOL')).toBe('true');
  expect(wireValue(null, 'INT64')).toBeNull();
});

test('a slow job is not complete within timeoutMs; results then come in pages of strings', () => {
  const { rt, clock } = setup({ latencyMs: 25_000 });
  const start = clock.nowMs();
  const first = rt.run('query', [{ timeoutMs: 10_000 }]) as Response;
  expect(first.jobComplete).toBe(false);
  expect(first.rows).toBeUndefined();
  expect(clock.nowMs() - start).toBe(10_000);
  const jobId = first.jobReference!.jobId!;
  const args = { location: 'europe-west1', maxResults: 2 };
  expect((rt.run('results', [jobId, args]) as Response).jobComplete).toBe(false);
  const page1 = rt.run('results', [jobId, args]) as Response;
  expect(page1.jobComplete).toBe(true);
  expect(page1.totalRows).toBe('3');
  expect(page1.schema?.fields?.map((f) => [f.name, f.type])).toEqual([
    ['day', 'DATE'],
    ['revenue', 'FLOAT64'],
    ['n', 'INT64'],
    ['all_paid', 'BOOL'],
  ]);
  expect(page1.rows?.map((r) => r.f?.map((c) => c.v))).toEqual([
    ['2024-03-01', '15', '2', 'false'],
    ['2024-03-02', null, '1', 'true'],
  ]);
  const page2 = rt.run('results', [jobId, { ...args, pageToken: page1.pageToken }]) as Response;
  expect(page2.rows?.map((r) => r.f?.map((c) => c.v))).toEqual([['2024-03-05', '7', '1', 'true']]);
  expect(page2.pageToken).toBeUndefined();
  expect(rt.counter.get('BigQuery.Jobs.query')).toBe(1);
  expect(rt.counter.get('BigQuery.Jobs.getQueryResults')).toBe(3);
});

test('maximumBytesBilled below the 10 MB minimum is refused with BigQuery words', () => {
  const { rt } = setup();
  expect(() => rt.run('query', [{ maximumBytesBilled: '1000' }])).toThrow(
    'API call to bigquery.jobs.query failed with error: Query exceeded limit for bytes billed: 1000. 10485760 or higher required.',
  );
  expect(
    (rt.run('query', [{ maximumBytesBilled: String(10 * 1024 * 1024) }]) as Response).jobComplete,
  ).toBe(true);
});

test('location, project, parameters and legacy SQL are checked as BigQuery checks them', () => {
  const { rt } = setup();
  expect(() => rt.run('query', [{ location: 'US' }])).toThrow(
    'Not found: Dataset acme:sales was not found in location US',
  );
  expect(() => rt.run('query', [{ queryParameters: [] }])).toThrow(
    "Query parameter 'as_of' not found at [2:46]",
  );
  expect(() => rt.run('query', [{ useLegacySql: true }])).toThrow('legacy SQL');
  expect(() => rt.run('query', [{ labels: { Kpi: 'x' } }])).toThrow('Invalid label key "Kpi"');
  const done = rt.run('query') as Response;
  // A job outside the US and EU multi-regions is found only with its location.
  expect(() => rt.run('results', [done.jobReference!.jobId, {}])).toThrow('Not found: Job');
});

test('the twin resolver refuses GoogleSQL it does not emit', () => {
  const { rt } = setup();
  expect(() => rt.run('query', [{ query: GOOGLE_SQL.replace('<=', '<') }])).toThrow(
    'not the GoogleSQL the emitter writes',
  );
});

test('refused inside a custom function, and absent unless the manifest enables it', () => {
  const { rt } = setup();
  expect(() => rt.customFunctions().INSIDE_CELL()).toThrow(
    'You do not have permission to call BigQuery.Jobs.query',
  );
  const off = setup({ manifestEnables: false });
  expect(() => off.rt.run('query')).toThrow('BigQuery is not defined');
});

// A stand-in for the warehouse core's emitter: one KPI, both dialects, quoting as an emitter would.
function emit(
  kpi: string,
  dialect: 'googlesql' | 'duckdb',
  tables: Tables,
  o: EmitOptions,
): EmittedQuery {
  if (kpi !== 'orders') throw new Error(`unknown KPI ${kpi}`);
  const table = tables.Orders!.table;
  const sql =
    dialect === 'googlesql'
      ? `SELECT COUNT(*) AS n FROM \`${table}\` WHERE order_date <= @as_of`
      : `SELECT COUNT(*) AS n FROM "${table.split('.').join('"."')}" WHERE order_date <= $as_of`;
  return {
    kpi,
    dialect,
    sql,
    parameters: [{ name: 'as_of', type: 'DATE', value: o.asOf }],
    reads: ['Orders'],
  };
}

test("the harness resolver takes the emitter's DuckDB twin only for the exact GoogleSQL it emits", () => {
  const resolver = emitterTwinResolver({
    emit,
    googleTables: { Orders: { table: 'acme.sales.orders' } },
    duckTables: { Orders: { table: 'sales.orders' } },
    options: { asOf: '2024-03-02', timeZone: 'Europe/Paris' },
  });
  const { rt } = setup({ resolver });
  const request = {
    query: 'SELECT COUNT(*) AS n FROM `acme.sales.orders` WHERE order_date <= @as_of',
    useLegacySql: false,
    parameterMode: 'NAMED',
    queryParameters: [
      { name: 'as_of', parameterType: { type: 'DATE' }, parameterValue: { value: '2024-03-02' } },
    ],
    labels: { app: 'sales-kpi', kpi: 'orders' },
  };
  const done = rt.run('raw', [request]) as Response;
  // Orders A1, A2 (1 March) and A3 (2 March).
  expect(done.rows?.map((r) => r.f?.map((c) => c.v))).toEqual([['3']]);
  expect(() => rt.run('raw', [{ ...request, labels: { app: 'sales-kpi' } }])).toThrow(
    'the job has no "kpi" label',
  );
  expect(() =>
    rt.run('raw', [{ ...request, query: request.query.replace('n FROM', 'n  FROM') }]),
  ).toThrow("is not the emitter's, at character 22");
  const otherDay = [{ ...request.queryParameters[0], parameterValue: { value: '2024-03-05' } }];
  expect(() => rt.run('raw', [{ ...request, queryParameters: otherDay }])).toThrow(
    "the parameters received for KPI orders (as_of:DATE:2024-03-05) are not the emitter's (as_of:DATE:2024-03-02)",
  );
});

test('the workbook’s sheets become the twin’s typed tables, blanks and misfits as NULL', () => {
  const march1 = new Date('2024-03-01T00:00:00+09:00');
  const workbook = new LocalWorkbook({
    timeZone: 'Asia/Tokyo',
    sheets: [
      {
        name: 'Orders',
        rows: [
          headers('orders', 'en'),
          ['O1', 'C1', march1, 12.5, '', "Ann O'Neil", 'North'],
          ['O2', '', 'soon', 'n/a', 3, 'Bob', ''],
        ],
      },
      {
        name: 'Activités',
        rows: [
          headers('activities', 'fr'),
          [new Date('2024-03-01T09:30:00+09:00'), 'Ann', 'North'],
        ],
      },
    ],
  });
  const local = new DuckTwin();
  try {
    const loaded = loadWorkbookTwin(local, workbook, {
      Orders: { orderId: 'text', customerId: 'text', date: 'date', amount: 'number', rep: 'text' },
      Activities: { date: 'timestamp', rep: 'text', dealId: 'text' },
      Spend: { amount: 'number' },
    });
    expect(loaded).toEqual({ Orders: 2, Activities: 1, Spend: 0 });
    expect(local.query('SELECT * FROM main.orders ORDER BY "orderId"').rows).toEqual([
      ['O1', 'C1', '2024-03-01', 12.5, "Ann O'Neil"],
      ['O2', null, null, null, 'Bob'],
    ]);
    const at = local.query('SELECT epoch_ms("date") AS ms, rep, "dealId" FROM main.activities');
    expect(at.rows).toEqual([[String(Date.UTC(2024, 2, 1, 0, 30)), 'Ann', null]]);
  } finally {
    local.close();
  }
});
