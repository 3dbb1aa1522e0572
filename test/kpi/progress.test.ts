import fc from 'fast-check';
import { progress, ProgressInput } from '../../src/kpi/progress';

// An objective from 0 to 100 over days 0 … 100: every share is easy to check by hand.
const base: ProgressInput = {
  actual: 50,
  target: 100,
  baseline: 0,
  start: 0,
  deadline: 100,
  asOf: 50,
};
const run = (change: Partial<ProgressInput>) => progress({ ...base, ...change });

describe('progress', () => {
  it('is on track when the achieved share matches the elapsed share', () => {
    // 50/100 done, 50/100 days gone; projection 0 + 50 / 0.5 = 100; pace 1.
    expect(run({})).toEqual({ achieved: 0.5, elapsed: 0.5, projected: 100, status: 'on track' });
  });

  it('is ahead at a pace of 1.05 or more, behind below 0.95', () => {
    // 50 done at day 40: pace 0.5 / 0.4 = 1.25, projection 50 / 0.4 = 125.
    expect(run({ asOf: 40 })).toEqual({
      achieved: 0.5,
      elapsed: 0.4,
      projected: 125,
      status: 'ahead',
    });
    // 50 done at day 60: pace 0.8333, projection 50 / 0.6 = 83.33.
    const late = run({ asOf: 60 });
    expect(late.status).toBe('behind');
    expect(late.projected).toBeCloseTo(250 / 3, 12);
  });

  it('treats the pace limits as inclusive, whatever the rounding', () => {
    // 0.42 / 0.4 is 1.0499999999999998 in binary: still ahead. 0.38 / 0.4 = 0.95: on track.
    expect(run({ actual: 42, asOf: 40 }).status).toBe('ahead');
    expect(run({ actual: 38, asOf: 40 }).status).toBe('on track');
    expect(run({ actual: 37.9, asOf: 40 }).status).toBe('behind');
  });

  it('is done once the target is reached, at any time', () => {
    expect(run({ actual: 100, asOf: 10 }).status).toBe('done');
    expect(run({ actual: 130, asOf: 200 })).toEqual({
      achieved: 1.3,
      elapsed: 1,
      projected: 130,
      status: 'done',
    });
  });

  it('clamps the elapsed share to 0 … 1', () => {
    expect(run({ asOf: 250 }).elapsed).toBe(1);
    expect(run({ asOf: -20 }).elapsed).toBe(0);
  });

  it('has no projection before the start, and judges the pace as its limit', () => {
    // Elapsed 0: any progress is ahead, none is on track, a wrong-way move is behind.
    expect(run({ asOf: 0 })).toEqual({
      achieved: 0.5,
      elapsed: 0,
      projected: NaN,
      status: 'ahead',
    });
    expect(run({ asOf: -5, actual: 0 }).status).toBe('on track');
    expect(run({ asOf: 0, actual: -5 }).status).toBe('behind');
  });

  it('works for falling targets', () => {
    // Churn from 8 % down to 5 %, now 6.5 % half-way: (6.5 − 8)/(5 − 8) = 0.5 achieved;
    // projection 8 + (6.5 − 8) / 0.5 = 5.
    const churn = run({ baseline: 0.08, target: 0.05, actual: 0.065 });
    expect(churn.achieved).toBeCloseTo(0.5, 12);
    expect(churn.projected).toBeCloseTo(0.05, 12);
    expect(churn.status).toBe('on track');
    // Churn rising to 9 %: a negative achieved share, behind.
    const worse = run({ baseline: 0.08, target: 0.05, actual: 0.09 });
    expect(worse.achieved).toBeCloseTo(-1 / 3, 12);
    expect(worse.status).toBe('behind');
  });

  it('property: the elapsed share lies in [0, 1] and the projection meets actual at the deadline', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (actual, length, asOf, target) => {
          fc.pre(target !== 0);
          const p = progress({ actual, target, baseline: 0, start: 0, deadline: length, asOf });
          expect(p.elapsed).toBeGreaterThanOrEqual(0);
          expect(p.elapsed).toBeLessThanOrEqual(1);
          if (asOf >= length) expect(p.projected).toBeCloseTo(actual, 9);
          expect(['ahead', 'on track', 'behind', 'done']).toContain(p.status);
        },
      ),
    );
  });
});
