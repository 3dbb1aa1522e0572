import fc from 'fast-check';
import {
  countMatching,
  csatCounts,
  npsCounts,
  npsOf,
  retainedCustomers,
  retentionFromCounts,
  tallyScores,
} from '../../src/kpi/customers';

const scores = (...v: number[]) => Float64Array.from(v);

describe('retentionFromCounts', () => {
  it('is (end − new) / start', () => {
    // 95 at the end, 10 of them new: 85 of the 100 kept.
    expect(retentionFromCounts(100, 95, 10)).toBeCloseTo(0.85, 12);
    expect(retentionFromCounts(40, 30, 0)).toBe(0.75);
  });
});

describe('retainedCustomers', () => {
  it('counts distinct start customers and those still there at the end, blanks ignored', () => {
    // Start: A, B, C (B twice, one blank). End: B, C, D. B and C stayed.
    expect(retainedCustomers(['A', 'B', 'B', 'C', ''], ['B', '', 'C', 'D'])).toEqual({
      start: 3,
      retained: 2,
    });
  });

  it('compares identifiers exactly (case matters)', () => {
    expect(retainedCustomers(['C1', '1001'], ['c1', '1001'])).toEqual({ start: 2, retained: 1 });
  });

  it('gives zero start customers for an empty list', () => {
    expect(retainedCustomers(['', ''], ['A'])).toEqual({ start: 0, retained: 0 });
  });

  it('tells apart different identifiers that share a hash', () => {
    // "costarring" and "liquid", "declinate" and "macallums", "altarage" and "zinke" are known
    // collisions of the 32-bit FNV-1a hash that orders the lists.
    expect(
      retainedCustomers(
        ['costarring', 'declinate', 'altarage'],
        ['liquid', 'macallums', 'zinke', 'altarage'],
      ),
    ).toEqual({ start: 3, retained: 1 });
    expect(retainedCustomers(['liquid', 'costarring', 'liquid'], ['costarring'])).toEqual({
      start: 2,
      retained: 1,
    });
  });

  it('counts a customer repeated many times once', () => {
    // 40 × A, 20 × costarring, 20 × liquid at the start; 30 × liquid at the end.
    const start = [
      ...Array<string>(40).fill('A'),
      ...Array<string>(20).fill('costarring'),
      ...Array<string>(20).fill('liquid'),
    ];
    expect(retainedCustomers(start, Array<string>(30).fill('liquid'))).toEqual({
      start: 3,
      retained: 1,
    });
  });

  it('counts as sets of identifiers do, for any lists', () => {
    // Few identifiers, colliding ones among them, so that lists repeat them in long runs.
    const id = fc.constantFrom('', 'A', 'B', 'a', 'costarring', 'liquid', 'zinke', 'altarage');
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), fc.array(id, { maxLength: 200 }), (s, e) => {
        const starting = new Set(s.filter((x) => x !== ''));
        const ending = new Set(e);
        const kept = [...starting].filter((x) => ending.has(x)).length;
        expect(retainedCustomers(s, e)).toEqual({ start: starting.size, retained: kept });
      }),
    );
  });

  it('keeps retained within 0 … start, whatever the order of the lists', () => {
    const id = fc.constantFrom('', 'A', 'B', 'C', 'D', 'E');
    fc.assert(
      fc.property(fc.array(id), fc.array(id), (start, end) => {
        const r = retainedCustomers(start, end);
        expect(r.retained).toBeGreaterThanOrEqual(0);
        expect(r.retained).toBeLessThanOrEqual(r.start);
        expect(retainedCustomers([...start].reverse(), [...end].reverse())).toEqual(r);
      }),
    );
  });
});

