// finishResult: what JavaScript adds to the small aggregated results (gaps, conversions, order,
// moving averages, cohort shares), on hand-made raw results with hand-computed expectations.
import type { ResultTable } from '../../src/warehouse/api';
import { finishResult } from '../../src/warehouse/finish';

const MONTHS = { asOf: '2026-04-15', timeZone: 'Europe/Paris', period: 'month' as const };

function column(t: ResultTable, name: string) {
  const i = t.columns.indexOf(name);
  return t.rows.map((r) => r[i]);
}

test('value KPIs: a missing period between two is filled (counts 0, ratio null)', () => {
  const raw: ResultTable = {
    columns: ['period', 'scope_type', 'scope', 'revenue', 'orders', 'value'],
    rows: [
      ['2026-03-01', 'company', '', 9, 3, 3],
      ['2026-01-01', 'company', '', 10, 2, 5],
      ['2026-03-01', 'team', 'North', 4, 1, 4],
    ],
  };
  const done = finishResult('aov', raw, MONTHS);
  expect(done.rows).toEqual([
    ['2026-01-01', 'company', '', 10, 2, 5],
    ['2026-02-01', 'company', '', 0, 0, null],
    ['2026-03-01', 'company', '', 9, 3, 3],
    ['2026-03-01', 'team', 'North', 4, 1, 4],
  ]);
});

test('a stock (retention): a period nobody was a customer in is filled with 0 and no rate', () => {
  const raw: ResultTable = {
    columns: ['period', 'scope_type', 'scope', 'at_start', 'at_end', 'joined', 'value'],
    rows: [
      ['2026-03-01', 'company', '', 0, 1, 1, null],
      ['2026-01-01', 'company', '', 2, 0, 0, 0],
    ],
  };
  expect(finishResult('retention', raw, MONTHS).rows).toEqual([
    ['2026-01-01', 'company', '', 2, 0, 0, 0],
    ['2026-02-01', 'company', '', 0, 0, 0, null],
    ['2026-03-01', 'company', '', 0, 1, 1, null],
  ]);
});

test('trend: gaps filled with 0, change from the previous period, 3-period moving average', () => {
  const raw: ResultTable = {
    columns: ['period', 'scope_type', 'scope', 'revenue', 'orders', 'value'],
    rows: [
      ['2026-01-01', 'company', '', 10, 1, 10],
      ['2026-03-01', 'company', '', 30, 2, 30],
      ['2026-04-01', 'company', '', 20, 1, 20],
    ],
  };
  const done = finishResult('trend', raw, MONTHS);
  expect(column(done, 'period')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']);
  expect(column(done, 'value')).toEqual([10, 0, 30, 20]);
  const change = column(done, 'change');
  expect(change.slice(0, 3)).toEqual([null, -1, null]); // from 0, a change is not defined
  expect(change[3]).toBeCloseTo(-1 / 3, 12);
  const average = column(done, 'moving_average');
  expect(average.slice(0, 2)).toEqual([null, null]);
  expect(average[2]).toBeCloseTo(40 / 3, 12);
  expect(average[3]).toBeCloseTo(50 / 3, 12);
});

test('segments: by margin, ties (and sums equal but for rounding) by name; shares of the total', () => {
  const raw: ResultTable = {
    columns: ['period', 'scope_type', 'scope', 'item', 'revenue', 'cost', 'deals'],
    rows: [
      ['2026-02-01', 'company', '', 'D', 0.3, 0, 1],
      ['2026-02-01', 'company', '', 'B', 8, 3, 1],
      ['2026-02-01', 'company', '', 'C', 0.1 + 0.2, 0, 2],
      ['2026-02-01', 'company', '', 'A', 5, 0, 1],
    ],
  };
  const done = finishResult('segment_profitability', raw, MONTHS);
  expect(column(done, 'segment')).toEqual(['A', 'B', 'C', 'D']);
  expect(column(done, 'margin')).toEqual([5, 5, 0.1 + 0.2, 0.3]);
  const share = column(done, 'share') as number[];
  expect(share[0]).toBeCloseTo(5 / 10.6, 12);
  expect(column(done, 'rate')[1]).toBeCloseTo(5 / 8, 12);
});

test('funnel: a row per stage, conversions from the previous and the first stage', () => {
  const raw: ResultTable = {
    columns: ['period', 'scope_type', 'scope', 'leads', 'opportunities', 'proposals', 'won'],
    rows: [['2026-02-01', 'company', '', 10, 4, 0, 0]],
  };
  const done = finishResult('funnel', raw, MONTHS);
  expect(done.columns).toEqual([
    'scope_type',
    'scope',
    'period',
    'stage',
    'reached',
    'from_previous',
    'from_first',
  ]);
  expect(done.rows.map((r) => r.slice(3))).toEqual([
    ['leads', 10, 1, 1],
    ['opportunities', 4, 0.4, 0.4],
    ['proposals', 0, 0, 0],
    ['won', 0, null, 0],
  ]);
});

test('cohorts: size, share active k periods later, null beyond the last period with data', () => {
  const raw: ResultTable = {
    columns: ['cohort', 'period_offset', 'customers'],
    rows: [
      ['2026-01-01', 0, 4],
      ['2026-01-01', 2, 1],
      ['2026-02-01', 0, 2],
      ['2026-02-01', 1, 1],
    ],
  };
  const done = finishResult('cohort_retention', raw, MONTHS);
  expect(done).toEqual({
    columns: ['cohort', 'size', 'period_0', 'period_1', 'period_2'],
    rows: [
      ['2026-01-01', 4, 1, 0, 0.25],
      ['2026-02-01', 2, 1, 0.5, null],
    ],
  });
});
