// Names that carry markup or formulas, in a rep's name, an objective's scope and an Actions row,
// go through the built add-on's scheduled summary: escaped in the HTML, plain in the text. The
// workbook is the sample data laid out by hand (sheets found by name, as in the playground's
// demo), with three of team Lyon's reps renamed.
import { type CellInput, LocalWorkbook } from '../../../local/workbook';
import { generateSampleData } from '../../../src/addon/sample-data';
import { columnIndexes, headers, SAMPLE_SHEET_KEYS, SCHEMA } from '../../../src/addon/schema';
import { FORMULA, IMG, SCRIPT } from './fixture';
import { LEADS, session, START } from '../../../local/harness/summaries-session';

const REP_SHEETS = ['activities', 'pipeline', 'customers', 'orders', 'surveys'] as const;

function workbookWithPayloads(): { workbook: LocalWorkbook; renamed: Record<string, string> } {
  const data = generateSampleData({ endDate: new Date(2026, 10, 16) });
  const team = columnIndexes('activities').team;
  const rep = columnIndexes('activities').rep;
  const lyon = [...new Set(data.activities.filter((r) => r[team] === 'Lyon').map((r) => r[rep]))]
    .map(String)
    .sort();
  const renamed: Record<string, string> = { [lyon[0]]: SCRIPT, [lyon[1]]: IMG, [lyon[2]]: FORMULA };
  const workbook = new LocalWorkbook({
    timeZone: 'Europe/Paris',
    sheets: [
      ...SAMPLE_SHEET_KEYS.map((key) => ({
        name: SCHEMA[key].en,
        rows: [headers(key, 'en'), ...data[key]],
      })),
      {
        name: 'Objectives',
        rows: [
          headers('objectives', 'en'),
          [
            'OBJ-1',
            'Calls',
            'Rep',
            IMG,
            0,
            200,
            'Count',
            new Date(2026, 10, 2),
            new Date(2026, 10, 29),
            'Weekly',
          ],
        ],
      },
      { name: 'Actions', rows: [headers('actions', 'en')] },
    ],
  });
  // Rep columns written as text: a name starting with "=" is typed with an apostrophe, as Sheets
  // (and the add-on's safe-text) stores text that would otherwise be a formula.
  const asText = (name: string): string => (name.startsWith('=') ? `'${name}` : name);
  for (const key of REP_SHEETS) {
    const col = (columnIndexes(key) as Record<string, number>).rep;
    const names = data[key].map((r) => {
      const to = renamed[String(r[col])];
      return [to === undefined ? r[col] : asText(to)];
    });
    workbook.setInputs(SCHEMA[key].en, 1, col, names, { literal: true });
  }
  const a = columnIndexes('actions');
  const action: CellInput[] = new Array(SCHEMA.actions.columns.length).fill('');
  action[a.date] = new Date(2026, 10, 12);
  action[a.kpi] = 'Lead → opportunity conversion';
  action[a.scope] = `rep ${SCRIPT}`;
  action[a.previous] = 0.4;
  action[a.current] = 0.2;
  action[a.correctiveAction] = IMG;
  action[a.owner] = asText(FORMULA);
  action[a.status] = 'Open';
  workbook.setInputs('Actions', 1, 0, [action], { literal: true });
  return { workbook, renamed };
}

test('markup and formulas in names arrive escaped in the HTML and plain in the text', () => {
  const { workbook } = workbookWithPayloads();
  const s = session(workbook);
  s.save({ enabled: true, leadLanguages: { [LEADS[0]]: 'fr' } });
  s.approveAll();
  s.hours(2);
  expect(s.outbox()).toHaveLength(3);
  const lyon = s.outbox().find((e) => e.to[0] === LEADS[0])!;
  expect(lyon.sentAt).toBe(new Date(START.getTime() + 3_600_000).toISOString());
  expect(lyon.subject).toBe('Équipe Lyon : résumé commercial, 9–15 nov. 2026');
  const html = lyon.htmlBody!;
  const text = lyon.body;
  for (const payload of [SCRIPT, IMG, FORMULA]) expect(text).toContain(payload);
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)');
  // The rep's objective, the people table and the Actions row all name them.
  expect(text).toContain(`${IMG} : Appels |`);
  expect(text).toMatch(new RegExp(`\\n${FORMULA.replace(/[()."]/g, '\\$&')} \\| Appels`));
  // The stored English scope word is read back in the French reader's language, the name as typed.
  expect(text).toContain(`| Périmètre : commercial ${SCRIPT} |`);
  expect(text).toContain(`Action corrective : ${IMG} | Responsable : ${FORMULA}`);
  // The Actions row was read as text, never run as a formula.
  expect(s.workbook.getFormula('Actions', 1, 8)).toBe('');
});
