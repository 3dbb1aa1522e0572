import fc from 'fast-check';
import {
  proposeTarget,
  reviewReason,
  seasonalValue,
  type PeriodValue,
  type ReviewInput,
} from '../../src/kpi/objective-review';
import { addPeriods, dayFromYmd, ymdOfDay } from '../../src/kpi/days';

const JAN_2025 = dayFromYmd(2025, 1, 1);
/** 24 months of 100, each December 200. */
const history: PeriodValue[] = Array.from({ length: 24 }, (_, i) => {
  const start = addPeriods(JAN_2025, 'month', i);
  return { start, value: ymdOfDay(start).month === 12 ? 200 : 100 };
});
const base: ReviewInput = {
  target: 120,
  baseline: 100,
  higherIsBetter: true,
  current: 100,
  elapsed: 0.5,
  newPeriod: false,
  history,
  period: 'month',
  nextStart: dayFromYmd(2027, 1, 1),
};

describe('reviewReason', () => {
  it('says met early, far behind, or the period again, and nothing on pace', () => {
    expect(reviewReason({ ...base, current: 125 })).toBe('metEarly');
    expect(reviewReason({ ...base, current: 104 })).toBe('farBehind');
    expect(reviewReason({ ...base, current: 110 })).toBeUndefined();
    expect(reviewReason({ ...base, current: 110, newPeriod: true })).toBe('periodAgain');
    // Too early to judge a slow start.
    expect(reviewReason({ ...base, current: 100, elapsed: 0.1 })).toBeUndefined();
    // Lower is better (days of cycle): 40 → 30 days, at 29 already.
    expect(
      reviewReason({ ...base, higherIsBetter: false, baseline: 40, target: 30, current: 29 }),
    ).toBe('metEarly');
  });
});

describe('seasonalValue', () => {
  it('finds December twice the usual month from the earlier Decembers', () => {
    expect(seasonalValue(history, 'month', dayFromYmd(2026, 12, 1))).toBeCloseTo(200, 9);
    expect(seasonalValue(history, 'month', dayFromYmd(2027, 1, 1))).toBeCloseTo(100, 9);
  });

  it('needs most of a year of history', () => {
    expect(seasonalValue(history.slice(0, 4), 'month', dayFromYmd(2025, 6, 1))).toBeUndefined();
  });
});

describe('proposeTarget', () => {
  it('raises a target met early towards the best month, and lowers one far behind', () => {
    const raised = proposeTarget({
      ...base,
      target: 110,
      current: 115,
      nextStart: dayFromYmd(2026, 12, 1),
    })!;
    expect(raised.reason).toBe('metEarly');
    // December: expected 200 (seasonal), best 200: the proposal is 200.
    expect(raised.basis).toMatchObject({ seasonal: 200, best: 200, median: 100, expected: 200 });
    expect(raised.proposed).toBe(200);
    const lowered = proposeTarget({ ...base, target: 180, current: 101 })!;
    expect(lowered.reason).toBe('farBehind');
    // January: expected 100, best 200, stretch 150 < 180.
    expect(lowered.proposed).toBe(150);
  });

  it('starts from the forecast when there is one', () => {
    const p = proposeTarget({ ...base, newPeriod: true, forecast: 140 })!;
    expect(p.basis.expected).toBe(140);
    expect(p.proposed).toBe(170);
  });

  it('never raises a target far behind nor lowers one met early (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0.25, max: 0.99, noNaN: true }),
        fc.boolean(),
        (target, current, elapsed, higherIsBetter) => {
          const input = {
            ...base,
            target,
            current,
            elapsed,
            higherIsBetter,
            baseline: higherIsBetter ? 0 : 2 * target,
          };
          const p = proposeTarget(input);
          if (!p) return;
          const up = higherIsBetter ? p.proposed >= target : p.proposed <= target;
          if (p.reason === 'metEarly') expect(up).toBe(true);
          if (p.reason === 'farBehind')
            expect(
              higherIsBetter
                ? p.proposed <= Math.max(target, p.basis.expected)
                : p.proposed >= Math.min(target, p.basis.expected),
            ).toBe(true);
        },
      ),
    );
  });
});
