import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { kpiProgress } from '../../src/functions/objectives';

const HEAD = ['Achieved', 'Elapsed', 'Projected at deadline', 'Status'];
// 1 Jan → 11 Apr 2026 is 100 days (31 + 28 + 31 + 10); 20 Feb is day 50 (31 + 19).
const START = new Date(2026, 0, 1);
const DEADLINE = new Date(2026, 3, 11);
const HALFWAY = new Date(2026, 1, 20);

describe('KPI_PROGRESS', () => {
  it('returns achieved share, elapsed share, projection and status', () => {
    // 50 of 100 done half-way: pace 1, projection 0 + 50 / 0.5 = 100.
    expect(kpiProgress(50, 100, START, DEADLINE, HALFWAY)).toEqual([
      HEAD,
      [0.5, 0.5, 100, 'on track'],
    ]);
    // 60 done half-way: pace 1.2, projection 120.
    expect(kpiProgress(60, 100, START, DEADLINE, HALFWAY)).toEqual([
      HEAD,
      [0.6, 0.5, 120, 'ahead'],
    ]);
    // 40 done half-way: pace 0.8, projection 80.
    expect(kpiProgress(40, 100, START, DEADLINE, HALFWAY)).toEqual([
      HEAD,
      [0.4, 0.5, 80, 'behind'],
    ]);
    expect(kpiProgress(100, 100, START, DEADLINE, HALFWAY)[1][3]).toBe('done');
  });

  it('counts from the baseline (default 0)', () => {
    // From 20 towards 120, now 70: (70 − 20)/(120 − 20) = 0.5; projection 20 + 50 / 0.5 = 120.
    expect(kpiProgress(70, 120, START, DEADLINE, HALFWAY, 20)).toEqual([
      HEAD,
      [0.5, 0.5, 120, 'on track'],
    ]);
    expect(kpiProgress(70, 120, START, DEADLINE, HALFWAY, '')[1][0]).toBe(70 / 120);
  });

  it('works for falling targets', () => {
    // Cost per lead from 80 down to 60, now 75 half-way: (75 − 80)/(60 − 80) = 0.25 → behind;
    // projection 80 + (75 − 80) / 0.5 = 70.
    expect(kpiProgress(75, 60, START, DEADLINE, HALFWAY, 80)).toEqual([
      HEAD,
      [0.25, 0.5, 70, 'behind'],
    ]);
    expect(kpiProgress(58, 60, START, DEADLINE, HALFWAY, 80)[1][3]).toBe('done');
  });

  it('clamps the elapsed share and leaves the projection blank before the start', () => {
    expect(kpiProgress(10, 100, START, DEADLINE, new Date(2025, 11, 1))).toEqual([
      HEAD,
      [0.1, 0, '', 'ahead'],
    ]);
    expect(kpiProgress(0, 100, START, DEADLINE, START)).toEqual([HEAD, [0, 0, '', 'on track']]);
    // After the deadline the elapsed share stays 1 and the projection is the actual value.
    expect(kpiProgress(80, 100, START, DEADLINE, new Date(2026, 5, 1))).toEqual([
      HEAD,
      [0.8, 1, 80, 'behind'],
    ]);
  });

  it('reads ISO text dates, serial days, one-cell ranges, % and number text', () => {
    // Serial 46023 = 2026-01-01; 46073 = 2026-02-20.
    expect(kpiProgress('50', [[100]], '2026-01-01', [['2026-04-11']], 46073)).toEqual([
      HEAD,
      [0.5, 0.5, 100, 'on track'],
    ]);
    expect(kpiProgress(46023, 46123, 46023, 46123, 46073)[1][1]).toBe(0.5);
    // Conversion from 10 % towards 20 %, now 15 %: half-way.
    const [, row] = kpiProgress('15 %', '20,0 %', START, DEADLINE, HALFWAY, '10%');
    expect(row[0]).toBeCloseTo(0.5, 12);
    expect(row[2]).toBeCloseTo(0.2, 12);
    expect(kpiProgress('1\u00a0500,00 €', '$3,000.00', START, DEADLINE, HALFWAY)[1][0]).toBe(0.5);
    expect(kpiProgress('1\u202f500', '3 000', START, DEADLINE, HALFWAY)[1][0]).toBe(0.5);
  });

  it('measures at today by default (the calendar day of the script clock)', () => {
    jest.useFakeTimers({ now: new Date(2026, 1, 20, 23, 30) });
    try {
      expect(kpiProgress(50, 100, START, DEADLINE)).toEqual([HEAD, [0.5, 0.5, 100, 'on track']]);
      expect(kpiProgress(50, 100, START, DEADLINE, '')).toEqual([
        HEAD,
        [0.5, 0.5, 100, 'on track'],
      ]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('fails with a message naming the argument', () => {
    expect(() => kpiProgress(5, 10, DEADLINE, START, HALFWAY)).toThrow(
      'KPI_PROGRESS: deadline 2026-01-01 is not after start_date 2026-04-11; an objective needs some time to be reached',
    );
    expect(() => kpiProgress(5, 10, START, START, HALFWAY)).toThrow(
      'KPI_PROGRESS: deadline 2026-01-01 is not after start_date 2026-01-01',
    );
    expect(() => kpiProgress(5, 10, START, DEADLINE, HALFWAY, 10)).toThrow(
      'KPI_PROGRESS: target equals baseline (10), so there is no way to go and progress is not defined',
    );
    expect(() => kpiProgress(5, 10, 'soon', DEADLINE)).toThrow(
      'KPI_PROGRESS: start_date holds "soon", which is not a date; use a date cell, an ISO date such as 2026-03-31, or a serial day number',
    );
    expect(() => kpiProgress(5, 10, START, '')).toThrow(
      'KPI_PROGRESS: deadline is blank; give a date',
    );
    expect(() => kpiProgress('', 10, START, DEADLINE)).toThrow(
      'KPI_PROGRESS: actual is blank; give a number',
    );
    expect(() => kpiProgress(5, 'lots', START, DEADLINE)).toThrow(
      'KPI_PROGRESS: target holds "lots", which is not a number',
    );
    expect(() => kpiProgress(5, 10, START, DEADLINE, [[HALFWAY], [HALFWAY]])).toThrow(
      'KPI_PROGRESS: as_of must be a single date, not a range of 2 cells',
    );
    expect(() => kpiProgress(5, 10, START, DEADLINE, HALFWAY, true)).toThrow(
      'KPI_PROGRESS: baseline holds TRUE; expected a number, not a yes/no value',
    );
  });

  it('counts calendar days across a change of hour (Europe/Paris)', () => {
    // 1 Mar → 30 Apr 2026 is 60 days, 1 Mar → 31 Mar is 30: elapsed exactly 0.5. Paris moves
    // to summer time on 29 Mar, so the milliseconds between the Dates are an hour short.
    const script = `
      const m = await import(${JSON.stringify(join(__dirname, '../../src/functions/objectives.ts'))});
      const { kpiProgress } = m.default ?? m;
      const t = kpiProgress(50, 100, new Date(2026, 2, 1), new Date(2026, 3, 30), new Date(2026, 2, 31));
      const hours = (new Date(2026, 2, 31) - new Date(2026, 2, 1)) / 3600000;
      console.log(JSON.stringify({ row: t[1], hours }));
    `;
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { env: { ...process.env, TZ: 'Europe/Paris' }, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual({ row: [0.5, 0.5, 100, 'on track'], hours: 719 });
  });

  it('property: elapsed in [0, 1], a known status, and finite cells; or a KPI_PROGRESS error', () => {
    const day = fc.integer({ min: 45000, max: 47000 }); // serial days 2023 … 2028
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.constantFrom('', 'x', '12 %', true),
    );
    fc.assert(
      fc.property(
        value,
        value,
        day,
        day,
        fc.oneof(day, fc.constant('')),
        value,
        (a, t, s, d, asOf, b) => {
          let table;
          try {
            table = kpiProgress(a, t, s, d, asOf, b);
          } catch (error) {
            expect((error as Error).message.startsWith('KPI_PROGRESS: ')).toBe(true);
            return;
          }
          const [achieved, elapsed, projected, status] = table[1];
          expect(Number.isFinite(achieved)).toBe(true);
          expect(elapsed).toBeGreaterThanOrEqual(0);
          expect(elapsed).toBeLessThanOrEqual(1);
          expect(projected === '' || Number.isFinite(projected)).toBe(true);
          expect(['ahead', 'on track', 'behind', 'done']).toContain(status);
        },
      ),
    );
  });
});
