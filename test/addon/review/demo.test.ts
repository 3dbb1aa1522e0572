// Acceptance of the team review pack on the demo ("Set up KPI workbook with sample data" on 16
// November 2026, with an alert rule on Lyon's conversion applied, so its dip is an open action):
// the Lyon pack of October 2026 holds the dip, its attribution (computed here independently from
// the sample's Pipeline), the open action and the context note; a filled decision row becomes an
// Actions row exactly once, whether recorded by the page's button, the hourly run or both, and
// survives a rebuild of the sheet; the pack is mailed to approved members only. One demo.
import { generateSampleData } from '../../../src/addon/sample-data';
import { columnIndexes } from '../../../src/addon/schema';
import { pipelineDeals } from '../../../src/addon/history/deal-dates';
import { whyConversionMoved } from '../../../src/addon/history/why';
import { addPeriods, dayFromYmd } from '../../../src/kpi/days';
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import { SAMPLE_DIP } from '../../helpers/sample-dip';
import { actions, append, dataRows, sheetRow } from '../alerts/harness';
import { demoHarness } from '../dashboard/fixture';

const OWNER = { email: 'manager@example.com', locale: 'en' };
const FRENCH = { email: 'manager@example.com', locale: 'fr' };
const COACH = 'coach@example.com';
const LYON = { team: 'Lyon', kind: 'month', day: '2026-10-01' };
const SHEET = 'Review Lyon 2026-10';

let h: AddonHarness;
const run = (fn: string, args: unknown[] = [], user = OWNER) =>
  h.runtime.run(fn, args, { user }) as Record<string, unknown>;
const sheet = (name = SHEET) =>
  h.workbook.getValues(name, 0, 0, h.workbook.getLastRow(name), 8).map((r) => r.map(String));
const firstCells = (name = SHEET) => sheet(name).map((r) => r[0]);
const decisionHeader = () => firstCells().lastIndexOf('What');
const lyonLead = () => {
  const T = columnIndexes('teams');
  return String(dataRows(h, 'Teams').find((r) => r[T.team] === 'Lyon')![T.leadEmail]);
};
const decisionActions = () => actions(h).filter((a) => /^DEC-/.test(String(a.alertId)));

beforeAll(() => {
  h = demoHarness();
  append(h, 'Alerts', [
    sheetRow('alerts', {
      kpi: 'Lead → opportunity conversion',
      scopeType: 'Team',
      scope: 'Lyon',
      owner: COACH,
    }),
  ]);
  h.runtime.invoke('menuApplyAlerts', []);
});

test('the menu opens the page, which offers the teams and last month', () => {
  h.runtime.invoke('menuBuildReviewPack', [], { user: OWNER });
  expect(h.runtime.executions.at(-1)?.error).toBeUndefined();
  const init = run('reviewPageInit');
  expect(init.teams).toEqual(['Lyon', 'Nantes', 'Paris']);
  expect(init.defaults).toEqual({ month: '2026-10-01', week: '2026-11-16' });
});

test('the Lyon pack holds the dip, its attribution, the open action and the context note', () => {
  h.runtime.counter.reset();
  const built = run('reviewBuild', [LYON]);
  expect(h.runtime.counter.total()).toBeLessThanOrEqual(100);
  expect(built).toMatchObject({ outcome: 'built', sheet: SHEET });
  const rows = sheet();
  const cells = firstCells();
  expect(cells[0]).toBe('Team review: team Lyon, October 2026');
  for (const title of [
    'Objectives and pace',
    'What moved and why',
    'Open corrective actions',
    'Experiments running and concluded',
    'Context notes of the period',
    'Decisions',
  ])
    expect(cells).toContain(title);
  // The dip: Lyon's conversion fell from September to October (the sample's dip month).
  expect(SAMPLE_DIP).toMatchObject({ team: 'Lyon', conversionMonth: '2026-10' });
  const conversion = rows.find((r) => r[0] === 'Lead → opportunity conversion')!;
  const percent = (text: string) => Number(text.replace('%', ''));
  expect(percent(conversion[1])).toBeLessThan(percent(conversion[2]));
  // October is mature by 16 November: the fall is drawn, in points.
  expect(conversion[3]).toMatch(/^−\d+(\.\d)? pts$/);
  const points = Number(conversion[3].replace('−', '-').replace(' pts', ''));
  expect(points).toBeCloseTo(percent(conversion[1]) - percent(conversion[2]), 0);
  // Its attribution, as the Pipeline's flows say it, computed here from the sample itself.
  const deals = pipelineDeals(generateSampleData().pipeline, columnIndexes('pipeline'));
  const october = dayFromYmd(2026, 10, 1);
  const why = whyConversionMoved(
    deals,
    [addPeriods(october, 'month', -1), october],
    [october, addPeriods(october, 'month', 1)],
  )!;
  expect(why.main).toBe('Lyon');
  // Said as the company’s: the team’s own rates are in the KPI table below it.
  expect(cells).toContain(`For the whole company: ${why.sentence.en}`);
  // The open action the alert raised, with its owner and status.
  const open = rows.slice(cells.indexOf('Open corrective actions'));
  const action = open.find((r) => r[1] === 'Lead → opportunity conversion')!;
  expect(action).toEqual(expect.arrayContaining(['team Lyon', COACH, 'Open']));
  // The context note over the dip.
  const notes = rows.slice(cells.indexOf('Context notes of the period'));
  expect(notes.find((r) => r[3] === 'Competitor promotion in Lyon')?.[0]).toBe('1–20 Oct');
});

