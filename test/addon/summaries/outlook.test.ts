// The summaries' pipeline outlook (issue 14): the forecast of this month and the next for the
// summary's scope, and why revenue moved in words, unless the window's conversion is maturing.
import { buildSummary } from '../../../src/addon/summaries/build';
import { renderSummary } from '../../../src/addon/summaries/render';
import { HALF_WIDTH, RANGE_WIDTH } from '../../../src/addon/summaries/charts-html';
import { pipelineOutlook } from '../../../src/addon/summaries/pipeline-outlook';
import { reportWindow } from '../../../src/addon/summaries/schedule';
import { columnIndexes } from '../../../src/addon/schema';
import { dayFromYmd } from '../../../src/kpi/days';
import { summaryInput } from './fixture';

const URL = 'https://docs.google.com/spreadsheets/d/abc/edit';

describe('in the email', () => {
  const model = buildSummary(summaryInput(), { type: 'team', name: 'North' });

  test('the forecast of this month and the next, and no reasons while conversion matures', () => {
    expect(model.outlook?.maturing).toBe(true);
    expect(model.outlook?.why).toBeUndefined();
    const text = renderSummary(model, 'en', { kind: 'lead', team: 'North' }, URL).text;
    expect(text).toContain('== Pipeline outlook ==');
    expect(text).toMatch(/\nNovember 2026: .+ expected \(.+ to .+, 80 % range\), .+ won so far\n/);
    expect(text).toMatch(/\nDecember 2026: /);
    expect(text).toContain('Why revenue moved is said once this period’s leads');
    const fr = renderSummary(model, 'fr', { kind: 'lead', team: 'North' }, URL);
    expect(fr.text).toContain('== Perspectives du pipeline ==');
    expect(fr.html).toContain('Perspectives du pipeline');
    // Each month drawn as a bar with its range, its numbers beside it, in both languages.
    const en = renderSummary(model, 'en', { kind: 'lead', team: 'North' }, URL).html;
    for (const [html, month, range] of [
      [en, 'November 2026', '80 % range'],
      [fr.html, 'novembre 2026', 'Fourchette à 80 %'],
    ]) {
      expect(html).toContain(`>${month}</td><td width="${RANGE_WIDTH}" aria-hidden="true"`);
      expect(html).toContain(`>${range}</td>`);
    }
  });
});

describe('the objective review in the email', () => {
  test('proposes a lower target for the objective far behind its pace, from its history', () => {
    const model = buildSummary(summaryInput(), { type: 'team', name: 'North' });
    const calls = model.kpis.find((k) => k.objective?.id === 'OBJ-1')!.objective!;
    expect(calls.status).toBe('behind');
    const r = calls.review!;
    expect(r.reason).toBe('farBehind');
    // Lowered, but not below what the history says to expect, nor above the best.
    expect(r.proposed).toBeLessThan(calls.target);
    expect(r.proposed).toBeGreaterThanOrEqual(r.basis.expected);
    expect(r.proposed).toBeLessThanOrEqual(Math.max(r.basis.best, r.basis.expected));
    const en = renderSummary(model, 'en', { kind: 'lead', team: 'North' }, URL);
    expect(en.text).toContain('== Objective review ==');
    expect(en.text).toMatch(
      /\nCalls: far behind its pace\. Proposed target \d+ instead of 40 \(best \d+, median \d+ in the last two years\)\./,
    );
    const fr = renderSummary(model, 'fr', { kind: 'lead', team: 'North' }, URL);
    expect(fr.text).toContain('== Revue des objectifs ==');
    expect(fr.html).toContain('très en retard sur son rythme');
  });
});

describe('pipelineOutlook', () => {
  // October: 10 leads, 5 opportunities, 2 wins of 1,000; November: 10 leads, 2 opportunities,
  // 1 win of 1,000 (conversion falls, win rate rises, order value level).
  const columns = columnIndexes('pipeline') as Record<string, number>;
  const row = (id: string, lead: number, opportunity?: number, won?: number) => {
    const cells: unknown[] = new Array(Object.keys(columns).length).fill('');
    cells[columns.dealId] = id;
    cells[columns.team] = 'North';
    cells[columns.leadDate] = lead;
    cells[columns.amount] = 1000;
    if (opportunity !== undefined) cells[columns.opportunityDate] = opportunity;
    if (won !== undefined) cells[columns.wonDate] = won;
    return cells;
  };
  const oct = dayFromYmd(2026, 10, 1);
  const nov = dayFromYmd(2026, 11, 1);
  // Serial days as Sheets hands them over (25569 = 1970-01-01).
  const serial = (day: number) => day + 25_569;
  const rows = [
    ...Array.from({ length: 10 }, (_, i) =>
      row(
        `O${i}`,
        serial(oct + i),
        i < 5 ? serial(oct + i + 2) : undefined,
        i < 2 ? serial(oct + i + 9) : undefined,
      ),
    ),
    ...Array.from({ length: 10 }, (_, i) =>
      row(
        `N${i}`,
        serial(nov + i),
        i < 2 ? serial(nov + i + 2) : undefined,
        i < 1 ? serial(nov + i + 9) : undefined,
      ),
    ),
  ];
  const window = reportWindow('monthly', dayFromYmd(2026, 12, 2));

  test('says why revenue moved, in both languages, with parts that add up', () => {
    const o = pipelineOutlook(
      rows,
      columns,
      { type: 'team', name: 'North' },
      window,
      dayFromYmd(2026, 12, 2),
      false,
    )!;
    expect(o.forecast.map((f) => f.start)).toEqual([
      dayFromYmd(2026, 12, 1),
      dayFromYmd(2027, 1, 1),
    ]);
    // Revenue 2,000 → 1,000 = 10,000 × conversion × win rate, 0.5 × 0.4 → 0.2 × 0.5. Shapley:
    // conversion 10,000 × (−0.3) × (0.4 + 0.5) / 2 = −1,350 (−67.5 pts of 2,000), win rate
    // 10,000 × 0.1 × (0.5 + 0.2) / 2 = +350 (+17.5 pts); rounded to add up to −50: −67 and +17.
    expect(o.why?.en).toBe(
      'Won-deal revenue \u221250\u00a0%: lower lead \u2192 opportunity conversion \u221267 pts, higher win rate +17 pts.',
    );
    expect(o.why?.fr).toMatch(/^CA des affaires gagn\u00e9es \u221250\u00a0%\u00a0: /);
    // The same parts drawn in the email, each beside its number, adding up to the total.
    const model = buildSummary(summaryInput(), { type: 'team', name: 'North' });
    const html = renderSummary({ ...model, outlook: o }, 'en', { kind: 'company' }, URL).html;
    expect(html).toContain('Why revenue moved, in points of the previous period’s revenue');
    for (const [label, caption] of [
      ['Lead → opportunity conversion', '\u221267 pts'],
      ['Win rate', '\\+17 pts'],
      ['Order value', '0 pts'],
      ['Revenue', '\u221250\u00a0%'],
    ])
      expect(html).toMatch(new RegExp(`>${label}</td><td width="${HALF_WIDTH}".*>${caption}</td>`));
  });

  test('leaves the reasons out while the conversion matures, and rep scopes out', () => {
    const scope = { type: 'team', name: 'North' } as const;
    expect(
      pipelineOutlook(rows, columns, scope, window, dayFromYmd(2026, 12, 2), true)?.why,
    ).toBeUndefined();
    expect(
      pipelineOutlook(rows, columns, { type: 'rep', name: 'x' }, window, 0, false),
    ).toBeUndefined();
  });
});
