// The demo workbook ("Set up KPI workbook with sample data" on 16 November 2026: data up to the
// 15th) through the built add-on: the built-in dip (team Lyon, October: lead → opportunity conversion −30 %, NPS
// about −20 points) raises the conversion and NPS alerts for Lyon only, with the catalogue's
// corrective actions; the sheets turn red where it matters; a second apply adds nothing; and the
// Sheets calls do not depend on the data size. Expected values are counted straight from the
// sheet's rows.
import { CF_COLOURS } from '../../../src/addon/workbook/cf-model';
import { COLOURED_SHEETS } from '../../../src/addon/alerts/cf-plan';
import { kpiEntry } from '../../../src/addon/metrics';
import { SAMPLE_DIP } from '../../helpers/sample-dip';
import { columnIndexes } from '../../../src/addon/schema';
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import { addonHarness } from '../../../local/harness/addon-runtime';
import { actions, append, at, dataRows, northRule, sheetRow, smallWorkbook } from './harness';
import { runSetupPage } from '../../../local/harness/setup-page';

const { red: RED, amber: AMBER, green: GREEN } = CF_COLOURS;
const P = columnIndexes('pipeline');
const S = columnIndexes('surveys');
const A = columnIndexes('activities');
const inMonth = (cell: unknown, y: number, m: number) =>
  cell instanceof Date && cell.getFullYear() === y && cell.getMonth() === m - 1;
const inDays = (cell: unknown, from: Date, to: Date) =>
  cell instanceof Date && cell >= from && cell < to;

let h: AddonHarness;
let applyCalls: Record<string, number>;
/** The data rows of a sheet, read once (the source sheets do not change after the setup). */
const cache = new Map<string, unknown[][]>();
const rows = (sheet: string) => {
  if (!cache.has(sheet)) cache.set(sheet, dataRows(h, sheet));
  return cache.get(sheet)!;
};
const callsOf = (rep: string, from: Date, to: Date) =>
  rows('Activities').filter(
    (r) => r[A.rep] === rep && r[A.type] === 'Call' && inDays(r[A.date], from, to),
  ).length;
const WEEK = [at(2026, 11, 9, 0), at(2026, 11, 16, 0)] as const;
const DAY = 86_400_000;
/** Days from a deal's latest stage date (opportunity or proposal) to 16 November. */
const idleDays = (r: unknown[]) => {
  const stages = [r[P.opportunityDate], r[P.proposalDate]].filter(
    (c): c is Date => c instanceof Date,
  );
  return Math.round(
    (at(2026, 11, 16, 0).getTime() - Math.max(...stages.map((c) => c.getTime()))) / DAY,
  );
};

/** Straight from the rows: a team's leads of a month and the share with an Opportunity date. */
function conversion(team: string, m: number): number {
  const leads = rows('Pipeline').filter(
    (r) => r[P.team] === team && inMonth(r[P.leadDate], 2026, m),
  );
  return leads.filter((r) => r[P.opportunityDate] !== '').length / leads.length;
}

function nps(team: string, from: Date, to: Date): number {
  const scores = rows('Surveys')
    .filter((r) => r[S.team] === team && r[S.kind] === 'NPS' && inDays(r[S.date], from, to))
    .map((r) => r[S.score] as number);
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return (100 * (promoters - detractors)) / scores.length;
}

/** An objective row as the wizard writes it (the Pace cell holds KPI_PROGRESS's status text). */
const objectiveRow = (cells: Parameters<typeof sheetRow<'objectives'>>[1]) =>
  sheetRow('objectives', { frequency: 'Weekly', status: 'Active', ...cells });

