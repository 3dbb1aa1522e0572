import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  kpiCohortRetention,
  kpiCsat,
  kpiNps,
  kpiReferralRate,
  kpiRetention,
} from '../../src/functions/customers';
import type { Cell } from '../../src/functions/values/cells';

/** A column of cells, as Sheets passes a one-column range. */
const col = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);

/** Any cell Sheets could hand over, to check that nothing but a result or a named error comes out. */
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -3, max: 12 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.constantFrom('abc', '7', '10', '1,234', '12,5 %', '2026-03-31', 'Referral', ' C1 ', 'Score'),
  fc.boolean(),
  fc.date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
);
const anyColumn = (length?: number) =>
  fc
    .array(
      anyCell,
      length === undefined ? { maxLength: 12 } : { minLength: length, maxLength: length },
    )
    .map((cells) => col(...cells));

/** Runs a call and checks it gives a finite result or an error that starts with the name. */
function finiteOrNamedError(name: string, call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
    return;
  }
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  for (const cell of cells) {
    expect(cell).not.toBeUndefined();
    expect(cell).not.toBeNull();
    if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
  }
}

describe('KPI_RETENTION', () => {
  describe('counts form', () => {
    it('is (end − new_customers) / start', () => {
      expect(kpiRetention(100, 95, 10)).toBeCloseTo(0.85, 12);
      expect(kpiRetention(40, 30)).toBe(0.75);
      expect(kpiRetention(40, 30, '')).toBe(0.75);
    });

    it('reads counts written as English or French text, with any kind of space', () => {
      expect(kpiRetention('1\u00a0000', '900', '50')).toBeCloseTo(0.85, 12);
      expect(kpiRetention('1\u202f000', '1,000.00', '150')).toBeCloseTo(0.85, 12);
      expect(kpiRetention('1 000', 800, '0')).toBe(0.8);
    });

    it('accepts one-cell ranges as single values', () => {
      expect(kpiRetention([[200]], [[150]], [[50]])).toBe(0.5);
    });

    it('fails when start is 0, a count is negative, or the counts contradict each other', () => {
      expect(() => kpiRetention(0, 10)).toThrow(
        'KPI_RETENTION: start is 0; retention is not defined without customers at the start',
      );
      expect(() => kpiRetention(100, -5)).toThrow(
        'KPI_RETENTION: end is -5; a number of customers cannot be negative',
      );
      expect(() => kpiRetention(100, 20, 30)).toThrow(
        'KPI_RETENTION: new_customers (30) is more than end (20); the customers at the end include the new ones',
      );
      expect(() => kpiRetention(100, 130, 10)).toThrow(
        'KPI_RETENTION: end − new_customers is 120, more than start (100); retained customers cannot outnumber the customers at the start',
      );
    });

    it('names a single value that is not a number next to a count', () => {
      expect(() => kpiRetention(100, '90 clients')).toThrow(
        'KPI_RETENTION: end holds "90 clients", which is not a number',
      );
      expect(() => kpiRetention(100, '')).toThrow('KPI_RETENTION: end is blank; give a number');
      expect(() => kpiRetention('1,234', 100)).toThrow(
        'KPI_RETENTION: start holds "1,234", which could be read two ways',
      );
    });

    it('refuses a count next to a range of identifiers', () => {
      expect(() => kpiRetention(100, col('C1', 'C2'))).toThrow(
        'KPI_RETENTION: start is a count but end is a range; give counts in both, or ranges of customer identifiers in both',
      );
    });
  });

  describe('identifier form', () => {
    it('is the share of distinct start customers found among the end customers', () => {
      // Start (3×2 range): C1, 1001, C2, C2, C3 (written with spaces), blank → 4 distinct.
      const start: Cell[][] = [
        ['C1', 1001],
        ['C2', 'C2'],
        [' C3 ', ''],
      ];
      // End: C3 and 1001 (as text) stayed; c1 is not C1 (identifiers compare as written).
      const end = col('C3', '1001', 'c1', 'C9', '');
      expect(kpiRetention(start, end)).toBe(0.5);
    });

    it('reads single identifiers too', () => {
      expect(kpiRetention('C1', 'C1')).toBe(1);
      expect(kpiRetention('C1', col('C2', 'C3'))).toBe(0);
    });

    it('fails without start customers, and with new_customers', () => {
      expect(() => kpiRetention(col('', ''), col('C1'))).toThrow(
        'KPI_RETENTION: start holds no customer; give the number of customers at the start of the period, or a range of their identifiers (retention is not defined without them)',
      );
      expect(() => kpiRetention(col('C1', 'C2'), col('C1'), 1)).toThrow(
        'KPI_RETENTION: new_customers is used only with counts',
      );
    });

    it('stays in [0, 1] and ignores the order of the identifiers', () => {
      const id = fc.constantFrom('', 'A', 'B', 'C', 7, 8);
      fc.assert(
        fc.property(fc.array(id, { minLength: 2 }), fc.array(id, { minLength: 2 }), (s, e) => {
          fc.pre(s.some((x) => x !== ''));
          const rate = kpiRetention(col(...s), col(...e));
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
          expect(kpiRetention(col(...[...s].reverse()), col(...e))).toBe(rate);
        }),
      );
    });
  });

  it('gives a finite result or a named error for any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyCell, anyColumn()),
        fc.oneof(anyCell, anyColumn()),
        fc.oneof(anyCell, anyColumn()),
        (a, b, c) => finiteOrNamedError('KPI_RETENTION', () => kpiRetention(a, b, c)),
      ),
    );
  });
});

