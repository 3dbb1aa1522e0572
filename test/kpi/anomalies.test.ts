import fc from 'fast-check';
import { anomalyScale, isAnomaly } from '../../src/kpi/anomalies';

const flags = (values: number[], threshold = 3.5): boolean[] => {
  const scale = anomalyScale(values)!;
  return values.map((x) => isAnomaly(x, scale, threshold));
};

describe('anomalyScale', () => {
  it('gives the median and the median absolute deviation, skipping NaN', () => {
    // median 3; |x − 3| = 2, 1, 0, 1, 97 → MAD 1.
    expect(anomalyScale([1, 2, NaN, 3, 4, 100])).toEqual({ median: 3, mad: 1 });
    // median (2 + 4) / 2 = 3; deviations 2, 1, 1, 7 → MAD (1 + 2) / 2 = 1.5.
    expect(anomalyScale([1, 2, 4, 10])).toEqual({ median: 3, mad: 1.5 });
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
});
