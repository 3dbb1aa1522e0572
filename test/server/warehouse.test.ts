// The Warehouse page's server half in the built add-on, with the fake BigQuery service: the menu
// opens it; with the default manifest (no BigQuery) it says how to enable warehouse mode; the
// settings are checked field by field, stored in the document and read back; with the warehouse
// manifest the service is there and a refresh needs settings first.
import { addonHarness } from '../../local/harness/addon-runtime';
import { installWarehouseFake, warehouseRuntimeOptions } from '../../local/harness/warehouse-fake';
import { buildDemoWorkbook } from '../../local/demo/build';
import { WAREHOUSE_COLUMNS } from '../../src/warehouse/columns';
import { COVERED_TABLES, coverageId } from '../../src/warehouse/coverage';
import { emitQuery, WAREHOUSE_KPIS } from '../../src/warehouse/emit';
import type {
  WarehouseEstimateResult,
  WarehouseForm,
  WarehousePageInit,
  WarehouseSaveResult,
} from '../../src/server/warehouse-contract';

function runtime(warehouseManifest: boolean) {
  const h = addonHarness(warehouseManifest ? { manifest: warehouseRuntimeOptions() } : {});
  return { rt: h.runtime, ui: h.ui, workbook: h.workbook };
}

const FORM: WarehouseForm = {
  project: 'acme-sales',
  dataset: 'crm',
  location: 'EU',
  tables: {
    Orders: { table: 'orders', columns: { date: 'order_date', amount: '' } },
    Pipeline: { table: '', columns: {} },
  },
};

test('the default manifest: the page opens and says how to enable the BigQuery service', () => {
  const { rt, ui } = runtime(false);
  rt.invoke('menuWarehouse');
  expect(ui.dialogs[ui.dialogs.length - 1].title).toBe('Warehouse (BigQuery)');
  const init = rt.run('warehousePageInit') as WarehousePageInit;
  expect(init.enabled).toBe(false);
  expect(init.notice).toContain('appsscript.warehouse.json');
  expect(init.settings).toBeNull();
  expect(init.sheets.map((s) => s.sheet)).toEqual([
    'Activities',
    'Pipeline',
    'Customers',
    'Orders',
    'Surveys',
    'Spend',
  ]);
  expect(init.sheets.find((s) => s.sheet === 'Orders')?.columns).toContain('amount');
  const estimate = rt.run('estimateWarehouseRefresh') as WarehouseEstimateResult;
  expect(estimate).toEqual({ outcome: 'unavailable', message: init.notice });
});

test('settings are checked field by field, then stored in the document and read back', () => {
  const { rt } = runtime(false);
  const save = (form: unknown) => rt.run('saveWarehouseSettings', [form]) as WarehouseSaveResult;
  expect(save({ ...FORM, project: 'Acme Sales' })).toEqual({
    outcome: 'invalid',
    field: 'project',
    message:
      'Project "Acme Sales" is not a Google Cloud project ID (6 to 30 lowercase letters, digits or hyphens, starting with a letter).',
  });
  expect(save({ ...FORM, location: 'Paris' })).toMatchObject({ field: 'location' });
  expect(
    save({ ...FORM, tables: { Orders: { table: 'orders', columns: { price: 'p' } } } }),
  ).toEqual({
    outcome: 'invalid',
    field: 'tables.Orders.columns.price',
    message: 'The Orders sheet has no column "price" to map.',
  });
  expect(
    save({ ...FORM, tables: { Orders: { table: 'orders', columns: { date: 'order date' } } } }),
  ).toMatchObject({ field: 'tables.Orders.columns.date' });
  expect(save({ ...FORM, tables: {} })).toMatchObject({ field: 'tables' });
  expect(save(null)).toMatchObject({ outcome: 'invalid', field: 'project' });
  expect(rt.state.propertyStore('document', '', rt.documentId).size).toBe(0);

  expect(save(FORM)).toMatchObject({ outcome: 'saved' });
  const init = rt.run('warehousePageInit') as WarehousePageInit;
  expect(init.settings).toEqual({
    project: 'acme-sales',
    dataset: 'crm',
    location: 'EU',
    tables: { Orders: { table: 'orders', columns: { date: 'order_date' } } },
  });
});

