import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  kpiAlert,
  kpiAnomalies,
  kpiCorrelation,
  kpiExperiment,
  kpiSampleSize,
  kpiTrend,
} from '../../src/functions/analysis';
import type { Cell } from '../../src/functions/values/cells';

/** A column of cells, as Sheets passes a one-column range. */
const col = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);
const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Runs a script in a child Node process with the given time zone (Jest's sandbox cannot). */
function inZone(zone: string, script: string): unknown {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { env: { ...process.env, TZ: zone }, encoding: 'utf8' },
  );
  return JSON.parse(out);
}
const ANALYSIS = JSON.stringify(join(__dirname, '../../src/functions/analysis.ts'));

/** Any cell value a user may put in a sheet, for "finite result or a named error" properties. */
const anyCell = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
  fc.constantFrom('abc', '1,234', '1 234,5', '12 %', '$1,000', '2026-03-31', 'n/a', ' '),
  fc.date({ min: new Date(2000, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
);
const anyArg = fc.oneof(
  anyCell,
  fc.array(fc.array(anyCell, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
);

/** Either a result the check accepts, or an Error whose message starts with the name. */
function finiteOrNamedError(name: string, run: () => unknown, check: (r: unknown) => void): void {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
    return;
  }
  check(result);
}
function expectFiniteCells(table: unknown): void {
  for (const row of table as unknown[][]) {
    for (const cell of row) {
      if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
      expect(cell).not.toBeUndefined();
      expect(cell).not.toBeNull();
    }
  }
}

describe('KPI_ALERT', () => {
  it('alerts on a relative fall of at least the threshold (default mode and direction)', () => {
    expect(kpiAlert(89, 100, 0.1)).toBe(true);
    expect(kpiAlert(91, 100, 0.1)).toBe(false);
    expect(kpiAlert(105, 100, 0.1)).toBe(false);
  });

  it('alerts on a move of exactly the threshold', () => {
    expect(kpiAlert(90, 100, 0.1)).toBe(true);
    expect(kpiAlert(0.9, 1, 0.1)).toBe(true); // 1 − 0.9 = 0.09999999999999998 in binary
    expect(kpiAlert(0.4, 0.5, 0.1, 'points')).toBe(true);
    expect(kpiAlert(1.1, 1, 0.1, 'relative', 'up')).toBe(true);
  });

  it('takes points in the KPI units and the direction "up" for costs', () => {
    expect(kpiAlert(30, 40, 10, 'points')).toBe(true); // NPS down 10 points
    expect(kpiAlert(31, 40, 10, 'points')).toBe(false);
    expect(kpiAlert(121, 110, 0.1, 'relative', 'up')).toBe(true); // CAC up 10 %
    expect(kpiAlert(120, 110, 0.1, 'relative', 'up')).toBe(false); // up 9.09 %
    expect(kpiAlert(50, 60, 5, 'points', 'up')).toBe(false);
  });

  it('reads options without regard to case or surrounding spaces, blank as the default', () => {
    expect(kpiAlert(30, 40, 10, ' Points ', 'DOWN')).toBe(true);
    expect(kpiAlert(89, 100, 0.1, '', '')).toBe(true);
    expect(kpiAlert(89, 100, 0.1, [['relative']], [['down']])).toBe(true);
  });

  it('accepts one-cell ranges, % fractions and number text in English or French', () => {
    expect(kpiAlert([[90]], [[100]], [[0.1]])).toBe(true);
    expect(kpiAlert('1,800.00', '$2,000', '10 %')).toBe(true);
    expect(kpiAlert(`1${NBSP}800,00 €`, `2${NNBSP}000`, '10,0 %')).toBe(true);
    expect(kpiAlert(`1${NBSP}801`, '2 000', '10%')).toBe(false);
  });

  it('fails with a message naming what is wrong', () => {
    expect(() => kpiAlert(5, 0, 0.1)).toThrow(
      'KPI_ALERT: previous is 0, so a relative change is not defined; use mode "points", or compare with a non-zero previous value',
    );
    expect(kpiAlert(-5, 0, 5, 'points')).toBe(true); // points mode has no such problem
    expect(() => kpiAlert(5, 10, 0.1, 'percent')).toThrow(
      'KPI_ALERT: mode "percent" is not one of "relative", "points"',
    );
    expect(() => kpiAlert(5, 10, 0.1, 'relative', 'sideways')).toThrow(
      'KPI_ALERT: direction "sideways" is not one of "down", "up"',
    );
    expect(() => kpiAlert(5, 10, -0.1)).toThrow(
      'KPI_ALERT: threshold is -0.1; give a size greater than 0 (direction "down" or "up" says which way)',
    );
    expect(() => kpiAlert(5, 10, 0)).toThrow('KPI_ALERT: threshold is 0;');
    expect(() => kpiAlert('', 10, 0.1)).toThrow('KPI_ALERT: current is blank; give a number');
    expect(() => kpiAlert(5, 'soon', 0.1)).toThrow(
      'KPI_ALERT: previous holds "soon", which is not a number',
    );
    expect(() => kpiAlert(true, 10, 0.1)).toThrow(
      'KPI_ALERT: current holds TRUE; expected a number, not a yes/no value',
    );
    expect(() => kpiAlert(5, 10, '1,234')).toThrow(
      'KPI_ALERT: threshold holds "1,234", which could be read two ways',
    );
    expect(() => kpiAlert([[5], [6]], 10, 0.1)).toThrow(
      'KPI_ALERT: current must be a single value, not a range of 2 cells',
    );
  });

  it('property: random inputs give a boolean or a KPI_ALERT error', () => {
    fc.assert(
      fc.property(anyArg, anyArg, anyArg, (c, p, t) => {
        finiteOrNamedError(
          'KPI_ALERT',
          () => kpiAlert(c, p, t),
          (r) => expect(typeof r).toBe('boolean'),
        );
      }),
    );
  });
});

const HEADER = ['Period start', 'Sum', 'Change vs previous', '3-period moving average'];

describe('KPI_TREND', () => {
  // Jan 15: 10, Jan 20: 20, (no February), Mar 3: 45 → monthly sums 30, 0, 45.
  const dates = col('Date', new Date(2026, 0, 15), new Date(2026, 0, 20), new Date(2026, 2, 3));
  const amounts = col('Amount', 10, 20, 45);

  it('sums per month from Date cells, skipping the header row, gaps included', () => {
    // Changes: (0 − 30)/30 = −1, then undefined from 0. Moving average (30 + 0 + 45)/3 = 25.
    expect(kpiTrend(dates, amounts)).toEqual([
      HEADER,
      [new Date(2026, 0, 1), 30, '', ''],
      [new Date(2026, 1, 1), 0, -1, ''],
      [new Date(2026, 2, 1), 45, '', 25],
    ]);
  });

  it('reads ISO text dates and serial day numbers', () => {
    // Serial 46037 = 2026-01-15 and 46084 = 2026-03-03 (days since 1899-12-30).
    const mixed = col('2026-01-15', '2026-01-20T09:30:00', 46084);
    expect(kpiTrend(mixed, col(10, 20, 45))).toEqual(kpiTrend(dates, amounts));
    expect(kpiTrend(col(46037, 46084), col(1, 2), 'quarter')).toEqual([
      HEADER,
      [new Date(2026, 0, 1), 3, '', ''],
    ]);
  });

  it('reads number text in English or French, with % fractions', () => {
    const text = col('1,000.50', `2${NBSP}000,50`, `1${NNBSP}000 €`);
    // 1000.5 + 2000.5 in January, 1000 in March.
    expect(kpiTrend(dates, [['Amount'], ...text]).map((r) => r[1])).toEqual(['Sum', 3001, 0, 1000]);
    expect(
      kpiTrend(col('2026-01-01', '2026-01-02'), col('12,5 %', '50%')).map((r) => r[1]),
    ).toEqual(['Sum', 0.625]);
  });

  it('averages with "mean": an empty period is blank and left out of moving averages', () => {
    // Means 15, —, 45; moving average of the defined ones (15 + 45)/2 = 30.
    expect(kpiTrend(dates, amounts, 'month', 'mean')).toEqual([
      ['Period start', 'Mean', 'Change vs previous', '3-period moving average'],
      [new Date(2026, 0, 1), 15, '', ''],
      [new Date(2026, 1, 1), '', '', ''],
      [new Date(2026, 2, 1), 45, '', 30],
    ]);
  });

  it('counts rows with a date and a non-blank value with "count", whatever the value', () => {
    const ids = col('Order', 'A-1', 'A-2', '', 'B-7');
    const when = col('Date', '2026-01-05', '2026-01-06', '2026-01-07', '2026-02-01');
    expect(kpiTrend(when, ids, 'month', 'count')).toEqual([
      ['Period start', 'Count', 'Change vs previous', '3-period moving average'],
      [new Date(2026, 0, 1), 2, '', ''],
      [new Date(2026, 1, 1), 1, -0.5, ''],
    ]);
  });

  it('groups by ISO week (Monday first), quarter and day', () => {
    // Sunday 1 Mar 2026 belongs to the week of Monday 23 Feb; Monday 2 Mar starts the next.
    const days = col('2026-03-01', '2026-03-02', '2026-03-08', '2026-03-16');
    expect(kpiTrend(days, col(1, 2, 4, 8), 'WEEK')).toEqual([
      HEADER,
      [new Date(2026, 1, 23), 1, '', ''],
      [new Date(2026, 2, 2), 6, 5, ''],
      [new Date(2026, 2, 9), 0, -1, 7 / 3],
      [new Date(2026, 2, 16), 8, '', 14 / 3],
    ]);
    // Q4 2025: 1; Q1 2026: 2 + 4 = 6, change +500 %.
    expect(
      kpiTrend(col('2025-12-31', '2026-01-01', '2026-03-31'), col(1, 2, 4), 'quarter'),
    ).toEqual([HEADER, [new Date(2025, 9, 1), 1, '', ''], [new Date(2026, 0, 1), 6, 5, '']]);
    expect(kpiTrend(col('2026-02-27', '2026-03-01'), col(3, 6), 'day')).toEqual([
      HEADER,
      [new Date(2026, 1, 27), 3, '', ''],
      [new Date(2026, 1, 28), 0, -1, ''],
      [new Date(2026, 2, 1), 6, '', 3],
    ]);
  });

  it('skips positions with a blank date, or a blank value for sum and mean', () => {
    const when = col('2026-01-05', '', '2026-02-05', '2026-06-30');
    const what = col(1, 100, 2, '');
    expect(kpiTrend(when, what).map((r) => r[1])).toEqual(['Sum', 1, 2]);
  });

  it('reads 2-D blocks in row-major order and plain scalars', () => {
    const when = [
      ['2026-01-05', '2026-02-05'],
      ['2026-01-06', '2026-03-05'],
    ];
    expect(
      kpiTrend(when, [
        [1, 2],
        [4, 8],
      ]).map((r) => r[1]),
    ).toEqual(['Sum', 5, 2, 8]);
    expect(kpiTrend(new Date(2026, 4, 9), 7)).toEqual([HEADER, [new Date(2026, 4, 1), 7, '', '']]);
  });

  it('fails with a message naming the argument, the row and the value', () => {
    expect(() => kpiTrend(col('Date', '2026-01-01', 'soon'), col('Amount', 1, 2))).toThrow(
      'KPI_TREND: dates row 3 holds "soon", which is not a date; use a date cell, an ISO date such as 2026-03-31, or a serial day number',
    );
    expect(() => kpiTrend(col('2026-01-01', '2026-01-02'), col(1, 'lots'))).toThrow(
      'KPI_TREND: values row 2 holds "lots", which is not a number',
    );
    expect(() => kpiTrend(col('2026-01-01', '2026-01-02', '2026-01-03'), col(1, 2))).toThrow(
      'KPI_TREND: dates has 3 cells but values has 2; pass ranges of the same size (the columns of one table)',
    );
    expect(() => kpiTrend(dates, amounts, 'year')).toThrow(
      'KPI_TREND: period "year" is not one of "month", "week", "quarter", "day"',
    );
    expect(() => kpiTrend(dates, amounts, 'month', 'median')).toThrow(
      'KPI_TREND: aggregation "median" is not one of "sum", "mean", "count"',
    );
    expect(() => kpiTrend(col('Date', '', '2026-01-02'), col('Amount', 5, ''))).toThrow(
      'KPI_TREND: no row has both a date and a value, so there is no trend to show',
    );
    // 300 years of 365 days plus 72 leap days (75 multiples of 4, less 2100, 2200, 2300) is
    // 109572 days apart: 109573 daily periods.
    expect(() => kpiTrend(col('2026-01-01', '2326-01-01'), col(1, 2), 'day')).toThrow(
      'KPI_TREND: the dates run from 2026-01-01 to 2326-01-01, which is 109573 days (more than 100000); check for a mistyped date or use a longer period',
    );
  });

  it('groups Date cells by their local calendar day across a change of hour (Europe/Paris)', () => {
    // Paris moves to summer time on 29 Mar 2026: local midnight on 30 Mar is 29 Mar 22:00 UTC
    // and local midnight on 1 Apr is 31 Mar 22:00 UTC; read in UTC they would shift a day back.
    const result = inZone(
      'Europe/Paris',
      `
      const m = await import(${ANALYSIS});
      const { kpiTrend } = m.default ?? m;
      const local = (t) => t.map((r) => r.map((c) => c instanceof Date
        ? [c.getFullYear(), c.getMonth() + 1, c.getDate(), c.getHours()] : c));
      const when = [[new Date(2026, 2, 28)], [new Date(2026, 2, 29)], [new Date(2026, 2, 30)], [new Date(2026, 3, 1)]];
      const daily = kpiTrend(when, [[1], [2], [4], [8]], 'day');
      const monthly = kpiTrend(when, [[1], [2], [4], [8]]);
      console.log(JSON.stringify({ daily: local(daily), monthly: local(monthly),
        utcDayOfAprilFirst: new Date(2026, 3, 1).getUTCDate() }));
    `,
    );
    expect(result).toEqual({
      utcDayOfAprilFirst: 31, // the zone was really in effect
      daily: [
        HEADER,
        [[2026, 3, 28, 0], 1, '', ''],
        [[2026, 3, 29, 0], 2, 1, ''],
        [[2026, 3, 30, 0], 4, 1, 7 / 3],
        [[2026, 3, 31, 0], 0, -1, 2],
        [[2026, 4, 1, 0], 8, '', 4],
      ],
      monthly: [HEADER, [[2026, 3, 1, 0], 7, '', ''], [[2026, 4, 1, 0], 8, 1 / 7, '']],
    });
  });

  it('names the local day in messages west of Greenwich (America/New_York)', () => {
    const result = inZone(
      'America/New_York',
      `
      const m = await import(${ANALYSIS});
      const { kpiTrend } = m.default ?? m;
      try { kpiTrend([['2026-01-01'], ['2326-01-01']], [[1], [2]], 'day'); }
      catch (e) { console.log(JSON.stringify(e.message)); }
    `,
    );
    expect(result).toContain('from 2026-01-01 to 2326-01-01');
  });

  it('property: the sums add up to the total of the values, whatever the row order', () => {
    const row = fc.record({
      day: fc.integer({ min: 45000, max: 46500 }), // serial days in 2023 … 2027
      value: fc.integer({ min: -500, max: 500 }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('day', 'week', 'month', 'quarter'),
        (rows, period) => {
          const run = (rs: typeof rows) =>
            kpiTrend(
              rs.map((r) => [r.day]),
              rs.map((r) => [r.value]),
              period,
            );
          const table = run(rows);
          const total = table.slice(1).reduce((s, r) => s + (r[1] as number), 0);
          expect(total).toBe(rows.reduce((s, r) => s + r.value, 0));
          expect(run([...rows].reverse())).toEqual(table);
        },
      ),
    );
  });

  it('property: random inputs give a finite table or a KPI_TREND error', () => {
    fc.assert(
      fc.property(anyArg, anyArg, fc.constantFrom('sum', 'mean', 'count'), (d, v, agg) => {
        finiteOrNamedError('KPI_TREND', () => kpiTrend(d, v, 'month', agg), expectFiniteCells);
      }),
    );
  });
});

describe('KPI_ANOMALIES', () => {
  it('flags values whose modified z-score is above 3.5, in the shape of the input', () => {
    // median 3, MAD 1: 100 scores 0.6745 × 97 = 65.4; 1 scores 1.35.
    expect(kpiAnomalies(col(1, 2, 3, 4, 100))).toEqual(col(false, false, false, false, true));
  });

  it('keeps 2-D shapes and gives blank for blank', () => {
    // Values 1, 2, 3, 100, 4: median 3; deviations 2, 1, 0, 97, 1 → MAD 1.
    expect(
      kpiAnomalies([
        [1, 2, ''],
        [3, 100, 4],
      ]),
    ).toEqual([
      [false, false, ''],
      [false, true, false],
    ]);
  });

  it('leaves a header row blank rather than dropping it, so the output lines up', () => {
    expect(kpiAnomalies(col('Amount', 1, 2, 3, 4, 100))).toEqual(
      col('', false, false, false, false, true),
    );
    expect(
      kpiAnomalies([
        ['Jan', 'Feb'],
        [1, 2],
        [3, 100],
      ]),
    ).toEqual([
      ['', ''],
      [false, false],
      [false, true],
    ]);
  });

  it('flags any value off the median when MAD is 0', () => {
    // median 5, deviations 0, 0, 0, 1 → MAD 0.
    expect(kpiAnomalies(col(5, 5, 5, 6))).toEqual(col(false, false, false, true));
  });

  it('uses the given threshold, strictly above it', () => {
    // median 1, MAD 1: 0 and 2 score exactly 0.6745.
    expect(kpiAnomalies(col(0, 1, 2), 0.6745)).toEqual(col(false, false, false));
    expect(kpiAnomalies(col(0, 1, 2), '0,67')).toEqual(col(true, false, true));
    expect(kpiAnomalies(col(0, 1, 2), '')).toEqual(col(false, false, false)); // blank: 3.5
  });

  it('reads number text in English or French and % fractions', () => {
    // 1000.5, 1000, 1000, 1000.25, 50000 → median 1000.25; deviations 0.25, 0.25, 0.25, 0,
    // 48999.75 → MAD 0.25. 1000 scores 0.6745 (not flagged); 50000 scores 132196.
    const text = col('1,000.50', `1${NBSP}000`, `1${NNBSP}000,00 €`, '1 000,25', '50 000');
    expect(kpiAnomalies(text)).toEqual(col(false, false, false, false, true));
    expect(kpiAnomalies(col('10 %', '11%', 0.1, '500 %'))).toEqual(col(false, false, false, true));
  });

  it('accepts a single value', () => {
    expect(kpiAnomalies(42)).toEqual([[false]]);
  });

  it('fails with a message naming the cell', () => {
    expect(() => kpiAnomalies(col(1, 2, 'oops', 4))).toThrow(
      'KPI_ANOMALIES: values row 3 holds "oops", which is not a number',
    );
    expect(() =>
      kpiAnomalies([
        [1, 2],
        [3, true],
      ]),
    ).toThrow(
      'KPI_ANOMALIES: values row 2, column 2 holds TRUE; expected a number, not a yes/no value',
    );
    expect(() => kpiAnomalies(col(1, new Date(2026, 0, 1)))).toThrow(
      'KPI_ANOMALIES: values row 2 holds the date 2026-01-01; expected a number',
    );
    expect(() => kpiAnomalies(col('Amount', '', ''))).toThrow(
      'KPI_ANOMALIES: values holds no numbers to check',
    );
    expect(() => kpiAnomalies(col(1, 2), -1)).toThrow(
      'KPI_ANOMALIES: threshold is -1; give a modified z-score of 0 or more (3.5 is usual)',
    );
  });

  it('property: same shape as the input, blank exactly where the input is blank', () => {
    const cell = fc.oneof(fc.constant(''), fc.integer({ min: -100, max: 100 }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((w) =>
          fc.array(fc.array(cell, { minLength: w, maxLength: w }), {
            minLength: 1,
            maxLength: 8,
          }),
        ),
        (grid) => {
          fc.pre(grid.flat().some((c) => c !== ''));
          const out = kpiAnomalies(grid);
          expect(out.map((r) => r.length)).toEqual(grid.map((r) => r.length));
          grid.forEach((row, r) => row.forEach((c, k) => expect(out[r][k] === '').toBe(c === '')));
        },
      ),
    );
  });

  it('property: random inputs give a finite table or a KPI_ANOMALIES error', () => {
    fc.assert(
      fc.property(anyArg, anyArg, (v, t) => {
        finiteOrNamedError('KPI_ANOMALIES', () => kpiAnomalies(v, t), expectFiniteCells);
      }),
    );
  });
});

describe('KPI_CORRELATION', () => {
  it('computes the Pearson correlation (hand computation: 4 / 5 = 0.8)', () => {
    // Means 2.5 and 2.5; Σdxdy = 2.25 − 0.25 − 0.25 + 2.25 = 4; Σdx² = Σdy² = 5.
    expect(kpiCorrelation(col(1, 2, 3, 4), col(1, 3, 2, 4))).toBeCloseTo(0.8, 14);
    expect(kpiCorrelation(col(1, 2, 3), col(2, 4, 6))).toBe(1);
    expect(kpiCorrelation(col(1, 2, 3), col(6, 4, 2))).toBe(-1);
  });

  it('skips a header row and pairs with blanks', () => {
    const calls = col('Calls', 1, 2, '', 3, 4, 7);
    const meetings = col('Meetings', 1, 3, 9, 2, 4, '');
    expect(kpiCorrelation(calls, meetings)).toBeCloseTo(0.8, 14);
  });

  it('pairs x with y lag rows later', () => {
    // Lag 1 pairs (1,1) (2,3) (3,2) (4,4): 0.8 again; the last x has no partner.
    expect(kpiCorrelation(col(1, 2, 3, 4, 9), col(0, 1, 3, 2, 4), 1)).toBeCloseTo(0.8, 14);
    expect(kpiCorrelation(col(1, 2, 3, 4, 9), col(0, 1, 3, 2, 4), '1')).toBeCloseTo(0.8, 14);
    expect(kpiCorrelation(col(1, 2, 3, 4), col(1, 3, 2, 4), '')).toBeCloseTo(0.8, 14);
  });

  it('reads 2-D ranges row-major and number text in English or French', () => {
    expect(
      kpiCorrelation(
        [
          [1, 2],
          [3, 4],
        ],
        [
          ['1,0', `3${NBSP}000,00`],
          ['2', '4,000.00'],
        ].map((r) => r.map((c) => c)),
      ),
    ).toBeCloseTo(
      // y = 1, 3000, 2, 4000 against x = 1, 2, 3, 4
      // means 2.5 and 1750.75; dx = −1.5, −0.5, 0.5, 1.5; dy = −1749.75, 1249.25, −1748.75, 2249.25
      // Σdxdy = 2624.625 − 624.625 − 874.375 + 3373.875 = 4499.5; Σdx² = 5;
      // Σdy² = 3061625.0625 + 1560625.5625 + 3058126.5625 + 5059125.5625 = 12739502.75
      4499.5 / Math.sqrt(5 * 12739502.75),
      12,
    );
  });

  it('fails with a message saying why', () => {
    expect(() => kpiCorrelation(col(1, 2, ''), col(1, 2, 3))).toThrow(
      'KPI_CORRELATION: only 2 rows where x and y are both numbers; a correlation needs at least 3',
    );
    expect(() => kpiCorrelation(col(1, 2, 3, 4), col(1, 2, 3, 4), 2)).toThrow(
      'KPI_CORRELATION: only 2 rows where x and y (2 rows later) are both numbers; a correlation needs at least 3',
    );
    expect(() => kpiCorrelation(col(5, 5, 5), col(1, 2, 3))).toThrow(
      'KPI_CORRELATION: x has the same value in all 3 rows paired with y, so the correlation is not defined',
    );
    expect(() => kpiCorrelation(col(1, 2, 3), col(0.1, 0.1, 0.1))).toThrow(
      'KPI_CORRELATION: y has the same value in all 3 rows paired with x',
    );
    expect(() => kpiCorrelation(col(1, 2, 3), col(1, 2, 3), -1)).toThrow(
      'KPI_CORRELATION: lag is -1; give a whole number of rows, 0 or more',
    );
    expect(() => kpiCorrelation(col(1, 2, 3), col(1, 2, 3), 1.5)).toThrow(
      'KPI_CORRELATION: lag is 1.5; give a whole number of rows, 0 or more',
    );
    expect(() => kpiCorrelation(col(1, 2, 3), col(1, 2))).toThrow(
      'KPI_CORRELATION: x has 3 cells but y has 2; pass ranges of the same size (the columns of one table)',
    );
    expect(() => kpiCorrelation(col('Calls', 1, 'x'), col('Meetings', 1, 2))).toThrow(
      'KPI_CORRELATION: x row 3 holds "x", which is not a number',
    );
  });

  it('property: a finite result in [−1, 1] or a KPI_CORRELATION error', () => {
    fc.assert(
      fc.property(anyArg, anyArg, fc.oneof(anyCell, fc.nat(3)), (x, y, lag) => {
        finiteOrNamedError(
          'KPI_CORRELATION',
          () => kpiCorrelation(x, y, lag),
          (r) => {
            expect(typeof r).toBe('number');
            expect(Math.abs(r as number)).toBeLessThanOrEqual(1);
          },
        );
      }),
    );
  });
});

describe('KPI_EXPERIMENT', () => {
  const HEAD = ['Control rate', 'Variant rate', 'Relative lift', 'p-value'];

  it('returns the rates, the lift and the p-value of the pooled z-test', () => {
    // 0.1 vs 0.13; pooled 0.115; z = 0.03 / √(0.115 × 0.885 × 0.002) = 2.10274; p = 0.0354885.
    const [head, row] = kpiExperiment(100, 1000, 130, 1000);
    expect(head).toEqual(HEAD);
    expect(row[0]).toBe(0.1);
    expect(row[1]).toBe(0.13);
    expect(row[2]).toBeCloseTo(0.3, 14);
    expect(row[3]).toBeCloseTo(0.0354884504665, 12);
  });

  it('reads one-cell ranges and number text', () => {
    expect(kpiExperiment([[100]], '1,000.00', `130`, `1${NBSP}000`)).toEqual(
      kpiExperiment(100, 1000, 130, 1000),
    );
  });

  it('leaves the lift blank when the control rate is 0, and p = 1 when nobody or everybody converts', () => {
    expect(kpiExperiment(0, 10, 0, 20)).toEqual([HEAD, [0, 0, '', 1]]);
    expect(kpiExperiment(10, 10, 20, 20)).toEqual([HEAD, [1, 1, 0, 1]]);
  });

  it('fails with a message naming the argument', () => {
    expect(() => kpiExperiment(10.5, 100, 1, 100)).toThrow(
      'KPI_EXPERIMENT: control_successes is 10.5; give a whole number of subjects, 0 or more',
    );
    expect(() => kpiExperiment(1, 100, -1, 100)).toThrow(
      'KPI_EXPERIMENT: variant_successes is -1; give a whole number of subjects, 0 or more',
    );
    expect(() => kpiExperiment(0, 0, 1, 100)).toThrow(
      'KPI_EXPERIMENT: control_total is 0; a group needs at least one subject',
    );
    expect(() => kpiExperiment(1, 100, 101, 100)).toThrow(
      'KPI_EXPERIMENT: variant_successes (101) is more than variant_total (100); successes are part of the total',
    );
    expect(() => kpiExperiment('', 100, 1, 100)).toThrow(
      'KPI_EXPERIMENT: control_successes is blank; give a number',
    );
    expect(() => kpiExperiment(1, '1,000', 1, 100)).toThrow(
      'KPI_EXPERIMENT: control_total holds "1,000", which could be read two ways; write it as 1234, 1,234.00 (English) or 1 234 (French)',
    );
    expect(() => kpiExperiment(col(1, 2), 100, 1, 100)).toThrow(
      'KPI_EXPERIMENT: control_successes must be a single value, not a range of 2 cells',
    );
  });

  it('property: rates and p-value in [0, 1] for valid counts; named errors otherwise', () => {
    const group = fc
      .tuple(fc.integer({ min: 1, max: 100_000 }), fc.nat())
      .map(([n, s]) => [s % (n + 1), n] as const);
    fc.assert(
      fc.property(group, group, ([cs, ct], [vs, vt]) => {
        const [, row] = kpiExperiment(cs, ct, vs, vt);
        for (const k of [0, 1, 3]) {
          expect(row[k]).toBeGreaterThanOrEqual(0);
          expect(row[k]).toBeLessThanOrEqual(1);
        }
      }),
    );
    fc.assert(
      fc.property(anyArg, anyArg, anyArg, anyArg, (a, b, c, d) => {
        finiteOrNamedError('KPI_EXPERIMENT', () => kpiExperiment(a, b, c, d), expectFiniteCells);
      }),
    );
  });
});

describe('KPI_SAMPLE_SIZE', () => {
  it('gives the subjects per group (hand computations in test/kpi/experiment.test.ts)', () => {
    // p1 0.1, p2 0.12: (1.959964 × √0.1958 + 0.841621 × √0.1956)² / 0.02² = 3840.85 → 3841.
    expect(kpiSampleSize(0.1, 0.2)).toBe(3841);
    expect(kpiSampleSize('10 %', '20%', '5 %', '80 %')).toBe(3841);
    expect(kpiSampleSize('0,1', '0,2', '', '')).toBe(3841); // blanks take the defaults
    // 50 % → 60 %: 388 per group; 5 % → 5.5 % at alpha 1 %, power 90 %: 59210.05 → 59211.
    expect(kpiSampleSize(0.5, 0.2)).toBe(388);
    expect(kpiSampleSize(0.5, -0.2)).toBe(388);
    expect(kpiSampleSize(0.05, 0.1, 0.01, 0.9)).toBe(59211);
  });

  it('validates the ranges', () => {
    expect(() => kpiSampleSize(0, 0.2)).toThrow(
      'KPI_SAMPLE_SIZE: baseline_rate is 0; give a rate strictly between 0 and 1 (such as 10 % or 0.1)',
    );
    expect(() => kpiSampleSize(10, 0.2)).toThrow('KPI_SAMPLE_SIZE: baseline_rate is 10;');
    expect(() => kpiSampleSize(0.1, 0)).toThrow(
      'KPI_SAMPLE_SIZE: relative_lift is 0; give the lift to detect, such as 0.2 for +20 %',
    );
    expect(() => kpiSampleSize(0.5, 1)).toThrow(
      'KPI_SAMPLE_SIZE: baseline_rate 0.5 with relative_lift 1 gives a rate of 1, outside 0 to 1; the lifted rate must stay strictly between 0 and 1',
    );
    expect(() => kpiSampleSize(0.5, -1)).toThrow(
      'KPI_SAMPLE_SIZE: baseline_rate 0.5 with relative_lift -1 gives a rate of 0',
    );
    expect(() => kpiSampleSize(0.1, 0.2, 0)).toThrow(
      'KPI_SAMPLE_SIZE: alpha is 0; give a level strictly between 0 and 1 (usually 0.05)',
    );
    expect(() => kpiSampleSize(0.1, 0.2, 0.05, 1)).toThrow(
      'KPI_SAMPLE_SIZE: power is 1; give a power strictly between 0 and 1 (usually 0.8)',
    );
    expect(() => kpiSampleSize('', 0.2)).toThrow(
      'KPI_SAMPLE_SIZE: baseline_rate is blank; give a number',
    );
    expect(() => kpiSampleSize(0.1, 'big')).toThrow(
      'KPI_SAMPLE_SIZE: relative_lift holds "big", which is not a number',
    );
  });

  it('property: a whole number ≥ 1 or a KPI_SAMPLE_SIZE error', () => {
    fc.assert(
      fc.property(
        anyArg,
        anyArg,
        fc.oneof(anyCell, fc.double({ min: 0, max: 1 })),
        fc.oneof(anyCell, fc.double({ min: 0, max: 1 })),
        (a, b, c, d) => {
          finiteOrNamedError(
            'KPI_SAMPLE_SIZE',
            () => kpiSampleSize(a, b, c, d),
            (n) => {
              expect(Number.isInteger(n)).toBe(true);
              expect(n).toBeGreaterThanOrEqual(1);
            },
          );
        },
      ),
    );
  });
});
