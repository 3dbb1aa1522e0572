// Every =KPI_* function on inputs a real sheet (or a script) can hold: out-of-range dates, long
// texts, huge and tiny numbers, ragged arrays. Whatever comes in, what goes out is a value Sheets
// can show (a rectangle of finite numbers, valid dates and texts within a cell's 50,000
// characters) or a short error that starts with the function's name, never an internal failure.
import fc from 'fast-check';
import type { Cell } from '../../src/functions/values/cells';
import { CELL_TEXT_LIMIT } from '../../src/functions/define';
import { MESSAGE_LIMIT } from '../../src/functions/errors';
import { KPI_FUNCTIONS } from '../../src/functions/kpi-functions';
import { kpiAnomalies, kpiCorrelation, kpiTrend } from '../../src/functions/analysis';
import { kpiCohortRetention } from '../../src/functions/customers';
import { kpiCycleDays, kpiWinRate } from '../../src/functions/funnel';
import { kpiProgress } from '../../src/functions/objectives';
import {
  kpiAov,
  kpiCac,
  kpiGrossMargin,
  kpiSegmentProfitability,
} from '../../src/functions/results';

const col = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);
const d = (iso: string) => new Date(`${iso}T00:00:00`);

function errorOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

type Fn = (...args: never[]) => unknown;
/** Every declared function, with how many parameters it declares. */
const FUNCTIONS: ReadonlyArray<[string, Fn, number]> = KPI_FUNCTIONS.map((f) => [
  f.declaration.name,
  f as unknown as Fn,
  f.declaration.params.length,
]);

/** Longer than any cell may hold: a script (or a concatenation) can still pass it. */
const LONG = 'x'.repeat(CELL_TEXT_LIMIT + 10);

/** Cells from everyday values to the edges of what a sheet or a script can hold. */
const edgeCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -5, max: 12 }),
  fc.integer({ min: 40_000, max: 50_000 }), // serial days of 2009–2036
  fc.constantFrom(123_456_789, 1e8, -1e7, 2_958_466, 1e154, -1e200, 1e-170, Number.MAX_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constantFrom('Won', 'Lost', 'Referral', 'Call', 'Customer ID', 'mean', 'week', '2026-03-31'),
  fc.constantFrom(LONG, `${LONG} Won`, '9999-12-31', '0000-01-01', 'KPI_NPS', 'fr'),
  fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
  fc.constantFrom(new Date(8e15), new Date(-8e15), new Date(NaN)),
);

/** A call's arguments: single cells, or columns of one shared height (some ragged, some wide). */
const callArgs = (count: number): fc.Arbitrary<unknown[]> =>
  fc.integer({ min: 1, max: 6 }).chain((height) =>
    fc.array(
      fc.oneof(
        { weight: 2, arbitrary: edgeCell },
        {
          weight: 5,
          arbitrary: fc
            .array(edgeCell, { minLength: height, maxLength: height })
            .map((cells) => cells.map((c) => [c])),
        },
        {
          weight: 1,
          arbitrary: fc.array(fc.array(edgeCell, { minLength: 1, maxLength: 3 }), {
            minLength: 1,
            maxLength: height,
          }),
        },
      ),
      { minLength: count, maxLength: count },
    ),
  );

