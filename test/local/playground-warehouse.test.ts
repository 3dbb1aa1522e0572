// Issue 16's acceptance in the playground (npm start -- --warehouse): the demo with the fake
// BigQuery over its DuckDB twin. The Warehouse page shows the bytes and cost of a refresh before
// it runs; then the same workbook, in sheet mode and in warehouse mode, logs the same alerts,
// shows the same dashboard tiles (the company and team Lyon, the demo's dip alerting) and gives a
// team lead the same summary. Warehouse mode's numbers come from BigQuery jobs, not the sheets.
import { PlaygroundSession } from '../../local/playground/session';
import type { AddonHarness } from '../../local/harness/addon-runtime';
import { runSetupPage } from '../../local/harness/setup-page';
import { tileValueCell } from '../../src/addon/dashboard/tiles';
import { TILES } from '../../src/addon/dashboard/tile-model';
import { SERIES } from '../../src/addon/dashboard/series';
import { SERIES_START } from '../../src/addon/dashboard/positions';
import type { SummariesView, SummaryPreview } from '../../src/server/summaries-contract';
import type {
  WarehouseEstimateResult,
  WarehousePageInit,
} from '../../src/server/warehouse-contract';
import { actions, append, sheetRow } from '../addon/alerts/harness';

let session: PlaygroundSession;
let h: AddonHarness;

beforeAll(async () => {
  session = await new PlaygroundSession({
    saveFile: null,
    ignoreSaved: true,
    warehouse: true,
    pinClock: new Date('2026-11-16T08:00:00Z'),
    // Half the demo's size: the same shape (teams, reps, the dip), half the engine's work.
    demo: { quickStart: false, scale: 0.5 },
  }).open();
  h = { workbook: session.workbook, ui: session.ui, runtime: session.runtime } as AddonHarness;
  runSetupPage(h.runtime, false); // the Alerts and Actions sheets beside the demo's data
  append(h, 'Alerts', [
    ...['Lyon', 'Paris', 'Nantes'].flatMap((team) => [
      sheetRow('alerts', { kpi: 'Lead → opportunity conversion', scopeType: 'Team', scope: team }),
      sheetRow('alerts', { kpi: 'Win rate', scopeType: 'Team', scope: team }),
    ]),
  ]);
}, 120_000);

afterAll(() => session?.close());

/** Numbers to 9 significant digits: a margin from the warehouse's sums may differ in the 15th. */
const rounded = (v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v);

const jobs = () => h.runtime.counter.snapshot()['BigQuery.Jobs.query'] ?? 0;

function run<T>(name: string, args: unknown[] = []): T {
  const result = h.runtime.run(name, args) as T;
  const error = h.runtime.executions.at(-1)?.error;
  if (error) throw new Error(`${name} failed: ${String(error)}`);
  return result;
}

interface ModeView {
  tiles: Record<string, unknown[]>;
  /** Every cell of the Dashboard for team Lyon but the warehouse note (row 4). */
  dashboard: unknown[][];
  note: unknown;
  alerts: Record<string, unknown>[];
  summary: string;
  jobs: number;
  /** The dashboard refresh's Spreadsheet service calls, BigQuery jobs and wait for them. */
  refresh: { sheetsCalls: number; jobs: number; toasts: string[]; waitedMs: number };
}

/** What a team lead sees in a mode: the Dashboard for two scopes, the alerts logged, a summary. */
function view(useForKpis: boolean, settings: NonNullable<WarehousePageInit['settings']>): ModeView {
  expect(run('saveWarehouseSettings', [{ ...settings, useForKpis }])).toMatchObject({
    outcome: 'saved',
  });
  // A fresh Actions log each time (the dashboard's effectiveness table reads it): its rows and
  // the add-on's memory of what it logged.
  const last = h.workbook.getLastRow('Actions');
  if (last > 1) h.workbook.deleteRows(h.workbook.findSheet('Actions')!.id, 1, last - 1);
  const store = h.runtime.state.propertyStore('document', '', h.runtime.documentId);
  for (const key of [...store.keys()]) if (key.startsWith('salesKpi.logged')) store.delete(key);
  h.runtime.counter.reset(); // counts from the refresh on
  const [clockBefore, realBefore] = [h.runtime.clock.nowMs(), Date.now()];
  const marks = session.uiMarks();
  h.runtime.invoke('menuRefreshDashboard', []);
  expect(h.runtime.executions.at(-1)?.error).toBeUndefined();
  const refresh = {
    sheetsCalls: ['Spreadsheet', 'Sheet', 'Range', 'DeveloperMetadata'].reduce(
      (n, prefix) => n + h.runtime.counter.total(prefix),
      0,
    ),
    jobs: jobs(),
    toasts: session.uiSince(marks).toasts.map((t) => t.message),
    // The time BigQuery's jobs kept the refresh waiting (the fake's latency moves the clock).
    waitedMs: h.runtime.clock.nowMs() - clockBefore - (Date.now() - realBefore),
  };
  const tiles: Record<string, unknown[]> = {};
  let dashboard: unknown[][] = [];
  // The scope the refresh kept first (read as it is), then the other (each change recalculates).
  const kept = h.workbook.getValue('Dashboard', 1, 1);
  const labels = kept === 'Team: Lyon' ? ['Team: Lyon', 'Company'] : ['Company', 'Team: Lyon'];
  for (const label of labels) {
    if (label !== kept) h.workbook.setInput('Dashboard', 1, 1, label);
    expect(h.workbook.listErrors('Dashboard')).toEqual([]);
    for (const { kpi } of TILES) {
      const cell = tileValueCell(kpi);
      tiles[`${label} ${kpi}`] = [
        h.workbook.getValue('Dashboard', cell.row - 1, cell.column - 1),
        h.workbook.getValue('Dashboard', cell.row - 1, cell.column),
        h.workbook.getValue('Dashboard', cell.row - 1, cell.column + 1),
        h.workbook.getValue('Dashboard', cell.row, cell.column),
      ].map(rounded);
    }
    if (label !== 'Team: Lyon') continue;
    const sheet = h.workbook.findSheet('Dashboard')!.id;
    const [rows, columns] = [h.workbook.getLastRow(sheet), h.workbook.getLastColumn(sheet)];
    dashboard = h.workbook.getValues(sheet, 0, 0, rows, columns).map((row) => row.map(rounded));
  }
  const note = dashboard[3][0];
  dashboard[3][0] = '';
  h.runtime.invoke('menuApplyAlerts', []);
  const summaries = run<SummariesView>('summariesInit');
  const lead = summaries.recipients.find((r) => r.kind === 'lead')!;
  const summary = run<SummaryPreview>('summariesPreview', [lead.id]).text;
  return { tiles, dashboard, note, alerts: actions(h), summary, jobs: jobs(), refresh };
}