describe('KPI_NPS', () => {
  it('is 100 × (promoters − detractors) / responses, blanks ignored', () => {
    // 7 responses: promoters 10, 9, 9, 10; detractors 6, 3 → 100 × 2 / 7.
    expect(kpiNps(col(10, 9, 9, 8, 6, 3, '', 10))).toBeCloseTo(200 / 7, 12);
  });

  it('reads a 2-D range row by row', () => {
    // Promoters 10, 9; detractor 0 → 100 × 1 / 3.
    expect(
      kpiNps([
        [10, 0],
        [9, ''],
      ]),
    ).toBeCloseTo(100 / 3, 12);
  });

  it('skips a header row', () => {
    // 10, 10 promoters; 5 a detractor → 100 × 1 / 3.
    expect(kpiNps(col('Score', 10, 10, 5))).toBeCloseTo(100 / 3, 12);
  });

  it('accepts a single score and scores written as text', () => {
    expect(kpiNps(9)).toBe(100);
    expect(kpiNps('6')).toBe(-100);
    // " 10 " and "9,0" (French) are promoters; "7" a passive → 100 × 2 / 3.
    expect(kpiNps(col(' 10 ', '9,0', '7'))).toBeCloseTo(200 / 3, 12);
  });

  it('names the row and the value of a score outside 0 … 10', () => {
    expect(() => kpiNps(col('Score', 10, 9, 8, 7, 6, 11))).toThrow(
      'KPI_NPS: scores row 7 holds 11; NPS scores are whole numbers from 0 to 10',
    );
    expect(() => kpiNps(col(7.5))).toThrow(
      'KPI_NPS: scores row 1 holds 7.5; NPS scores are whole numbers from 0 to 10',
    );
    expect(() => kpiNps([[10, -1]])).toThrow(
      'KPI_NPS: scores row 1, column 2 holds -1; NPS scores are whole numbers from 0 to 10',
    );
  });

  it('names cells that are not numbers', () => {
    expect(() => kpiNps(col(10, 'ten'))).toThrow(
      'KPI_NPS: scores row 2 holds "ten", which is not a number',
    );
    expect(() => kpiNps(col(10, true))).toThrow(
      'KPI_NPS: scores row 2 holds TRUE; expected a number, not a yes/no value',
    );
    expect(() => kpiNps(col(10, new Date(2026, 0, 5)))).toThrow(
      'KPI_NPS: scores row 2 holds the date 2026-01-05; expected a number',
    );
  });

  it('fails without responses', () => {
    const message = 'KPI_NPS: scores holds no score; NPS is not defined without responses';
    expect(() => kpiNps(col('', ''))).toThrow(message);
    expect(() => kpiNps('')).toThrow(message);
    expect(() => kpiNps(col('Score', ''))).toThrow(message);
  });

  it('stays within −100 … 100 and ignores order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (values) => {
        const nps = kpiNps(col(...values));
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
        expect(kpiNps(col(...[...values].reverse()))).toBeCloseTo(nps, 9);
      }),
    );
  });

  it('gives a finite result or a named error for any input', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, anyColumn()), (scores) =>
        finiteOrNamedError('KPI_NPS', () => kpiNps(scores)),
      ),
    );
  });
});

