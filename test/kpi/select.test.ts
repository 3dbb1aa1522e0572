import fc from 'fast-check';
import { medianInPlace, selectInPlace } from '../../src/kpi/select';
import { median } from '../../src/kpi/stats';

/** Reference: sort a copy and read the middle (the obvious, slow way). */
function sortedMedian(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

describe('medianInPlace', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(medianInPlace(Float64Array.of(5, 1, 3))).toBe(3);
    expect(medianInPlace(Float64Array.of(4, 1, 3, 2))).toBe(2.5);
    expect(medianInPlace(Float64Array.of(7))).toBe(7);
    expect(medianInPlace(Float64Array.of(-1, -1, 10, -1))).toBe(-1);
    expect(medianInPlace(new Float64Array(0))).toBeNaN();
  });

  it('takes the mean of two middle values near the largest double without overflow', () => {
    const max = Number.MAX_VALUE;
    expect(medianInPlace(Float64Array.from([max, max]))).toBe(max);
    expect(median(Float64Array.from([max, max / 2, 0, max]))).toBe(max * 0.75);
  });

  it('handles long runs of ties and sorted input without slowing down', () => {
    const ties = new Float64Array(200_001).fill(0);
    ties[7] = 1;
    expect(medianInPlace(ties)).toBe(0);
    const sorted = Float64Array.from({ length: 100_000 }, (_, i) => i);
    expect(medianInPlace(sorted)).toBe(49_999.5);
    const reversed = Float64Array.from({ length: 100_001 }, (_, i) => 100_000 - i);
    expect(medianInPlace(reversed)).toBe(50_000);
  });

  it('property: equals the median of a sorted copy', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 5 }),
            fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
          ),
          {
            minLength: 1,
            maxLength: 300,
          },
        ),
        (values) => {
          // + 0 turns −0 into 0: the two orders may put −0 and 0 (equal values) either way.
          expect(medianInPlace(Float64Array.from(values)) + 0).toBe(sortedMedian(values) + 0);
        },
      ),
    );
  });

  it('property: selectInPlace puts the k-th smallest at k with a partition around it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        (values, seed) => {
          const k = seed % values.length;
          const a = Float64Array.from(values);
          selectInPlace(a, k);
          const sorted = [...values].sort((x, y) => x - y);
          expect(a[k]).toBe(sorted[k]);
          for (let i = 0; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k]);
          for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k]);
          expect([...a].sort((x, y) => x - y)).toEqual(sorted);
        },
      ),
    );
  });
});
