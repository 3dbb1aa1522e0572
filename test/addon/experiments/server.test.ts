// The Experiments server functions on the built add-on, through google.script.run's rules, on a
// small workbook whose conversions are set by construction: in September 2026 team Alpha turns
// 20 of 40 leads into opportunities, Beta 5 of 40, Gamma 20 of 40. Expected values are worked
// out by hand: the sample size of a 50 % baseline and a −60 % lift is
// ⌈(1.95996·√(2·0.35·0.65) + 0.84162·√(0.25 + 0.16))² / 0.3²⌉ = 39; Alpha vs Beta gives
// rates 0.5 and 0.125, lift −0.75, pooled 0.3125, z = −0.375 / √(0.3125·0.6875·(2/40)) = −3.6181,
// two-sided p = erfc(3.6181/√2) = 0.000296732.
import { useScriptTimeZone } from '../../../local/playground/script-zone';
import { columnIndexes } from '../../../src/addon/schema';
import type {
  ExperimentsInit,
  ExperimentSummary,
  PlanResult,
  StartResult,
} from '../../../src/server/experiments-contract';
import { addonHarness, type AddonHarness } from '../../../local/harness/addon-runtime';
import { runSetupPage } from '../../../local/harness/setup-page';

useScriptTimeZone();

const SHEET = 'Experiments';
const col = columnIndexes('experiments') as Record<string, number>;

function leads(team: string, count: number, converted: number): unknown[][] {
  const pipeline = columnIndexes('pipeline') as Record<string, number>;
  return Array.from({ length: count }, (_, i) => {
    const row: unknown[] = new Array(Object.keys(pipeline).length).fill('');
    row[pipeline.dealId] = `${team}-${i}`;
    row[pipeline.rep] = `${team} rep`;
    row[pipeline.team] = team;
    row[pipeline.leadDate] = new Date(2026, 8, 1 + (i % 28));
    if (i < converted) row[pipeline.opportunityDate] = new Date(2026, 8, 6 + (i % 20));
    return row;
  });
}

function workbook(): AddonHarness {
  const h = addonHarness();
  h.runtime.clock.set(new Date(2026, 10, 3, 9));
  runSetupPage(h.runtime);
  h.workbook.setInputs('Pipeline', 1, 0, [
    ...leads('Alpha', 40, 20),
    ...leads('Beta', 40, 5),
    ...leads('Gamma', 40, 20),
  ] as never);
  h.workbook.registerFunctions(h.runtime.customFunctions());
  return h;
}

const draft = (overrides: Record<string, unknown> = {}) => ({
  technique: 'Video follow-ups',
  hypothesis: 'A short personal video after the first call converts more leads.',
  kpi: 'lead_to_opportunity',
  groupType: 'team',
  control: 'Alpha',
  variant: 'Beta',
  start: '2026-09-01',
  end: '2026-09-30',
  baselineRate: 0.5,
  minLift: -0.6,
  ...overrides,
});

function row(h: AddonHarness, index: number): Record<string, unknown> {
  const cells = h.workbook.getValues(SHEET, 1 + index, 0, 1, Object.keys(col).length)[0];
  return Object.fromEntries(Object.entries(col).map(([key, i]) => [key, cells[i]]));
}