beforeAll(() => {
  h = addonHarness();
  h.runtime.clock.set(at(2026, 11, 16));
  runSetupPage(h.runtime, true);
  // The sample ends yesterday: this morning Manon logs a call, a row of the week in progress.
  const manonsTeam = rows('Activities').find((r) => r[A.rep] === 'Manon Petit')![A.team];
  append(h, 'Activities', [
    sheetRow('activities', {
      date: at(2026, 11, 16, 0),
      rep: 'Manon Petit',
      team: manonsTeam,
      type: 'Call',
      duration: 10,
      outcome: 'Connected',
    }),
  ]);
  cache.clear();
  const [manon, sarah, julien] = ['Manon Petit', 'Sarah Leroy', 'Julien Moreau'].map((rep) =>
    callsOf(rep, ...WEEK),
  );
  // Activity objectives over 2–29 November (28 days, so a week's share is a quarter of the
  // total): Manon at 90 % of her week's share, Sarah at 120 %, Julien exactly on it.
  const calls = (id: string, rep: string, total: number, pace: string) =>
    objectiveRow({
      id,
      kpi: 'Calls',
      scopeType: 'Rep',
      scope: rep,
      target: total,
      pace,
      start: at(2026, 11, 2, 0),
      deadline: at(2026, 11, 29, 0),
    });
  append(h, 'Objectives', [
    objectiveRow({
      id: 'OBJ-0001',
      kpi: 'Net Promoter Score',
      scopeType: 'Team',
      scope: 'Lyon',
      baseline: Math.round(nps('Lyon', at(2026, 9, 1, 0), at(2026, 10, 1, 0))),
      target: Math.round(nps('Lyon', at(2026, 9, 1, 0), at(2026, 10, 1, 0))) + 10,
      start: at(2026, 10, 1, 0),
      deadline: at(2026, 12, 31, 0),
      frequency: 'Monthly',
      owner: 'lead.lyon@example.com',
      pace: 'behind',
    }),
    calls('OBJ-0002', 'Manon Petit', (4 * manon) / 0.9, 'ahead'),
    calls('OBJ-0003', 'Sarah Leroy', (4 * sarah) / 1.2, 'on track'),
    calls('OBJ-0004', 'Julien Moreau', 4 * julien, 'ahead'),
  ]);
  append(h, 'Alerts', [
    ...['Lyon', 'Paris', 'Nantes'].map((team) =>
      sheetRow('alerts', { kpi: 'Lead → opportunity conversion', scopeType: 'Team', scope: team }),
    ),
    // The objective gives the KPI, the scope and its monthly tracking.
    sheetRow('alerts', { objectiveId: 'OBJ-0001' }),
  ]);
  h.runtime.counter.reset();
  h.runtime.invoke('menuApplyAlerts', []);
  applyCalls = h.runtime.counter.snapshot();
});

describe('the demo dip', () => {
  it('is Lyon’s October', () => {
    expect(SAMPLE_DIP).toMatchObject({ team: 'Lyon', month: '2026-10' });
  });

  it('raises Lyon’s conversion and NPS alerts, with the catalogue’s corrective actions', () => {
    const rows = actions(h);
    const alerts = rows.filter((r) => r.kind === 'Alert');
    expect(alerts.map((r) => [r.alertId, r.kpi, r.scope])).toEqual([
      ['ALR-0001', 'Lead → opportunity conversion', 'team Lyon'],
      ['ALR-0004', 'Net Promoter Score', 'team Lyon'],
    ]);
    const [conv, score] = alerts;
    expect(conv.previous).toBeCloseTo(conversion('Lyon', 9), 12);
    expect(conv.current).toBeCloseTo(conversion('Lyon', 10), 12);
    expect(conv.change).toBeCloseTo(conversion('Lyon', 10) / conversion('Lyon', 9) - 1, 12);
    expect(conv.change as number).toBeLessThanOrEqual(-0.1);
    expect(conv.correctiveAction).toBe(kpiEntry('lead_to_opportunity').alert.action.en);
    expect(score.previous).toBeCloseTo(nps('Lyon', at(2026, 9, 1, 0), at(2026, 10, 1, 0)), 10);
    expect(score.current).toBeCloseTo(nps('Lyon', at(2026, 10, 1, 0), at(2026, 11, 1, 0)), 10);
    expect(score.change as number).toBeLessThanOrEqual(-10);
    expect(score.correctiveAction).toBe(kpiEntry('nps').alert.action.en);
    expect(score.owner).toBe('lead.lyon@example.com');
    for (const r of alerts) expect(r).toMatchObject({ status: 'Open', period: at(2026, 10, 1, 0) });
  });

  it('and, half-way through the NPS objective with the dip, a behind-pace warning', () => {
    const pace = actions(h).filter((r) => r.kind === 'Behind pace');
    expect(pace).toHaveLength(1);
    expect(pace[0]).toMatchObject({
      alertId: 'ALR-0004',
      kpi: 'Net Promoter Score',
      scope: 'team Lyon',
    });
    // The NPS from 1 October to today (16 November, included).
    expect(pace[0].current).toBeCloseTo(nps('Lyon', at(2026, 10, 1, 0), at(2026, 11, 17, 0)), 10);
  });

  it('the dialog names them with their corrective actions', () => {
    const dialog = h.ui.alerts.at(-1)!.prompt;
    expect(dialog).toContain('Checked 4 active alert rules');
    expect(dialog).toContain('New alerts (3):');
    expect(dialog).toContain(`• Lead → opportunity conversion, team Lyon: `);
    expect(dialog).toContain(kpiEntry('nps').alert.action.en);
  });
});