describe('KPI_CSAT', () => {
  it('is the share of scores in the top two of a 1–5 scale by default', () => {
    expect(kpiCsat(col(5, 4, 3, 2, 1))).toBe(0.4);
    expect(kpiCsat(col('Satisfaction', 5, 4, '', 4, 1))).toBe(0.75);
  });

  it('gives the mean score with method "mean" (any case)', () => {
    expect(kpiCsat(col(5, 4, 3, 2, 1), '', 'mean')).toBe(3);
    expect(kpiCsat(col(5, 4), 5, ' MEAN ')).toBe(4.5);
  });

  it('takes another scale_max, given as a number or text', () => {
    // Scale 10: top two are 9 and 10 → 2 of 4; mean (10 + 9 + 8 + 1) / 4 = 7.
    expect(kpiCsat(col(10, 9, 8, 1), 10)).toBe(0.5);
    expect(kpiCsat(col(10, 9, 8, 1), '10', 'mean')).toBe(7);
    expect(kpiCsat(col(7, 6, 5), [[7]], 'top2')).toBeCloseTo(2 / 3, 12);
  });

  it('names the row and the value of a score outside 1 … scale_max', () => {
    expect(() => kpiCsat(col(5, 6))).toThrow(
      'KPI_CSAT: scores row 2 holds 6; CSAT scores are whole numbers from 1 to 5',
    );
    expect(() => kpiCsat(col('Score', 0))).toThrow(
      'KPI_CSAT: scores row 2 holds 0; CSAT scores are whole numbers from 1 to 5',
    );
    // "80 %" is the fraction 0.8, not a score.
    expect(() => kpiCsat(col(4, '80 %'), 10)).toThrow(
      'KPI_CSAT: scores row 2 holds 0.8; CSAT scores are whole numbers from 1 to 10',
    );
  });

  it('checks scale_max and method', () => {
    expect(() => kpiCsat(col(1), 1)).toThrow(
      'KPI_CSAT: scale_max is 1; give the top of the scale, a whole number of at least 2',
    );
    expect(() => kpiCsat(col(1), 4.5)).toThrow('KPI_CSAT: scale_max is 4.5');
    expect(() => kpiCsat(col(1), 'five')).toThrow(
      'KPI_CSAT: scale_max holds "five", which is not a number',
    );
    expect(() => kpiCsat(col(1), 5, 'median')).toThrow(
      'KPI_CSAT: method "median" is not one of "top2", "mean"',
    );
  });

  it('fails without responses', () => {
    expect(() => kpiCsat(col('', ''))).toThrow(
      'KPI_CSAT: scores holds no score; CSAT is not defined without responses',
    );
  });

  it('gives a top-2 share in [0, 1] and a mean within the scale', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), (values) => {
        const top2 = kpiCsat(col(...values), 7);
        expect(top2).toBeGreaterThanOrEqual(0);
        expect(top2).toBeLessThanOrEqual(1);
        const mean = kpiCsat(col(...values), 7, 'mean');
        expect(mean).toBeGreaterThanOrEqual(1);
        expect(mean).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('gives a finite result or a named error for any input', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, anyColumn()), anyCell, anyCell, (s, m, how) =>
        finiteOrNamedError('KPI_CSAT', () => kpiCsat(s, m, how)),
      ),
    );
  });
});

