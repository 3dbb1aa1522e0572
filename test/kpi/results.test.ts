import fc from 'fast-check';
import {
  cltv,
  compareNames,
  distinctCount,
  marginRate,
  marginTotals,
  presentValues,
  segmentProfitability,
  sumPresent,
} from '../../src/kpi/results';
import { mean, median } from '../../src/kpi/stats';

const f64 = (...v: number[]) => Float64Array.from(v);

describe('mean and median', () => {
  it('average a list', () => {
    expect(mean(f64(100, 250.5, 1000, 49.5))).toBe(350);
    expect(median(f64(1000, 100, 49.5, 250.5))).toBe(175.25);
    expect(median(f64(10, 3, 28))).toBe(10);
    expect(mean([2, 4])).toBe(3);
  });

  it('are NaN for no values (callers report "no data")', () => {
    expect(mean(f64())).toBeNaN();
    expect(median(f64())).toBeNaN();
  });

  it('median sorts numerically and leaves the caller’s array in its order', () => {
    const values = f64(10, 9, 100, 2);
    expect(median(values)).toBe(9.5);
    expect(Array.from(values)).toEqual([10, 9, 100, 2]);
  });

  it('do not depend on the order of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1 }), (list) => {
        const a = Float64Array.from(list);
        const b = Float64Array.from([...list].reverse());
        expect(median(b)).toBe(median(a));
        expect(mean(b)).toBeCloseTo(mean(a), 6);
        expect(median(a)).toBeGreaterThanOrEqual(Math.min(...list));
        expect(median(a)).toBeLessThanOrEqual(Math.max(...list));
      }),
    );
  });
});

describe('presentValues and sumPresent', () => {
  it('drop the blanks (NaN)', () => {
    expect(Array.from(presentValues(f64(1, NaN, 3)))).toEqual([1, 3]);
    expect(sumPresent(f64(5000, NaN, 3000))).toEqual({ sum: 8000, count: 2 });
    expect(sumPresent(f64(NaN))).toEqual({ sum: 0, count: 0 });
  });
});

describe('marginTotals and marginRate', () => {
  it('skip rows with a blank revenue and count a blank cost as 0', () => {
    // Rows: 1000/600, blank/300 (skipped), 500/blank (cost 0), 2000/1400.
    const totals = marginTotals(f64(1000, NaN, 500, 2000), f64(600, 300, NaN, 1400));
    expect(totals).toEqual({ revenue: 3500, cost: 2000, rows: 3 });
    expect(marginRate(totals.revenue, totals.cost)).toBeCloseTo(1500 / 3500, 12);
  });

  it('leave the rate undefined for zero revenue', () => {
    expect(marginRate(0, 10)).toBeNaN();
  });
});

describe('distinctCount', () => {
  it('counts each non-empty identifier once, as written', () => {
    expect(distinctCount(['C1', 'C2', 'C1', '', 'c1'])).toBe(3);
    expect(distinctCount([])).toBe(0);
  });
});

describe('cltv', () => {
  it('multiplies order value, frequency, margin and lifespan', () => {
    // 80 × 4 × 0.35 × 3 = 336.
    expect(cltv(80, 4, 0.35, 3)).toBeCloseTo(336, 9);
  });
});

/** Dictionary-encodes shown names as a coded column does: a code per row, '' → −1. */
function encode(rows: readonly string[]): { codes: Int32Array; values: string[] } {
  const values: string[] = [];
  const codes = Int32Array.from(rows, (name) => {
    if (name === '') return -1;
    if (!values.includes(name)) values.push(name);
    return values.indexOf(name);
  });
  return { codes, values };
}

