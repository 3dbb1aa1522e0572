// The context log on the built add-on: the "Add a context note" page's server checks each field
// and appends one row to the Context sheet (set up with the workbook); an alert raised over a
// logged event's days and scope says so in its Actions row and in the report. One small workbook
// (the alert harness's) for the whole file.
import {
  contextLine,
  contextNotes,
  dayRangeText,
  notesFor,
} from '../../../src/addon/context/notes';
import { columnIndexes } from '../../../src/addon/schema';
import { buildSummary } from '../../../src/addon/summaries/build';
import { renderSummary } from '../../../src/addon/summaries/render';
import { summaryInput } from '../summaries/fixture';
import type { ContextAddResult, ContextPageInit } from '../../../src/server/context-contract';
import type { AddonHarness } from '../../../local/harness/addon-runtime';
import { actions, append, dataRows, northRule, smallWorkbook } from '../alerts/harness';

const X = columnIndexes('context');
const note = {
  start: '2026-10-01',
  end: '2026-10-20',
  scopeType: 'team',
  scope: 'North',
  kind: 'competitor',
  note: 'Competitor promotion in North',
};

let h: AddonHarness;
const add = (form: unknown) => h.runtime.run('addContextNote', [form]) as ContextAddResult;

beforeAll(() => {
  h = smallWorkbook();
});

test('the menu opens the page, which offers the kinds and the Teams sheet’s teams', () => {
  h.runtime.invoke('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' });
  expect(h.ui.menuItems()).toContainEqual(
    expect.objectContaining({
      functionName: 'menuAddContextNote',
      caption: expect.stringMatching(/Add a context note…$/),
    }),
  );
  h.runtime.invoke('menuAddContextNote', []);
  const init = h.runtime.run('contextPageInit') as ContextPageInit;
  expect(init.language).toBe('en');
  expect(init.today).toBe('2026-11-03');
  expect(init.kinds.map((k) => k.label)).toEqual([
    'Season',
    'Competitor',
    'Campaign',
    'Product issue',
    'Staffing',
    'Customer feedback',
    'Other',
  ]);
  expect(init.scopeTypes.map((k) => k.key)).toEqual(['company', 'team', 'rep', 'segment']);
});

test('a wrong field is named and nothing is written', () => {
  const cases: Array<[Record<string, unknown>, string, RegExp]> = [
    [{ ...note, start: '1 Oct' }, 'start', /^Start date/],
    [{ ...note, end: '2026-09-30' }, 'end', /^End date: it is before/],
    [{ ...note, scopeType: 'planet' }, 'scopeType', /^Scope:/],
    [{ ...note, scope: '  ' }, 'scope', /^Scope name/],
    [{ ...note, kind: 'gossip' }, 'kind', /^Kind/],
    [{ ...note, note: '' }, 'note', /^Note: say what happened/],
    [{ ...note, note: 'x'.repeat(501) }, 'note', /at most 500/],
  ];
  for (const [form, field, message] of cases) {
    const result = add(form);
    expect(result).toMatchObject({ outcome: 'invalid', field });
    expect(result.message).toMatch(message);
  }
  expect(add(null)).toMatchObject({ outcome: 'invalid', field: 'start' });
  expect(dataRows(h, 'Context')).toEqual([]);
});

test('a note is appended in one row, in the sheet’s labels, its text neutralised', () => {
  expect(add(note)).toMatchObject({ outcome: 'added', row: 2 });
  const company = { ...note, scopeType: 'Company', scope: 'ignored', kind: 'Season', end: '' };
  expect(add({ ...company, note: '=HYPERLINK("x")' })).toMatchObject({ outcome: 'added', row: 3 });
  const rows = dataRows(h, 'Context');
  expect(rows).toHaveLength(2);
  expect(rows[0][X.scopeType]).toBe('Team');
  expect(rows[0][X.scope]).toBe('North');
  expect(rows[0][X.kind]).toBe('Competitor');
  expect(rows[0][X.note]).toBe(note.note);
  // A blank end is the start day; the company needs no name; a formula stays text.
  expect(rows[1][X.start]).toEqual(rows[1][X.end]);
  expect([rows[1][X.scopeType], rows[1][X.scope]]).toEqual(['Company', '']);
  expect(rows[1][X.note]).toBe('=HYPERLINK("x")');
});

test('a French editor gets French messages; the row keeps the sheet’s language and names its author', () => {
  const user = { email: 'editeur@example.com', locale: 'fr_FR' };
  const french = (form: unknown) =>
    h.runtime.run('addContextNote', [form], { user }) as ContextAddResult;
  expect(french({ ...note, start: '' })).toMatchObject({
    outcome: 'invalid',
    field: 'start',
    message: 'Date de début : saisissez une date (aaaa-mm-jj).',
  });
  const init = h.runtime.run('contextPageInit', [], { user }) as ContextPageInit;
  expect(init.kinds.map((k) => k.label)).toContain('Concurrence');
  const added = french({ ...note, scopeType: 'Équipe', kind: 'Concurrence', note: 'Salon' });
  expect(added).toMatchObject({ outcome: 'added', row: 4 });
  expect(added.message).toBe('Note ajoutée à la feuille Contexte (ligne 4).');
  const row = dataRows(h, 'Context')[2];
  expect([row[X.scopeType], row[X.kind], row[X.author]]).toEqual([
    'Team',
    'Competitor',
    'editeur@example.com',
  ]);
  // Not over October: the next test's alert does not carry it.
  h.workbook.setInputs('Context', 3, X.start, [
    [new Date(2026, 0, 5), new Date(2026, 0, 6)],
  ] as never);
});

