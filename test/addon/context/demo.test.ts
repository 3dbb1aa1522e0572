// Acceptance of the context log on the demo ("Set up KPI workbook with sample data" on 16
// November 2026): the seeded note over Lyon's October dip (a competitor's promotion, 1–20
// October) shows beside the conversion alert in the Actions log, in Lyon's lead's email, and in
// the Dashboard's Context table when Lyon is chosen (not when Paris is). One demo for the file.
import { SAMPLE_DIP } from '../../helpers/sample-dip';
import { columnIndexes } from '../../../src/addon/schema';
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import { demoHarness, refresh } from '../dashboard/fixture';
import { actions, append, dataRows, sheetRow } from '../alerts/harness';
import { session } from '../../../local/harness/summaries-session';

const NOTE = 'Context: Competitor promotion in Lyon, 1–20 Oct';
const T = columnIndexes('teams');

let h: AddonHarness;
beforeAll(() => {
  h = demoHarness();
  append(h, 'Alerts', [
    sheetRow('alerts', { kpi: 'Lead → opportunity conversion', scopeType: 'Team', scope: 'Lyon' }),
    sheetRow('alerts', { kpi: 'Lead → opportunity conversion', scopeType: 'Team', scope: 'Paris' }),
  ]);
  h.runtime.invoke('menuApplyAlerts', []);
});

test('the demo is seeded with the note over the dip', () => {
  expect(SAMPLE_DIP).toMatchObject({ team: 'Lyon', conversionMonth: '2026-10' });
  expect(dataRows(h, 'Context').map((r) => r[columnIndexes('context').note])).toContain(
    'Competitor promotion in Lyon',
  );
});

test('the note shows beside the alert in the Actions log', () => {
  const lyon = actions(h).filter((a) => a.scope === 'team Lyon');
  expect(lyon).toHaveLength(1);
  expect(String(lyon[0].context)).toContain(NOTE);
  // Paris has no alert over its level month, and no Lyon note could reach it anyway.
  expect(
    actions(h).filter((a) => String(a.context).includes('Lyon') && a.scope !== 'team Lyon'),
  ).toEqual([]);
});

test('the note shows in Lyon’s lead’s email, text and HTML, and not in another team’s', () => {
  const lead = (team: string) =>
    dataRows(h, 'Teams').find((r) => r[T.team] === team)![T.leadEmail] as string;
  const s = session(h.workbook);
  s.save({ enabled: true });
  s.approveAll();
  s.sendNow();
  const mail = (team: string) => s.outbox().find((m) => m.to.includes(lead(team)))!;
  expect(mail('Lyon').body).toContain(NOTE);
  expect(mail('Lyon').htmlBody).toContain('Competitor promotion in Lyon, 1–20 Oct');
  expect(mail('Paris').body).not.toContain('Lyon, 1–20 Oct');
});

test('the note shows in the Dashboard’s Context table for Lyon, not for Paris', () => {
  const notesFor = (scope: string) => {
    h.workbook.setInput('Dashboard', 1, 1, scope);
    refresh(h);
    const last = h.workbook.getLastRow('Dashboard');
    const rows = h.workbook.getValues('Dashboard', 0, 0, last, 4);
    const title = rows.findIndex((r) => String(r[0]).startsWith('Context: notes'));
    expect(title).toBeGreaterThan(0);
    return rows.slice(title + 2, title + 10).filter((r) => r[3] !== '');
  };
  const lyon = notesFor('Team: Lyon');
  const promotion = lyon.find((r) => r[3] === 'Competitor promotion in Lyon');
  expect(promotion?.[2]).toBe('Team Lyon');
  // Dates, in the spill too (the first note is the company's season).
  expect([promotion?.[0], promotion?.[1]].map((d) => (d as Date).getDate())).toEqual([1, 20]);
  // The company's season note shows for every scope; Lyon's own notes for Lyon only.
  const paris = notesFor('Team: Paris');
  expect(paris.map((r) => r[3])).not.toContain('Competitor promotion in Lyon');
  expect(paris.map((r) => r[2])).toContain('Company');
});
