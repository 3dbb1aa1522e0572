import fc from 'fast-check';
import { breaches } from '../../src/kpi/alert';

describe('breaches', () => {
  it('alerts on a relative fall of at least the threshold', () => {
    expect(breaches(89, 100, 0.1, 'relative', 'down')).toBe(true); // −11 %
    expect(breaches(91, 100, 0.1, 'relative', 'down')).toBe(false); // −9 %
  });

  it('alerts on a move of exactly the threshold, despite binary rounding', () => {
    expect(breaches(90, 100, 0.1, 'relative', 'down')).toBe(true);
    // 1 − 0.9 is 0.09999999999999998 in binary floating point: still a 10 % fall.
    expect(breaches(0.9, 1, 0.1, 'relative', 'down')).toBe(true);
    // 0.5 − 0.4 = 0.09999999999999998 against 0.2 × 0.5 = 0.1.
    expect(breaches(0.4, 0.5, 0.2, 'relative', 'down')).toBe(true);
    expect(breaches(0.4, 0.5, 0.1, 'points', 'down')).toBe(true);
    expect(breaches(1.1, 1, 0.1, 'relative', 'up')).toBe(true); // 1.1 − 1 = 0.10000000000000009
  });

  it('does not alert on a move just short of the threshold', () => {
    // 9.99999 % against 10 %: the tolerance is far smaller than anything a person types.
    expect(breaches(90.00001, 100, 0.1, 'relative', 'down')).toBe(false);
    expect(breaches(40.0001, 50, 10, 'points', 'down')).toBe(false);
  });

  it('measures points in the KPI units', () => {
    expect(breaches(40, 50, 10, 'points', 'down')).toBe(true);
    expect(breaches(41, 50, 10, 'points', 'down')).toBe(false);
    expect(breaches(-20, -5, 15, 'points', 'down')).toBe(true); // NPS from −5 to −20
  });

  it('looks only in the given direction', () => {
    expect(breaches(110, 100, 0.1, 'relative', 'up')).toBe(true);
    expect(breaches(110, 100, 0.1, 'relative', 'down')).toBe(false);
    expect(breaches(90, 100, 0.1, 'relative', 'up')).toBe(false);
    expect(breaches(60, 50, 10, 'points', 'up')).toBe(true);
  });

  it('measures a relative move against |previous| when previous is negative', () => {
    // From −100 to −110: a fall of 10, which is 10 % of |−100|.
    expect(breaches(-110, -100, 0.1, 'relative', 'down')).toBe(true);
    expect(breaches(-90, -100, 0.1, 'relative', 'up')).toBe(true);
    expect(breaches(-90, -100, 0.1, 'relative', 'down')).toBe(false);
  });

  // No subnormal numbers: scaling them by a power of two is not exact, which the properties use.
  const finite = fc
    .double({ min: -1e6, max: 1e6, noNaN: true })
    .filter((x) => x === 0 || Math.abs(x) > 1e-200);
  const size = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

  it('property: a fall in points is a rise with the values swapped', () => {
    fc.assert(
      fc.property(finite, finite, size, (c, p, t) => {
        expect(breaches(c, p, t, 'points', 'down')).toBe(breaches(p, c, t, 'points', 'up'));
      }),
    );
  });

  it('property: a breach of a threshold is a breach of any smaller threshold', () => {
    fc.assert(
      fc.property(
        finite,
        finite.filter((p) => p !== 0),
        size,
        size,
        (c, p, a, b) => {
          const [small, large] = a < b ? [a, b] : [b, a];
          for (const mode of ['relative', 'points'] as const) {
            if (breaches(c, p, large, mode, 'down')) {
              expect(breaches(c, p, small, mode, 'down')).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('property: relative mode does not depend on the unit (scaling by a power of two)', () => {
    fc.assert(
      fc.property(
        finite,
        finite.filter((p) => p !== 0),
        size,
        fc.integer({ min: -20, max: 20 }),
        (c, p, t, k) => {
          const s = 2 ** k;
          expect(breaches(c * s, p * s, t, 'relative', 'down')).toBe(
            breaches(c, p, t, 'relative', 'down'),
          );
        },
      ),
    );
  });
});
