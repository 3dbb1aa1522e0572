// The Dashboard's forecast, "why did it move" and pipeline sections without a workbook: one row
// of numbers per scope of the selector, in the reader's language, computed with src/kpi from the
// demo's Pipeline (the workbook test in refresh.test.ts reads them on the Dashboard); the daily
// snapshots used once they reach back six months, with the slipped close dates; and the French
// layout, whose charts draw the tables the sections write.
import { buildLayout } from '../../../src/addon/dashboard/layout';
import { chartSpecs } from '../../../src/addon/dashboard/charts';
import { dashboardInsights, insightColumn } from '../../../src/addon/dashboard/insight-values';
import { scopeOptions } from '../../../src/addon/dashboard/scopes';
import { SECTIONS } from '../../../src/addon/dashboard/sections';
import { pipelineDeals } from '../../../src/addon/history/deal-dates';
import { whyRevenueMoved } from '../../../src/addon/history/why';
import { generateSampleData } from '../../../src/addon/sample-data';
import { columnIndexes } from '../../../src/addon/schema';
import { REVENUE_DRIVERS } from '../../../src/kpi/attribution';
import { dayFromYmd } from '../../../src/kpi/days';
import { forecastPeriods, knownBefore } from '../../../src/kpi/forecast';
import type { SnapshotRow } from '../../../src/kpi/pipeline-history';

const today = dayFromYmd(2026, 11, 16);
const deals = pipelineDeals(generateSampleData().pipeline, columnIndexes('pipeline'));
const teams = [...new Set(deals.map((d) => d.team))].sort();
const scopes = {
  teams: teams.map((name) => ({
    name,
    reps: [...new Set(deals.filter((d) => d.team === name).map((d) => d.rep))].sort(),
  })),
  reps: [...new Set(deals.map((d) => d.rep))].sort(),
  segments: [],
};
const options = { en: scopeOptions(scopes, 'en'), fr: scopeOptions(scopes, 'fr') };
const insights = {
  en: dashboardInsights({ deals, history: [], today, options: options.en, language: 'en' }),
  // The company and Lyon only in French (each scope's forecast takes a few dozen milliseconds).
  fr: dashboardInsights({
    deals,
    history: [],
    today,
    options: options.fr.filter((o) => o.type === 'company' || o.name === 'Lyon'),
    language: 'fr',
  }),
};
const field = (row: readonly unknown[], name: string) => row[insightColumn(name)];

describe('the per-scope numbers', () => {
  test('one row per scope, in the selector order; a rep is forecast on their own deals', () => {
    expect(insights.en.rows.map((r) => r[0])).toEqual(options.en.map((o) => o.label));
    const rep = options.en.findIndex((o) => o.type === 'rep');
    const name = options.en[rep].name;
    const [now] = forecastPeriods(knownBefore(deals, today), today, 'month', { type: 'rep', name });
    expect(field(insights.en.rows[rep], 'expected0')).toBe(Math.round(now.expected));
    expect(field(insights.en.rows[rep], 'high0')).toBe(Math.round(now.high));
  });

  test('every scope’s drivers add up to its change; the sentence is in the reader’s language', () => {
    for (const row of insights.en.rows) {
      if (field(row, 'sentence') === '') continue;
      const sum = REVENUE_DRIVERS.reduce((s, d) => s + (field(row, d) as number), 0);
      expect({ scope: row[0], sum }).toEqual({ scope: row[0], sum: field(row, 'change') });
    }
    const lyon = insights.fr.rows.findIndex((r) => r[0] === 'Équipe : Lyon');
    const [sep, oct, nov] = [9, 10, 11].map((m) => dayFromYmd(2026, m, 1));
    const why = whyRevenueMoved(
      deals.filter((d) => d.team === 'Lyon'),
      [sep, oct],
      [oct, nov],
    )!;
    expect(insights.fr.whyMonths).toEqual([sep, oct]);
    expect(field(insights.fr.rows[lyon], 'sentence')).toBe(why.sentence.fr);
    expect(field(insights.fr.rows[lyon], 'sentence')).toMatch(/^CA des affaires gagnées /);
    // October is mature on 16 November: nothing is said to be maturing.
    expect(insights.en.maturing).toBeNaN();
    expect(insights.en.fromSnapshots).toBe(false);
  });

  test('on 5 November, October is still maturing: September is explained and October named', () => {
    const early = dayFromYmd(2026, 11, 5);
    const made = dashboardInsights({
      deals: deals.filter((d) => d.lead < early),
      history: [],
      today: early,
      options: options.en.slice(0, 1),
      language: 'en',
    });
    expect(made.maturing).toBe(dayFromYmd(2026, 10, 1));
    expect(made.whyMonths).toEqual([dayFromYmd(2026, 8, 1), dayFromYmd(2026, 9, 1)]);
  });

  test('snapshots reaching back six months are read instead, with the slipped close dates', () => {
    const row = (day: number, stage: SnapshotRow['stage'], amount: number, close: number) => ({
      day,
      dealId: 'D1',
      stage,
      amount,
      expectedClose: close,
      rep: 'Ana',
      team: 'Lyon',
    });
    const history: SnapshotRow[] = [
      row(dayFromYmd(2026, 5, 20), 'opportunity', 1000, dayFromYmd(2026, 11, 20)),
      // Pushed by 12 days, then by 5 more, within the last 30 days; raised to 1500.
      row(dayFromYmd(2026, 11, 1), 'opportunity', 1500, dayFromYmd(2026, 12, 2)),
      row(dayFromYmd(2026, 11, 10), 'proposal', 1500, dayFromYmd(2026, 12, 7)),
    ];
    const made = dashboardInsights({
      deals: [],
      history,
      today,
      options: options.en.slice(0, 1),
      language: 'en',
    });
    expect(made.fromSnapshots).toBe(true);
    expect(made.slipsKnown).toBe(true);
    const company = made.rows[0];
    expect([field(company, 'slipDeals'), field(company, 'slipDays')]).toEqual([1, 17]);
    // June opens at 1000 (created in May); November: opening 1000, closing 1500.
    expect(field(company, 'opening0')).toBe(1000);
    expect([field(company, 'opening5'), field(company, 'closing5')]).toEqual([1000, 1500]);
    // The opportunity stay ended on 10 November after 174 days.
    expect(field(company, 'opportunityMedian')).toBe(
      dayFromYmd(2026, 11, 10) - dayFromYmd(2026, 5, 20),
    );
  });
});

