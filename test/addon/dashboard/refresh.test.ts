// "Refresh dashboard" on the built add-on against the local runtime and the demo workbook: what
// it builds (selector, hidden data sheet, tiles, charts, colour rules), that it is idempotent
// and keeps the chosen scope, that it never writes the user's sheets, and that its Sheets calls
// do not depend on the data size. (LocalWorkbook rows and columns are 0-based.)
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import { addonHarness } from '../../../local/harness/addon-runtime';
import { SCHEMA, SHEET_KEYS } from '../../../src/addon/schema';
import { AS_OF, demoHarness, refresh, userSheetsJson } from './fixture';
import {
  restoreHarness,
  snapshotHarness,
  type HarnessSnapshot,
} from '../../../local/harness/snapshot';
import { runSetupPage } from '../../../local/harness/setup-page';
import { pipelineDeals } from '../../../src/addon/history/deal-dates';
import { whyRevenueMoved } from '../../../src/addon/history/why';
import { columnIndexes } from '../../../src/addon/schema';
import { forecastPeriods, knownBefore } from '../../../src/kpi/forecast';
import { addPeriods, dayFromYmd } from '../../../src/kpi/days';

const DASHBOARD = 'Dashboard';
const DATA = 'KPI data';

function mutations(h: AddonHarness): Record<string, number> {
  return Object.fromEntries(
    Object.entries(h.runtime.counter.snapshot()).filter(([op]) =>
      /^(Range|Sheet|Spreadsheet)\.(set|insert|clear|delete|append|hide)/.test(op),
    ),
  );
}

