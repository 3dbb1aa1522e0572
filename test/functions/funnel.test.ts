import fc from 'fast-check';
import {
  kpiConversion,
  kpiCycleDays,
  kpiFunnel,
  kpiSalesVelocity,
  kpiWinRate,
} from '../../src/functions/funnel';
import type { Arg, Cell } from '../../src/functions/values/cells';

/** A one-column range, as Sheets passes it. */
const col = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);

/** The message of the error a call throws (fails the test when it does not throw). */
function errorOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

const d = (y: number, m: number, day: number, h = 0, min = 0) => new Date(y, m - 1, day, h, min);

describe('KPI_CONVERSION', () => {
  describe('counts form', () => {
    it('divides two numbers', () => {
      expect(kpiConversion(120, 30)).toBe(0.25);
      expect(kpiConversion([[120]], [[30]])).toBe(0.25);
      expect(kpiConversion(4, 4)).toBe(1);
      expect(kpiConversion(4, 0)).toBe(0);
    });

    it('reads counts written as text in English or French', () => {
      expect(kpiConversion('1 200', '300')).toBe(0.25);
      expect(kpiConversion('1\u00a0200', '3,00')).toBe(0.0025);
      expect(kpiConversion('1,200.00', '300')).toBe(0.25);
    });

    it('reports an ambiguous count instead of guessing', () => {
      expect(errorOf(() => kpiConversion('1,234', 5))).toBe(
        'KPI_CONVERSION: reached_from holds "1,234", which could be read two ways; ' +
          'write it as 1234, 1,234.00 (English) or 1 234 (French)',
      );
    });

    it('refuses a zero, a negative or a swapped count', () => {
      expect(errorOf(() => kpiConversion(0, 0))).toBe(
        'KPI_CONVERSION: reached_from is 0; the conversion rate is not defined when nothing ' +
          'reached the earlier stage',
      );
      expect(errorOf(() => kpiConversion(-3, 1))).toBe(
        'KPI_CONVERSION: reached_from is -3; a count cannot be negative',
      );
      expect(errorOf(() => kpiConversion(100, 150))).toBe(
        'KPI_CONVERSION: reached_to (150) is larger than reached_from (100); a later stage ' +
          'cannot be reached more often than an earlier one (are the arguments swapped?)',
      );
    });

    it('wants the other single cell to be a count as well', () => {
      expect(errorOf(() => kpiConversion(120, ''))).toBe(
        'KPI_CONVERSION: reached_to is blank; give a number',
      );
      expect(errorOf(() => kpiConversion(new Date(2026, 0, 5), '30'))).toBe(
        'KPI_CONVERSION: reached_from holds the date 2026-01-05; expected a number',
      );
    });
  });

  describe('range form', () => {
    it('is the share of rows reaching the first stage that reach the second', () => {
      // Header row revealed by the dates; from reached on data rows 1, 2 and 4, to on 1 and 3.
      const leads = col('Lead date', d(2026, 1, 5), d(2026, 1, 6), '', d(2026, 1, 9));
      const opps = col('Opportunity date', d(2026, 1, 20), '', d(2026, 2, 1), '');
      expect(kpiConversion(leads, opps)).toBe(1 / 3);
    });

    it('reads every kind of reached marker', () => {
      const from = col(true, 'x', 'Oui', 46082, '2026-03-01', 'non', 0, 'FAUX', false, '');
      const to = col(true, 'n', 'yes', '', 'done', 'yes', 'yes', 'yes', 'yes', 'yes');
      // from reached on the first five; to reached among them on 1, 3 and 5.
      expect(kpiConversion(from, to)).toBe(3 / 5);
    });

    it('reads 2-D ranges in row-major order', () => {
      expect(
        kpiConversion(
          [
            [1, 0],
            [1, 1],
          ],
          [
            [1, 1],
            [0, 1],
          ],
        ),
      ).toBe(2 / 3);
    });

    it('uses the range form for single cells that are not both numbers', () => {
      expect(kpiConversion(d(2026, 1, 1), '')).toBe(0);
      expect(kpiConversion('yes', 'TRUE')).toBe(1);
    });

    it('names both arguments and their sizes when they differ', () => {
      expect(errorOf(() => kpiConversion(col(1, 1, 1), col(1, 0)))).toBe(
        'KPI_CONVERSION: reached_from has 3 cells but reached_to has 2; ' +
          'pass ranges of the same size (the columns of one table)',
      );
    });

    it('says so when nothing reached the first stage', () => {
      expect(errorOf(() => kpiConversion(col('', 'no', 0), col(1, 1, 1)))).toBe(
        'KPI_CONVERSION: nothing reached reached_from (no cell holds a date, TRUE, a non-zero ' +
          'number or a yes word), so the conversion rate is not defined',
      );
    });
  });

  it('returns a rate in [0, 1] or an error naming the function', () => {
    const marker = fc.oneof(
      fc.constantFrom<Cell>('', 'x', 'no', true, false, 0, 1, '2026-01-01', 'Lead'),
      fc.integer({ min: 0, max: 50 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(marker, marker), { minLength: 1 }), (rows) => {
        try {
          const rate = kpiConversion(
            rows.map(([a]) => [a]),
            rows.map(([, b]) => [b]),
          );
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        } catch (error) {
          expect((error as Error).message).toMatch(/^KPI_CONVERSION: /);
        }
      }),
    );
  });
});

