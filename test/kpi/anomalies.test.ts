import fc from 'fast-check';
import { anomalyScale, isAnomaly } from '../../src/kpi/anomalies';

const flags = (values: number[], threshold = 3.5): boolean[] => {
  const scale = anomalyScale(values)!;
  return values.map((x) => isAnomaly(x, scale, threshold));
};

describe('anomalyScale', () => {
  it('gives the median and the median absolute deviation, skipping NaN', () => {
    // median 3; |x − 3| = 2, 1, 0, 1, 97 → MAD 1.
    expect(anomalyScale([1, 2, NaN, 3, 4, 100])).toMatchObject({ median: 3, mad: 1 });
    // median (2 + 4) / 2 = 3; deviations 2, 1, 1, 7 → MAD (1 + 2) / 2 = 1.5.
    expect(anomalyScale([1, 2, 4, 10])).toMatchObject({ median: 3, mad: 1.5 });
  });

  it('is undefined without values', () => {
    expect(anomalyScale([])).toBeUndefined();
    expect(anomalyScale([NaN, NaN])).toBeUndefined();
  });
});

describe('isAnomaly', () => {
  it('flags values whose modified z-score is above the threshold', () => {
    // 100: 0.6745 × 97 / 1 = 65.4 → flagged; 1: 0.6745 × 2 = 1.349 → not.
    expect(flags([1, 2, 3, 4, 100])).toEqual([false, false, false, false, true]);
  });

  it('flags strictly above the threshold, in both directions', () => {
    // median 1, MAD 1: |z| of 0 and 2 is exactly 0.6745.
    expect(flags([0, 1, 2], 0.6745)).toEqual([false, false, false]);
    expect(flags([0, 1, 2], 0.674)).toEqual([true, false, true]);
  });

  it('flags any value off the median when MAD is 0', () => {
    // median 5, deviations 0, 0, 0, 1 → MAD 0.
    expect(flags([5, 5, 5, 6])).toEqual([false, false, false, true]);
    expect(flags([5, 5, 5, 4.999])).toEqual([false, false, false, true]);
  });

  const ints = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 });

  it('property: flags do not depend on the order of the values', () => {
    fc.assert(
      fc.property(ints, (values) => {
        const before = flags(values);
        const order = values.map((_, i) => i).reverse();
        const after = flags(order.map((i) => values[i]));
        expect(order.map((i) => before[i])).toEqual(after);
      }),
    );
  });

  it('property: flags do not change when every value is shifted by a constant', () => {
    fc.assert(
      fc.property(ints, fc.integer({ min: -1e6, max: 1e6 }), (values, shift) => {
        expect(flags(values.map((x) => x + shift))).toEqual(flags(values));
      }),
    );
  });

  it('property: the median itself is never an anomaly', () => {
    fc.assert(
      fc.property(ints, (values) => {
        const scale = anomalyScale(values)!;
        expect(isAnomaly(scale.median, scale, 3.5)).toBe(false);
      }),
    );
  });

  it('property: scaling every value by a power of ten within the double range keeps the flags', () => {
    fc.assert(
      fc.property(ints, fc.integer({ min: -300, max: 300 }), (values, p) => {
        const scale = anomalyScale(values)!;
        // Scaling by 10^p rounds each value: a score within a hair of the threshold may flip.
        const nearThreshold = values.some(
          (x) =>
            scale.mad !== 0 &&
            Math.abs(Math.abs((0.6745 * (x - scale.median)) / scale.mad) - 3.5) < 1e-6,
        );
        if (nearThreshold) return;
        expect(flags(values.map((x) => x * 10 ** p))).toEqual(flags(values));
      }),
    );
  });

  it('flags the same values among subnormal numbers and near the largest double', () => {
    // The first example above (100 is the outlier), down among the subnormals (1e-321 is 202
    // steps of 5e-324) and up near 1e308, where an unscaled deviation of −1e308 − 1e308 is
    // Infinity.
    const expected = [false, false, false, false, true];
    expect(flags([1, 2, 3, 4, 100].map((x) => x * 1e-321))).toEqual(expected);
    expect(flags([1, 2, 3, 4, 100].map((x) => x * 1e306))).toEqual(expected);
    // Median 0.5e308; deviations 2e308 (three times), 0, 1.1e308 (three times) → MAD 1.1e308.
    // |z| of −1.5e308 is 0.6745 × 2 / 1.1 ≈ 1.23: no outlier, though 2e308 is beyond a double.
    const wide = [-1.5, -1.5, -1.5, 0.5, 1.6, 1.6, 1.6].map((x) => x * 1e308);
    expect(flags(wide)).toEqual([false, false, false, false, false, false, false]);
  });
});