test('an alert raised during a logged event says so, beside it in Actions and in the report', () => {
  append(h, 'Alerts', [northRule()]);
  h.runtime.invoke('menuApplyAlerts', []);
  const north = actions(h).find((a) => a.scope === 'team North');
  // The team's note and the company's, both over October (the period judged).
  expect(north?.context).toBe(
    'Context: Competitor promotion in North, 1–20 Oct; =HYPERLINK("x"), 1 Oct',
  );
  expect(h.ui.alerts.at(-1)!.prompt).toContain('Context: Competitor promotion in North, 1–20 Oct');
});

test('a workbook whose Context sheet was deleted gets it again with the note', () => {
  h.workbook.deleteSheet('Context');
  expect(add(note)).toMatchObject({ outcome: 'added', row: 2 });
  expect(h.workbook.getValues('Context', 0, 0, 1, 7)[0]).toEqual([
    'Start',
    'End',
    'Scope type',
    'Scope',
    'Kind',
    'Note',
    'Author',
  ]);
  expect(dataRows(h, 'Context').map((r) => r[X.note])).toEqual([note.note]);
});

describe('which notes concern a scope and a span', () => {
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  const table = {
    rows: [
      ['2026-10-01', '2026-10-20', 'Team', 'Lyon', 'Competitor', 'Promotion', 'a@x.com'],
      ['2026-10-05', '', 'Company', '', 'Season', 'Holiday', ''],
      ['2026-09-01', '2026-09-30', 'Team', 'Paris', 'Staffing', 'Leave', ''],
      ['2026-10-01', '2026-10-02', 'Team', '', 'Other', 'No scope name', ''],
      ['', '2026-10-02', 'Team', 'Lyon', 'Other', 'No start', ''],
      ['2026-10-01', '2026-10-02', 'Team', 'Lyon', 'Gossip', 'Unknown kind', ''],
    ].map((r) => r.map((c, i) => (i < 2 && c ? new Date(`${c}T00:00:00Z`) : c))),
    columns: X as unknown as Record<string, number>,
    firstRow: 2,
  };
  const notes = contextNotes(table);

  test('reads the rows, skipping those without a start, a note or a scope name', () => {
    expect(notes.map((n) => n.note)).toEqual(['Promotion', 'Holiday', 'Leave', 'Unknown kind']);
    expect(notes[1]).toMatchObject({ start: day('2026-10-05'), end: day('2026-10-05') });
    expect(notes[3].kind).toBe('other');
  });

  test('a team note concerns that team only; a company note every scope', () => {
    const lyon = notesFor(
      notes,
      { type: 'team', name: 'lyon' },
      day('2026-10-01'),
      day('2026-10-31'),
    );
    expect(lyon.map((n) => n.note)).toEqual(['Promotion', 'Holiday', 'Unknown kind']);
    const paris = notesFor(
      notes,
      { type: 'team', name: 'Paris' },
      day('2026-10-01'),
      day('2026-10-31'),
    );
    expect(paris.map((n) => n.note)).toEqual(['Holiday']);
    const september = notesFor(notes, { type: 'company' }, day('2026-09-01'), day('2026-09-30'));
    expect(september).toEqual([]);
  });

  test('tells the days briefly, in English and French', () => {
    expect(contextLine([notes[0]], 'en')).toBe('Context: Promotion, 1–20 Oct');
    expect(contextLine([notes[0], notes[1]], 'fr')).toBe(
      'Contexte : Promotion, 1–20 oct.; Holiday, 5 oct.',
    );
    expect(dayRangeText(day('2026-09-25'), day('2026-10-05'), 'en')).toBe('25 Sep – 5 Oct');
    expect(dayRangeText(day('2025-12-28'), day('2026-01-03'), 'fr')).toBe(
      '28 déc. 2025 – 3 janv. 2026',
    );
    expect(contextLine([], 'en')).toBe('');
  });
});

describe('the summary’s Context line', () => {
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  const note = (start: string, end: string, name: string, text: string) => ({
    start: day(start),
    end: day(end),
    scope: name ? { type: 'team' as const, name } : { type: 'company' as const },
    kind: 'other' as const,
    note: text,
    author: '',
  });
  // The fixture's weekly summary of 16 November 2026: the week of the 9th, alerts since the 9th.
  const context = [
    note('2026-11-10', '2026-11-12', 'North', 'Trade fair <b>& co</b>'),
    note('2026-11-01', '2026-11-03', 'North', 'Before the week'),
    note('2026-11-13', '2026-11-13', 'South', 'Another team'),
    note('2026-11-11', '2026-11-11', '', 'Company day'),
  ];
  const model = buildSummary({ ...summaryInput(), context }, { type: 'team', name: 'North' });

  test('holds the scope’s and the company’s notes over the week, told in each language', () => {
    expect(model.context?.map((n) => n.note)).toEqual(['Trade fair <b>& co</b>', 'Company day']);
    const en = renderSummary(model, 'en', { kind: 'lead', team: 'North' }, 'https://x.test');
    expect(en.text).toContain('Context: Trade fair <b>& co</b>, 10–12 Nov; Company day, 11 Nov');
    expect(en.html).toContain('Context: Trade fair &lt;b&gt;&amp; co&lt;/b&gt;, 10–12 Nov');
    const fr = renderSummary(model, 'fr', { kind: 'lead', team: 'North' }, 'https://x.test');
    expect(fr.text).toContain('Contexte : Trade fair <b>& co</b>, 10–12 nov.');
  });

  test('says nothing without notes', () => {
    const plain = buildSummary(summaryInput(), { type: 'team', name: 'North' });
    expect(plain.context).toBeUndefined();
    expect(renderSummary(plain, 'en', { kind: 'lead', team: 'North' }, '').text).not.toContain(
      'Context',
    );
  });
});