test('an existing pack is replaced only when the user confirms', () => {
  h.workbook.setInput(SHEET, decisionHeader() + 1, 0, 'Typed before');
  expect(run('reviewBuild', [LYON])).toMatchObject({ outcome: 'exists', sheet: SHEET });
  expect(firstCells()[decisionHeader() + 1]).toBe('Typed before');
  h.workbook.setInput(SHEET, decisionHeader() + 1, 0, '');
});

test('a filled decision row becomes an Actions row exactly once, and survives a rebuild', () => {
  const row = decisionHeader() + 1;
  h.workbook.setInputs(SHEET, row, 0, [['Call every web lead within a day', COACH, '2026-12-01']]);
  const first = run('reviewRecordDecisions', [LYON]);
  expect(first).toMatchObject({ outcome: 'recorded', added: ['DEC-1'] });
  expect(run('reviewRecordDecisions', [LYON])).toMatchObject({ outcome: 'recorded', added: [] });
  expect(decisionActions()).toHaveLength(1);
  expect(decisionActions()[0]).toMatchObject({
    correctiveAction: 'Call every web lead within a day',
    owner: COACH,
    scope: 'team Lyon',
    status: 'Open',
  });
  expect(String(decisionActions()[0].context)).toContain(`"${SHEET}", due 1 Dec 2026`);
  expect(sheet()[row][3]).toBe('DEC-1');
  // Rebuilt (confirmed): the decision and its ID are kept, and never recorded again.
  expect(run('reviewBuild', [{ ...LYON, replace: true }])).toMatchObject({ outcome: 'built' });
  const kept = sheet()[decisionHeader() + 1];
  expect(kept.slice(0, 2)).toEqual(['Call every web lead within a day', COACH]);
  expect(kept[3]).toBe('DEC-1');
  // The rebuilt pack lists the decision among the open actions.
  expect(sheet().some((r) => r[4] === 'Call every web lead within a day')).toBe(true);
  expect(run('reviewRecordDecisions', [LYON])).toMatchObject({ added: [] });
  expect(decisionActions()).toHaveLength(1);
});

test('the pack is mailed to the approved members only, with the same sections', () => {
  const view = run('summariesInit') as {
    settings: object;
    recipients: Array<{ email: string }>;
  };
  expect(view.recipients.map((r) => r.email)).toContain(lyonLead());
  run('summariesApprove', [[lyonLead()]]);
  // On, weekly (not due before Monday): it keeps the hourly trigger the next test ticks.
  run('summariesSave', [{ ...view.settings, enabled: true }]);
  const before = h.runtime.state.outbox.length;
  const sent = run('reviewSend', [LYON]);
  expect(sent).toMatchObject({ outcome: 'sent', sent: 1, awaiting: [COACH], deferred: 0 });
  const mails = h.runtime.state.outbox.slice(before);
  expect(mails.map((m) => m.to)).toEqual([[lyonLead()]]);
  const [mail] = mails;
  expect(mail.subject).toBe('team Lyon: review pack, October 2026');
  for (const text of [mail.body, mail.htmlBody ?? '']) {
    expect(text).toContain('What moved and why');
    expect(text).toContain('team Lyon’s own rate');
    expect(text).toContain('Open corrective actions');
    expect(text).toContain('Competitor promotion in Lyon');
    expect(text).toContain(SHEET);
  }
  // With the day's mail quota used up, nothing goes out: the approved recipient waits.
  const limit = h.runtime.state.mail.dailyLimit;
  h.runtime.state.mail.dailyLimit = 0;
  expect(run('reviewSend', [LYON])).toMatchObject({ sent: 0, deferred: 1 });
  h.runtime.state.mail.dailyLimit = limit;
  expect(h.runtime.state.outbox.length).toBe(before + 1);
});

test('the hourly run records a new decision, and the button then finds nothing left', () => {
  const trigger = h.runtime.state.triggers.find((t) => t.handler === 'onScheduleTick')!;
  const tick = () => {
    h.runtime.clock.advanceMinutes(60);
    h.runtime.invoke('onScheduleTick', [{ triggerUid: trigger.id }], { user: OWNER });
  };
  h.workbook.setInputs(SHEET, decisionHeader() + 2, 0, [
    ['Share the qualification checklist', COACH, ''],
  ]);
  tick();
  expect(decisionActions().map((a) => a.correctiveAction)).toEqual([
    'Call every web lead within a day',
    'Share the qualification checklist',
  ]);
  expect(sheet()[decisionHeader() + 2][3]).toBe('DEC-2');
  // The button after the tick: nothing left to record.
  expect(run('reviewRecordDecisions', [LYON])).toMatchObject({ added: [] });
});

test('in French: the sheet, its sections and the attribution', () => {
  const built = run('reviewBuild', [LYON], FRENCH);
  expect(built).toMatchObject({ outcome: 'built', sheet: 'Revue Lyon 2026-10' });
  const cells = firstCells('Revue Lyon 2026-10');
  expect(cells[0]).toBe('Revue d’équipe : équipe Lyon, octobre 2026');
  expect(cells).toContain('Ce qui a bougé et pourquoi');
  expect(cells.some((c) => c.includes('taux propre de l’équipe Lyon'))).toBe(true);
  expect(cells).toContain('Décisions');
});
