// The summary of the hand-made fixture (see fixture.ts for every count), built and written in
// English and French: numbers, pace, alerts since the last summary, paired people table, trend,
// and names carrying markup or formulas escaped in the HTML and plain in the text.
import { buildSummary } from '../../../src/addon/summaries/build';
import { renderSummary } from '../../../src/addon/summaries/render';
import { WORD_TABLES } from '../../../src/addon/summaries/words';
import { kpiEntry, missingTable } from '../../../src/addon/metrics';
import { PAIRED_KPIS } from '../../../src/addon/summaries/model';
import { BAD_REP, FORMULA, IMG, SCRIPT, summaryInput } from './fixture';

const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';
const north = () => buildSummary(summaryInput(), { type: 'team', name: 'North' });
const lead = { kind: 'lead' as const, team: 'North' };

/** Every tag the email may hold; anything else would be injected markup. */
const ALLOWED_TAGS = new Set(
  'html head meta title body table tr td th h1 h2 p a br'.split(' ').flatMap((t) => [t, `/${t}`]),
);

describe('the model', () => {
  test('KPIs: objectives first with their pace, then the headline KPIs', () => {
    const m = north();
    expect(m.kpis.map((k) => [k.kpi, k.value, k.previous])).toEqual([
      ['calls', 6, 2],
      ['lead_to_opportunity', 0.5, null],
      ['meetings', 1, 0],
      ['lead_to_opportunity', 0.5, 1],
      ['win_rate', null, null],
      ['revenue', null, null],
      ['nps', null, null],
    ]);
    // Calls: 8 so far of a total of 40, 14 of 27 days gone: behind.
    expect(m.kpis[0].objective).toMatchObject({ actual: 8, achieved: 0.2, status: 'behind' });
    // The week's conversions are still arriving (four conversions are too few to measure a
    // window: the default 30 days applies): provisional, no change drawn from them; and the rep's
    // conversion objective has no lead old enough to judge yet (it was "50 %: done" before).
    expect(m.kpis.map((k) => k.provisional)).toEqual([
      undefined,
      'maturing',
      undefined,
      'maturing',
      undefined,
      undefined,
      undefined,
    ]);
    expect(m.kpis[1].objective).toMatchObject({ actual: null, status: null });
  });

  test('people: the reps by name, each on paired activity and conversion KPIs', () => {
    const m = north();
    expect(m.people.kind).toBe('rep');
    expect(m.people.kpis).toEqual(['calls', 'lead_to_opportunity', 'meetings', 'win_rate']);
    // The week's conversion is maturing: no number a rep could be judged on yet.
    expect(m.people.rows.map((r) => [r.name, ...r.values.map((v) => v.value)])).toEqual([
      ['Ann', 3, null, 1, null],
      [BAD_REP, 3, null, 0, null],
    ]);
    expect(m.people.rows[0].values[1]).toEqual({ value: null, volume: 2, provisional: 'maturing' });
    // Each activity column is followed by a conversion its catalogue entry pairs it with.
    for (let i = 0; i < PAIRED_KPIS.length; i += 2)
      expect(kpiEntry(PAIRED_KPIS[i]).pairs).toContain(PAIRED_KPIS[i + 1]);
  });

  test('alerts: the team’s and its reps’ since the last summary, newest first', () => {
    const m = north();
    expect(m.alerts.map((a) => [a.kind, a.kpi, a.scopeText])).toEqual([
      ['pace', 'calls', BAD_REP],
      ['alert', 'lead_to_opportunity', 'team North'],
    ]);
    const company = buildSummary(summaryInput(), { type: 'company' });
    expect(company.alertCount).toBe(3);
    expect(company.people.kind).toBe('team');
    expect(company.people.rows.map((r) => r.name)).toEqual(['North', 'South']);
  });

  test('trend: eight weeks, blank before the data starts', () => {
    const calls = north().trends[0];
    expect(calls.kpi).toBe('calls');
    expect(calls.points.map((p) => p.value)).toEqual([null, null, null, null, null, null, 2, 6]);
  });
});

