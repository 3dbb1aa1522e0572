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
});
