import fc from 'fast-check';
import { cohortRetention } from '../../src/kpi/cohorts';
import { dayFromYmd, Period } from '../../src/kpi/days';

/** A calendar-day number from an ISO day. */
const d = (iso: string) => {
  const [y, m, dd] = iso.split('-').map(Number);
  return dayFromYmd(y, m, dd);
};

describe('cohortRetention', () => {
  // A: Jan, Feb (twice), Apr. B: Jan, Mar. C: Feb, Mar. D: Mar (31st). Last order: 1 Apr.
  const orders: [string, string][] = [
    ['A', '2026-01-05'],
    ['B', '2026-01-20'],
    ['A', '2026-02-10'],
    ['C', '2026-02-03'],
    ['A', '2026-02-20'],
    ['B', '2026-03-15'],
    ['C', '2026-03-01'],
    ['D', '2026-03-31'],
    ['A', '2026-04-01'],
  ];
  const ids = orders.map(([id]) => id);
  const days = Float64Array.from(orders.map(([, day]) => d(day)));

  it('builds monthly cohorts with the share active in each later month', () => {
    expect(cohortRetention(ids, days, 'month')).toEqual([
      // Jan: A and B. Feb: A only. Mar: B only. Apr: A only.
      { start: d('2026-01-01'), size: 2, shares: [1, 0.5, 0.5, 0.5] },
      // Feb: C. Mar: C. Apr: nobody. One period after April is not observable.
      { start: d('2026-02-01'), size: 1, shares: [1, 1, 0, null] },
      // Mar: D. Apr: nobody.
      { start: d('2026-03-01'), size: 1, shares: [1, 0, null, null] },
    ]);
  });

  it('gives the same table whatever the order of the orders', () => {
    const perm = [8, 3, 0, 7, 5, 1, 6, 2, 4];
    const shuffled = cohortRetention(
      perm.map((i) => ids[i]),
      Float64Array.from(perm.map((i) => days[i])),
      'month',
    );
    expect(shuffled).toEqual(cohortRetention(ids, days, 'month'));
  });

  it('skips orders with a blank customer or a blank date', () => {
    const withBlanks = cohortRetention(
      [...ids, '', 'E'],
      Float64Array.from([...days, d('2026-01-01'), NaN]),
      'month',
    );
    expect(withBlanks).toEqual(cohortRetention(ids, days, 'month'));
  });

  it('leaves out periods in which nobody placed a first order', () => {
    // E starts in January, F in March; no February cohort.
    expect(
      cohortRetention(['E', 'F'], Float64Array.from([d('2026-01-10'), d('2026-03-10')]), 'month'),
    ).toEqual([
      { start: d('2026-01-01'), size: 1, shares: [1, 0, 0] },
      { start: d('2026-03-01'), size: 1, shares: [1, null, null] },
    ]);
  });

  it('uses ISO weeks starting on Monday', () => {
    // 2026-01-04 is a Sunday (week of Monday 2025-12-29); 2026-01-05 a Monday.
    const result = cohortRetention(
      ['X', 'X', 'Y'],
      Float64Array.from([d('2026-01-04'), d('2026-01-05'), d('2026-01-05')]),
      'week',
    );
    expect(result).toEqual([
      { start: d('2025-12-29'), size: 1, shares: [1, 1] },
      { start: d('2026-01-05'), size: 1, shares: [1, null] },
    ]);
  });

  it('groups by quarter', () => {
    // Z: Feb (Q1) and Apr (Q2); W: Mar (Q1) only; V: Dec 2025 (Q4) and Jun 2026 (Q2).
    const result = cohortRetention(
      ['Z', 'Z', 'W', 'V', 'V'],
      Float64Array.from([
        d('2026-02-15'),
        d('2026-04-01'),
        d('2026-03-31'),
        d('2025-12-31'),
        d('2026-06-30'),
      ]),
      'quarter',
    );
    expect(result).toEqual([
      { start: d('2025-10-01'), size: 1, shares: [1, 0, 1] },
      { start: d('2026-01-01'), size: 2, shares: [1, 0.5, null] },
    ]);
  });

  it('counts a customer once per period however many orders it placed', () => {
    const result = cohortRetention(
      ['A', 'A', 'A', 'B'],
      Float64Array.from([d('2026-01-01'), d('2026-01-02'), d('2026-01-03'), d('2026-01-31')]),
      'month',
    );
    expect(result).toEqual([{ start: d('2026-01-01'), size: 2, shares: [1] }]);
  });

  it('returns no cohort without orders', () => {
    expect(cohortRetention([], new Float64Array(0), 'month')).toEqual([]);
    expect(cohortRetention(['', 'A'], Float64Array.from([d('2026-01-01'), NaN]), 'week')).toEqual(
      [],
    );
  });

  it('keeps every row as wide as the table, shares in [0, 1], period 0 at 1', () => {
    const order = fc.tuple(
      fc.constantFrom('A', 'B', 'C', 'D', 'E', ''),
      fc.integer({ min: d('2025-01-01'), max: d('2026-12-31') }),
    );
    fc.assert(
      fc.property(fc.array(order), fc.constantFrom<Period>('week', 'month', 'quarter'), (os, p) => {
        const cohorts = cohortRetention(
          os.map(([id]) => id),
          Float64Array.from(os.map(([, day]) => day)),
          p,
        );
        const width = cohorts.length ? cohorts[0].shares.length : 0;
        let customers = 0;
        cohorts.forEach((c, r) => {
          customers += c.size;
          expect(c.shares).toHaveLength(width);
          expect(c.shares[0]).toBe(1);
          if (r > 0) expect(c.start).toBeGreaterThan(cohorts[r - 1].start);
          for (const s of c.shares) {
            if (s === null) continue;
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(1);
          }
        });
        expect(customers).toBe(new Set(os.filter(([id]) => id !== '').map(([id]) => id)).size);
      }),
    );
  });
});