describe('the French layout', () => {
  const layout = buildLayout({
    language: 'fr',
    today,
    dashboardName: 'Tableau de bord',
    dataSheetName: 'Données KPI',
    options: options.fr.filter((o) => o.type === 'company' || o.name === 'Lyon'),
    selected: options.fr[0],
    layouts: {} as never,
    located: new Map(),
    effectiveness: [],
    groups: { segments: 3, contents: 5 },
    maxPeriods: 110,
    pipelineRows: 5216,
    insights: insights.fr,
  });
  const cell = (row: number, column: number) => {
    for (const b of layout.dashboard.blocks)
      if (
        row >= b.row &&
        row < b.row + b.numRows &&
        column >= b.column &&
        column < b.column + b.numColumns
      )
        return b.values[row - b.row][column - b.column];
    return undefined;
  };

  test('titles and headings in French; numbers picked by the selected scope on the hidden sheet', () => {
    const top = SECTIONS.insights;
    expect(cell(top, 1)).toBe(
      'Prévision : chiffre d’affaires de ce mois et du suivant (fourchette à 80 %)',
    );
    expect([cell(top + 2, 1), cell(top + 3, 1)]).toEqual(['nov. 2026', 'déc. 2026']);
    expect(cell(top + 2, 2)).toMatch(
      /^=IF\(LEN\(INDEX\('Données KPI'!\$[A-Z]+\$2:\$[A-Z]+\$3,'Données KPI'!\$H\$2\)\)/,
    );
    expect(cell(top + 5, 1)).toBe(
      'Pourquoi le chiffre d’affaires a bougé : oct. 2026 / sept. 2026',
    );
    expect(cell(top + 15, 1)).toBe('Pipeline par mois : ouverture, créé, gagné, perdu, clôture');
    expect(cell(SECTIONS.monthly.row + 1, 3)).toBe('Contexte');
  });

  test('the waterfall chart and the revenue chart draw the tables the sections write', () => {
    const [, revenue, , , waterfall] = chartSpecs('fr');
    expect(waterfall.options.title).toBe('Pipeline par mois');
    const [range] = waterfall.ranges;
    expect(cell(range.row, range.column)).toBe('Mois');
    expect(cell(range.row, range.column + range.numColumns - 1)).toBe('Clôture');
    expect(cell(range.row + range.numRows - 1, 1)).toBe('nov. 2026');
    expect(revenue.ranges).toEqual([
      { row: SECTIONS.monthly.row + 1, column: 1, numRows: 13, numColumns: 3 },
    ]);
  });
});
