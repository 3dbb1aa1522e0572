// Warehouse mode judges periods on the warehouse's data: on the demo (its sheets loaded into the
// DuckDB twin behind the fake BigQuery, one build for the file), every catalogue KPI's data span,
// usual gap, conversion window, period statuses, judged end and staleness are the sheets' own;
// with the sheets emptied or left stale the warehouse's readiness stands (the sheets are no
// longer read for it); a table the settings do not map gives no data, as a missing sheet column
// does. One coverage query per table for the whole execution.
import { installWarehouseFake } from '../../../local/harness/warehouse-fake';
import { buildDemoWorkbook } from '../../../local/demo/build';
import { Clock } from '../../../local/runtime/context';
import { LocalState } from '../../../local/runtime/state';
import {
  dataSpan,
  judgedEnd,
  kpiData,
  kpiIsStale,
  type KpiKey,
  KPI_KEYS,
  MetricError,
  setMetricSourceProvider,
  type SourceTable,
  statusOf,
  type WorkbookData,
} from '../../../src/addon/metrics';
import { SCHEMA } from '../../../src/addon/schema';
import { fakeJobs, workbookData } from './demo-data';
import { WarehouseMetricSource } from '../../../src/addon/warehouse/metric-source';
import type { WarehouseSettings } from '../../../src/addon/warehouse/settings';
import { addPeriods, periodStart } from '../../../src/kpi/days';
import { dayOfIso } from '../../../src/warehouse/calendar';
import { WAREHOUSE_COLUMNS } from '../../../src/warehouse/columns';
import { COVERAGE, COVERED_TABLES } from '../../../src/warehouse/coverage';
import { emitCoverage } from '../../../src/warehouse/coverage-emit';
import type { LogicalTable } from '../../../src/warehouse/api';
import { MEASURES } from '../../../src/addon/metrics/measures';
import { lagOf } from '../../../src/addon/metrics/readiness';
import { emitQuery } from '../../../src/warehouse/emit';

const AS_OF = '2026-11-16';
const TODAY = dayOfIso(AS_OF);

/** The same sheets keeping only the rows `keep` accepts. */
function filtered(data: WorkbookData, keep: (row: readonly unknown[]) => boolean): WorkbookData {
  const out: Record<string, unknown> = {};
  for (const [sheet, table] of Object.entries(data) as [string, SourceTable][])
    out[sheet] = { ...table, rows: table.rows.filter(keep) };
  return out as WorkbookData;
}

let sheets: WorkbookData;
let warehouse: WorkbookData;
let emptied: WorkbookData;
let stale: WorkbookData;
let unmapped: WorkbookData;
let runs: string[];
let close: () => void;
let send: (request: object) => unknown;

beforeAll(() => {
  const workbook = buildDemoWorkbook({ quickStart: false, scale: 0.25 });
  const clock = new Clock(new Date(`${AS_OF}T08:00:00Z`));
  const fake = installWarehouseFake(new LocalState(), {
    workbook,
    clock,
    columns: WAREHOUSE_COLUMNS,
    emit: emitQuery,
  });
  close = () => fake.twin.close();
  send = (request) => fake.fake.query(request, fake.settings.project, clock);
  runs = [];
  const jobs = fakeJobs(fake.fake, clock, (request) =>
    runs.push((request as { labels: Record<string, string> }).labels.kpi),
  );
  const context = { asOf: AS_OF, timeZone: workbook.timeZone, language: 'en' as const };
  const noPoll = () => {
    throw new Error('the fake answers within the first wait: no poll expected');
  };
  const settings: WarehouseSettings = { ...fake.settings, useForKpis: true };
  const source = new WarehouseMetricSource(settings, jobs as never, context, noPoll);
  const { Pipeline: _, ...tables } = settings.tables;
  const withoutPipeline = new WarehouseMetricSource(
    { ...settings, tables },
    jobs as never,
    context,
    noPoll,
  );
  sheets = workbookData(workbook);
  warehouse = { ...sheets };
  emptied = filtered(sheets, () => false);
  // The sheets as they were two months ago: every row on a day that has a date cell in it
  // after then is left out, so each sheet stops well before today.
  const cutoff = addPeriods(TODAY, 'month', -2);
  stale = filtered(
    sheets,
    (row) => !row.some((c) => c instanceof Date && c.getTime() / 86_400_000 >= cutoff),
  );
  unmapped = { ...sheets };
  setMetricSourceProvider((data) =>
    data === warehouse || data === emptied || data === stale
      ? source
      : data === unmapped
        ? withoutPipeline
        : undefined,
  );
});

afterAll(() => {
  setMetricSourceProvider(undefined);
  close?.();
});

/** Weeks and months from a year back to the ones running today. */
function periods(): [number, number][] {
  const out: [number, number][] = [];
  for (const period of ['week', 'month'] as const) {
    const last = periodStart(TODAY, period);
    for (let s = addPeriods(last, period, -14); s <= last; s = addPeriods(s, period, 1))
      out.push([s, addPeriods(s, period, 1)]);
  }
  return out;
}

