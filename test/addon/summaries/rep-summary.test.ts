// A rep's personal summary on the tiny hand-counted workbook (fixture.ts): the weekly summary of
// Monday 16 November 2026 reports 9–15 November against 2–8 November. Team North has two reps,
// Ann and Zoé (whose name carries markup); Sam is in team South.
import { buildRepSummary } from '../../../src/addon/summaries/rep-summary';
import { renderRepSummary } from '../../../src/addon/summaries/rep-render';
import { ACTIONS, BAD_REP, summaryInput } from './fixture';

const COMMENT = 'Blocked two mornings a week; 14 calls since';

function model() {
  const input = summaryInput();
  return buildRepSummary(
    {
      ...input,
      actions: ACTIONS.map((a) => (a.scopeText === BAD_REP ? { ...a, comment: COMMENT } : a)),
    },
    BAD_REP,
  );
}

test('the rep’s own numbers beside the team median, counted by hand', () => {
  const m = model();
  expect(m.team).toBe('North');
  const line = (kpi: string) => m.kpis.find((l) => l.kpi === kpi)!;
  // Calls 9–15 Nov: Zoé 12, 13, 13 Nov = 3 (none the week before); Ann 10 Nov × 3 = 3.
  expect(line('calls')).toMatchObject({ value: 3, previous: 0, median: 3 });
  // Meetings: Zoé none, Ann one: the median of 0 and 1.
  expect(line('meetings')).toMatchObject({ value: 0, median: 0.5 });
  expect(m.pairs).toEqual([
    ['calls', 'lead_to_opportunity'],
    ['meetings', 'win_rate'],
  ]);
  // Zoé's objective (OBJ-2), and the action on Zoé with its owner's comment.
  expect(m.objectives.map((o) => o.id)).toEqual(['OBJ-2']);
  expect(m.actions).toEqual([expect.objectContaining({ kpiText: 'Calls', comment: COMMENT })]);
  // Below the team median on meetings: how far it is.
  expect(m.tips).toContainEqual({ kpi: 'meetings', kind: 'median', target: 0.5, gap: 0.5 });
});

test('the email names no colleague, escapes the rep’s name, and exists in French', () => {
  const en = renderRepSummary(model(), 'en', 'https://docs.google.com/spreadsheets/d/x/edit');
  const fr = renderRepSummary(model(), 'fr', 'https://docs.google.com/spreadsheets/d/x/edit');
  for (const part of [en.text, en.html, fr.text, fr.html]) {
    expect(part).not.toMatch(/\bAnn\b/);
    expect(part).not.toContain('Sam');
    expect(part).toContain(COMMENT);
  }
  expect(en.text).toContain(BAD_REP);
  expect(en.html).not.toContain('<script>');
  expect(en.subject).toBe(`${BAD_REP}: your sales summary, 9–15 Nov 2026`);
  expect(fr.subject).toBe(`${BAD_REP} : votre résumé commercial, 9–15 nov. 2026`);
  expect(en.text).toContain('Team median');
  expect(fr.text).toContain('Médiane de l’équipe');
});
