// The draft's field checks (objectives/validate.ts) say nothing in a language: each field gets a
// note (a key of the wizard's table and its parameters as data), and the edge (note-words.ts)
// says it in English or French. The built add-on's wizardCheck tests pin the sentences end to end.
import { readDraft } from '../../../src/addon/objectives/validate';
import { fieldText, fieldTexts } from '../../../src/addon/objectives/note-words';
import { dayOfIso } from '../../../src/addon/objectives/dates';
import { draft } from './workbook';

const ctx = {
  today: dayOfIso('2026-04-10')!,
  scopes: { teams: ['North'], reps: [{ name: 'Ann', team: 'North' }], segments: ['SMB'] },
};

test('a field the KPI cannot use: the key, its KPI and scope types as data, the words at the edge', () => {
  const reading = readDraft(draft({ kpi: 'calls', scope: { type: 'segment', name: 'SMB' } }), ctx);
  expect(reading.errors['scope.type']).toEqual({
    key: 'scope.unsupported',
    params: {
      kpi: { kpi: 'calls' },
      type: { scopeType: 'segment' },
      types: { scopeTypes: ['company', 'team', 'rep'] },
    },
  });
  expect(reading.errors.pairedKpi).toEqual({
    key: 'pairedKpi.required',
    params: {
      kpi: { kpi: 'calls' },
      pairs: { kpis: ['lead_to_opportunity', 'opportunity_to_proposal'] },
    },
  });
  const fr = fieldTexts(reading.errors, 'fr')['scope.type'];
  expect(fr).toMatch(/^Appels .*\(segment\)/);
  expect(fr).toMatch(/entreprise, équipe, commercial\.$/);
  expect(fieldText(reading.errors.pairedKpi, 'en')).toBe(
    'Calls is an activity volume: pair it with Lead → opportunity conversion or Opportunity → proposal conversion.',
  );
});

test('a deadline before the start keeps the start as a day; a warning is said once', () => {
  const reading = readDraft(draft({ deadline: '2026-02-01' }), ctx);
  expect(reading.errors.deadline).toEqual({
    key: 'deadline.order',
    params: { start: { day: dayOfIso('2026-03-01') } },
  });
  expect(fieldText(reading.errors.deadline, 'en')).toBe(
    'The deadline must be after the start (1 March 2026).',
  );
  const edited = readDraft(
    draft({
      id: 'OBJ-0001',
      deadline: '2026-03-05',
      alert: { ...(draft().alert as object), direction: 'up' },
    }),
    ctx,
  );
  expect(edited.warnings.map((w) => w.key)).toEqual([
    'warning.deadlinePast',
    'warning.alertDirection',
  ]);
  expect(fieldText(edited.warnings[1], 'fr')).toContain('Conversion lead → opportunité');
});
