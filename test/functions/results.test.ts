import fc from 'fast-check';
import {
  kpiAov,
  kpiCac,
  kpiCltv,
  kpiGrossMargin,
  kpiSegmentProfitability,
} from '../../src/functions/results';
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

/** Any cell Sheets could pass, for "finite result or named error" properties. */
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string(),
  fc.constantFrom<Cell>(
    '',
    true,
    false,
    '1,234',
    '12,5 %',
    '1 234,50 €',
    'C-7',
    new Date(2026, 0, 1),
  ),
);
const anyColumn = fc.array(anyCell, { minLength: 1, maxLength: 8 }).map((v) => v.map((c) => [c]));

describe('KPI_AOV', () => {
  const amounts = col('Amount', 100, '250,50 €', '', '$1,000', 49.5);

  it('is the mean (default) or the median of the amounts, blanks and header aside', () => {
    // 100, 250.5, 1000, 49.5: mean 1400 / 4 = 350; median (100 + 250.5) / 2 = 175.25.
    expect(kpiAov(amounts)).toBe(350);
    expect(kpiAov(amounts, 'mean')).toBe(350);
    expect(kpiAov(amounts, 'MEDIAN')).toBe(175.25);
  });

  it('takes a single amount and 2-D ranges', () => {
    expect(kpiAov(80)).toBe(80);
    expect(
      kpiAov([
        [10, 20],
        ['', 60],
      ]),
    ).toBe(30);
  });

  it('names a cell that is not a number', () => {
    expect(errorOf(() => kpiAov(col('Amount', 10, 'n/a')))).toBe(
      'KPI_AOV: amounts row 3 holds "n/a", which is not a number',
    );
    expect(errorOf(() => kpiAov(col(10, true)))).toBe(
      'KPI_AOV: amounts row 2 holds TRUE; expected a number, not a yes/no value',
    );
  });

  it('says so when there is no amount', () => {
    expect(errorOf(() => kpiAov(col('Amount', '', '')))).toBe(
      'KPI_AOV: amounts holds no number, so there is no order value to average',
    );
    expect(errorOf(() => kpiAov(''))).toBe(
      'KPI_AOV: amounts holds no number, so there is no order value to average',
    );
  });

  it('refuses an unknown statistic', () => {
    expect(errorOf(() => kpiAov(10, 'mode'))).toBe(
      'KPI_AOV: statistic "mode" is not one of "mean", "median"',
    );
  });

  it('lies between the smallest and largest amount, whatever their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1 }), (list) => {
        for (const stat of ['mean', 'median']) {
          const value = kpiAov(
            list.map((v) => [v]),
            stat,
          );
          expect(value).toBeGreaterThanOrEqual(Math.min(...list) - 1e-6);
          expect(value).toBeLessThanOrEqual(Math.max(...list) + 1e-6);
          expect(
            kpiAov(
              [...list].reverse().map((v) => [v]),
              stat,
            ),
          ).toBeCloseTo(value, 6);
        }
      }),
    );
  });

  it('gives a finite number or an error naming the function for any input', () => {
    fc.assert(
      fc.property(anyColumn, (amountsColumn) => {
        try {
          expect(Number.isFinite(kpiAov(amountsColumn))).toBe(true);
        } catch (error) {
          expect((error as Error).message).toMatch(/^KPI_AOV: /);
        }
      }),
    );
  });
});

