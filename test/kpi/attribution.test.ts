import fc from 'fast-check';
import {
  attributeRate,
  attributeRevenue,
  mainContributor,
  roundToTotal,
  shapleyProductShares,
  type RateCounts,
} from '../../src/kpi/attribution';
import { rateSentence, revenuePoints, revenueSentence } from '../../src/kpi/attribution-words';

const sum = (v: readonly number[]) => v.reduce((s, x) => s + x, 0);
const product = (v: readonly number[]) => v.reduce((s, x) => s * x, 1);
// Floating-point sums are exact up to rounding of the largest terms involved.
const close = (a: number, b: number, scale = 0) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a), Math.abs(b), scale));
const magnitude = (v: readonly number[]) => Math.max(...v.map(Math.abs));

describe('shapleyProductShares', () => {
  it('gives each factor its own change when only one factor moves', () => {
    // 10 × 2 × 3 → 10 × 2 × 6: the whole +60 is the third factor's.
    expect(shapleyProductShares([10, 2, 3], [10, 2, 6])).toEqual([0, 0, 60]);
  });

  it('splits the interaction of two factors equally', () => {
    // 1 × 1 → 2 × 2: each alone adds 1, together 3; Shapley gives 1.5 each.
    expect(shapleyProductShares([1, 1], [2, 2])).toEqual([1.5, 1.5]);
  });

  it('always adds up to the change of the product, zeros included', () => {
    const factor = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e4, noNaN: true }));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) =>
            fc.tuple(
              fc.array(factor, { minLength: n, maxLength: n }),
              fc.array(factor, { minLength: n, maxLength: n }),
            ),
          ),
        ([before, after]) => {
          const parts = shapleyProductShares(before, after);
          close(
            sum(parts),
            product(after) - product(before),
            magnitude([...parts, product(before), product(after)]),
          );
        },
      ),
    );
  });
});

const flow = fc.record({
  leads: fc.integer({ min: 1, max: 5000 }),
  opportunities: fc.integer({ min: 1, max: 5000 }),
  won: fc.integer({ min: 1, max: 5000 }),
  revenue: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e8, noNaN: true })),
});

describe('attributeRevenue', () => {
  it('adds up exactly to the revenue change (property)', () => {
    fc.assert(
      fc.property(flow, flow, (b, a) => {
        const r = attributeRevenue(b, a)!;
        close(
          sum(Object.values(r.parts)),
          a.revenue - b.revenue,
          magnitude(Object.values(r.parts)),
        );
        // The points shown add up to the change shown.
        const p = revenuePoints(r);
        if (b.revenue > 0) expect(sum(Object.values(p.parts))).toBe(p.total);
      }),
    );
  });

  it('is undefined when a factor would be 0/0', () => {
    const ok = { leads: 10, opportunities: 4, won: 2, revenue: 100 };
    expect(attributeRevenue({ ...ok, won: 0, revenue: 0 }, ok)).toBeUndefined();
  });

  it('puts a pure conversion fall on the conversion driver, in both languages', () => {
    // Same leads, win rate and order value; 40 → 30 opportunities: revenue −25 %.
    const before = { leads: 100, opportunities: 40, won: 10, revenue: 100_000 };
    const after = { leads: 100, opportunities: 30, won: 7.5, revenue: 75_000 };
    const r = attributeRevenue(before, after)!;
    close(r.parts.conversion, -25_000);
    close(r.parts.leads, 0);
    expect(
      revenueSentence(r, 'en', [
        { dimension: 'team', label: 'Lyon' },
        { dimension: 'source', label: 'Website' },
      ]),
    ).toBe(
      'Won-deal revenue \u221225\u00a0%: lower lead \u2192 opportunity conversion \u221225 pts; most of the conversion fall is team Lyon, Website leads.',
    );
    expect(revenueSentence(r, 'fr', [{ dimension: 'team', label: 'Lyon' }])).toBe(
      'CA des affaires gagn\u00e9es \u221225\u00a0%\u00a0: moindre conversion lead \u2192 opportunit\u00e9 \u221225 pts ; l\u2019essentiel de la baisse de la conversion vient de l\u2019\u00e9quipe Lyon.',
    );
  });

  it('names every driver that moves, with points summing to the total', () => {
    // Leads −5 %, conversion −10 %, order value −2 %: revenue falls by 1 − 0.95·0.9·0.98.
    const before = { leads: 1000, opportunities: 400, won: 100, revenue: 1_000_000 };
    const after = { leads: 950, opportunities: 342, won: 85.5, revenue: 85.5 * 9800 };
    const text = revenueSentence(attributeRevenue(before, after)!, 'en');
    expect(text).toMatch(
      /^Won-deal revenue \u221216\u00a0%: fewer leads \u2212\d pts?, lower lead \u2192 opportunity conversion \u2212\d+ pts, lower order value \u2212\d pts?\.$/,
    );
    const nums = [...text.matchAll(/\u2212(\d+) pt/g)].map((m) => Number(m[1]));
    expect(sum(nums)).toBe(16);
  });
});

const groups = fc.dictionary(
  fc.constantFrom('Lyon', 'Paris', 'Lille', 'Nantes'),
  fc
    .integer({ min: 0, max: 500 })
    .chain((total) =>
      fc.record({ hits: fc.integer({ min: 0, max: total }), total: fc.constant(total) }),
    ),
);

describe('attributeRate', () => {
  it('rate and mix effects add up exactly to the change of the pooled rate (property)', () => {
    fc.assert(
      fc.property(groups, groups, (b, a) => {
        const r = attributeRate(new Map(Object.entries(b)), new Map(Object.entries(a)));
        if (!r) return;
        close(sum(r.groups.map((g) => g.rate + g.mix)), r.change);
        close(r.rateTotal + r.mixTotal, r.change);
      }),
    );
  });

  it('finds the group whose own rate fell', () => {
    const before = new Map<string, RateCounts>([
      ['Lyon', { hits: 40, total: 100 }],
      ['Paris', { hits: 40, total: 100 }],
    ]);
    const after = new Map<string, RateCounts>([
      ['Lyon', { hits: 28, total: 100 }],
      ['Paris', { hits: 40, total: 100 }],
    ]);
    const r = attributeRate(before, after)!;
    close(r.change, -0.06);
    close(r.mixTotal, 0);
    const main = mainContributor(r)!;
    expect(main.group).toBe('Lyon');
    close(main.rate, -0.06);
    expect(
      rateSentence(
        'Lead \u2192 opportunity conversion',
        r,
        { dimension: 'team', label: 'Lyon' },
        main.rate,
        'en',
      ),
    ).toBe(
      'Lead \u2192 opportunity conversion \u22126 pts: team Lyon\u2019s own rate \u22126 pts, other rates 0 pts, mix 0 pts.',
    );
  });

  it('a shift of volume towards a weaker group is a mix effect', () => {
    const before = new Map<string, RateCounts>([
      ['A', { hits: 50, total: 100 }],
      ['B', { hits: 10, total: 100 }],
    ]);
    const after = new Map<string, RateCounts>([
      ['A', { hits: 25, total: 50 }],
      ['B', { hits: 15, total: 150 }],
    ]);
    const r = attributeRate(before, after)!;
    close(r.rateTotal, 0);
    close(r.mixTotal, r.change);
  });
});

describe('roundToTotal', () => {
  it('keeps the rounded parts summing to the rounded total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (v) => {
          expect(sum(roundToTotal(v, sum(v)))).toBe(Math.round(sum(v)) || 0);
        },
      ),
    );
  });
});
