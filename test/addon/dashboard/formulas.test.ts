// The dashboard's formulas through the local formula engine (HyperFormula with the bundle's
// =KPI_* functions registered): for every scope of the selector, no formula of the Dashboard or
// of its hidden data sheet shows an error, and the tiles equal the metrics engine's values for the
// same scope and period. The demo's dip (team Lyon, October) turns its conversion tile red.
import { addPeriods, dayFromYmd, periodStart } from '../../../src/kpi/days';
import {
  computeMetric,
  type KpiKey,
  type Scope,
  type WorkbookData,
} from '../../../src/addon/metrics';
import { SAMPLE_DIP } from '../../helpers/sample-dip';
import { columnIndexes, type SheetKey } from '../../../src/addon/schema';
import { tileValueCell } from '../../../src/addon/dashboard/tiles';
import type { CellInput } from '../../../local/workbook';
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import { demoHarness, engineData, formulaErrors, refresh } from './fixture';

const DASHBOARD = 'Dashboard';
const DATA = 'KPI data';
// 16 November 2026: the last complete week starts on Monday 9, month is October, quarter Q3.
const AS_OF = dayFromYmd(2026, 11, 16);

function period(kpi: KpiKey): [number, number] {
  const unit = kpi === 'calls' || kpi === 'meetings' ? 'week' : kpi === 'nps' ? 'quarter' : 'month';
  const end = periodStart(AS_OF, unit);
  return [addPeriods(end, unit, -1), end];
}

/** A tile's value, or (previous) the value of the period before, shown below it. */
function tile(h: AddonHarness, kpi: KpiKey, previous = false): unknown {
  const cell = tileValueCell(kpi);
  return previous
    ? h.workbook.getValue(DASHBOARD, cell.row, cell.column)
    : h.workbook.getValue(DASHBOARD, cell.row - 1, cell.column - 1);
}

function expected(data: WorkbookData, kpi: KpiKey, scope: Scope, back = 0): number | '' {
  let [from, to] = period(kpi);
  if (back) {
    const unit =
      kpi === 'calls' || kpi === 'meetings' ? 'week' : kpi === 'nps' ? 'quarter' : 'month';
    [from, to] = [addPeriods(from, unit, -back), from];
  }
  return computeMetric(data, kpi, scope, from, to).value ?? '';
}

function scopeOf(label: string): Scope {
  if (label.startsWith('Team: ')) return { type: 'team', name: label.slice(6) };
  if (label.startsWith('Rep: ')) return { type: 'rep', name: label.slice(5) };
  return { type: 'company' };
}

const TILE_KPIS: KpiKey[] = [
  'calls',
  'meetings',
  'lead_to_opportunity',
  'win_rate',
  'revenue',
  'gross_margin',
  'new_customers',
  'nps',
];

/** What a scope shows: read once per scope (each scope change recalculates the dashboard). */
interface ScopeView {
  errors: string[];
  tiles: Record<string, { now: unknown; previous: unknown }>;
  funnel: unknown[][];
  conversion: { status: unknown; change: unknown; changeShown: string; background: unknown };
  /** The monthly table's month, revenue and context-marker cells (what the revenue chart draws). */
  months: unknown[][];
}

function viewOf(h: AddonHarness, label: string): ScopeView {
  h.workbook.setInput(DASHBOARD, 1, 1, label);
  const status = tileValueCell('lead_to_opportunity');
  return {
    errors: [...formulaErrors(h, DASHBOARD), ...formulaErrors(h, DATA)],
    tiles: Object.fromEntries(
      TILE_KPIS.map((kpi) => [kpi, { now: tile(h, kpi), previous: tile(h, kpi, true) }]),
    ),
    funnel: h.workbook.getValues(DASHBOARD, 59, 0, 2, 2),
    months: h.workbook
      .getDisplayValues(DASHBOARD, 67, 0, 12, 3)
      .map((row, i) => [
        row[0],
        h.workbook.getValue(DASHBOARD, 67 + i, 1),
        h.workbook.getValue(DASHBOARD, 67 + i, 2),
      ]),
    conversion: {
      status: h.workbook.getValue(DASHBOARD, status.row - 1, status.column + 1),
      change: h.workbook.getValue(DASHBOARD, status.row - 1, status.column),
      changeShown: h.workbook.getDisplayValue(DASHBOARD, status.row - 1, status.column),
      background: h.workbook.getCellStyle(DASHBOARD, status.row - 1, status.column - 1).background,
    },
  };
}

/** The company, every team, and per team its first rep in the list (Julien Moreau for Lyon). */
function chosen(labels: readonly string[]): string[] {
  const teams = labels.filter((l) => l.startsWith('Team: ')).map((l) => l.slice(6));
  const reps = labels.filter((l) => l.startsWith('Rep: '));
  const perTeam = teams.map((_, i) => reps[Math.floor((i * reps.length) / teams.length)]);
  return [
    ...labels.filter((l) => !l.startsWith('Rep: ')),
    ...new Set([...perTeam, 'Rep: Julien Moreau']),
  ].filter((l): l is string => l !== undefined && labels.includes(l));
}