describe('KPI_GROSS_MARGIN', () => {
  it('works on two numbers', () => {
    expect(kpiGrossMargin(1000, 600)).toBe(0.4);
    expect(kpiGrossMargin('1 000 €', '600 €')).toBe(0.4);
  });

  it('skips rows with a blank revenue and counts a blank cost as 0', () => {
    const revenue = col('Revenue', 1000, '', 500, 2000);
    const cost = col('Cost', 600, 300, '', 1400);
    // Σ revenue 3500, Σ cost 600 + 0 + 1400 = 2000: 1500 / 3500 = 3/7.
    expect(kpiGrossMargin(revenue, cost)).toBeCloseTo(3 / 7, 12);
  });

  it('reads French and English amounts with any kind of space', () => {
    const revenue = col('1\u00a0234,50\u00a0€', '1\u202f000,00', '$765.50');
    const cost = col('1 000,00 €', '500', '1,000.00');
    // Σ revenue 3000, Σ cost 2500: 500 / 3000.
    expect(kpiGrossMargin(revenue, cost)).toBeCloseTo(1 / 6, 12);
  });

  it('says so when the revenue is missing, zero or negative', () => {
    expect(errorOf(() => kpiGrossMargin(col('', ''), col(1, 2)))).toBe(
      'KPI_GROSS_MARGIN: revenue holds no number, so the margin rate is not defined',
    );
    expect(errorOf(() => kpiGrossMargin(col(0, 0), col(1, 2)))).toBe(
      'KPI_GROSS_MARGIN: total revenue is 0; the margin rate is only defined for a positive total revenue',
    );
    expect(errorOf(() => kpiGrossMargin(-100, 20))).toBe(
      'KPI_GROSS_MARGIN: total revenue is -100; the margin rate is only defined for a positive total revenue',
    );
  });

  it('names both arguments when their sizes differ', () => {
    expect(errorOf(() => kpiGrossMargin(col('Revenue', 1, 2, 3), col('Cost', 1)))).toBe(
      'KPI_GROSS_MARGIN: revenue has 3 cells but cost has 1; ' +
        'pass ranges of the same size (the columns of one table)',
    );
  });

  it('is at most 1 for non-negative costs and does not depend on row order', () => {
    const row = fc.tuple(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 2e6 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1 }), (rows) => {
        const rate = kpiGrossMargin(
          rows.map(([r]) => [r]),
          rows.map(([, c]) => [c]),
        );
        expect(rate).toBeLessThanOrEqual(1);
        const reversed = [...rows].reverse();
        expect(
          kpiGrossMargin(
            reversed.map(([r]) => [r]),
            reversed.map(([, c]) => [c]),
          ),
        ).toBeCloseTo(rate, 9);
      }),
    );
  });

  it('gives a finite number or an error naming the function for any input', () => {
    fc.assert(
      fc.property(anyColumn, anyColumn, (revenue, cost) => {
        try {
          expect(Number.isFinite(kpiGrossMargin(revenue, cost))).toBe(true);
        } catch (error) {
          expect((error as Error).message).toMatch(/^KPI_GROSS_MARGIN: /);
        }
      }),
    );
  });
});

describe('KPI_CAC', () => {
  it('divides the total spend by a count or the sum of counts', () => {
    expect(kpiCac(12000, 40)).toBe(300);
    expect(kpiCac(col(5000, 3000), col(10, 6))).toBe(500);
    expect(kpiCac(col('Amount', '5 000 €', '3 000 €'), col('New customers', 10, '6'))).toBe(500);
  });

  it('does not need the spend and the customers to have the same size', () => {
    expect(kpiCac(col(1000, 2000, 3000), col(20, 40))).toBe(100);
  });

  it('detects a header above counts even when the spend has none', () => {
    expect(kpiCac(1000, col('New customers', 4, 6))).toBe(100);
  });

  it('counts distinct customer identifiers', () => {
    // Both ranges selected with their headers; C2 is counted once: C1, C2, C3 = 3.
    const spend = col('Amount', 5000, 3000);
    const customers = col('Customer ID', 'C1', 'C2', ' C2 ', '', 'C3');
    expect(kpiCac(spend, customers)).toBe(8000 / 3);
    expect(kpiCac(900, [['ACME', 'Globex', 'ACME']])).toBe(450);
    expect(kpiCac(900, 'ACME')).toBe(900);
  });

  it('compares identifiers as written, so case matters', () => {
    expect(kpiCac(900, col('C1', 'c1', 'C1'))).toBe(450);
  });

  it('refuses a range that mixes counts and identifiers', () => {
    expect(errorOf(() => kpiCac(1000, col(3, 'C-17', 4)))).toBe(
      'KPI_CAC: new_customers holds both counts (new_customers row 1: 3) and customer ' +
        'identifiers (new_customers row 2: "C-17"); give either counts to add up or ' +
        'identifiers to count, not both',
    );
  });

  it('refuses dates, booleans, negative counts and ambiguous numbers', () => {
    expect(errorOf(() => kpiCac(1000, col(3, true)))).toBe(
      'KPI_CAC: new_customers row 2 holds TRUE; expected a count of new customers or a customer identifier',
    );
    expect(errorOf(() => kpiCac(1000, new Date(2026, 2, 1)))).toBe(
      'KPI_CAC: new_customers holds 2026-03-01; expected a count of new customers or a customer identifier',
    );
    expect(errorOf(() => kpiCac(1000, col(3, -1)))).toBe(
      'KPI_CAC: new_customers row 2 holds -1; a count of customers cannot be negative',
    );
    expect(errorOf(() => kpiCac(1000, col(3, '1,234')))).toBe(
      'KPI_CAC: new_customers row 2 holds "1,234", which could be read two ways; ' +
        'write it as 1234, 1,234.00 (English) or 1 234 (French)',
    );
  });

  it('says so when there are no new customers or no spend', () => {
    expect(errorOf(() => kpiCac(1000, col(0, 0)))).toBe(
      'KPI_CAC: new_customers adds up to 0; the cost per new customer is not defined without new customers',
    );
    expect(errorOf(() => kpiCac(1000, col('', '')))).toBe(
      'KPI_CAC: new_customers is blank; give a count of new customers or their identifiers',
    );
    expect(errorOf(() => kpiCac('', 10))).toBe('KPI_CAC: spend holds no number');
    expect(errorOf(() => kpiCac(col(100, -500), 10))).toBe(
      'KPI_CAC: total spend is -400; an acquisition spend cannot be negative',
    );
  });

  it('gives a finite number or an error naming the function for any input', () => {
    fc.assert(
      fc.property(anyColumn, anyColumn, (spend, customers) => {
        try {
          expect(Number.isFinite(kpiCac(spend, customers))).toBe(true);
        } catch (error) {
          expect((error as Error).message).toMatch(/^KPI_CAC: /);
        }
      }),
    );
  });
});

