import fc from 'fast-check';
import { denseRanks, orderByRank } from '../../src/kpi/ranks';

describe('denseRanks', () => {
  /** The plain way: the distinct values sorted, each value's index among them. */
  const reference = (values: number[]) => {
    const distinct = [...new Set(values.map((v) => v + 0))].sort((a, b) => a - b);
    return { ranks: values.map((v) => distinct.indexOf(v + 0)), distinct };
  };

  it('ranks as sorting the distinct values does, by comparison and by radix', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true }),
      fc.constantFrom(0, -0, 1, -1, 0.1 + 0.2, 0.3, Infinity, -Infinity, 5e-324, -5e-324),
      fc.integer({ min: -50, max: 50 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5000 }), (values) => {
        const { ranks, distinct, sorted } = denseRanks(Float64Array.from(values));
        const want = reference(values);
        expect(Array.from(ranks)).toEqual(want.ranks);
        expect(distinct).toBe(want.distinct.length);
        expect(Array.from(sorted)).toEqual(want.distinct);
      }),
      { numRuns: 60 },
    );
  });
});

describe('orderByRank', () => {
  it('orders by rank, ties in the order given', () => {
    const ranks = Int32Array.from([1, 0, 1, 0, 2]);
    expect(Array.from(orderByRank(ranks, 3, Int32Array.from([4, 3, 2, 1, 0])))).toEqual([
      3, 1, 2, 0, 4,
    ]);
  });
});