describe('refresh dashboard (demo workbook, no custom functions registered)', () => {
  let h: AddonHarness;
  let userSheets: string;
  let firstCalls: Record<string, number>;
  /** The demo as set up, before its first refresh (a copy to start other workbooks from). */
  let setUp: HarnessSnapshot;

  beforeAll(() => {
    h = demoHarness();
    setUp = snapshotHarness(h);
    userSheets = userSheetsJson(h, [DASHBOARD, DATA]);
    h.runtime.counter.reset();
    refresh(h);
    firstCalls = h.runtime.counter.snapshot();
  }, 300_000);

  test('the menu offers "Refresh dashboard" in English and French', () => {
    h.runtime.invoke('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    expect(h.ui.menuItems().map((i) => i.functionName)).toContain('menuRefreshDashboard');
    expect(
      h.ui.menuItems().find((i) => i.functionName === 'menuRefreshDashboard')!.caption,
    ).toMatch(/Refresh dashboard$/);
    // The locale is readable once the add-on is authorised (in NONE the menu is in English).
    const fr = addonHarness({ locale: 'fr_FR' });
    fr.runtime.invoke('onOpen', [{ authMode: 'FULL' }]);
    expect(
      fr.ui.menuItems().find((i) => i.functionName === 'menuRefreshDashboard')!.caption,
    ).toMatch(/Actualiser le tableau de bord$/);
  });

  test('builds the scope selector from the data: company, each team followed by its reps', () => {
    expect(h.workbook.getValue(DASHBOARD, 1, 0)).toBe('Scope');
    expect(h.workbook.getValue(DASHBOARD, 1, 1)).toBe('Company');
    const info = h.workbook.getSheet(DATA);
    expect(info.hidden).toBe(true);
    // The dropdown lists the hidden sheet's scope labels (and refuses anything else).
    const rule = h.workbook.getValidation(DASHBOARD, 1, 1) as unknown as {
      criteria: string;
      values: Array<{ sheetId: number; row: number; col: number; numRows: number }>;
      allowInvalid: boolean;
    };
    expect(rule.criteria).toBe('VALUE_IN_RANGE');
    expect(rule.values[0]).toMatchObject({ sheetId: info.id, row: 1, col: 0, numRows: 16 });
    expect(rule.allowInvalid).toBe(false);
    const labels = h.workbook
      .getValues(DATA, 1, 0, 40, 1)
      .map((r) => r[0])
      .filter((v) => v !== '');
    expect(labels[0]).toBe('Company');
    const teams = labels.filter((l) => String(l).startsWith('Team: '));
    expect(teams).toEqual(['Team: Lyon', 'Team: Nantes', 'Team: Paris']);
    // Each team is followed by its reps.
    const lyon = labels.indexOf('Team: Lyon');
    expect(String(labels[lyon + 1])).toMatch(/^Rep: /);
    expect(labels.filter((l) => String(l).startsWith('Rep: ')).length).toBeGreaterThanOrEqual(6);
    // The as-of date is the refresh day in the spreadsheet's zone.
    expect(h.workbook.getDisplayValue(DASHBOARD, 1, 4)).toBe('2026-11-16');
  });

  test('draws eight KPI tiles with their period, objective and sparkline', () => {
    const names = [0, 3, 6, 9].map((c) => h.workbook.getValue(DASHBOARD, 4, c));
    expect(names).toEqual(['Calls', 'Meetings held', 'Lead → opportunity conversion', 'Win rate']);
    expect(h.workbook.getDisplayValue(DASHBOARD, 4, 2)).toBe('Week of 9 Nov');
    expect(h.workbook.getDisplayValue(DASHBOARD, 4, 8)).toBe('October 2026');
    expect(h.workbook.getDisplayValue(DASHBOARD, 10, 11)).toBe('Q3 2026');
    expect(h.workbook.getValue(DASHBOARD, 7, 0)).toBe('Objective');
    expect(h.workbook.getFormula(DASHBOARD, 8, 0)).toMatch(
      /^=SPARKLINE\('KPI data'!\$L\$16:\$L\$27,/i,
    );
    // Numbers are formulas on the hidden sheet, never values.
    expect(h.workbook.getFormula(DASHBOARD, 5, 0)).toMatch(/^='KPI data'!\$K\$31$/);
  });

  test('stores the five charts with their types and the ranges they draw', () => {
    const charts = h.workbook.getCharts(DASHBOARD);
    expect(charts.map((c) => c.type)).toEqual(['COLUMN', 'LINE', 'COMBO', 'LINE', 'COLUMN']);
    const dashboardId = h.workbook.getSheet(DASHBOARD).id;
    const ranges = charts.map((c) =>
      c.ranges.map((r) => {
        expect(r.sheetId).toBe(dashboardId);
        return [r.row, r.col, r.numRows, r.numCols];
      }),
    );
    expect(ranges).toEqual([
      [[58, 0, 5, 2]],
      // Month, revenue and the context markers (drawn as points).
      [[66, 0, 13, 3]],
      [[66, 5, 27, 3]],
      [
        [66, 0, 13, 1],
        [66, 4, 13, 1],
      ],
      // The pipeline waterfall: month, opening, created, won, lost, closing over six months.
      [[111, 0, 7, 6]],
    ]);
    expect(charts.map((c) => c.options.title)).toEqual([
      'Funnel: leads of the last 12 complete months',
      'Monthly revenue',
      'Activities vs meetings per week',
      'NPS per month',
      'Pipeline per month',
    ]);
    expect(charts[1].options.series).toEqual({ 1: { lineWidth: 0, pointSize: 10 } });
    expect(charts[2].options.series).toEqual({ 1: { type: 'line' } });
    expect(charts.map((c) => [c.position.row, c.position.col])).toEqual([
      [16, 0],
      [16, 6],
      [36, 0],
      [36, 6],
      [109, 6],
    ]);
    // The tables the charts draw: the monthly table's headers, the waterfall's.
    expect(h.workbook.getValues(DASHBOARD, 66, 0, 1, 5)).toEqual([
      ['Month', 'Revenue', 'Context', 'Lead → opportunity', 'NPS'],
    ]);
    expect(h.workbook.getValues(DASHBOARD, 111, 0, 1, 6)).toEqual([
      ['Month', 'Opening', 'Created', 'Won', 'Lost', 'Closing'],
    ]);
  });

  test('colours the tiles by status with its own marked conditional-format rules, one per status', () => {
    const rules = h.workbook.getConditionalRules(DASHBOARD);
    expect(rules).toHaveLength(3);
    for (const rule of rules) expect(JSON.stringify(rule)).toContain('salesKpi:dashboard');
  });

  test('writes only the Dashboard and its hidden sheet, and reads each source sheet once', () => {
    expect(userSheetsJson(h, [DASHBOARD, DATA])).toBe(userSheets);
    // Five source sheets, Teams, Actions and the Pipeline history: one read each; plus the
    // header rows of Objectives, Alerts and Context, whose columns the tiles' and the Context
    // table's formulas name (checked against the stored layout).
    expect(firstCalls['Sheet.getSheetValues']).toBe(8);
    expect(firstCalls['Range.getValues']).toBe(3);
    // The selector's cell; the hidden sheet is new, so its layout signature is not read.
    expect(firstCalls['Range.getValue']).toBe(1);
  });

  test("the forecast, why-it-moved and pipeline sections show the chosen scope's numbers", () => {
    // Computed here from the Pipeline sheet with src/kpi (the demo has no snapshot yet, so the
    // pipeline section reads the stage dates): Lyon's, once the selector says Lyon.
    const today = dayFromYmd(2026, 11, 16);
    const width = SCHEMA.pipeline.columns.length;
    const rows = h.workbook.getValues(
      'Pipeline',
      1,
      0,
      h.workbook.getLastRow('Pipeline') - 1,
      width,
    );
    const lyon = pipelineDeals(rows, columnIndexes('pipeline')).filter((d) => d.team === 'Lyon');
    h.workbook.setInput(DASHBOARD, 1, 1, 'Team: Lyon');
    const at = (row: number, col: number, n: number, m: number) =>
      h.workbook.getValues(DASHBOARD, row - 1, col - 1, n, m);

    const forecast = forecastPeriods(knownBefore(lyon, today), today, 'month', {
      type: 'team',
      name: 'Lyon',
    });
    expect(at(97, 1, 2, 5)).toEqual(
      forecast.map((f, k) => [
        ['Nov 2026', 'Dec 2026'][k],
        ...[f.expected, f.low, f.high, f.wonSoFar].map(Math.round),
      ]),
    );
    expect(forecast[0].low).toBeLessThan(forecast[0].high);

    // October (the demo's dip, mature by 16 November) against September, adding up.
    const [sep, oct, nov] = [9, 10, 11].map((m) => dayFromYmd(2026, m, 1));
    const why = whyRevenueMoved(lyon, [sep, oct], [oct, nov])!;
    expect(at(100, 1, 1, 1)[0][0]).toBe('Why did revenue move: Oct 2026 vs Sep 2026');
    expect(at(101, 1, 1, 1)[0][0]).toBe(why.sentence.en);
    const parts = at(104, 1, 5, 2);
    expect(parts.map((r) => r[0])).toEqual([
      'Leads',
      'Lead → opportunity conversion',
      'Win rate',
      'Order value',
      'Total change',
    ]);
    expect(parts[4][1]).toBe(Math.round(why.revenue.change));
    expect(parts.slice(0, 4).reduce((sum, r) => sum + (r[1] as number), 0)).toBe(parts[4][1]);
    expect(parts[1][1]).toBeLessThan(0);
    expect(Math.abs((parts[1][1] as number) - why.revenue.parts.conversion)).toBeLessThanOrEqual(2);

    // The waterfall from the stage dates: open from the lead day to the won or lost day.
    const amount = (x: number) => (Number.isFinite(x) ? x : 0);
    const close = (d: (typeof lyon)[number]) => (Number.isFinite(d.won) ? d.won : d.lost);
    const open = lyon.filter((d) => d.lead <= today && !(close(d) <= d.lead));
    const openOn = (day: number) =>
      open
        .filter((d) => d.lead < day && !(close(d) < day))
        .reduce((s, d) => s + amount(d.amount), 0);
    const months = [6, 7, 8, 9, 10, 11].map((m) => dayFromYmd(2026, m, 1));
    const expected = months.map((start) => {
      const end = Math.min(addPeriods(start, 'month', 1), today + 1);
      const sum = (pick: (d: (typeof lyon)[number]) => boolean) =>
        open.filter(pick).reduce((s, d) => s + amount(d.amount), 0);
      return [
        openOn(start),
        sum((d) => d.lead >= start && d.lead < end),
        sum((d) => d.won >= start && d.won < end && d.won <= today),
        sum((d) => !Number.isFinite(d.won) && d.lost >= start && d.lost < end && d.lost <= today),
        openOn(end),
      ].map(Math.round);
    });
    const waterfall = at(113, 1, 6, 6);
    expect(waterfall.map((r) => r[0])).toEqual([
      'Jun 2026',
      'Jul 2026',
      'Aug 2026',
      'Sep 2026',
      'Oct 2026',
      'Nov 2026',
    ]);
    expect(waterfall.map((r) => r.slice(1))).toEqual(expected);

    // Days in the lead stage: from the lead day to the next stage reached (a later day: one
    // snapshot a day sees no stay that ends on its first day), for stays ended in 12 months.
    const leadDays = open
      .map((d) => [d.lead, [d.opportunity, d.proposal, close(d)].find(Number.isFinite)] as const)
      .filter(([lead, next]) => next! > lead && next! >= today - 365 && next! <= today)
      .map(([lead, next]) => next! - lead)
      .sort((a, b) => a - b);
    const median =
      leadDays.length % 2
        ? leadDays[(leadDays.length - 1) / 2]
        : (leadDays[leadDays.length / 2 - 1] + leadDays[leadDays.length / 2]) / 2;
    expect(at(121, 1, 2, 2)).toEqual([
      ['Stage', 'Median days'],
      ['Lead', Math.round(median * 10) / 10],
    ]);
    // No snapshot yet: the slipped close dates wait for the history.
    expect(at(126, 1, 2, 1)).toEqual([
      ['Close dates pushed later in the last 30 days'],
      ['Known once the Pipeline history has 30 days of snapshots.'],
    ]);
    // Left on Lyon: the next test chooses Lyon too (each change recalculates the workbook).
  });

  test('a second refresh writes no cell and leaves the same workbook; the scope is kept', () => {
    h.workbook.setInput(DASHBOARD, 1, 1, 'Team: Lyon');
    refresh(h);
    const before = JSON.stringify(h.workbook.toJSON());
    h.runtime.counter.reset();
    refresh(h);
    expect(JSON.stringify(h.workbook.toJSON())).toBe(before);
    const writes = mutations(h);
    expect(writes['Range.setValues']).toBeUndefined();
    expect(writes['Range.clearContent']).toBeUndefined();
    expect(h.workbook.getValue(DASHBOARD, 1, 1)).toBe('Team: Lyon');
    expect(h.ui.toasts.at(-1)!.message).toBe(
      'Dashboard refreshed: 16 scopes to choose from, data as of 16 November 2026.',
    );
  });

  test("keeps a user's own conditional-format rule and chart on the Dashboard", () => {
    const userRule = {
      ranges: [{ row: 200, col: 0, numRows: 1, numCols: 1 }],
      criteria: 'CELL_NOT_EMPTY',
      values: [],
      style: { background: '#000000' },
    };
    h.workbook.setConditionalRules(DASHBOARD, [
      userRule,
      ...h.workbook.getConditionalRules(DASHBOARD),
    ]);
    const chart = h.workbook.insertChart(DASHBOARD, {
      ...h.workbook.getCharts(DASHBOARD)[0],
      position: { row: 300, col: 0, offsetX: 0, offsetY: 0 },
    });
    refresh(h);
    expect(h.workbook.getConditionalRules(DASHBOARD)[0]).toEqual(userRule);
    expect(h.workbook.getConditionalRules(DASHBOARD)).toHaveLength(4);
    expect(h.workbook.getCharts(DASHBOARD).map((c) => c.id)).toContain(chart.id);
    expect(h.workbook.getCharts(DASHBOARD)).toHaveLength(6);
  });

  test('a new rep in the data: the next refresh rebuilds the layout and offers the rep', () => {
    const rules = h.workbook.getConditionalRules(DASHBOARD).length;
    const last = h.workbook.getLastRow('Activities');
    h.workbook.setInputs('Activities', last, 0, [
      [new Date(2026, 10, 10), 'Zoé Nouvelle', 'Paris', 'Call', 20, 'Connected', ''],
    ]);
    h.runtime.counter.reset();
    refresh(h);
    // Rewritten whole (the scope table grew), the user's rule kept, the scope still Lyon.
    expect(h.runtime.counter.snapshot()['Range.clearContent']).toBe(2);
    expect(h.workbook.getConditionalRules(DASHBOARD)).toHaveLength(rules);
    expect(h.workbook.getValue(DASHBOARD, 1, 1)).toBe('Team: Lyon');
    const labels = h.workbook.getValues(DATA, 1, 0, 40, 1).map((r) => r[0]);
    expect(labels).toContain('Rep: Zoé Nouvelle');
    expect(labels.indexOf('Rep: Zoé Nouvelle')).toBeGreaterThan(labels.indexOf('Team: Paris'));
  });

  test('a KPI retired on the relevance page loses its tile at the next refresh; its rows stay', () => {
    // Issue 15: the page's own server call, then the real menu command, on this demo.
    const tiles = () =>
      [4, 10].flatMap((row) => [0, 3, 6, 9].map((col) => h.workbook.getValue(DASHBOARD, row, col)));
    const before = tiles();
    expect(before).toContain('Net Promoter Score');
    const sheet = (name: string) =>
      h.workbook.getValues(
        name,
        0,
        0,
        h.workbook.getLastRow(name),
        h.workbook.getSheet(name).maxColumns,
      );
    const surveys = JSON.stringify(sheet('Surveys'));
    h.runtime.run('relevanceDecide', ['unused:nps', 'retire']);
    refresh(h);
    const after = tiles();
    // The other tiles close up in their order, and no cell of the Dashboard names it.
    expect(after.filter((name) => name !== '')).toEqual(
      before.filter((name) => name !== 'Net Promoter Score'),
    );
    expect(
      sheet(DASHBOARD)
        .flat()
        .filter((v) => String(v).includes('Net Promoter Score')),
    ).toEqual([]);
    // Its data, the Surveys rows, are as they were.
    expect(JSON.stringify(sheet('Surveys'))).toBe(surveys);
  });

  test('a user sheet named "KPI data" is left alone; the Sheets calls do not depend on the rows', () => {
    // Fewer rows: the same sheets and columns, most activities and deals removed; compared with
    // the whole demo's first refresh (this file's, one demo built the fewer). The smaller
    // workbook is a copy of this file's demo as set up, before its first refresh.
    const rowsKept = 500;
    const smaller = restoreHarness(setUp);
    smaller.runtime.clock.set(AS_OF);
    for (const key of ['activities', 'pipeline'] as const) {
      const name = SCHEMA[key].en;
      smaller.workbook.deleteRows(
        name,
        rowsKept + 1,
        smaller.workbook.getLastRow(name) - rowsKept - 1,
      );
    }
    smaller.workbook.addSheet('KPI data');
    smaller.workbook.setInput('KPI data', 0, 0, 'mine');
    smaller.runtime.counter.reset();
    refresh(smaller);
    expect(smaller.workbook.getValue('KPI data', 0, 0)).toBe('mine');
    expect(smaller.workbook.getSheet('KPI data (KPI)').hidden).toBe(true);
    const small = smaller.runtime.counter.snapshot();
    const pick = (c: Record<string, number>) =>
      Object.fromEntries(Object.entries(c).filter(([op]) => /^Range\.(get|set)/.test(op)));
    expect(pick(small)).toEqual(pick(firstCalls));
    expect(SHEET_KEYS).toContain('dashboard');
  }, 300_000);
});

describe('refresh dashboard: other workbooks', () => {
  test('before setup: says to set up the workbook first and writes nothing', () => {
    const h = addonHarness();
    h.runtime.invoke('menuRefreshDashboard', []);
    expect(h.ui.alerts.at(-1)!.prompt).toMatch(/^Set up the KPI workbook first/);
    expect(h.workbook.listSheets().map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('while another execution holds the document lock: says so and writes nothing', () => {
    const h = addonHarness();
    runSetupPage(h.runtime);
    const holder = h.runtime.begin();
    const lock = (holder.globals as { LockService: GoogleAppsScript.Lock.LockService }).LockService;
    expect(lock.getDocumentLock().tryLock(1000)).toBe(true);
    h.runtime.invoke('menuRefreshDashboard', []);
    holder.end();
    expect(h.ui.alerts.at(-1)!.prompt).toMatch(/^Another refresh or save is running/);
    expect(h.workbook.findSheet('KPI data')).toBeUndefined();
    expect(h.workbook.getValue('Dashboard', 0, 0)).toBe('');
  });

  test('in French: French labels and a "Données KPI" sheet; a deleted Dashboard is made again', () => {
    const h = addonHarness({ locale: 'fr_FR' });
    h.runtime.clock.set(new Date(2026, 10, 16, 9));
    runSetupPage(h.runtime);
    h.workbook.deleteSheet('Tableau de bord');
    h.runtime.invoke('menuRefreshDashboard', []);
    expect(h.workbook.findSheet('Tableau de bord')).toBeDefined();
    expect(h.workbook.getSheet('Données KPI').hidden).toBe(true);
    expect(h.workbook.getValue('Tableau de bord', 1, 0)).toBe('Périmètre');
    expect(h.workbook.getValue('Tableau de bord', 1, 1)).toBe('Entreprise');
    expect(h.workbook.getValue('Tableau de bord', 4, 0)).toBe('Appels');
    expect(h.ui.toasts.at(-1)!.message).toMatch(
      /^Tableau de bord actualisé : 1 périmètre, données au 16 novembre 2026\.$/,
    );
  });
});