describe('KPI_CLTV', () => {
  it('multiplies order value, frequency, margin and lifespan', () => {
    // 80 × 4 × 0.35 × 3 = 336.
    expect(kpiCltv(80, 4, 0.35, 3)).toBeCloseTo(336, 9);
    expect(kpiCltv('80 €', '4', '35 %', [[3]])).toBeCloseTo(336, 9);
    expect(kpiCltv(80, 4, '35,0\u00a0%', 3)).toBeCloseTo(336, 9);
  });

  it('accepts a margin of exactly 0 or 1', () => {
    expect(kpiCltv(80, 4, 0, 3)).toBe(0);
    expect(kpiCltv(80, 4, 1, 3)).toBe(960);
  });

  it('wants the gross margin as a fraction from 0 to 1', () => {
    expect(errorOf(() => kpiCltv(80, 4, 35, 3))).toBe(
      'KPI_CLTV: gross_margin is 35; give a fraction from 0 to 1 (a 35 % margin is 0.35)',
    );
    expect(errorOf(() => kpiCltv(80, 4, -0.1, 3))).toBe(
      'KPI_CLTV: gross_margin is -0.1; give a fraction from 0 to 1 (a 35 % margin is 0.35)',
    );
  });

  it('refuses negative values, blanks and ranges', () => {
    expect(errorOf(() => kpiCltv(-80, 4, 0.3, 3))).toBe(
      'KPI_CLTV: avg_order_value is -80; an order value cannot be negative',
    );
    expect(errorOf(() => kpiCltv(80, -4, 0.3, 3))).toBe(
      'KPI_CLTV: purchase_frequency is -4; a purchase frequency cannot be negative',
    );
    expect(errorOf(() => kpiCltv(80, 4, 0.3, -3))).toBe(
      'KPI_CLTV: lifespan is -3; a lifespan cannot be negative',
    );
    expect(errorOf(() => kpiCltv(80, '', 0.3, 3))).toBe(
      'KPI_CLTV: purchase_frequency is blank; give a number',
    );
    expect(errorOf(() => kpiCltv(80, 4, col(0.3, 0.4), 3))).toBe(
      'KPI_CLTV: gross_margin must be a single value, not a range of 2 cells',
    );
  });

  it('gives a finite number or an error naming the function for any input', () => {
    const cell = anyCell as fc.Arbitrary<Arg>;
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, e) => {
        try {
          expect(Number.isFinite(kpiCltv(a, b, c, e))).toBe(true);
        } catch (error) {
          expect((error as Error).message).toMatch(/^KPI_CLTV: /);
        }
      }),
    );
  });
});

