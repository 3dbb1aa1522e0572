// The summary on data that cannot all be judged: a weekly trend whose last weeks' leads have not
// had the conversion window shows them as maturing (not "9 Nov: 4.3 %"), a monthly trend names a
// month whose data stops inside it "1–13 Nov (partial)", and a sheet not kept up is said plainly
// before any number, in English and in French.
import { schemaOrderTable, scopesInData, type WorkbookData } from '../../../src/addon/metrics';
import { buildSummary, type SummaryInput } from '../../../src/addon/summaries/build';
import { renderSummary } from '../../../src/addon/summaries/render';
import { reportWindow } from '../../../src/addon/summaries/schedule';
import { dayFromYmd, ymdOfDay } from '../../../src/kpi/days';
import { row } from '../metrics/fixture';

const dateOf = (n: number) => {
  const { year, month, day } = ymdOfDay(n);
  return new Date(year, month - 1, day);
};

/** Team North: 4 leads and 2 calls a day from 1 June to `last`; 2 leads in 4 convert in 7 days. */
function data(last: number, today: number): WorkbookData {
  const pipeline: unknown[][] = [];
  const activities: unknown[][] = [];
  for (let n = dayFromYmd(2026, 6, 1); n <= last; n++) {
    for (let i = 0; i < 4; i++) {
      const opportunity = i < 2 && n + 7 < today ? dateOf(n + 7) : '';
      pipeline.push(
        row('pipeline', {
          dealId: `D${n}-${i}`,
          rep: 'Ann',
          team: 'North',
          leadDate: dateOf(n),
          opportunityDate: opportunity,
        }),
      );
    }
    for (let i = 0; i < 2; i++)
      activities.push(
        row('activities', { date: dateOf(n), rep: 'Ann', team: 'North', type: 'Call' }),
      );
  }
  return {
    pipeline: schemaOrderTable('pipeline', pipeline),
    activities: schemaOrderTable('activities', activities),
  };
}

function input(d: WorkbookData, frequency: 'weekly' | 'monthly', asOf: number): SummaryInput {
  return {
    data: d,
    scopes: scopesInData(d),
    objectives: [],
    actions: [],
    frequency,
    window: reportWindow(frequency, asOf),
    asOfDay: asOf,
    alertsSince: asOf - 7,
    alertsTo: asOf,
  };
}

const north = { type: 'team', name: 'North' } as const;
const lead = { kind: 'lead', team: 'North' } as const;

describe('a weekly summary on live data', () => {
  const today = dayFromYmd(2026, 11, 16);
  const summary = buildSummary(input(data(today - 1, today), 'weekly', today), north);

  it('the weeks whose leads have not had the 7-day window are maturing, the older ones 50 %', () => {
    const trend = summary.trends.find((t) => t.kpi === 'lead_to_opportunity')!;
    expect(trend.points.map((p) => p.value ?? p.provisional)).toEqual([
      0.5,
      0.5,
      0.5,
      0.5,
      0.5,
      0.5,
      0.5,
      'maturing',
    ]);
    const text = renderSummary(summary, 'en', lead, '').text;
    expect(text).toContain('9 Nov maturing');
    expect(text).toContain('2 Nov 50%');
    expect(text).not.toContain('is the data up to date');
  });
});

describe('a monthly summary on data that stopped on 13 November', () => {
  const today = dayFromYmd(2026, 12, 6);
  const summary = buildSummary(
    input(data(dayFromYmd(2026, 11, 13), today), 'monthly', today),
    north,
  );

  it('November is partial: no bar, labelled with the days it covers', () => {
    const calls = summary.trends.find((t) => t.kpi === 'calls')!;
    const november = calls.points[calls.points.length - 1];
    expect(november).toMatchObject({ value: null, provisional: 'partial' });
    // October is whole: 31 days of 2 calls.
    expect(calls.points[calls.points.length - 2].value).toBe(62);
  });

  it('says the data stopped, in the reader’s language', () => {
    const en = renderSummary(summary, 'en', lead, '').text;
    expect(en).toContain('1–13 Nov 2026 (partial)');
    expect(en).toContain('No activity logged since 13 Nov 2026: is the data up to date?');
    expect(en).toContain('No lead logged since 13 Nov 2026: is the data up to date?');
    const fr = renderSummary(summary, 'fr', lead, '').text;
    expect(fr).toContain('1–13 nov. 2026 (partiel)');
    expect(fr).toContain(
      'Aucune activité saisie depuis le 13 nov. 2026 : les données sont-elles à jour ?',
    );
  });
});