describe('dashboard formulas through the formula engine', () => {
  let h: AddonHarness;
  let data: WorkbookData;
  let labels: string[];
  const views = new Map<string, ScopeView>();

  beforeAll(() => {
    h = demoHarness();
    h.workbook.registerFunctions(h.runtime.customFunctions());
    refresh(h);
    data = engineData(h);
    labels = h.workbook
      .getValues(DATA, 1, 0, 60, 1)
      .map((r) => String(r[0]))
      .filter((v) => v !== '');
    // The company, each team and one rep of each team, each chosen once (every rep's formulas are
    // the same as these; each scope costs the engine two seconds): the tests below read them.
    for (const label of chosen(labels)) views.set(label, viewOf(h, label));
  }, 600_000);

  test('every formula evaluates without error for the company, each team and a rep of each', () => {
    expect(labels).toHaveLength(16);
    expect([...views.keys()]).toHaveLength(7);
    for (const label of views.keys()) {
      const view = views.get(label)!;
      expect({ label, errors: view.errors }).toEqual({ label, errors: [] });
      // The sections computed something for the scope (no blank funnel, trend or tile).
      expect(typeof view.tiles.revenue.now).toBe('number');
      expect(view.funnel[0][0]).toBe('Leads');
      expect(typeof view.funnel[0][1]).toBe('number');
    }
  });

  test.each(['Company', 'Team: Lyon', 'Team: Paris', 'Rep: Julien Moreau'])(
    'tiles equal the metrics engine for %s (last complete period and the one before)',
    (label) => {
      const view = views.get(label)!;
      const scope = scopeOf(label);
      for (const kpi of TILE_KPIS) {
        const now = expected(data, kpi, scope);
        const before = expected(data, kpi, scope, 1);
        const got = view.tiles[kpi].now;
        const previous = view.tiles[kpi].previous;
        if (now === '') expect({ kpi, got }).toEqual({ kpi, got: '' });
        else expect({ kpi, got: (got as number).toFixed(9) }).toEqual({ kpi, got: now.toFixed(9) });
        if (before === '') expect(previous).toBe('');
        else expect((previous as number).toFixed(9)).toBe(before.toFixed(9));
      }
    },
  );

  test('the funnel counts the scope’s leads of the last 12 complete months as the engine does', () => {
    for (const label of ['Company', 'Team: Nantes']) {
      const leads = computeMetric(
        data,
        'lead_to_opportunity',
        scopeOf(label),
        dayFromYmd(2025, 11, 1),
        dayFromYmd(2026, 11, 1),
      );
      expect(views.get(label)!.funnel).toEqual([
        ['Leads', leads.detail!.leads],
        ['Opportunities', leads.detail!.opportunities],
      ]);
    }
  });

  test("the demo's dip: team Lyon's October conversion tile alerts, other teams' do not", () => {
    expect(SAMPLE_DIP.team).toBe('Lyon');
    const lyon = views.get('Team: Lyon')!.conversion;
    expect(lyon.status).toBe('Alert');
    // The change shown is the relative fall of about 30 %.
    expect(lyon.change as number).toBeLessThan(-0.2);
    expect(lyon.changeShown).toMatch(/^▼ /);
    expect(lyon.background).toBe('#f4c7c3');
    for (const team of ['Paris', 'Nantes']) {
      expect(views.get(`Team: ${team}`)!.conversion.status).not.toBe('Alert');
    }
  });

  test("the context notes mark their months on the revenue chart: Lyon's dip note in October", () => {
    const marked = (label: string) =>
      views
        .get(label)!
        .months.filter((m) => m[2] !== '')
        .map((m) => m[0]);
    // The marker is the month's revenue, so the point sits on the line.
    const october = views.get('Team: Lyon')!.months.find((m) => m[0] === 'Oct 2026')!;
    expect(typeof october[1]).toBe('number');
    expect(october[2]).toBe(october[1]);
    // Lyon: its competitor note over the dip (and its staffing note), the company's August.
    expect(marked('Team: Lyon')).toContain('Oct 2026');
    expect(marked('Team: Lyon')).toContain('Aug 2026');
    // Paris: only the company's note; the company sees every note.
    expect(marked('Team: Paris')).toEqual(['Aug 2026']);
    expect(marked('Company')).toEqual(marked('Team: Lyon'));
  });

  test('tiles take their objective and pace from Objectives, their threshold from Alerts', () => {
    const typed = (sheet: SheetKey, cells: Record<string, unknown>) => {
      const index = columnIndexes(sheet) as Record<string, number>;
      const row: unknown[] = new Array(Object.keys(index).length).fill('');
      for (const [key, value] of Object.entries(cells)) row[index[key]] = value;
      return row as CellInput[];
    };
    h.workbook.setInputs('Objectives', 1, 0, [
      typed('objectives', {
        id: 'OBJ-0001',
        kpi: 'Win rate',
        scopeType: 'Team',
        scope: 'Lyon',
        target: 0.3,
        status: 'Active',
        pace: 'behind',
      }),
      // Another team's objective, and a cancelled one, are not Lyon's.
      typed('objectives', {
        id: 'OBJ-0002',
        kpi: 'Win rate',
        scopeType: 'Team',
        scope: 'Paris',
        target: 0.5,
        pace: 'ahead',
      }),
      typed('objectives', {
        id: 'OBJ-0003',
        kpi: 'lead_to_opportunity',
        scopeType: 'Équipe',
        scope: 'Lyon',
        target: 0.5,
        status: 'Cancelled',
        pace: 'ahead',
      }),
    ]);
    // Lyon's conversion rule only alerts on a fall of half: October's −30 % does not breach it.
    // Its win rate (a few dozen closed deals a month, so noisy) only on a fall of 90 %.
    h.workbook.setInputs('Alerts', 1, 0, [
      typed('alerts', {
        id: 'ALR-0001',
        kpi: 'Lead → opportunity conversion',
        scopeType: 'Team',
        scope: 'Lyon',
        threshold: 0.5,
        active: 'Yes',
      }),
      typed('alerts', {
        id: 'ALR-0002',
        kpi: 'Win rate',
        scopeType: 'Team',
        scope: 'Lyon',
        threshold: 0.9,
        active: 'Yes',
      }),
    ]);
    h.workbook.setInput(DASHBOARD, 1, 1, 'Team: Lyon');
    const win = tileValueCell('win_rate');
    const conversion = tileValueCell('lead_to_opportunity');
    const cell = (c: { row: number; column: number }, dr: number, dc: number) =>
      h.workbook.getDisplayValue(DASHBOARD, c.row - 1 + dr, c.column - 1 + dc);
    expect([cell(win, 2, 1), cell(win, 2, 2), cell(win, 0, 2)]).toEqual([
      '30.0%',
      'behind',
      'Behind',
    ]);
    expect(h.workbook.getCellStyle(DASHBOARD, win.row - 1, win.column - 1).background).toBe(
      '#fce8b2',
    );
    expect([cell(conversion, 2, 1), cell(conversion, 0, 2)]).toEqual(['no objective', '']);
    h.workbook.setInput(DASHBOARD, 1, 1, 'Team: Paris');
    expect([cell(win, 2, 1), cell(win, 2, 2), cell(win, 0, 2)]).toEqual([
      '50.0%',
      'ahead',
      'On track',
    ]);
    h.workbook.clearContents('Objectives', { row: 1, col: 0, numRows: 3, numCols: 25 });
    h.workbook.clearContents('Alerts', { row: 1, col: 0, numRows: 2, numCols: 12 });
  }, 120_000);

  test('the trend section: monthly values with an anomaly flag beside each; a spike is flagged', () => {
    h.workbook.setInput(DASHBOARD, 1, 1, 'Rep: Julien Moreau');
    const title = h.workbook
      .getValues(DASHBOARD, 0, 0, 200, 1)
      .findIndex((r) => String(r[0]).startsWith('Trends and anomalies'));
    expect(title).toBeGreaterThan(100);
    const rows = () =>
      h.workbook.getValues(DASHBOARD, title + 3, 0, 40, 5).filter((r) => r[0] !== '');
    // Complete months only: December 2024 to October 2026, each with a boolean flag.
    expect(rows()).toHaveLength(23);
    for (const r of rows()) expect(typeof r[4]).toBe('boolean');
    // A huge order typed for him in a month that is not flagged makes it stand out.
    const calm = rows()
      .filter((r) => r[4] === false)
      .at(-1)![0] as Date;
    const month = (r: unknown[]) => r[0] instanceof Date && r[0].getTime() === calm.getTime();
    const orders = h.workbook.getLastRow('Orders');
    const day = new Date(calm.getFullYear(), calm.getMonth(), 10);
    h.workbook.setInputs('Orders', orders, 0, [
      ['O-SPIKE', 'C-00001', day, 5_000_000, 100, 'Julien Moreau', 'Lyon'],
    ]);
    expect(rows().find(month)![4]).toBe(true);
    h.workbook.deleteRows('Orders', orders, 1);
  }, 120_000);

  test('on 5 November October is still maturing: the conversion tile shows September', () => {
    // The demo's leads convert within 10 days (the measured window): October's last leads are
    // judged from 11 November on. Calls have no window: the last complete week is shown.
    h.workbook.setInput(DASHBOARD, 1, 1, labels[0]);
    h.workbook.setInput(DASHBOARD, 1, 4, new Date(2026, 10, 5));
    try {
      expect(h.workbook.getDisplayValue(DASHBOARD, 4, 8)).toBe('September 2026');
      expect(h.workbook.getDisplayValue(DASHBOARD, 4, 2)).toBe('Week of 26 Oct');
      const sep = [dayFromYmd(2026, 9, 1), dayFromYmd(2026, 10, 1)] as const;
      const company = { type: 'company' } as const;
      expect(tile(h, 'lead_to_opportunity')).toBeCloseTo(
        computeMetric(data, 'lead_to_opportunity', company, ...sep).value!,
        12,
      );
    } finally {
      h.workbook.setInput(DASHBOARD, 1, 4, new Date(2026, 10, 16));
    }
  });
});