/** Everything the features read of a KPI's readiness, as of a few days. */
function readiness(data: WorkbookData, kpi: KpiKey) {
  const days = [TODAY, TODAY - 20, TODAY + 45];
  return {
    data: kpiData(data, kpi),
    span: dataSpan(data, kpi),
    statuses: days.map((asOf) => periods().map(([s, e]) => statusOf(data, kpi, s, e, asOf))),
    judged: days.map((asOf) => judgedEnd(data, kpi, asOf)),
    judgedWithWindow: judgedEnd(data, kpi, TODAY, { [kpi]: 3 }),
    stale: days.map((asOf) => kpiIsStale(data, kpi, asOf)),
  };
}

test('every catalogue KPI: the warehouse readiness equals the sheets, one query per table', () => {
  const differences: string[] = [];
  for (const kpi of KPI_KEYS) {
    const expected = readiness(sheets, kpi);
    const got = readiness(warehouse, kpi);
    if (JSON.stringify(got) !== JSON.stringify(expected))
      differences.push(
        `${kpi}: warehouse ${JSON.stringify(got)} sheets ${JSON.stringify(expected)}`,
      );
  }
  expect(differences).toEqual([]);
  // The demo exercises the cases: maturing and running periods, a measured window, stale dates.
  const all = KPI_KEYS.map((kpi) => readiness(sheets, kpi));
  const statuses = new Set(all.flatMap((r) => r.statuses.flat()));
  expect([...statuses].sort()).toEqual(expect.arrayContaining(['complete', 'maturing', 'running']));
  expect(all.some((r) => r.data.window?.basis === 'measured')).toBe(true);
  expect(all.some((r) => r.stale[2]) && all.every((r) => !r.stale[0])).toBe(true);
  expect(runs.sort()).toEqual(COVERED_TABLES.map((t) => `coverage_${t.toLowerCase()}`).sort());
});

test('with the sheets emptied or stale, warehouse mode still judges on the warehouse', () => {
  for (const kpi of KPI_KEYS) {
    const expected = readiness(sheets, kpi);
    expect([kpi, readiness(emptied, kpi)]).toEqual([kpi, expected]);
    expect([kpi, readiness(stale, kpi)]).toEqual([kpi, expected]);
  }
  // In sheet mode (copies no source answers for) those sheets say otherwise: no data at all, or
  // data stopping two months ago.
  const [noData, oldData] = [filtered(emptied, () => true), filtered(stale, () => true)];
  for (const kpi of KPI_KEYS) {
    expect(kpiData(noData, kpi).last).toBeNull();
    expect(kpiIsStale(oldData, kpi, TODAY)).toBe(true);
    expect(judgedEnd(oldData, kpi, TODAY)).toBeLessThan(judgedEnd(sheets, kpi, TODAY));
  }
  expect(runs.length).toBe(COVERED_TABLES.length);
});

test('a table the settings do not map: no data for its KPIs, as a sheet without the column', () => {
  const conversion = kpiData(unmapped, 'lead_to_opportunity');
  expect(conversion).toMatchObject({ first: null, last: null, sheet: 'pipeline' });
  expect(conversion.window?.basis).toBe('default');
  expect(() => dataSpan(unmapped, 'win_rate')).toThrow(MetricError);
  expect(() => dataSpan(unmapped, 'win_rate')).toThrow(/No warehouse table is mapped for Pipeline/);
  // The other tables still answer (and the failed one ran no job).
  expect(kpiData(unmapped, 'calls')).toEqual(kpiData(sheets, 'calls'));
});

test("the coverage queries measure every catalogue KPI's date column and stage lag", () => {
  for (const kpi of KPI_KEYS) {
    const { sheet, date } = MEASURES[kpi];
    const spec = COVERAGE[SCHEMA[sheet].en as LogicalTable];
    expect([kpi, spec?.dates.includes(date)]).toEqual([kpi, true]);
    const lag = lagOf(kpi);
    if (lag) expect(spec?.lags).toContainEqual(lag);
  }
});

test('the fake BigQuery runs a coverage query only as the coverage emitter writes it', () => {
  const tables = { Pipeline: { table: 'sales-kpi-demo.crm.pipeline' } };
  const query = emitCoverage('Pipeline', 'googlesql', tables, { asOf: AS_OF, timeZone: 'UTC' });
  const request = (sql: string, asOf: string) => ({
    query: sql,
    useLegacySql: false,
    parameterMode: 'NAMED',
    queryParameters: [
      { name: 'as_of', parameterType: { type: 'DATE' }, parameterValue: { value: asOf } },
    ],
    labels: { app: 'sales-kpi', kpi: 'coverage_pipeline' },
    location: 'EU',
    dryRun: true,
  });
  expect(send(request(query.sql, AS_OF))).toMatchObject({ jobComplete: true });
  expect(() => send(request(query.sql.replace('<= 365', '<= 366'), AS_OF))).toThrow(
    "the GoogleSQL received for KPI coverage_pipeline is not the emitter's",
  );
  expect(() => send(request(query.sql, '2026-11-17'))).toThrow(
    "the parameters received for KPI coverage_pipeline (as_of:DATE:2026-11-17) are not the emitter's",
  );
});