describe('KPI_FUNNEL', () => {
  const header = ['Stage', 'Reached', 'Conversion from previous', 'Conversion from first'];
  const D = d(2026, 2, 1);
  const block: Cell[][] = [
    ['Lead', 'Opportunity', 'Proposal', 'Won'],
    [D, D, D, D],
    [D, D, '', ''],
    [D, '', D, ''],
    ['', D, '', ''],
    [D, '', '', ''],
  ];

  it('counts each reached stage in "any" mode (the default)', () => {
    // Lead 4, Opportunity 3, Proposal 2, Won 1.
    const expected = [
      header,
      ['Lead', 4, 1, 1],
      ['Opportunity', 3, 3 / 4, 3 / 4],
      ['Proposal', 2, 2 / 3, 2 / 4],
      ['Won', 1, 1 / 2, 1 / 4],
    ];
    expect(kpiFunnel(block)).toEqual(expected);
    expect(kpiFunnel(block, '')).toEqual(expected);
    expect(kpiFunnel(block, ' Any ')).toEqual(expected);
  });

  it('counts a stage only after every earlier stage in "strict" mode', () => {
    // Lead: rows 1, 2, 3, 5; Opportunity: rows 1, 2; Proposal and Won: row 1.
    expect(kpiFunnel(block, 'STRICT')).toEqual([
      header,
      ['Lead', 4, 1, 1],
      ['Opportunity', 2, 0.5, 0.5],
      ['Proposal', 1, 0.5, 0.25],
      ['Won', 1, 1, 0.25],
    ]);
  });

  it("returns '' for a conversion whose denominator is 0", () => {
    const table = kpiFunnel([
      ['A', 'B', 'C'],
      [true, false, ''],
      ['yes', 'no', 'non'],
    ]);
    expect(table).toEqual([header, ['A', 2, 1, 1], ['B', 0, 0, 0], ['C', 0, '', 0]]);
  });

  it('always takes the first row as the stage names, even when they read as markers', () => {
    expect(
      kpiFunnel([
        [' yes ', 'x'],
        [1, 1],
      ]),
    ).toEqual([header, ['yes', 1, 1, 1], ['x', 1, 1, 1]]);
  });

  it('gives counts of 0 when there are no data rows', () => {
    expect(kpiFunnel([['Lead', 'Won']])).toEqual([header, ['Lead', 0, '', ''], ['Won', 0, '', '']]);
    expect(kpiFunnel('Lead')).toEqual([header, ['Lead', 0, '', '']]);
  });

  it('refuses a first row that holds data instead of names', () => {
    expect(
      errorOf(() =>
        kpiFunnel([
          [D, D],
          [D, ''],
        ]),
      ),
    ).toBe(
      'KPI_FUNNEL: stage_columns row 1, column 1 holds 2026-02-01; the first row must hold the ' +
        'stage names (select the block with its names row, e.g. Lead, Opportunity, Won)',
    );
    expect(
      errorOf(() =>
        kpiFunnel([
          ['Lead', ''],
          [1, 1],
        ]),
      ),
    ).toBe(
      'KPI_FUNNEL: stage_columns row 1, column 2 is blank; the first row must name every stage',
    );
  });

  it('refuses an unknown mode', () => {
    expect(errorOf(() => kpiFunnel(block, 'cumulative'))).toBe(
      'KPI_FUNNEL: mode "cumulative" is not one of "any", "strict"',
    );
  });

  it('has rates in [0, 1] in strict mode, or an error naming the function', () => {
    const marker = fc.constantFrom<Cell>('', 'x', 'no', true, false, 0, 1, D);
    fc.assert(
      fc.property(fc.array(fc.tuple(marker, marker, marker)), (rows) => {
        const table = kpiFunnel([['A', 'B', 'C'], ...rows], 'strict');
        for (const row of table.slice(1)) {
          for (const rate of row.slice(2)) {
            if (rate === '') continue;
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});

describe('KPI_WIN_RATE', () => {
  it('divides won by won + lost with the default English and French labels', () => {
    const outcomes = col(
      'Outcome',
      'Won',
      'Lost',
      'Open',
      'won ',
      ' LOST',
      'Gagné',
      'Perdu',
      'gagne',
      '',
    );
    // Won: Won, won, Gagné, gagne = 4; lost: Lost, LOST, Perdu = 3; the header and Open are ignored.
    expect(kpiWinRate(outcomes)).toBe(4 / 7);
    expect(kpiWinRate(outcomes, '', '')).toBe(4 / 7);
    expect(kpiWinRate(outcomes, col('', ''), col(''))).toBe(4 / 7);
  });

  it('accepts a single label or a range of labels, which replace the defaults', () => {
    const outcomes = col('Closed won', 'Signed', 'Won', 'Churned', 'closed LOST');
    expect(kpiWinRate(outcomes, ' closed won ', 'Closed lost')).toBe(1 / 2);
    expect(kpiWinRate(outcomes, col('Signed', 'Closed won'), [['Churned', 'Closed lost']])).toBe(
      2 / 4,
    );
  });

  it('reads a single outcome and 2-D ranges', () => {
    expect(kpiWinRate('Won')).toBe(1);
    expect(
      kpiWinRate([
        ['Won', 'Lost'],
        ['Lost', 'Lost'],
      ]),
    ).toBe(0.25);
  });

  it('refuses a label that is both won and lost', () => {
    expect(errorOf(() => kpiWinRate(col('Won'), 'Won', col('Lost', 'won')))).toBe(
      'KPI_WIN_RATE: "won" is both a won label and a lost label; an outcome is one or the other',
    );
  });

  it('says so when no deal is won or lost', () => {
    expect(errorOf(() => kpiWinRate(col('Open', '', 'Pending')))).toBe(
      'KPI_WIN_RATE: no outcome is won (won, gagné, gagne) or lost (lost, perdu), ' +
        'so the win rate is not defined',
    );
  });

  it('is a rate in [0, 1] that does not depend on the order of the outcomes', () => {
    const outcome = fc.constantFrom<Cell>('Won', 'Lost', 'Perdu', 'Open', '', 'gagné', 3, true);
    fc.assert(
      fc.property(fc.array(outcome, { minLength: 1 }), (list) => {
        let rate: number;
        try {
          rate = kpiWinRate(list.map((o) => [o]));
        } catch (error) {
          expect((error as Error).message).toMatch(/^KPI_WIN_RATE: no outcome is won/);
          return;
        }
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
        expect(kpiWinRate([...list].reverse().map((o) => [o]))).toBe(rate);
      }),
    );
  });
});

describe('KPI_CYCLE_DAYS', () => {
  const starts = col('Lead date', d(2026, 1, 1), d(2026, 1, 10), '', d(2026, 2, 1), d(2026, 4, 1));
  const ends = col('Won date', d(2026, 1, 11), d(2026, 1, 13), d(2026, 3, 1), d(2026, 3, 1), '');

  it('takes the median (default) or mean of the days between both dates', () => {
    // Complete rows: 10, 3 and 28 days (February 2026 has 28 days).
    expect(kpiCycleDays(starts, ends)).toBe(10);
    expect(kpiCycleDays(starts, ends, 'median')).toBe(10);
    expect(kpiCycleDays(starts, ends, 'Mean')).toBe(41 / 3);
  });

  it('reads ISO text dates and serial day numbers', () => {
    // Serial 46112 is 2026-03-31; 46082 is 2026-03-01.
    expect(kpiCycleDays('2026-03-01', 46112)).toBe(30);
    expect(kpiCycleDays(46082, '2026-03-31T08:15')).toBe(30);
    expect(kpiCycleDays(col('2026-03-01', '2026-03-10'), col('2026-03-02', '2026-03-30'))).toBe(
      (1 + 20) / 2,
    );
  });

  it('counts calendar days across the spring and autumn clock changes', () => {
    // The last Sunday of March 2026 is the 29th, of October the 25th (Europe's DST changes).
    expect(kpiCycleDays(d(2026, 3, 28), d(2026, 3, 30))).toBe(2);
    expect(kpiCycleDays(d(2026, 3, 1), d(2026, 4, 1))).toBe(31);
    expect(kpiCycleDays(d(2026, 10, 24), d(2026, 10, 26))).toBe(2);
    // Times of day do not matter, only the calendar days.
    expect(kpiCycleDays(d(2026, 3, 28, 23, 30), d(2026, 3, 29, 0, 30))).toBe(1);
    expect(kpiCycleDays(d(2026, 3, 29, 0, 0), d(2026, 3, 29, 23, 59))).toBe(0);
    expect(
      kpiCycleDays(col(d(2026, 3, 20), d(2026, 10, 20)), col(d(2026, 4, 5), d(2026, 11, 5))),
    ).toBe(16);
  });

  it('names the row whose end comes before its start', () => {
    const s = col('Start', d(2026, 1, 1), d(2026, 1, 9));
    const e = col('End', d(2026, 1, 2), d(2026, 1, 5));
    expect(errorOf(() => kpiCycleDays(s, e))).toBe(
      'KPI_CYCLE_DAYS: end_dates row 3 (2026-01-05) is before start_dates row 3 (2026-01-09); ' +
        'a cycle cannot end before it starts',
    );
  });

  it('says so when no row has both dates', () => {
    expect(errorOf(() => kpiCycleDays(col(d(2026, 1, 1), ''), col('', d(2026, 1, 3))))).toBe(
      'KPI_CYCLE_DAYS: no row has both a start date and an end date, so there is no cycle to measure',
    );
  });

  it('names a cell that is not a date', () => {
    expect(
      errorOf(() => kpiCycleDays(col('Start', d(2026, 1, 1), 'soon'), col('End', 46112, 46112))),
    ).toBe(
      'KPI_CYCLE_DAYS: start_dates row 3 holds "soon", which is not a date; ' +
        'use a date cell, an ISO date such as 2026-03-31, or a serial day number',
    );
  });

  it('refuses ranges of different sizes and an unknown statistic', () => {
    expect(errorOf(() => kpiCycleDays(col(1, 2), col(3)))).toBe(
      'KPI_CYCLE_DAYS: start_dates has 2 cells but end_dates has 1; ' +
        'pass ranges of the same size (the columns of one table)',
    );
    expect(errorOf(() => kpiCycleDays(1, 3, 'mode'))).toBe(
      'KPI_CYCLE_DAYS: statistic "mode" is not one of "median", "mean"',
    );
  });

  it('does not depend on the order of the rows', () => {
    const pair = fc.tuple(fc.integer({ min: 40000, max: 47000 }), fc.integer({ min: 0, max: 400 }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1 }), (pairs) => {
        const s = pairs.map(([a]) => [a]);
        const e = pairs.map(([a, n]) => [a + n]);
        const rs = [...s].reverse();
        const re = [...e].reverse();
        expect(kpiCycleDays(rs, re)).toBe(kpiCycleDays(s, e));
        expect(kpiCycleDays(rs, re, 'mean')).toBeCloseTo(kpiCycleDays(s, e, 'mean'), 9);
      }),
    );
  });
});

describe('KPI_SALES_VELOCITY', () => {
  it('is open × win rate × deal size / cycle days', () => {
    expect(kpiSalesVelocity(20, 0.25, 1000, 50)).toBe(100);
    expect(kpiSalesVelocity([[20]], [[0.25]], [[1000]], [[50]])).toBe(100);
  });

  it('reads numbers written as text, % fractions included', () => {
    expect(kpiSalesVelocity('20', '25 %', '1\u202f000 €', '50')).toBe(100);
    expect(kpiSalesVelocity('20', '25,0 %', '$1,000', '50')).toBe(100);
  });

  it('checks each number', () => {
    expect(errorOf(() => kpiSalesVelocity(20, 25, 1000, 50))).toBe(
      'KPI_SALES_VELOCITY: win_rate is 25; give a fraction from 0 to 1 (25 % is 0.25)',
    );
    expect(errorOf(() => kpiSalesVelocity(20, 0.25, 1000, 0))).toBe(
      'KPI_SALES_VELOCITY: cycle_days is 0; the velocity per day is not defined for a cycle of 0 days',
    );
    expect(errorOf(() => kpiSalesVelocity(-1, 0.25, 1000, 5))).toBe(
      'KPI_SALES_VELOCITY: open_opportunities is -1; a count cannot be negative',
    );
    expect(errorOf(() => kpiSalesVelocity(1, 0.25, -5, 5))).toBe(
      'KPI_SALES_VELOCITY: avg_deal_size is -5; a deal size cannot be negative',
    );
    expect(errorOf(() => kpiSalesVelocity(1, 0.25, 5, -5))).toBe(
      'KPI_SALES_VELOCITY: cycle_days is -5; a cycle length cannot be negative',
    );
  });

  it('takes numbers only: no blanks, booleans, dates or ranges', () => {
    expect(errorOf(() => kpiSalesVelocity(20, 0.25, 1000, ''))).toBe(
      'KPI_SALES_VELOCITY: cycle_days is blank; give a number',
    );
    expect(errorOf(() => kpiSalesVelocity(true, 0.25, 1000, 5))).toBe(
      'KPI_SALES_VELOCITY: open_opportunities holds TRUE; expected a number, not a yes/no value',
    );
    expect(errorOf(() => kpiSalesVelocity(20, 0.25, d(2026, 1, 1), 5))).toBe(
      'KPI_SALES_VELOCITY: avg_deal_size holds the date 2026-01-01; expected a number',
    );
    expect(errorOf(() => kpiSalesVelocity(col(1, 2), 0.25, 1000, 5))).toBe(
      'KPI_SALES_VELOCITY: open_opportunities must be a single value, not a range of 2 cells',
    );
  });

  it('gives a finite number or an error naming the function for any input', () => {
    const cell = fc.oneof(
      fc.double({ noNaN: false }),
      fc.string(),
      fc.boolean(),
      fc.constant(''),
    ) as fc.Arbitrary<Arg>;
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, e) => {
        try {
          expect(Number.isFinite(kpiSalesVelocity(a, b, c, e))).toBe(true);
        } catch (error) {
          expect((error as Error).message).toMatch(/^KPI_SALES_VELOCITY: /);
        }
      }),
    );
  });
});