/** What Sheets can show: finite numbers, booleans, texts a cell can hold, dates of years 1–9999. */
function expectShowable(cell: unknown): void {
  if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
  else if (typeof cell === 'string') expect(cell.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
  else if (cell instanceof Date) {
    expect(cell.getUTCFullYear()).toBeGreaterThanOrEqual(1);
    expect(cell.getUTCFullYear()).toBeLessThanOrEqual(9999);
  } else expect(typeof cell).toBe('boolean');
}

describe('every =KPI_* function at the limits of a sheet', () => {
  it.each(FUNCTIONS)(
    'property: %s returns a rectangle of showable cells, or a short error naming it',
    (name, fn, count) => {
      fc.assert(
        fc.property(callArgs(count), (args) => {
          let result: unknown;
          try {
            result = (fn as (...a: unknown[]) => unknown)(...args);
          } catch (error) {
            const message = (error as Error).message;
            expect(message.startsWith(`${name}: `)).toBe(true);
            expect(message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
            // An internal failure is reported as "could not compute": a case no check caught.
            expect(message).not.toContain('could not compute');
            return;
          }
          if (Array.isArray(result)) {
            const width = (result[0] as unknown[]).length;
            for (const row of result as unknown[][]) {
              expect(row.length).toBe(width);
              row.forEach(expectShowable);
            }
          } else {
            expectShowable(result);
          }
        }),
        { numRuns: 60 },
      );
    },
  );
});

describe('dates beyond what a sheet holds', () => {
  // A 9-digit id pasted into a date column: serial 123,456,789 is some 338,000 years from now.
  it('are a clear error naming the argument and the row', () => {
    const id = 123_456_789;
    expect(
      errorOf(() => kpiCohortRetention(col('Customer ID', 'C1', 'C2'), col('Date', 46_000, id))),
    ).toBe(
      'KPI_COHORT_RETENTION: order_dates row 3 holds 123456789, which is beyond the dates a ' +
        'sheet can hold (years 1 to 9999); is it an identifier or an amount in a date column?',
    );
    expect(errorOf(() => kpiCycleDays(col(46_000, id), col(46_010, 46_020)))).toMatch(
      /^KPI_CYCLE_DAYS: start_dates row 2 holds 123456789, which is beyond the dates/,
    );
    expect(errorOf(() => kpiTrend(col('Date', 46_000, id), col('Amount', 1, 2)))).toMatch(
      /^KPI_TREND: dates row 3 holds 123456789, which is beyond the dates/,
    );
    expect(errorOf(() => kpiProgress(5, 10, 46_000, 1e8))).toMatch(
      /^KPI_PROGRESS: deadline holds 100000000, which is beyond the dates/,
    );
    // A Date object past year 9999, as a script can build one.
    expect(errorOf(() => kpiTrend(col(new Date(8e15), 46_000), col(1, 2)))).toBe(
      'KPI_TREND: dates row 1 holds a date beyond the years 1 to 9999, which a sheet cannot hold',
    );
  });

  it("still reads Sheets' first and last days", () => {
    // Serial 2,958,465 is 9999-12-31 and serial −693,593 is 0001-01-01: 3,652,058 days apart.
    expect(kpiCycleDays(-693_593, 2_958_465)).toBe(3_652_058);
    expect(errorOf(() => kpiCycleDays(-693_594, 2_958_465))).toMatch(/beyond the dates/);
    expect(errorOf(() => kpiCycleDays(-693_593, 2_958_466))).toMatch(/beyond the dates/);
  });
});

describe('texts quoted back', () => {
  it('are cut at about 100 characters in messages', () => {
    const message = errorOf(() => kpiAov(col(1, LONG)));
    expect(message.length).toBeLessThan(200);
    expect(message).toContain(`"${'x'.repeat(99)}…"`);
    // A range of won labels is listed, but not without end (it once made an 8.9 MB message).
    const labels = Array.from({ length: 10_000 }, (_, i) => [`label ${i}`]);
    expect(errorOf(() => kpiWinRate(col('Open'), labels)).length).toBeLessThan(500);
  });

  it('are cut to what a cell holds in tables', () => {
    const table = kpiSegmentProfitability(col(LONG, 'SMB'), col(10, 20), col(1, 2));
    const names = table.slice(1).map((row) => row[0] as string);
    expect(names).toContain('SMB');
    const long = names.find((n) => n !== 'SMB')!;
    expect(long.length).toBe(CELL_TEXT_LIMIT);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('KPI_ANOMALIES on a ragged range', () => {
  it('is an error rather than a ragged table', () => {
    expect(errorOf(() => kpiAnomalies([[1, 2], [3], [4, 5]]))).toBe(
      'KPI_ANOMALIES: values row 2 has 1 cell but row 1 has 2; pass a rectangular range',
    );
  });
});

describe('KPI_CORRELATION at any magnitude', () => {
  // Hand computation (test/kpi/correlation.test.ts): r([1,2,3,4], [1,3,2,4]) = 0.8.
  it.each([1e154, 1e300, 1e-170, 1e-310])('keeps r = 0.8 with x scaled by %p', (scale) => {
    expect(kpiCorrelation(col(...[1, 2, 3, 4].map((v) => v * scale)), col(1, 3, 2, 4))).toBeCloseTo(
      0.8,
      12,
    );
  });
});

describe('sums and means near the largest double', () => {
  it('gives the mean order value and the margin rate where sums overflow', () => {
    // Three amounts of 1e308: their sum is beyond a double, their mean is 1e308.
    expect(kpiAov(col(1e308, 1e308, 1e308))).toBeCloseTo(1e308, -295);
    expect(kpiCycleDays(col(46_000, 46_000), col(46_010, 46_030), 'mean')).toBe(20);
    // Revenue 2e308 and cost 1e308 in all, both beyond a double: (2 − 1) / 2 = 0.5.
    expect(kpiGrossMargin(col(1e308, 1e308), col(5e307, 5e307))).toBe(0.5);
    // Two orders of 1e308 in January, one in February: means 1e308 and 1e308, change 0, though
    // January's sum is beyond a double.
    const trend = kpiTrend(
      col(d('2026-01-05'), d('2026-01-06'), d('2026-02-05')),
      col(1e308, 1e308, 1e308),
      'month',
      'mean',
    );
    expect(trend.slice(1).map((row) => row.slice(1, 3))).toEqual([
      [1e308, ''],
      [1e308, 0],
    ]);
  });

  it('says a result is too large rather than undefined', () => {
    // Σ spend 2e308 is beyond a double (1.8e308): the CAC is not a number a sheet holds.
    expect(errorOf(() => kpiCac(col(1e308, 1e308), 1))).toBe(
      'KPI_CAC: the result is beyond the largest number a sheet holds (1.8e308)',
    );
  });
});