describe('the sheets turn red where it matters', () => {
  const firstRow = (sheet: string, test: (r: unknown[]) => boolean) => {
    const row = rows(sheet).findIndex(test) + 1;
    if (row === 0) throw new Error(`no such row in ${sheet}`);
    return row;
  };

  it('Pipeline: Lyon’s October leads that did not convert; not Paris’s', () => {
    const unconverted = (team: string) =>
      firstRow(
        'Pipeline',
        (r) =>
          r[P.team] === team && inMonth(r[P.leadDate], 2026, 10) && r[P.opportunityDate] === '',
      );
    const lyon = h.workbook.getCellStyle('Pipeline', unconverted('Lyon'), P.account);
    expect(lyon).toMatchObject({ background: RED.background, fontColor: RED.font });
    expect(h.workbook.getCellStyle('Pipeline', unconverted('Paris'), P.account).background).toBe(
      undefined,
    );
    // A Lyon lead that did convert (and whose opportunity is not idle) keeps its colour.
    const converted = firstRow(
      'Pipeline',
      (r) =>
        r[P.team] === 'Lyon' &&
        inMonth(r[P.leadDate], 2026, 10) &&
        r[P.opportunityDate] !== '' &&
        idleDays(r) < 10,
    );
    expect(h.workbook.getCellStyle('Pipeline', converted, P.account).background).toBe(undefined);
  });

  it('Pipeline: open deals idle longer than the median cycle red, more than half of it amber', () => {
    // The median of Won date − Lead date over the deals won in the last 365 days.
    const cycles = rows('Pipeline')
      .filter((r) => inDays(r[P.wonDate], at(2025, 11, 16, 0), at(2026, 11, 17, 0)))
      .map((r) =>
        Math.round(((r[P.wonDate] as Date).getTime() - (r[P.leadDate] as Date).getTime()) / DAY),
      )
      .sort((a, b) => a - b);
    const mid = cycles.length >> 1;
    const median = cycles.length % 2 ? cycles[mid] : (cycles[mid - 1] + cycles[mid]) / 2;
    const open = (test: (idle: number) => boolean) =>
      firstRow(
        'Pipeline',
        (r) =>
          r[P.opportunityDate] !== '' &&
          r[P.wonDate] === '' &&
          r[P.lostDate] === '' &&
          test(idleDays(r)),
      );
    const colour = (row: number) => h.workbook.getCellStyle('Pipeline', row, P.dealId).background;
    expect(colour(open((idle) => idle > median))).toBe(RED.background);
    expect(colour(open((idle) => idle > median / 2 && idle <= median))).toBe(AMBER.background);
    expect(colour(open((idle) => idle <= median / 2))).toBe(undefined);
  });

  it('Surveys: Lyon’s October detractors', () => {
    const answer = (team: string, low: boolean) =>
      firstRow(
        'Surveys',
        (r) =>
          r[S.team] === team &&
          r[S.kind] === 'NPS' &&
          inMonth(r[S.date], 2026, 10) &&
          (r[S.score] as number) <= 6 === low,
      );
    expect(h.workbook.getCellStyle('Surveys', answer('Lyon', true), S.score).background).toBe(
      RED.background,
    );
    expect(h.workbook.getCellStyle('Surveys', answer('Lyon', false), S.score).background).not.toBe(
      RED.background,
    );
    expect(h.workbook.getCellStyle('Surveys', answer('Paris', true), S.score).background).not.toBe(
      RED.background,
    );
  });

  it('Activities: reps behind, on track or ahead of their weekly share of calls', () => {
    const rowOf = (rep: string, from: Date, to: Date) =>
      firstRow('Activities', (r) => r[A.rep] === rep && inDays(r[A.date], from, to));
    const style = (rep: string) =>
      h.workbook.getCellStyle('Activities', rowOf(rep, ...WEEK), A.rep).background;
    expect(style('Manon Petit')).toBe(RED.background);
    expect(style('Julien Moreau')).toBe(AMBER.background);
    expect(style('Sarah Leroy')).toBe(GREEN.background);
    // Their rows of this week too; not those before the week judged, nor other reps'.
    const thisWeek = rowOf('Manon Petit', at(2026, 11, 16, 0), at(2026, 11, 17, 0));
    expect(h.workbook.getCellStyle('Activities', thisWeek, A.date).background).toBe(RED.background);
    const before = rowOf('Manon Petit', at(2026, 11, 2, 0), at(2026, 11, 9, 0));
    expect(h.workbook.getCellStyle('Activities', before, A.date).background).toBeUndefined();
    expect(
      h.workbook.getCellStyle('Activities', rowOf('Hugo Lambert', ...WEEK), A.rep).background,
    ).toBeUndefined();
  });

  it('Objectives: the pace column; Actions: the open rows', () => {
    const pace = columnIndexes('objectives').pace;
    const colours = [1, 2, 3, 4].map(
      (r) => h.workbook.getCellStyle('Objectives', r, pace).background,
    );
    expect(colours).toEqual([RED.background, GREEN.background, AMBER.background, GREEN.background]);
    expect(h.workbook.getCellStyle('Actions', 1, columnIndexes('actions').status).background).toBe(
      RED.background,
    );
  });
});