test('the warehouse manifest: BigQuery is there; a refresh estimate needs settings first', () => {
  const { rt, workbook } = runtime(true);
  const { twin, settings } = installWarehouseFake(rt.state, {
    workbook,
    clock: rt.clock,
    columns: { Orders: { orderId: 'text', date: 'timestamp', amount: 'number' } },
    emit: () => {
      throw new Error('no query expected');
    },
  });
  try {
    const init = rt.run('warehousePageInit') as WarehousePageInit;
    expect(init.enabled).toBe(true);
    expect(rt.run('estimateWarehouseRefresh')).toEqual({
      outcome: 'unavailable',
      message: 'Warehouse mode is not set up: enter the project, dataset and tables first.',
    });
    expect(rt.run('saveWarehouseSettings', [settings])).toMatchObject({ outcome: 'saved' });
    expect((rt.run('warehousePageInit') as WarehousePageInit).settings).toEqual(settings);
    expect(rt.scopeRefusals).toEqual([]);
  } finally {
    twin.close();
  }
});

test('on the demo workbook, the estimate dry-runs every KPI query the emitter writes, through the fake BigQuery', () => {
  const h = addonHarness({
    workbook: buildDemoWorkbook({ quickStart: false }),
    manifest: warehouseRuntimeOptions(),
  });
  const rt = h.runtime;
  rt.clock.set(new Date('2026-11-16T08:00:00Z'));
  const { twin, settings } = installWarehouseFake(rt.state, {
    workbook: h.workbook,
    clock: rt.clock,
    columns: WAREHOUSE_COLUMNS,
    emit: emitQuery,
  });
  try {
    expect(rt.run('saveWarehouseSettings', [settings])).toMatchObject({ outcome: 'saved' });
    const estimate = rt.run('estimateWarehouseRefresh') as WarehouseEstimateResult;
    if (estimate.outcome !== 'estimated') throw new Error(JSON.stringify(estimate));
    // One dry run per warehouse KPI by month, by week for those of the dashboard's weekly series
    // (activities, calls, meetings, revenue), and per table's coverage query (the periods'
    // readiness), none refused: the fake ran the GoogleSQL the add-on sent only because it is
    // exactly what the emitters write for these tables.
    const weekly = ['interaction_score', 'calls', 'meetings', 'trend'].map((kpi) => `${kpi} week`);
    const queries = [...WAREHOUSE_KPIS, ...weekly, ...COVERED_TABLES.map(coverageId)];
    expect(estimate.kpis.map((k) => (k.period ? `${k.kpi} ${k.period}` : k.kpi))).toEqual(queries);
    expect(estimate.kpis.filter((k) => k.error)).toEqual([]);
    // Each query is listed under the KPI's name (the catalogue's, or the =KPI_* table it computes).
    const label = (kpi: string, period?: string) =>
      estimate.kpis.find((k) => k.kpi === kpi && k.period === period)?.label;
    expect(label('win_rate')).toBe('Win rate');
    expect(label('calls', 'week')).toBe('Calls (by week, for the dashboard)');
    expect(label('funnel')).toBe('Funnel (KPI_FUNNEL)');
    expect(label('coverage_pipeline')).toBe('Data coverage: Pipeline (periods ready to judge)');
    expect(estimate.kpis.filter((k) => k.label === k.kpi)).toEqual([]);
    expect(estimate.kpis.every((k) => k.bytes > 0)).toBe(true);
    expect(estimate.bytes).toBe(estimate.kpis.reduce((sum, k) => sum + k.bytes, 0));
    // BigQuery bills at least 10 MB per table a query reads.
    expect(estimate.billedBytes).toBeGreaterThanOrEqual(queries.length * 10 * 1024 * 1024);
    expect(estimate.usd).toBeCloseTo((estimate.billedBytes / 2 ** 40) * 6.25, 12);
    expect(rt.counter.snapshot()['BigQuery.Jobs.query']).toBe(queries.length);
  } finally {
    twin.close();
  }
});
