// The pure readiness rules: the lag percentile and the conversion window, the usual gap between
// dated days, and the status of a period (running, partial, maturing, complete), with the day up
// to which periods can be judged agreeing with the statuses.
import fc from 'fast-check';
import {
  conversionWindow,
  type Coverage,
  DEFAULT_GAP_DAYS,
  DEFAULT_WINDOW_DAYS,
  isStale,
  judgedUntil,
  MAX_WINDOW_DAYS,
  percentile,
  periodStatus,
  usualGap,
} from '../../src/kpi/readiness';

describe('percentile', () => {
  it('is the smallest value a share p of the values reach (nearest rank)', () => {
    const ten = [5, 1, 9, 3, 7, 2, 8, 4, 6, 10];
    expect(percentile(ten, 0.9)).toBe(9);
    expect(percentile(ten, 0.5)).toBe(5);
    expect(percentile(ten, 1)).toBe(10);
    expect(percentile([4], 0.9)).toBe(4);
    expect(percentile([], 0.9)).toBeNaN();
    expect(percentile([NaN, 3, Infinity], 0.9)).toBe(3);
  });
});

describe('conversionWindow', () => {
  const lags = (n: number, lag: (i: number) => number) =>
    Array.from({ length: n }, (_, i) => lag(i));

  it('is the longest lag seen, rounded up to a whole day: a mature period has all its conversions', () => {
    // Lags 0..19: the longest is 19.
    expect(conversionWindow(lags(20, (i) => i))).toEqual({
      days: 19,
      basis: 'measured',
      sample: 20,
    });
    expect(conversionWindow(lags(10, () => 2.5)).days).toBe(3);
  });

  it('falls back to the default with too few conversions, leaves negative lags out', () => {
    expect(conversionWindow(lags(9, () => 3))).toEqual({
      days: DEFAULT_WINDOW_DAYS,
      basis: 'default',
      sample: 9,
    });
    expect(conversionWindow([...lags(9, () => 3), -4]).basis).toBe('default');
  });

  it('is at least a day and at most a quarter', () => {
    expect(conversionWindow(lags(30, () => 0)).days).toBe(1);
    expect(conversionWindow(lags(30, () => 400)).days).toBe(MAX_WINDOW_DAYS);
  });
});

describe('usualGap', () => {
  it('is 1 for a daily sheet, 3 for weekdays only (the weekend gap)', () => {
    expect(usualGap([1, 2, 2, 3, 4, 5, 6])).toBe(1);
    const weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18];
    expect(usualGap(weekdays)).toBe(3);
  });
  it('is the default with fewer than four gaps', () => {
    expect(usualGap([10, 20, 30])).toBe(DEFAULT_GAP_DAYS);
    expect(usualGap([])).toBe(DEFAULT_GAP_DAYS);
  });
});

describe('periodStatus', () => {
  // November 2026 as days 100 (1 Nov) to 130 (1 Dec, exclusive): arbitrary day numbers.
  const NOV = [100, 130] as const;
  const c = (o: Partial<Coverage>): Coverage => ({
    asOf: 140,
    first: 0,
    last: 139,
    gap: 1,
    window: 0,
    ...o,
  });

  it('running while it has not ended', () => {
    expect(periodStatus(...NOV, c({ asOf: 129 }))).toBe('running');
    expect(periodStatus(...NOV, c({ asOf: 130 }))).toBe('complete');
  });

  it('partial when the data stops inside it by more than the usual gap ("1–13 Nov")', () => {
    expect(periodStatus(...NOV, c({ last: 112 }))).toBe('partial');
    // Stopping on the 29th with a 1-day gap is a quiet last day, not missing data.
    expect(periodStatus(...NOV, c({ last: 128 }))).toBe('complete');
    expect(periodStatus(...NOV, c({ last: 126, gap: 3 }))).toBe('complete');
    // Data that starts inside it too.
    expect(periodStatus(...NOV, c({ first: 110 }))).toBe('partial');
  });

  it('maturing until every day of it has had the conversion window', () => {
    // 30 Nov (day 129) + 14 days is day 143: judged from day 144 on (the day before is observed).
    expect(periodStatus(...NOV, c({ window: 14, asOf: 143, last: 142 }))).toBe('maturing');
    expect(periodStatus(...NOV, c({ window: 14, asOf: 144, last: 143 }))).toBe('complete');
    // A stale sheet observes nothing after its last row: still maturing long after.
    expect(periodStatus(...NOV, c({ window: 14, asOf: 200, last: 140 }))).toBe('maturing');
  });

  it('judgedUntil is the latest end of a period that is neither running, partial nor maturing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 90 }),
        (last, behind, gap, window, length) => {
          const cov: Coverage = { asOf: last + 1 + behind, first: -1000, last, gap, window };
          const until = judgedUntil(cov);
          // Periods ending on `until` or before are judged; those ending after it are not.
          for (let end = until - 3; end <= until + 3; end++) {
            const status = periodStatus(end - length, end, cov);
            if (end <= until) expect(status).toBe('complete');
            else expect(status).not.toBe('complete');
          }
        },
      ),
    );
  });
});

describe('isStale', () => {
  it('no new row for longer than the usual gap (yesterday is expected in)', () => {
    expect(isStale(99, 1, 101)).toBe(false);
    expect(isStale(98, 1, 101)).toBe(true);
    expect(isStale(94, 7, 101)).toBe(false);
    expect(isStale(null, 1, 101)).toBe(false);
  });
});
