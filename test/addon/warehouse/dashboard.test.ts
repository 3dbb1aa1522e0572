// The dashboard in warehouse mode, on the demo workbook with the fake BigQuery (DuckDB twin of the
// same sheets): the series behind the tiles, sparklines and charts are the warehouse's values for
// every scope of the selector, period by period, equal to the sheets'. (The built add-on's
// refresh in warehouse mode, its hidden 'KPI warehouse' sheet and the tiles it shows are checked
// in the playground: test/local/playground-warehouse.test.ts.) One demo and one twin.
import { addonHarness, type AddonHarness } from '../../../local/harness/addon-runtime';
import {
  installWarehouseFake,
  warehouseRuntimeOptions,
} from '../../../local/harness/warehouse-fake';
import { buildDemoWorkbook } from '../../../local/demo/build';
import { useScriptTimeZone } from '../../../local/playground/script-zone';
import type { LocalWorkbook } from '../../../local/workbook';
import {
  columnsFromHeader,
  computeMetric,
  scopesInData,
  setMetricSourceProvider,
  SOURCE_SHEETS,
  type WorkbookData,
} from '../../../src/addon/metrics';
import { SCHEMA } from '../../../src/addon/schema';
import { WarehouseMetricSource } from '../../../src/addon/warehouse/metric-source';
import { scopeOptions } from '../../../src/addon/dashboard/scopes';
import { SERIES } from '../../../src/addon/dashboard/series';
import {
  scopeOfOption,
  seriesValues,
  type SeriesValues,
} from '../../../src/addon/dashboard/series-values';
import { addPeriods, dayFromYmd, periodStart } from '../../../src/kpi/days';
import { WAREHOUSE_COLUMNS } from '../../../src/warehouse/columns';
import { emitQuery } from '../../../src/warehouse/emit';

useScriptTimeZone();

const AS_OF = '2026-11-16';

function workbookData(workbook: LocalWorkbook): WorkbookData {
  const data: Record<string, unknown> = {};
  for (const sheet of SOURCE_SHEETS) {
    const found = workbook.findSheet(SCHEMA[sheet].en);
    if (!found) continue;
    const values = workbook.getValues(
      found.id,
      0,
      0,
      workbook.getLastRow(found.id),
      workbook.getLastColumn(found.id),
    );
    data[sheet] = { rows: values.slice(1), columns: columnsFromHeader(sheet, values[0]) };
  }
  return data as WorkbookData;
}

let h: AddonHarness;
let sheets: WorkbookData;
let warehouse: WorkbookData;
let settings: ReturnType<typeof installWarehouseFake>['settings'];
let close: () => void;

beforeAll(() => {
  h = addonHarness({
    workbook: buildDemoWorkbook({ quickStart: false }),
    manifest: warehouseRuntimeOptions(),
  });
  h.runtime.clock.set(new Date(`${AS_OF}T08:00:00Z`));
  const fake = installWarehouseFake(h.runtime.state, {
    workbook: h.workbook,
    clock: h.runtime.clock,
    columns: WAREHOUSE_COLUMNS,
    emit: emitQuery,
  });
  close = () => fake.twin.close();
  settings = fake.settings;
  const jobs = {
    query: (request: GoogleAppsScript.BigQuery.Schema.QueryRequest, project: string) =>
      fake.fake.query(request, project, h.runtime.clock),
    getQueryResults: (project: string, job: string, args?: object) =>
      fake.fake.getQueryResults(project, job, args ?? {}, h.runtime.clock),
  };
  const source = new WarehouseMetricSource(
    { ...settings, useForKpis: true },
    jobs as never,
    { asOf: AS_OF, timeZone: h.workbook.timeZone, language: 'en' },
    () => {
      throw new Error('the fake answers within the first wait: no poll expected');
    },
  );
  sheets = workbookData(h.workbook);
  warehouse = { ...sheets };
  setMetricSourceProvider((data) => (data === warehouse ? source : undefined));
});

afterAll(() => {
  setMetricSourceProvider(undefined);
  close?.();
});

const rowsOf = (s: SeriesValues) => {
  if ('error' in s) throw s.error;
  return s.rows;
};

test('every series, for every scope of the selector, period by period: the warehouse gives the sheets’ values', () => {
  const options = scopeOptions(scopesInData(sheets), 'en');
  expect(options.length).toBe(16);
  const fromSheets = seriesValues(sheets, options);
  const fromWarehouse = seriesValues(warehouse, options);
  expect(fromWarehouse.map((s) => s.id)).toEqual([
    ...SERIES.map((s) => s.id),
    'conversionTrend',
    'npsTrend',
  ]);
  const differences: string[] = [];
  fromSheets.forEach((expected, k) => {
    const want = rowsOf(expected);
    const got = rowsOf(fromWarehouse[k]);
    // The same options and periods (each series from its KPI's first to its last period)...
    expect({ id: expected.id, keys: got.map((r) => `${r[0]}|${r[1]}`) }).toEqual({
      id: expected.id,
      keys: want.map((r) => `${r[0]}|${r[1]}`),
    });
    // ...and the same numbers (counts exactly; the cost, a product of a rate, within 1e-9).
    want.forEach((row, i) => {
      const [a, b] = [row[2], got[i][2]];
      const equal =
        a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
      if (!equal) differences.push(`${expected.id} option ${row[0]} day ${row[1]}: ${a} vs ${b}`);
    });
    expect(want.length).toBeGreaterThan(options.length * 20);
  });
  expect(differences.slice(0, 10)).toEqual([]);
  // Not all zeros: each series has values for the company and for a rep.
  for (const s of fromWarehouse) {
    const rows = rowsOf(s);
    expect({ id: s.id, company: rows.some((r) => r[0] === 1 && r[2] !== 0) }).toEqual({
      id: s.id,
      company: true,
    });
    expect({ id: s.id, rep: rows.some((r) => r[0] === 16 && r[2] !== 0) }).toEqual({
      id: s.id,
      rep: true,
    });
  }
  // The scope of a row is the option's: rep 16's revenue is that rep's computeMetric revenue.
  const rep = options[15];
  const revenue = rowsOf(fromWarehouse.find((s) => s.id === 'revenueM')!).filter(
    (r) => r[0] === 16,
  );
  const october = revenue.find((r) => r[1] === dayFromYmd(2026, 10, 1))!;
  const expected = computeMetric(
    sheets,
    'revenue',
    scopeOfOption(rep),
    dayFromYmd(2026, 10, 1),
    dayFromYmd(2026, 11, 1),
  );
  expect(october[2]).toBe(expected.value);
});

test('weekly tables cover the last 156 ISO weeks: an earlier week is refused, not read as empty', () => {
  const week = periodStart(dayFromYmd(2026, 11, 16), 'week');
  const at = (back: number) => addPeriods(week, 'week', -back);
  // The last week the weekly table holds: its calls are the sheets'.
  const kept = computeMetric(warehouse, 'calls', { type: 'company' }, at(156), at(155));
  expect(kept).toEqual(computeMetric(sheets, 'calls', { type: 'company' }, at(156), at(155)));
  expect(() => computeMetric(warehouse, 'calls', { type: 'company' }, at(157), at(156))).toThrow(
    /is read by ISO week for the last 156 weeks only; 2023-11-13 is earlier: ask for whole months\.$/,
  );
});