test('switching the demo to warehouse mode: the estimate first, then the same alerts, tiles and summary', () => {
  const page = run<WarehousePageInit>('warehousePageInit');
  expect(page.enabled).toBe(true);
  const settings = page.settings!;
  // The playground opens in warehouse mode (--warehouse): the page's settings say so.
  expect(settings.useForKpis).toBe(true);

  // The estimate shown before a refresh: dry runs only (billed nothing), every KPI named.
  const estimate = run<WarehouseEstimateResult>('estimateWarehouseRefresh');
  if (estimate.outcome !== 'estimated') throw new Error(JSON.stringify(estimate));
  expect(estimate.bytes).toBeGreaterThan(1024 * 1024);
  expect(estimate.billedBytes).toBeGreaterThanOrEqual(estimate.bytes);
  expect(estimate.usd).toBeGreaterThan(0);
  expect(estimate.kpis.every((k) => k.error === undefined && k.bytes > 0)).toBe(true);
  expect(estimate.kpis.map((k) => k.label)).toContain('Win rate');

  const sheets = view(false, settings);
  const warehouse = view(true, settings);
  expect(sheets.jobs).toBe(0);
  expect(warehouse.jobs).toBeGreaterThan(10);
  // The refresh: a dry run and a run per KPI table the series read (weekly: activities, calls,
  // meetings, revenue; monthly: revenue, margin, conversion, win rate, new customers, NPS, the
  // funnel's stages) and per source table's coverage (Activities, Orders, Pipeline, Customers,
  // Surveys), every scope in each. The jobs run at the same time: the refresh waits about one job's time (the fake's
  // latency: 2 s and more per job), not fifteen. The hidden warehouse sheet costs a few calls.
  expect(warehouse.refresh.jobs).toBe(2 * (11 + 5));
  expect(warehouse.refresh.waitedMs).toBeLessThan(5_000);
  // The person waiting is told BigQuery is being read, then that the dashboard is refreshed.
  expect(warehouse.refresh.toasts[0]).toBe('Reading the KPIs from BigQuery (all queries at once)…');
  expect(sheets.refresh.toasts.join()).not.toMatch(/BigQuery/);
  expect(sheets.refresh.waitedMs).toBeLessThan(1_000);
  expect(warehouse.refresh.sheetsCalls - sheets.refresh.sheetsCalls).toBeLessThanOrEqual(12);
  // The series behind the tiles read the hidden 'KPI warehouse' sheet the refresh wrote, not
  // the source sheets.
  expect(h.workbook.findSheet('KPI warehouse')?.hidden).toBe(true);
  for (let i = 0; i < SERIES.length; i++) {
    const column = SERIES_START.column + i * SERIES_START.width;
    const formula = h.workbook.getFormula('KPI data', SERIES_START.row + 1, column - 1);
    expect(formula).toMatch(/^=KPI_TREND\('KPI warehouse'!/);
    expect(formula).not.toMatch(/Pipeline|Orders|Activities|Surveys|Customers/);
  }

  expect(warehouse.tiles).toEqual(sheets.tiles);
  // The whole Dashboard (tiles, charts' tables, monthly trends, funnel, tables) is the same, but
  // for the line that says what comes from BigQuery.
  expect(warehouse.dashboard.length).toBeGreaterThan(100);
  expect(warehouse.dashboard).toEqual(sheets.dashboard);
  expect(warehouse.note).toMatch(
    /^Warehouse mode: tiles, sparklines, charts, monthly trends and the funnel come from BigQuery/,
  );
  expect(sheets.note).not.toMatch(/Warehouse/);
  expect(Object.values(sheets.tiles).filter((t) => typeof t[0] === 'number').length).toBe(16);
  // The demo's dip: team Lyon's conversion tile alerts in both modes.
  expect(warehouse.tiles['Team: Lyon lead_to_opportunity'][2]).toBe('Alert');

  expect(sheets.alerts.length).toBeGreaterThan(0);
  expect(warehouse.alerts).toEqual(sheets.alerts);

  expect(warehouse.summary).toEqual(sheets.summary);
  expect(warehouse.summary).toMatch(/Win rate \| This period: \d/);
});