describe('the email in English', () => {
  const email = () => renderSummary(north(), 'en', lead, URL);

  test('subject on one line, with the team and the week', () => {
    expect(email().subject).toBe('Team North: sales summary, 9–15 Nov 2026');
  });

  test('plain text: the numbers, the pace, the alerts and the names as typed', () => {
    const text = email().text;
    expect(text).toContain(
      'Calls | This period: 6 | Previous: 2 | Change: +200% | Objective: 40 by 29 Nov 2026 | Pace: Behind (so far: 8)',
    );
    expect(text).toContain(
      `${BAD_REP}: Lead → opportunity conversion | This period: 50% | Previous: — | Change: maturing | Objective: 40% by 31 Dec 2026 | Pace: No data yet (so far: —)`,
    );
    expect(text).toContain(
      'Lead → opportunity conversion | This period: 50% | Previous: 100% | Change: maturing',
    );
    expect(text).toContain('Meetings held | This period: 1 | Previous: 0 | Change: —');
    expect(text).toContain(
      `Ann | Calls: 3 | Lead → opportunity conversion: maturing | Meetings held: 1 | Win rate: —`,
    );
    expect(text).toContain(`${BAD_REP} | Calls: 3 |`);
    expect(text).toContain('== Alerts since 9 Nov 2026 ==');
    expect(text).toContain(
      `12 Nov 2026 | KPI: Lead → opportunity conversion | Scope: team North | Move: 40% → 25% (−15 pts) | Corrective action: ${IMG} | Owner: ${FORMULA} | Status: Open`,
    );
    expect(text).toContain(
      `14 Nov 2026 | KPI: Calls (behind pace) | Scope: ${BAD_REP} | Move: 20 → 8 | Corrective action: Block calling time`,
    );
    expect(text).toContain('Status: Recovered, recovered on 15 Nov 2026');
    expect(text).not.toContain('Too old to report');
    expect(text).not.toContain('Coach South');
    expect(text).toContain(
      'Calls: 21 Sep —, 28 Sep —, 5 Oct —, 12 Oct —, 19 Oct —, 26 Oct —, 2 Nov 2, 9 Nov 6',
    );
    expect(text).toContain(`Open the spreadsheet: ${URL}`);
    expect(text).toContain('You receive this summary as the lead of team North.');
  });

  test('HTML: every name escaped, no tag but the email’s own, the link kept', () => {
    const html = email().html;
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img');
    expect(html).toContain('Zoé &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)');
    const tags = [...html.matchAll(/<(\/?[a-zA-Z0-9]+)/g)].map((m) => m[1].toLowerCase());
    expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
    expect(html).toContain(`<a href="${URL}"`);
    expect(html).toContain('Calls ↔ Lead → opportunity conversion');
  });

  test('the trend is drawn with table cells, the tallest bar full height', () => {
    const html = email().html;
    expect(html).toContain('height:60px;background:#1f3864');
    expect(html).toContain('height:20px;background:#8ab4f8');
  });

  test('a link that is not https is left out; a subject never holds a line break', () => {
    const model = { ...north(), scope: { type: 'team' as const, name: 'North\r\nBcc: x@y.com' } };
    const e = renderSummary(model, 'en', lead, 'javascript:alert(1)');
    expect(e.subject).toBe('Team North Bcc: x@y.com: sales summary, 9–15 Nov 2026');
    expect(e.html).not.toContain('javascript:');
    expect(e.html).not.toContain('<a ');
  });
});

describe('a source sheet the add-on cannot find', () => {
  test('the email names it and what to do, above the numbers it lacks', () => {
    const input = summaryInput();
    const model = buildSummary(
      { ...input, data: { ...input.data, pipeline: missingTable() } },
      { type: 'team', name: 'North' },
    );
    expect(model.missing?.map((t) => t.en)).toEqual([
      'Pipeline sheet not found: run Set up KPI workbook or restore it',
    ]);
    expect(model.kpis.find((k) => k.kpi === 'lead_to_opportunity')?.value).toBeNull();
    const en = renderSummary(model, 'en', lead, URL);
    const missing = 'Pipeline sheet not found: run Set up KPI workbook or restore it';
    expect(en.text).toContain(`! ${missing}`);
    expect(en.html).toContain(`<p role="alert"`);
    expect(en.html).toContain(missing);
    expect(en.html.indexOf(missing)).toBeLessThan(en.html.indexOf('<h2'));
    expect(renderSummary(model, 'fr', lead, URL).text).toContain('Feuille Pipeline introuvable');
    // With every sheet there, nothing of the kind.
    expect(renderSummary(north(), 'en', lead, URL).text).not.toContain('not found');
  });

  test('a missing column is named too, in the reader’s language', () => {
    const input = summaryInput();
    const pipeline = input.data.pipeline!;
    const { opportunityDate: _, ...columns } = pipeline.columns;
    const model = buildSummary(
      { ...input, data: { ...input.data, pipeline: { ...pipeline, columns } } },
      { type: 'team', name: 'North' },
    );
    expect(renderSummary(model, 'en', lead, URL).text).toContain(
      '! The Pipeline sheet has no Opportunity date column',
    );
    expect(renderSummary(model, 'fr', lead, URL).text).toContain(
      '! La feuille Pipeline n’a pas de colonne Date opportunité',
    );
  });
});

describe('the email in French', () => {
  test('words, numbers and dates in French', () => {
    const e = renderSummary(north(), 'fr', lead, URL);
    expect(e.subject).toBe('Équipe North : résumé commercial, 9–15 nov. 2026');
    expect(e.text).toContain('9–15 nov. 2026, comparé à 2–8 nov. 2026.');
    const c = ' : ';
    expect(e.text).toContain(
      `Appels | Cette période${c}6 | Précédente${c}2 | Évolution${c}+200\u00a0% | Objectif${c}40 au 29 nov. 2026 | Rythme${c}En retard (à ce jour : 8)`,
    );
    expect(e.text).toContain(
      `Conversion lead → opportunité | Cette période${c}50\u00a0% | Précédente${c}100\u00a0% | Évolution${c}en maturation`,
    );
    expect(e.text).toContain(`Ouvrir le classeur${c}${URL}`);
    expect(e.text).toContain('== Alertes depuis le 9 nov. 2026 ==');
    expect(e.text).toContain('Vous recevez ce résumé en tant que responsable de l’équipe North.');
    expect(e.html).toContain('<html lang="fr">');
    expect(e.html).toContain('Ouvrir le classeur');
  });

  test('the company summary for a company-wide recipient', () => {
    const company = buildSummary(summaryInput(), { type: 'company' });
    const e = renderSummary(company, 'fr', { kind: 'company' }, URL);
    expect(e.subject).toBe('Entreprise : résumé commercial, 9–15 nov. 2026');
    expect(e.text).toContain('Équipes : activité et conversion côte à côte');
    expect(e.text).toContain(
      'Vous recevez ce résumé en tant que destinataire pour toute l’entreprise.',
    );
  });

  test('both languages have the same words and placeholders', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(WORD_TABLES.fr)).toEqual(keys(WORD_TABLES.en));
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(WORD_TABLES.en) as Array<keyof typeof WORD_TABLES.en>)
      expect(holes(WORD_TABLES.fr[key])).toEqual(holes(WORD_TABLES.en[key]));
  });
});