describe('experiments server', () => {
  let h: AddonHarness;
  beforeAll(() => {
    h = workbook();
  });

  test('init: the rate KPIs, the teams and reps of the data, no experiment yet', () => {
    const init = h.runtime.run('experimentsInit', []) as ExperimentsInit;
    expect(init.kpis.map((k) => k.key)).toEqual([
      'lead_to_opportunity',
      'opportunity_to_proposal',
      'win_rate',
      'referral_rate',
      'retention',
      'csat',
    ]);
    expect(init.kpis[0]).toEqual({
      key: 'lead_to_opportunity',
      name: 'Lead → opportunity conversion',
      subjects: 'leads',
    });
    expect(init.teams).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(init.reps).toEqual([
      { name: 'Alpha rep', team: 'Alpha' },
      { name: 'Beta rep', team: 'Beta' },
      { name: 'Gamma rep', team: 'Gamma' },
    ]);
    expect(init).toMatchObject({ today: '2026-11-03', alpha: 0.05, power: 0.8, experiments: [] });
    expect(init.workbookReady).toBe(true);
  });

  test('plan: the sample size per group (KPI_SAMPLE_SIZE) and the weeks it takes', () => {
    const given = h.runtime.run('experimentsPlan', [
      { ...draft(), baselineRate: 0.4, minLift: 0.5 },
    ]) as PlanResult;
    expect(given).toMatchObject({ ok: true, errors: {}, baselineRate: 0.4, sampleSize: 97 });
    // Without a baseline, Alpha's rate over the last 90 days (20 of 40) is proposed; 40 leads in
    // 90 days is 3.11 a week, so 39 leads take ⌈39 / 3.11⌉ = 13 weeks.
    const measured = h.runtime.run('experimentsPlan', [
      { ...draft(), baselineRate: null },
    ]) as PlanResult;
    expect(measured).toMatchObject({
      ok: true,
      baselineRate: 0.5,
      baselineSubjects: 40,
      sampleSize: 39,
      weeksNeeded: 13,
    });
    expect(measured.summary).toBe(
      'To detect a change from 50% to 20% (5% significance, 80% power), each group needs 39 leads. At the last 90 days’ pace, that takes about 13 weeks.',
    );
  });

  test('plan: field errors in the user’s words, nothing computed', () => {
    const result = h.runtime.run('experimentsPlan', [
      { kpi: 'revenue', groupType: 'team', control: 'Alpha', variant: 'Zeta', minLift: 0 },
    ]) as PlanResult;
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({
      kpi: 'Choose one of the KPIs offered (a rate, so that the groups can be compared).',
      variant: 'No team "Zeta" in the data.',
      minLift: 'Give a lift other than 0 (10 % to detect a rise of a tenth).',
    });
    const same = h.runtime.run('experimentsPlan', [
      { ...draft(), variant: 'alpha', baselineRate: 0.9, minLift: 0.2 },
    ]) as PlanResult;
    expect(same.errors).toEqual({
      variant: 'The control and variant groups must differ.',
      minLift: 'With this baseline, the lifted rate (108.0 %) would leave 0 % to 100 %.',
    });
    const start = h.runtime.run('experimentsStart', [
      { ...draft(), technique: ' ', start: '2026-10-01', end: '2026-09-01' },
    ]) as StartResult;
    expect(start).toEqual({
      ok: false,
      errors: { technique: 'Required.', end: 'The end must come after the start.' },
    });
    expect(h.workbook.getLastRow(SHEET)).toBe(1);
  });

  test('start: a losing result (Alpha vs Beta in September, ended) is concluded and logged', () => {
    const result = h.runtime.run('experimentsStart', [draft()]) as StartResult;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.id).toBe('EXP-0001');
    const e = result.experiments[0];
    expect(e).toMatchObject({
      id: 'EXP-0001',
      sampleSize: 39,
      control: { name: 'Alpha', successes: 20, total: 40, rate: 0.5 },
      variant: { name: 'Beta', successes: 5, total: 40, rate: 0.125 },
      verdict: 'variantLoses',
      verdictLabel: 'Variant loses',
      // Its end day (30 September) has passed: it ends at once, with its verdict.
      status: 'concluded',
      progress: 1,
    });
    expect(e.lift).toBeCloseTo(-0.75, 12);
    expect(e.pValue).toBeCloseTo(0.000296732, 8);
    // The sheet's formulas say the same through =KPI_SAMPLE_SIZE and =KPI_EXPERIMENT.
    const cells = row(h, 0);
    expect(cells).toMatchObject({
      id: 'EXP-0001',
      technique: 'Video follow-ups',
      kpi: 'Lead → opportunity conversion',
      groupType: 'Team',
      control: 'Alpha',
      variant: 'Beta',
      sampleSize: 39,
      controlSuccesses: 20,
      controlTotal: 40,
      variantSuccesses: 5,
      variantTotal: 40,
      controlRate: 0.5,
      variantRate: 0.125,
      verdict: 'Variant loses',
      status: 'Concluded',
      owner: 'manager@example.com',
    });
    expect(cells.lift as number).toBeCloseTo(-0.75, 12);
    expect(cells.pValue as number).toBeCloseTo(0.000296732, 8);
    expect(h.workbook.getFormula(SHEET, 1, col.sampleSize)).toBe(
      '=IFERROR(KPI_SAMPLE_SIZE(J2,K2),"")',
    );
  });

  test('start: a null result and a running experiment without enough data yet', () => {
    const nul = h.runtime.run('experimentsStart', [
      draft({ technique: '=HYPERLINK("x")', variant: 'Gamma' }),
    ]) as StartResult;
    const running = h.runtime.run('experimentsStart', [
      draft({ technique: 'Morning calls', start: '2026-11-01', end: '2026-12-31', minLift: 0.1 }),
    ]) as StartResult;
    if (!nul.ok || !running.ok) throw new Error('not started');
    expect(nul.experiments[1]).toMatchObject({ verdict: 'noDifference', pValue: 1, lift: 0 });
    expect(running.experiments[2]).toMatchObject({
      id: 'EXP-0003',
      sampleSize: 1565,
      control: { total: 0 },
      variant: { total: 0 },
      verdict: 'notEnoughData',
      verdictLabel: 'Not enough data yet',
      progress: 0,
    });
    expect(row(h, 1).technique).toBe('=HYPERLINK("x")');
    expect(h.workbook.getFormula(SHEET, 2, col.technique)).toBe('');
    expect(row(h, 1).verdict).toBe('No significant difference');
    expect(row(h, 2).verdict).toBe('Not enough data yet');
  });

  test('update: ended experiments conclude and keep their verdict; nothing is deleted', () => {
    let list = h.runtime.run('experimentsRefresh', []) as ExperimentSummary[];
    expect(list.map((e) => [e.id, e.status, e.verdict])).toEqual([
      ['EXP-0001', 'concluded', 'variantLoses'],
      ['EXP-0002', 'concluded', 'noDifference'],
      ['EXP-0003', 'running', 'notEnoughData'],
    ]);
    expect(row(h, 0)).toMatchObject({ status: 'Concluded', verdict: 'Variant loses' });
    // Leads typed later for September do not change a concluded experiment.
    h.workbook.setInputs(
      'Pipeline',
      h.workbook.getLastRow('Pipeline'),
      0,
      leads('Beta', 40, 40) as never,
    );
    // On its end day it still runs; the day after, opening the page ends it (no Refresh
    // needed), without having reached its sample, in the spreadsheet's zone: 1 January 2027
    // 00:30 in Paris is still 31 December in UTC.
    h.runtime.clock.set(new Date('2026-12-31T22:00:00Z'));
    let init = h.runtime.run('experimentsInit', []) as ExperimentsInit;
    expect(init.experiments[2].status).toBe('running');
    expect(row(h, 2).status).toBe('Running');
    h.runtime.clock.set(new Date('2026-12-31T23:30:00Z'));
    init = h.runtime.run('experimentsInit', []) as ExperimentsInit;
    expect(init.experiments.map((e) => [e.id, e.status, e.verdictLabel])).toEqual([
      ['EXP-0001', 'concluded', 'Variant loses'],
      ['EXP-0002', 'concluded', 'No significant difference'],
      ['EXP-0003', 'concluded', 'Inconclusive: sample not reached'],
    ]);
    expect(row(h, 2)).toMatchObject({
      status: 'Concluded',
      verdict: 'Inconclusive: sample not reached',
    });
    h.runtime.clock.set(new Date(2027, 0, 5, 9));
    list = h.runtime.run('experimentsRefresh', []) as ExperimentSummary[];
    expect(list.map((e) => [e.id, e.status, e.verdict])).toEqual([
      ['EXP-0001', 'concluded', 'variantLoses'],
      ['EXP-0002', 'concluded', 'noDifference'],
      ['EXP-0003', 'concluded', 'inconclusive'],
    ]);
    expect(list[0].variant).toMatchObject({ successes: 5, total: 40 });
    expect(h.workbook.getLastRow(SHEET)).toBe(4);
  });

  test('while another execution holds the document lock, nothing is written', () => {
    const holder = h.runtime.begin();
    const lock = (
      holder.globals as { LockService: GoogleAppsScript.Lock.LockService }
    ).LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    const result = h.runtime.run('experimentsStart', [draft()]) as StartResult;
    holder.end();
    expect(result).toEqual({
      ok: false,
      outcome: 'busy',
      message:
        'Another save is running in this spreadsheet. Try again in a minute; nothing was written.',
    });
    expect(h.workbook.getLastRow(SHEET)).toBe(4);
  });

  test('one sample size: the plan’s figure is the saved card’s and the sheet’s', () => {
    h.runtime.clock.set(new Date(2026, 10, 3, 9));
    // Delta turns 11 of 19 September leads into opportunities: 57.894… %, which the form shows
    // (and saves) as 57.9 %. The plan's figure must be the one of the rate it proposes.
    h.workbook.setInputs(
      'Pipeline',
      h.workbook.getLastRow('Pipeline'),
      0,
      leads('Delta', 19, 11) as never,
    );
    const plan = h.runtime.run('experimentsPlan', [
      draft({ control: 'Delta', variant: 'Gamma', baselineRate: null, minLift: 0.1 }),
    ]) as PlanResult;
    expect(plan.baselineRate).toBe(0.579);
    const typed = h.runtime.run('experimentsPlan', [
      draft({ control: 'Delta', variant: 'Gamma', baselineRate: 0.579, minLift: 0.1 }),
    ]) as PlanResult;
    expect(plan.sampleSize).toBe(typed.sampleSize);
    const started = h.runtime.run('experimentsStart', [
      draft({
        control: 'Delta',
        variant: 'Gamma',
        baselineRate: plan.baselineRate,
        minLift: 0.1,
        end: '2026-12-31',
      }),
    ]) as StartResult;
    if (!started.ok) throw new Error('not started');
    const card = started.experiments.find((e) => e.id === started.id)!;
    expect(card.sampleSize).toBe(plan.sampleSize);
    expect(row(h, h.workbook.getLastRow(SHEET) - 2).sampleSize).toBe(plan.sampleSize);
  });
});

describe('experiments before setup', () => {
  test('the page says the workbook is not ready; starting asks to set it up', () => {
    const h = addonHarness();
    const init = h.runtime.run('experimentsInit', []) as ExperimentsInit;
    expect(init.workbookReady).toBe(false);
    expect(init.experiments).toEqual([]);
    const result = h.runtime.run('experimentsStart', [draft()]) as StartResult;
    expect(result.ok).toBe(false);
  });

  test('the menu item opens the Experiments sidebar, in French for a French user', () => {
    const h = addonHarness({ locale: 'fr_FR' });
    h.runtime.invoke('onOpen', [{ authMode: 'FULL' }]);
    const item = h.ui.menuItems().find((i) => i.functionName === 'menuShowExperiments');
    expect(item!.caption).toMatch(/Expériences…$/);
    h.runtime.invoke('menuShowExperiments', []);
    expect(h.ui.sidebar!.title).toBe('Expériences');
  });
});
