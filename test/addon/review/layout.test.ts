// The review pack's pure parts: the period offered and its label, the Review sheet's rows and
// the decisions read back from them (in either language), which decisions are still to record,
// the next decision ID, and the email's escaping.
import { dayFromYmd } from '../../../src/kpi/days';
import { pendingDecisions, nextDecisionNumber } from '../../../src/addon/review/decisions';
import { decisionRows, reviewCells } from '../../../src/addon/review/layout';
import type { ReviewPackView } from '../../../src/addon/review/pack';
import { defaultReviewPeriod, isoOfDay, reviewPeriod } from '../../../src/addon/review/period';
import { renderPack } from '../../../src/addon/review/render';
import { watchedReviews } from '../../../src/addon/review/job';

const monday = dayFromYmd(2026, 11, 16);

test('the default period is the last full month, or the current ISO week', () => {
  const month = defaultReviewPeriod('month', monday + 3);
  expect([isoOfDay(month.from), isoOfDay(month.to), month.label]).toEqual([
    '2026-10-01',
    '2026-11-01',
    '2026-10',
  ]);
  const week = defaultReviewPeriod('week', monday + 3);
  expect([isoOfDay(week.from), week.to - week.from, week.label]).toEqual([
    '2026-11-16',
    7,
    '2026-W47',
  ]);
  // ISO weeks across a year's end: 29 Dec 2025 is in week 1 of 2026, 1 Jan 2027 in week 53 of 2026.
  expect(reviewPeriod('week', dayFromYmd(2025, 12, 31)).label).toBe('2026-W01');
  expect(reviewPeriod('week', dayFromYmd(2027, 1, 1)).label).toBe('2026-W53');
});

const view = (language: 'en' | 'fr'): ReviewPackView => ({
  language,
  scopeLabel: 'team <Lyon>',
  periodLabel: 'October 2026',
  title: 'Team review: team <Lyon>',
  subtitle: 'Compared with September 2026.',
  sections: [
    {
      key: 'actions',
      title: 'Open corrective actions',
      lines: ['=HYPERLINK("x")'],
      header: ['Date', 'KPI'],
      rows: [['16 Nov 2026', 'Calls']],
    },
    { key: 'context', title: 'Context', lines: [], header: ['Note'], rows: [], empty: 'None.' },
  ],
});

test('decisions are read back under their header, kept as typed, in either language', () => {
  const kept = [
    { index: 0, cells: ['Coach Paul', 'a@example.com', new Date(2026, 11, 1), 'DEC-3'] },
  ];
  for (const language of ['en', 'fr'] as const) {
    const cells = reviewCells(view(language), kept, language);
    // A typed formula is neutralised; the decisions section comes last.
    expect(cells.values.flat()).toContain('\'=HYPERLINK("x")');
    const rows = decisionRows(cells.values)!;
    expect(rows).toEqual([{ index: cells.decisionsStart + 3, cells: kept[0].cells }]);
    expect(cells.bold[cells.decisionsStart + 2]).toBe(true);
  }
  expect(decisionRows([['Not a review sheet']])).toBeUndefined();
});

test('only filled decisions without an ID are pending; IDs continue after the largest', () => {
  const rows = [
    { index: 5, cells: ['Done already', '', '', 'DEC-2'] },
    { index: 6, cells: ['', 'owner only', '', ''] },
    { index: 7, cells: ['New one', '', '', ''] },
  ];
  expect(pendingDecisions(rows).map((r) => r.index)).toEqual([7]);
  expect(nextDecisionNumber(['ALR-9', 'DEC-2', 'dec-10', '', 'DEC-x'])).toBe(11);
  expect(nextDecisionNumber([])).toBe(1);
});

test('the email escapes every text and keeps the sections in both bodies', () => {
  const mail = renderPack(view('en'), 'Review Lyon 2026-10', 'https://docs.google.com/x');
  expect(mail.html).not.toContain('<Lyon>');
  expect(mail.html).toContain('team &lt;Lyon&gt;');
  expect(mail.text).toContain('- Date: 16 Nov 2026; KPI: Calls');
  expect(mail.text).toContain('None.');
  expect(mail.subject).toBe('team <Lyon>: review pack, October 2026');
});

test('the hourly run watches the newest few sheets of recent periods only', () => {
  const entry = (from: number, id: number) =>
    ({ id, scope: { type: 'company' }, kind: 'month', from, label: '' }) as const;
  const oct = dayFromYmd(2026, 10, 1);
  const entries = [entry(dayFromYmd(2026, 8, 1), 1), ...[2, 3, 4, 5].map((id) => entry(oct, id))];
  expect(watchedReviews(entries, monday).map((e) => e.id)).toEqual([3, 4, 5]);
  // 35 days after October's end, its meeting is over.
  expect(watchedReviews(entries, dayFromYmd(2026, 12, 6))).toEqual([]);
});