describe('KPI_REFERRAL_RATE', () => {
  it('counts the default labels, French ones and unaccented spellings, without case', () => {
    // 6 non-blank sources; Referral, recommandation, Bouche-à-oreille, bouche-a-oreille match.
    const sources = col(
      'Referral',
      'Web',
      '  recommandation ',
      'Bouche-à-oreille',
      'BOUCHE-A-OREILLE',
      '',
      'Salon',
    );
    expect(kpiReferralRate(sources)).toBeCloseTo(4 / 6, 12);
  });

  it('takes custom labels as one text or a range', () => {
    const sources = col('Partner', ' partner', 'Web', 'Referral');
    // Custom labels replace the defaults: Referral no longer counts.
    expect(kpiReferralRate(sources, 'Partner')).toBe(0.5);
    expect(kpiReferralRate(sources, col('Partner', 'Web', ''))).toBe(0.75);
  });

  it('reads 2-D ranges and a single source', () => {
    expect(
      kpiReferralRate([
        ['Referral', 'Ads'],
        ['', 'Referral'],
      ]),
    ).toBeCloseTo(2 / 3, 12);
    expect(kpiReferralRate('Recommandation')).toBe(1);
  });

  it('fails without sources or with an empty label range', () => {
    expect(() => kpiReferralRate(col('', ' '))).toThrow(
      'KPI_REFERRAL_RATE: sources holds no source; the referral rate is not defined without sources',
    );
    expect(() => kpiReferralRate(col('Web'), col('', ''))).toThrow(
      'KPI_REFERRAL_RATE: referral_labels holds no label',
    );
  });

  it('gives a rate in [0, 1] or a named error for any input', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, anyColumn()), fc.oneof(anyCell, anyColumn()), (s, l) => {
        finiteOrNamedError('KPI_REFERRAL_RATE', () => kpiReferralRate(s, l));
        let rate: number | undefined;
        try {
          rate = kpiReferralRate(s, l);
        } catch {
          return;
        }
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('KPI_COHORT_RETENTION', () => {
  const header = ['Cohort start', 'Cohort size', 'Period 0', 'Period 1', 'Period 2', 'Period 3'];

  it('builds the monthly table from mixed date cells, with a header row', () => {
    // A: Jan, Feb (twice), Apr. B: Jan, Mar. C: Feb, Mar. D: 31 Mar. Serial 46063 = 2026-02-10.
    const ids = col('Customer', 'A', 'B', 'A', 'C', ' A ', 'B', 'C', 'D', 'A', '', 'E');
    const dates = col(
      'Order date',
      new Date(2026, 0, 5),
      '2026-01-20',
      46063,
      '2026-02-03T10:30',
      new Date(2026, 1, 20, 18, 45),
      '2026-03-15',
      new Date(2026, 2, 1),
      '2026-03-31',
      '2026-04-01',
      '2026-01-01', // no customer: skipped
      '', // no date: skipped
    );
    expect(kpiCohortRetention(ids, dates)).toEqual([
      header,
      [new Date(2026, 0, 1), 2, 1, 0.5, 0.5, 0.5],
      [new Date(2026, 1, 1), 1, 1, 1, 0, ''],
      [new Date(2026, 2, 1), 1, 1, 0, '', ''],
    ]);
  });

  it('groups by ISO week (Monday first) and by quarter', () => {
    // 4 Jan 2026 is a Sunday: X's first week starts Monday 29 Dec 2025.
    const ids = col('X', 'X', 'Y');
    const dates = col('2026-01-04', '2026-01-05', '2026-01-05');
    expect(kpiCohortRetention(ids, dates, 'Week')).toEqual([
      ['Cohort start', 'Cohort size', 'Period 0', 'Period 1'],
      [new Date(2025, 11, 29), 1, 1, 1],
      [new Date(2026, 0, 5), 1, 1, ''],
    ]);
    expect(
      kpiCohortRetention(
        col('Z', 'Z', 'W'),
        col('2026-02-15', '2026-04-01', '2026-03-31'),
        'quarter',
      ),
    ).toEqual([
      ['Cohort start', 'Cohort size', 'Period 0', 'Period 1'],
      [new Date(2026, 0, 1), 2, 1, 0.5],
    ]);
  });

  it('compares identifiers as written: numbers and text, trimmed, case kept', () => {
    // 1001 and "1001" are one customer; "c1" and "C1" are two.
    const table = kpiCohortRetention(
      col(1001, '1001', 'C1', 'c1'),
      col('2026-01-10', '2026-02-10', '2026-01-10', '2026-02-10'),
    );
    expect(table).toEqual([
      ['Cohort start', 'Cohort size', 'Period 0', 'Period 1'],
      [new Date(2026, 0, 1), 2, 1, 0.5],
      [new Date(2026, 1, 1), 1, 1, ''],
    ]);
  });

  it('reads a single order', () => {
    expect(kpiCohortRetention('A', '2026-05-17')).toEqual([
      ['Cohort start', 'Cohort size', 'Period 0'],
      [new Date(2026, 4, 1), 1, 1],
    ]);
  });

  it('names bad arguments', () => {
    expect(() => kpiCohortRetention(col('A', 'B', 'C'), col('2026-01-01', '2026-01-02'))).toThrow(
      'KPI_COHORT_RETENTION: customer_ids has 3 cells but order_dates has 2; pass ranges of the same size (the columns of one table)',
    );
    expect(() =>
      kpiCohortRetention(col('A', 'B', 'C'), col('2026-01-01', '2026-01-02', '31/02/2026')),
    ).toThrow('KPI_COHORT_RETENTION: order_dates row 3 holds "31/02/2026", which is not a date');
    expect(() => kpiCohortRetention(col('A'), col('2026-01-01'), 'day')).toThrow(
      'KPI_COHORT_RETENTION: period "day" is not one of "month", "week", "quarter"',
    );
    expect(() => kpiCohortRetention(col('', 'A'), col('2026-01-01', ''))).toThrow(
      'KPI_COHORT_RETENTION: no order has both a customer and a date; the cohort table is not defined without orders',
    );
  });

  it('reads each Date as its local calendar day around a change of hour (Europe/Paris)', () => {
    // Jest's sandbox cannot switch time zones, so a child Node process runs the function with
    // TZ=Europe/Paris. Paris moves to summer time on 29 Mar 2026: local midnight on Monday
    // 30 Mar is Sunday 29 Mar 22:00 UTC, and midnight on 1 Apr is 31 Mar 22:00 UTC. Read in
    // UTC they would fall in the previous week and the previous month.
    const script = `
      const m = await import(${JSON.stringify(join(__dirname, '../../src/functions/customers.ts'))});
      const { kpiCohortRetention } = m.default ?? m;
      const local = (t) => t.map((r) => r.map((c) => c instanceof Date
        ? [c.getFullYear(), c.getMonth() + 1, c.getDate(), c.getHours(), c.getMinutes()] : c));
      const weekly = kpiCohortRetention([['A'], ['B']],
        [[new Date(2026, 2, 29)], [new Date(2026, 2, 30)]], 'week');
      const monthly = kpiCohortRetention([['A'], ['A']],
        [[new Date(2026, 2, 28)], [new Date(2026, 3, 1)]]);
      const utcDayOfAprilFirst = new Date(2026, 3, 1).getUTCDate();
      console.log(JSON.stringify({ weekly: local(weekly), monthly: local(monthly), utcDayOfAprilFirst }));
    `;
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        env: { ...process.env, TZ: 'Europe/Paris' },
        encoding: 'utf8',
      },
    );
    const result = JSON.parse(out);
    expect(result.utcDayOfAprilFirst).toBe(31); // the zone was really in effect
    expect(result.weekly).toEqual([
      ['Cohort start', 'Cohort size', 'Period 0', 'Period 1'],
      [[2026, 3, 23, 0, 0], 1, 1, 0], // A: Sunday 29 Mar, week of Monday 23 Mar
      [[2026, 3, 30, 0, 0], 1, 1, ''], // B: Monday 30 Mar, its own week
    ]);
    expect(result.monthly).toEqual([
      ['Cohort start', 'Cohort size', 'Period 0', 'Period 1'],
      [[2026, 3, 1, 0, 0], 1, 1, 1], // active in March and in April
    ]);
  });

  it('refuses dates spread over more than 1000 periods', () => {
    expect(() => kpiCohortRetention(col('A', 'B'), col('1926-01-15', '2026-01-15'))).toThrow(
      'KPI_COHORT_RETENTION: order dates run from 1926-01-15 to 2026-01-15, 1201 months, more than the 1000 periods a cohort table shows; check for a mistyped date, or use a longer period',
    );
    // The same dates fit in quarters (401 of them).
    const table = kpiCohortRetention(col('A', 'B'), col('1926-01-15', '2026-01-15'), 'quarter');
    expect(table[0]).toHaveLength(2 + 401);
    expect(table[1].slice(0, 3)).toEqual([new Date(1926, 0, 1), 1, 1]);
    expect(table[1][402]).toBe(0);
    expect(table[2].slice(0, 4)).toEqual([new Date(2026, 0, 1), 1, 1, '']);
  });

  it('gives rows of one width with shares in [0, 1], in date order', () => {
    const order = fc.tuple(
      fc.constantFrom('A', 'B', 'C', 'D', 7),
      fc.integer({ min: 45658, max: 46387 }), // serial days of 2025 and 2026
    );
    fc.assert(
      fc.property(
        fc.array(order, { minLength: 1 }),
        fc.constantFrom('week', 'month', 'quarter'),
        (os, p) => {
          const table = kpiCohortRetention(
            col(...os.map((o) => o[0])),
            col(...os.map((o) => o[1])),
            p,
          );
          const width = table[0].length;
          for (let r = 1; r < table.length; r++) {
            expect(table[r]).toHaveLength(width);
            expect(table[r][0]).toBeInstanceOf(Date);
            if (r > 1)
              expect((table[r][0] as Date).getTime()).toBeGreaterThan(
                (table[r - 1][0] as Date).getTime(),
              );
            for (const share of table[r].slice(2)) {
              if (share === '') continue;
              expect(share).toBeGreaterThanOrEqual(0);
              expect(share).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
    );
  });

  it('gives a table or a named error for any input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }).chain((n) => fc.tuple(anyColumn(n), anyColumn(n))),
        fc.oneof(anyCell, fc.constantFrom('week', 'month', 'quarter')),
        ([ids, dates], period) => {
          finiteOrNamedError('KPI_COHORT_RETENTION', () => kpiCohortRetention(ids, dates, period));
        },
      ),
    );
  });
});
