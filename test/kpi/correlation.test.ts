import fc from 'fast-check';
import { correlation } from '../../src/kpi/correlation';

const r = (x: number[], y: number[], lag = 0): number => {
  const result = correlation(x, y, lag);
  if (!('r' in result)) throw new Error(result.problem);
  return result.r;
};

describe('correlation', () => {
  it('is 1 or −1 for exact linear relations', () => {
    expect(r([1, 2, 3], [2, 4, 6])).toBe(1);
    expect(r([1, 2, 3], [6, 4, 2])).toBe(-1);
  });

  it('matches a hand computation', () => {
    // Means 2.5 and 2.5; dx = −1.5, −0.5, 0.5, 1.5; dy = −1.5, 0.5, −0.5, 1.5;
    // Σdxdy = 2.25 − 0.25 − 0.25 + 2.25 = 4, Σdx² = Σdy² = 5 → r = 4 / 5 = 0.8.
    expect(r([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 14);
  });

  it('pairs x[i] with y[i + lag]', () => {
    // Lag 1 pairs (1,1) (2,3) (3,2) (4,4): the hand computation above. The 9 has no partner.
    expect(r([1, 2, 3, 4, 9], [0, 1, 3, 2, 4], 1)).toBeCloseTo(0.8, 14);
  });

  it('skips pairs with a NaN (blank) on either side', () => {
    expect(r([1, 2, NaN, 3, 4, 5], [1, 3, 7, 2, 4, NaN])).toBeCloseTo(0.8, 14);
  });

  it('keeps its digits for large values close together', () => {
    const x = [1, 2, 3, 4].map((v) => 1e9 + v);
    expect(r(x, [1, 3, 2, 4])).toBeCloseTo(0.8, 9);
  });

  it('reports too few pairs and constant series', () => {
    expect(correlation([1, 2], [3, 4], 0)).toEqual({ problem: 'too few pairs', pairs: 2 });
    expect(correlation([1, 2, 3], [3, 4, 5], 1)).toEqual({ problem: 'too few pairs', pairs: 2 });
    expect(correlation([1, 2, 3], [3, 4, 5], 7)).toEqual({ problem: 'too few pairs', pairs: 0 });
    // 0.1 three times: the centred sums would be rounding noise, not 0.
    expect(correlation([0.1, 0.1, 0.1], [1, 2, 3], 0)).toEqual({
      problem: 'constant',
      series: 'x',
      pairs: 3,
    });
    expect(correlation([1, 2, 3], [5, 5, 5], 0)).toMatchObject({
      problem: 'constant',
      series: 'y',
    });
  });

  const series = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 40 });
  const pairsOf = (xs: number[], ys: number[]) => [xs, ys.slice(0, xs.length)] as const;

  it('property: r lies in [−1, 1] and is symmetric in x and y', () => {
    fc.assert(
      fc.property(series, series, (a, b) => {
        const n = Math.min(a.length, b.length);
        const [x, y] = pairsOf(a.slice(0, n), b);
        const xy = correlation(x, y, 0);
        const yx = correlation(y, x, 0);
        if ('r' in xy && 'r' in yx) {
          expect(Math.abs(xy.r)).toBeLessThanOrEqual(1);
          expect(xy.r).toBeCloseTo(yx.r, 12);
        } else {
          expect('r' in yx).toBe(false);
        }
      }),
    );
  });

  it('property: a positive affine change of x leaves r unchanged, a negative one flips it', () => {
    fc.assert(
      fc.property(series, series, fc.integer({ min: 1, max: 50 }), (a, b, scale) => {
        const n = Math.min(a.length, b.length);
        const [x, y] = pairsOf(a.slice(0, n), b);
        const base = correlation(x, y, 0);
        if (!('r' in base)) return;
        expect(
          r(
            x.map((v) => scale * v + 7),
            y,
          ),
        ).toBeCloseTo(base.r, 10);
        expect(
          r(
            x.map((v) => -scale * v),
            y,
          ),
        ).toBeCloseTo(-base.r, 10);
      }),
    );
  });

  it('keeps its value at any magnitude: 1e154 and beyond, 1e-170 and below', () => {
    // The hand computation above (r = 0.8), scaled: products of raw deviations overflow at
    // 1e154 (r came out 0) and underflow at 1e-170 (r came out 1).
    for (const scale of [1e154, 1e200, 1e300, 1e-170, 1e-300, 1e-320]) {
      expect(
        r(
          [1, 2, 3, 4].map((v) => v * scale),
          [1, 3, 2, 4],
        ),
      ).toBeCloseTo(0.8, 12);
      expect(
        r(
          [1, 2, 3, 4].map((v) => v * scale),
          [1, 3, 2, 4].map((v) => v * scale),
        ),
      ).toBeCloseTo(0.8, 12);
    }
    // Values at the edge of the double range: x = max, −max, 0 against y = 1, 2, 3. Means 0 and 2;
    // dx = M, −M, 0; dy = −1, 0, 1 → Σdxdy = −M, Σdx² = 2M², Σdy² = 2 → r = −M / 2M = −0.5.
    expect(r([Number.MAX_VALUE, -Number.MAX_VALUE, 0], [1, 2, 3])).toBeCloseTo(-0.5, 12);
  });

  const finiteSeries = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
    minLength: 3,
    maxLength: 30,
  });

  it('property: scaling either series by any power of ten within the double range keeps r', () => {
    fc.assert(
      fc.property(
        finiteSeries,
        finiteSeries,
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: -300, max: 300 }),
        (a, b, p, q) => {
          const n = Math.min(a.length, b.length);
          const [x, y] = pairsOf(a.slice(0, n), b);
          const base = correlation(x, y, 0);
          const scaled = correlation(
            x.map((v) => v * 10 ** p),
            y.map((v) => v * 10 ** q),
            0,
          );
          if (!('r' in base)) return;
          // Scaling a value by 10^p rounds it (relative error 1e-16); a subnormal loses digits.
          const tiny =
            x.some((v) => v !== 0 && Math.abs(v * 10 ** p) < 1e-290) ||
            y.some((v) => v !== 0 && Math.abs(v * 10 ** q) < 1e-290);
          if (tiny || !('r' in scaled)) return;
          expect(scaled.r).toBeCloseTo(base.r, 6);
        },
      ),
    );
  });
});