describe('KPI_SEGMENT_PROFITABILITY', () => {
  const header = ['Segment', 'Revenue', 'Gross margin', 'Margin rate', 'Share of gross margin'];

  it('groups by segment and sorts by gross margin, then name', () => {
    const segments = col(
      'Segment',
      'SMB',
      'Enterprise',
      'smb ',
      '',
      'Public',
      'Enterprise',
      'Mid-market',
    );
    const revenue = col('Revenue', 1000, 5000, 500, 700, 1000, 3000, 2000);
    const cost = col('Cost', 600, 3000, '', 100, 500, 2000, 1500);
    // SMB 1500 − 600 = 900 (rate 0.6); Enterprise 8000 − 5000 = 3000 (0.375);
    // Public 1000 − 500 = 500 (0.5); Mid-market 2000 − 1500 = 500 (0.25); the blank segment is
    // skipped. Total margin 4900. Public and Mid-market tie: Mid-market first (A→Z).
    expect(kpiSegmentProfitability(segments, revenue, cost)).toEqual([
      header,
      ['Enterprise', 8000, 3000, 0.375, 3000 / 4900],
      ['SMB', 1500, 900, 0.6, 900 / 4900],
      ['Mid-market', 2000, 500, 0.25, 500 / 4900],
      ['Public', 1000, 500, 0.5, 500 / 4900],
    ]);
  });

  it('skips rows with a blank revenue, as KPI_GROSS_MARGIN does', () => {
    const table = kpiSegmentProfitability(col('A', 'A', 'B'), col(100, '', 50), col(40, 30, ''));
    expect(table).toEqual([header, ['A', 100, 60, 0.6, 60 / 110], ['B', 50, 50, 1, 50 / 110]]);
  });

  it('names a group after its first spelling with a revenue; a number and its text are one', () => {
    const table = kpiSegmentProfitability(
      col('smb', 'SMB', ' smb', 2024, '2024'),
      col('', 100, 50, 10, 5),
      col(1, 40, 10, '', 5),
    );
    // "smb" (row 1) has no revenue, so "SMB" names its group: 150 − 50 = 100. The number 2024
    // and the text "2024" are one segment: 15 − 5 = 10. Total margin 110.
    expect(table).toEqual([
      header,
      ['SMB', 150, 100, 100 / 150, 100 / 110],
      ['2024', 15, 10, 10 / 15, 10 / 110],
    ]);
  });

  it("leaves '' for a rate over zero revenue and for shares of a total that is not positive", () => {
    const table = kpiSegmentProfitability(col('A', 'B'), col(0, 100), col(50, 100));
    expect(table).toEqual([header, ['B', 100, 0, 0, ''], ['A', 0, -50, '', '']]);
  });

  it('reads a single row, and French amounts', () => {
    expect(kpiSegmentProfitability('Retail', '1 000,00 €', '250 €')).toEqual([
      header,
      ['Retail', 1000, 750, 0.75, 1],
    ]);
  });

  it('says so when no row has a segment and a revenue', () => {
    expect(errorOf(() => kpiSegmentProfitability(col('', 'A'), col(5, ''), col(1, 1)))).toBe(
      'KPI_SEGMENT_PROFITABILITY: no row has both a segment and a revenue, so there is nothing to group',
    );
  });

  it('names the arguments when their sizes differ, and cells that are not numbers', () => {
    expect(errorOf(() => kpiSegmentProfitability(col('A', 'B'), col(1, 2), col(1)))).toBe(
      'KPI_SEGMENT_PROFITABILITY: segments has 2 cells but cost has 1; ' +
        'pass ranges of the same size (the columns of one table)',
    );
    expect(
      errorOf(() =>
        kpiSegmentProfitability(col('Segment', 'A'), col('Revenue', 'lots'), col('Cost', 1)),
      ),
    ).toBe('KPI_SEGMENT_PROFITABILITY: revenue row 2 holds "lots", which is not a number');
  });

  it('gives finite cells or an error naming the function for any input', () => {
    const n = 6;
    const column = fc.array(anyCell, { minLength: n, maxLength: n }).map((v) => v.map((c) => [c]));
    fc.assert(
      fc.property(column, column, column, (s, r, c) => {
        try {
          for (const row of kpiSegmentProfitability(s, r, c)) {
            for (const cell of row) {
              if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
            }
          }
        } catch (error) {
          expect((error as Error).message).toMatch(/^KPI_SEGMENT_PROFITABILITY: /);
        }
      }),
    );
  });
});
