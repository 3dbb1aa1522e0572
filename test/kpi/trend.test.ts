import fc from 'fast-check';
import { dayFromYmd, periodStart, ymdOfDay } from '../../src/kpi/days';
import { dateSpan, monthIndex, periodCount, periodIndex, trend } from '../../src/kpi/trend';

const day = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y, m, d);
};

/** Runs trend and turns NaN into '' as a sheet would show it. */
function table(
  days: number[],
  values: number[],
  period: 'day' | 'week' | 'month' | 'quarter',
  aggregation: 'sum' | 'mean' | 'count',
) {
  const span = dateSpan(days, values)!;
  const t = trend(days, values, span, period, aggregation);
  const cell = (v: number) => (Number.isNaN(v) ? '' : v);
  return Array.from(t.starts, (start, k) => [
    start,
    cell(t.values[k]),
    cell(t.changes[k]),
    cell(t.movingAverages[k]),
  ]);
}

// Jan 15: 10, Jan 20: 20, (no February), Mar 3: 45, Apr 1: 15, May 31: 30.
const DAYS = ['2026-01-15', '2026-01-20', '2026-03-03', '2026-04-01', '2026-05-31'].map(day);
const VALUES = [10, 20, 45, 15, 30];
const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01'].map(day);

describe('trend', () => {
  it('sums per month, with empty months as 0', () => {
    // Sums 30, 0, 45, 15, 30. Changes: (0 − 30)/30 = −1; from 0: undefined; (15 − 45)/45 = −2/3;
    // (30 − 15)/15 = 1. Moving averages: (30 + 0 + 45)/3 = 25, (0 + 45 + 15)/3 = 20, 30.
    expect(table(DAYS, VALUES, 'month', 'sum')).toEqual([
      [MONTHS[0], 30, '', ''],
      [MONTHS[1], 0, -1, ''],
      [MONTHS[2], 45, '', 25],
      [MONTHS[3], 15, -2 / 3, 20],
      [MONTHS[4], 30, 1, 30],
    ]);
  });

  it('averages per month, with empty months undefined and left out of moving averages', () => {
    // Means 15, —, 45, 15, 30. Moving averages of the defined ones: (15 + 45)/2 = 30,
    // (45 + 15)/2 = 30, (45 + 15 + 30)/3 = 30.
    expect(table(DAYS, VALUES, 'month', 'mean')).toEqual([
      [MONTHS[0], 15, '', ''],
      [MONTHS[1], '', '', ''],
      [MONTHS[2], 45, '', 30],
      [MONTHS[3], 15, -2 / 3, 30],
      [MONTHS[4], 30, 1, 30],
    ]);
  });

  it('counts rows per month', () => {
    // Counts 2, 0, 1, 1, 1; moving averages 3/3 = 1, 2/3, 3/3 = 1.
    expect(table(DAYS, VALUES, 'month', 'count')).toEqual([
      [MONTHS[0], 2, '', ''],
      [MONTHS[1], 0, -1, ''],
      [MONTHS[2], 1, '', 1],
      [MONTHS[3], 1, 0, 2 / 3],
      [MONTHS[4], 1, 0, 1],
    ]);
  });

  it('groups by quarter', () => {
    // Q1: 10 + 20 + 45 = 75; Q2: 15 + 30 = 45; change (45 − 75)/75 = −0.4.
    expect(table(DAYS, VALUES, 'quarter', 'sum')).toEqual([
      [day('2026-01-01'), 75, '', ''],
      [day('2026-04-01'), 45, -0.4, ''],
    ]);
  });

  it('groups by ISO week, Monday first', () => {
    // 2026-03-01 is a Sunday (week of Mon 02-23), 03-02 a Monday, 03-08 the Sunday after it.
    const days = ['2026-03-01', '2026-03-02', '2026-03-08', '2026-03-16'].map(day);
    expect(table(days, [1, 2, 4, 8], 'week', 'sum')).toEqual([
      [day('2026-02-23'), 1, '', ''],
      [day('2026-03-02'), 6, 5, ''],
      [day('2026-03-09'), 0, -1, 7 / 3],
      [day('2026-03-16'), 8, '', 14 / 3],
    ]);
  });

  it('groups by day, gaps included, across a year end', () => {
    const days = ['2025-12-30', '2026-01-01', '2025-12-30'].map(day);
    expect(table(days, [1, 3, 2], 'day', 'sum')).toEqual([
      [day('2025-12-30'), 3, '', ''],
      [day('2025-12-31'), 0, -1, ''],
      [day('2026-01-01'), 3, '', 2],
    ]);
  });

  it('measures change against |previous| for negative values', () => {
    // From −10 to −5: +5 on a base of 10 = +0.5.
    expect(table([day('2026-01-01'), day('2026-02-01')], [-10, -5], 'month', 'sum')[1][2]).toBe(
      0.5,
    );
  });

  it('skips positions with a NaN date or value', () => {
    const days = [day('2026-01-05'), NaN, day('2026-03-05'), day('2026-09-05')];
    const values = [1, 100, 2, NaN];
    expect(table(days, values, 'month', 'sum').map((row) => row[1])).toEqual([1, 0, 2]);
    expect(dateSpan(days, values)).toEqual({ first: day('2026-01-05'), last: day('2026-03-05') });
    expect(dateSpan([NaN, 3], [1, NaN])).toBeUndefined();
  });

  it('counts periods from the first to the last, gaps included', () => {
    const span = { first: day('2025-11-30'), last: day('2026-02-01') };
    expect(periodCount(span, 'month')).toBe(4);
    expect(periodCount(span, 'quarter')).toBe(2);
    expect(periodCount(span, 'day')).toBe(64);
    // Sun 11-30 is in the week of Mon 11-24, Sun 02-01 in that of Mon 01-26: 63 days apart.
    expect(periodCount(span, 'week')).toBe(10);
  });

  it('property: monthIndex agrees with the calendar of src/kpi/days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (d) => {
        const { year, month } = ymdOfDay(d);
        expect(monthIndex(d)).toBe(year * 12 + month - 1);
      }),
    );
  });

  it('property: two days share a period index exactly when they share a period start, in order', () => {
    const periods = ['day', 'week', 'month', 'quarter'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000, max: 50_000 }),
        fc.integer({ min: -200, max: 200 }),
        fc.constantFrom(...periods),
        (a, gap, period) => {
          const b = a + gap;
          expect(periodIndex(a, period) === periodIndex(b, period)).toBe(
            periodStart(a, period) === periodStart(b, period),
          );
          // Indexes follow the calendar: a later day never has an earlier period.
          if (gap >= 0)
            expect(periodIndex(b, period)).toBeGreaterThanOrEqual(periodIndex(a, period));
        },
      ),
    );
  });

  const rows = fc.array(
    fc.record({
      day: fc.integer({ min: day('2024-01-01'), max: day('2026-12-31') }),
      value: fc.integer({ min: -1000, max: 1000 }),
    }),
    { minLength: 1, maxLength: 60 },
  );

  it('property: the sums add up to the total and the counts to the rows', () => {
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom('day', 'week', 'month', 'quarter' as const),
        (rs, period) => {
          const days = rs.map((r) => r.day);
          const values = rs.map((r) => r.value);
          const span = dateSpan(days, values)!;
          const sums = trend(days, values, span, period, 'sum').values;
          const counts = trend(days, values, span, period, 'count').values;
          expect(sums.reduce((a, b) => a + b, 0)).toBe(values.reduce((a, b) => a + b, 0));
          expect(counts.reduce((a, b) => a + b, 0)).toBe(rs.length);
        },
      ),
    );
  });

  it('property: the order of the rows does not matter', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const run = (list: typeof rs) =>
          table(
            list.map((r) => r.day),
            list.map((r) => r.value),
            'month',
            'sum',
          );
        expect(run([...rs].reverse())).toEqual(run(rs));
      }),
    );
  });
});