describe('segmentProfitability', () => {
  // Shown names SMB, Enterprise, "smb ", Mid-market, Public; "smb " groups with SMB.
  const values = ['SMB', 'Enterprise', 'smb ', 'Mid-market', 'Public'];
  const keys = ['smb', 'enterprise', 'smb', 'mid-market', 'public'];
  const codes = Int32Array.from([0, 1, 2, -1, 3, 1, 4, 0]);
  const revenue = f64(1000, 5000, 500, 700, 2000, 3000, 1000, NaN);
  const cost = f64(600, 3000, NaN, 100, 1500, 2000, 500, 999);

  it('groups, sums and sorts by margin then name', () => {
    // SMB 1500/600 → 900; Enterprise 8000/5000 → 3000; Mid-market 2000/1500 → 500;
    // Public 1000/500 → 500; the blank segment and the blank revenue rows are skipped.
    // Total margin 4900. Tie at 500: Mid-market before Public.
    expect(segmentProfitability(codes, keys, values, revenue, cost)).toEqual([
      { segment: 'Enterprise', revenue: 8000, margin: 3000, rate: 0.375, share: 3000 / 4900 },
      { segment: 'SMB', revenue: 1500, margin: 900, rate: 0.6, share: 900 / 4900 },
      { segment: 'Mid-market', revenue: 2000, margin: 500, rate: 0.25, share: 500 / 4900 },
      { segment: 'Public', revenue: 1000, margin: 500, rate: 0.5, share: 500 / 4900 },
    ]);
  });

  it('names a group after its first row with a revenue', () => {
    // "smb" (row 1) has no revenue, so "SMB" (row 2) names the group: 100 + 50 → margin 120.
    const rows = segmentProfitability(
      Int32Array.from([0, 1, 0]),
      ['smb', 'smb'],
      ['smb', 'SMB'],
      f64(NaN, 100, 50),
      f64(5, 20, 10),
    );
    expect(rows).toEqual([{ segment: 'SMB', revenue: 150, margin: 120, rate: 0.8, share: 1 }]);
  });

  it('gives NaN rates for zero revenue and NaN shares for a total margin that is not positive', () => {
    const { codes, values } = encode(['A', 'B']);
    const rows = segmentProfitability(codes, ['a', 'b'], values, f64(0, 100), f64(50, 100));
    // A: margin −50, rate undefined; B: margin 0; total −50 → no shares.
    expect(rows).toEqual([
      { segment: 'B', revenue: 100, margin: 0, rate: 0, share: NaN },
      { segment: 'A', revenue: 0, margin: -50, rate: NaN, share: NaN },
    ]);
  });

  it('treats margins equal up to rounding as a tie, ordered by name', () => {
    // B sums to 0.30000000000000004, A to 0.3: the same margin, so A comes first.
    const { codes, values } = encode(['B', 'B', 'A']);
    const rows = segmentProfitability(codes, ['b', 'a'], values, f64(0.1, 0.2, 0.3), f64(0, 0, 0));
    expect(rows.map((r) => r.segment)).toEqual(['A', 'B']);
  });

  it('orders names as people read them', () => {
    expect(compareNames('Segment 2', 'Segment 10')).toBeLessThan(0);
    expect(compareNames('éducation', 'Entreprise')).toBeLessThan(0);
    expect(compareNames('b', 'A')).toBeGreaterThan(0);
  });

  /** The plain way: a Map of groups and one comparison sort (near-equal margins tie). */
  const reference = (segments: string[], revenue: Float64Array, cost: Float64Array) => {
    const groups = new Map<string, { segment: string; revenue: number; cost: number }>();
    segments.forEach((segment, i) => {
      if (segment === '' || Number.isNaN(revenue[i])) return;
      const key = segment.toLowerCase();
      const group = groups.get(key) ?? { segment, revenue: 0, cost: 0 };
      groups.set(key, group);
      group.revenue += revenue[i];
      if (!Number.isNaN(cost[i])) group.cost += cost[i];
    });
    const list = [...groups.values()];
    const total = list.reduce((t, g) => t + (g.revenue - g.cost), 0);
    const near = (a: number, b: number) =>
      Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    return list
      .map((g) => ({
        segment: g.segment,
        revenue: g.revenue,
        margin: g.revenue - g.cost,
        rate: g.revenue === 0 ? NaN : (g.revenue - g.cost) / g.revenue,
        share: total > 0 ? (g.revenue - g.cost) / total : NaN,
      }))
      .sort((a, b) =>
        near(a.margin, b.margin) ? compareNames(a.segment, b.segment) : b.margin - a.margin,
      );
  };

  it('gives the table of the plain Map-and-sort way, for a few segments and for hundreds', () => {
    const segment = fc.oneof(
      fc.constantFrom('', 'SMB', 'smb', 'Équipe', 'équipe', 'Segment 2', 'segment 10', '中文'),
      fc.integer({ min: 0, max: 300 }).map((n) => `Segment ${n}`),
      fc.integer({ min: 0, max: 300 }).map((n) => `SEGMENT ${n}`),
    );
    // Tenths make sums that differ in their last bits (0.1 + 0.2 against 0.3).
    const amount = fc.oneof(
      fc.constantFrom(NaN, 0, 0.1, 0.2, 0.3, 0.7),
      fc.integer({ min: 0, max: 40 }).map((n) => n / 10),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(segment, amount, amount), { maxLength: 1200 }), (rows) => {
        const names = rows.map((r) => r[0]);
        const { codes, values } = encode(names);
        const revenue = Float64Array.from(rows.map((r) => r[1]));
        const cost = Float64Array.from(rows.map((r) => r[2]));
        const keys = values.map((v) => v.toLowerCase());
        expect(segmentProfitability(codes, keys, values, revenue, cost)).toEqual(
          reference(names, revenue, cost),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('shares add up to 1 and the table does not depend on row order', () => {
    const row = fc.tuple(
      fc.constantFrom('a', 'b', 'c', 'd', ''),
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 5_000 }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1 }), (list) => {
        const run = (rows: typeof list) => {
          const { codes, values } = encode(rows.map((r) => r[0].toUpperCase()));
          return segmentProfitability(
            codes,
            values.map((v) => v.toLowerCase()),
            values,
            Float64Array.from(rows.map((r) => r[1])),
            Float64Array.from(rows.map((r) => r[2])),
          );
        };
        const table = run(list);
        const again = run([...list].reverse());
        expect(again).toEqual(table);
        const total = table.reduce((s, r) => s + r.margin, 0);
        if (total > 0) expect(table.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 9);
        for (let i = 1; i < table.length; i++) {
          expect(table[i].margin).toBeLessThanOrEqual(table[i - 1].margin);
        }
      }),
    );
  });
});

describe('median by selection', () => {
  /** The textbook median: sort, take the middle (or the mean of the two middles). */
  const sortedMedian = (list: number[]) => {
    const s = [...list].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };

  it('agrees with sorting on random, repeated, sorted and reversed lists', () => {
    // −0 becomes 0 (v + 0): toBe would tell them apart, though both are the same median.
    const value = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.double({ noNaN: true, min: -1e9, max: 1e9 }).map((v) => v + 0),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), (list) => {
        expect(median(Float64Array.from(list))).toBe(sortedMedian(list));
        const up = [...list].sort((a, b) => a - b);
        expect(median(Float64Array.from(up))).toBe(sortedMedian(list));
        expect(median(Float64Array.from(up.reverse()))).toBe(sortedMedian(list));
      }),
      { numRuns: 300 },
    );
  });

  it('handles large lists of few distinct values and organ-pipe shapes', () => {
    const few = Array.from({ length: 100_001 }, (_, i) => i % 3);
    expect(median(Float64Array.from(few))).toBe(1);
    const pipe = Array.from({ length: 10_000 }, (_, i) => (i < 5000 ? i : 10_000 - i));
    expect(median(Float64Array.from(pipe))).toBe(sortedMedian(pipe));
  });
});