describe('tallyScores', () => {
  it('finds the first score that is not whole or out of range, skipping blanks (NaN)', () => {
    expect(tallyScores(scores(0, 10, NaN, 5.5, 11), 0, 10).invalid).toBe(3);
    expect(tallyScores(scores(3, 11), 0, 10).invalid).toBe(1);
    expect(tallyScores(scores(-1), 0, 10).invalid).toBe(0);
    expect(tallyScores(scores(0, 1), 1, 5).invalid).toBe(0);
    expect(tallyScores(scores(1, 5.5), 1, 5).invalid).toBe(1);
    expect(tallyScores(scores(2 ** 32 + 1), 0, 10).invalid).toBe(0);
    expect(tallyScores(scores(1, 2, 3, 4, 11), 0, 10).invalid).toBe(4);
    expect(tallyScores(scores(NaN, 1, 5, 3), 1, 5).invalid).toBe(-1);
    expect(tallyScores(scores(), 1, 5).invalid).toBe(-1);
  });

  it('counts each whole score from min to max', () => {
    const tally = tallyScores(scores(5, 1, 5, NaN, 3, -0), -0, 5);
    expect(tally.invalid).toBe(-1);
    // Slots for 0 … 5; −0 is the score 0.
    expect(Array.from(tally.counts)).toEqual([1, 1, 0, 1, 0, 2]);
    expect(Array.from(tallyScores(scores(4, 4, 2), 1, 5).counts)).toEqual([0, 1, 0, 2, 0]);
    expect(Array.from(tallyScores(scores(), 1, 2).counts)).toEqual([0, 0]);
  });
});

describe('npsCounts and npsOf', () => {
  it('splits promoters (9–10), passives (7–8) and detractors (0–6)', () => {
    const counts = npsCounts(scores(10, 9, 8, 7, 6, 0, NaN));
    expect(counts).toEqual({
      invalid: -1,
      promoters: 2,
      passives: 2,
      detractors: 2,
      responses: 6,
    });
    expect(npsOf(counts)).toBe(0);
  });

  it('gives the first score that is not a whole number from 0 to 10', () => {
    expect(npsCounts(scores(10, NaN, 7.5, 11)).invalid).toBe(2);
    expect(npsCounts(scores(10, -1)).invalid).toBe(1);
  });

  it('is 100 × (promoters − detractors) / responses', () => {
    // 3 promoters, 1 detractor, 4 responses: 100 × 2 / 4 = 50.
    expect(npsOf(npsCounts(scores(10, 10, 9, 5)))).toBe(50);
    // 1 promoter, 2 detractors, 1 passive: 100 × −1 / 4 = −25.
    expect(npsOf(npsCounts(scores(9, 0, 6, 7)))).toBe(-25);
  });

  it('stays within −100 … 100 and does not depend on order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (values) => {
        const nps = npsOf(npsCounts(Float64Array.from(values)));
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
        expect(npsOf(npsCounts(Float64Array.from([...values].reverse())))).toBe(nps);
      }),
    );
  });
});

describe('csatCounts', () => {
  it('counts responses, the top two of the scale and the sum', () => {
    // Scale 5: top two are 4 and 5.
    expect(csatCounts(scores(5, 4, 3, 1, NaN), 5)).toEqual({
      invalid: -1,
      responses: 4,
      top2: 2,
      sum: 13,
    });
    // Scale 10: top two are 9 and 10.
    expect(csatCounts(scores(10, 9, 8, 1), 10)).toEqual({
      invalid: -1,
      responses: 4,
      top2: 2,
      sum: 28,
    });
  });

  it('gives the first score that is not a whole number from 1 to the top of the scale', () => {
    expect(csatCounts(scores(5, NaN, 0, 6), 5).invalid).toBe(2);
    expect(csatCounts(scores(4.5), 5).invalid).toBe(0);
    expect(csatCounts(scores(7, 8), 7).invalid).toBe(1);
  });

  it('counts scales too wide for a slot per score the same way', () => {
    // Scale 1,000,000: top two are 999,999 and 1,000,000.
    expect(csatCounts(scores(1_000_000, 999_999, 2, NaN, 1), 1_000_000)).toEqual({
      invalid: -1,
      responses: 4,
      top2: 2,
      sum: 2_000_002,
    });
    expect(csatCounts(scores(5, 1_000_001), 1_000_000).invalid).toBe(1);
    expect(csatCounts(scores(5, 2.5), 1_000_000).invalid).toBe(1);
  });

  it('gives a top-2 share in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), (values) => {
        const c = csatCounts(Float64Array.from(values), 7);
        expect(c.top2 / c.responses).toBeGreaterThanOrEqual(0);
        expect(c.top2 / c.responses).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('countMatching', () => {
  it('counts non-blank labels and those in the set', () => {
    // Rows: referral, (blank), web, referral.
    const codes = Int32Array.from([0, -1, 1, 0]);
    expect(countMatching(codes, ['referral', 'web'], new Set(['referral']))).toEqual({
      total: 3,
      matched: 2,
    });
    expect(countMatching(new Int32Array(0), [], new Set(['referral']))).toEqual({
      total: 0,
      matched: 0,
    });
  });
});