describe('Sheets calls', () => {
  it('each sheet is read once, each output block written once', () => {
    // 5 source sheets, Teams, Objectives, Alerts, Actions, and the Context notes.
    expect(applyCalls['Sheet.getSheetValues']).toBe(10);
    expect(applyCalls['Range.getValues']).toBeUndefined();
    // The new IDs in Alerts, the new rows in Actions and their formats.
    expect(applyCalls['Range.setValues']).toBe(2);
    expect(applyCalls['Range.setNumberFormats']).toBe(1);
    // One read and at most one write of each coloured sheet's rules.
    expect(applyCalls['Sheet.getConditionalFormatRules']).toBe(7);
    expect(applyCalls['Sheet.setConditionalFormatRules']).toBeLessThanOrEqual(7);
  });

  it('the reads are the same on a workbook of 160 rows as on the demo’s 60,000', () => {
    const small = smallWorkbook();
    append(small, 'Alerts', [northRule()]);
    small.runtime.counter.reset();
    small.runtime.invoke('menuApplyAlerts', []);
    // A sheet's size (getMaxRows) is asked only of a sheet that gets colours, and the two
    // workbooks colour different sheets: at most once per coloured sheet in both.
    const reads = (calls: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(calls).filter(
          ([op]) =>
            !/\.(set|insert|when|build|new)|Builder/.test(op) &&
            op !== 'Sheet.getRange' &&
            op !== 'Sheet.getMaxRows',
        ),
      );
    const smallCalls = small.runtime.counter.snapshot();
    expect(reads(smallCalls)).toEqual(reads(applyCalls));
    for (const calls of [smallCalls, applyCalls])
      expect(calls['Sheet.getMaxRows'] ?? 0).toBeLessThanOrEqual(COLOURED_SHEETS.length);
    expect(actions(small)).toHaveLength(1);
  });

  it('a second apply in the same period adds nothing', () => {
    const before = dataRows(h, 'Actions');
    h.runtime.counter.reset();
    h.runtime.invoke('menuApplyAlerts', []);
    expect(dataRows(h, 'Actions')).toEqual(before);
    expect(h.runtime.counter.snapshot()['Range.setValues'] ?? 0).toBe(0);
  });
});
