// The =KPI_* functions in spreadsheets whose time zone is not the script's: the built add-on on the
// local runtime, the script in Europe/Paris (the manifest zone; jest sets TZ to it), spreadsheets
// in Asia/Tokyo and America/Los_Angeles (and Paris as the control). Dates are typed as a user
// types them ("2026-04-01"), so the sheet holds that calendar day whatever its zone; Sheets hands
// them to the functions as midnight in the spreadsheet's zone. Dates straddle the daylight-saving
// changes of Paris (29 March, 25 October 2026) and Los Angeles (8 March, 1 November 2026).
import type { LocalRuntime } from '../../local/runtime/loader';
import { zonedTime } from '../../local/services/zone';
import { LocalWorkbook, serialToDate } from '../../local/workbook';
import { zonedSpreadsheet } from '../helpers/zoned-spreadsheet';

const ZONES = ['Europe/Paris', 'Asia/Tokyo', 'America/Los_Angeles'] as const;

/** Sheets' serial of a calendar day (days since 1899-12-30). */
const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** The Date Sheets hands over for a date cell: midnight of that day in the spreadsheet's zone. */
const midnight = (zone: string, y: number, m: number, d: number) =>
  serialToDate(serial(y, m, d), zone).getTime();

interface Sheet {
  workbook: LocalWorkbook;
  runtime: LocalRuntime;
}

function spreadsheet(zone: string, now: Date): Sheet {
  const { workbook, runtime } = zonedSpreadsheet(zone, now);
  workbook.registerFunctions(runtime.customFunctions());
  return { workbook, runtime };
}

/** Typed dates (column A), values (B), and orders: customer (D), order date (E). */
const DATES = [
  '2026-03-28',
  '2026-03-29',
  '2026-03-31',
  '2026-04-01',
  '2026-04-02',
  '2026-10-24',
  '2026-10-25',
  '2026-10-31',
  '2026-11-01',
  '2026-11-02',
];
const ORDERS: Array<[string, string]> = [
  ['C1', '2026-01-01'],
  ['C1', '2026-02-01'],
  ['C2', '2025-12-31'],
  ['C2', '2026-01-01'],
  ['C3', '2026-02-01'],
];

function withData(zone: string, now = new Date('2026-11-03T08:00:00Z')): Sheet {
  const s = spreadsheet(zone, now);
  s.workbook.setInputs('Sheet1', 0, 0, [
    ['Date', 'Value', '', 'Customer', 'Order date'],
    ...DATES.map((date, i) => [date, 2 ** i, '', ...(ORDERS[i] ?? ['', ''])]),
  ] as never);
  return s;
}

/** The first two columns of a spilled table below its header: [instant, value]. */
function spilled(s: Sheet, row: number, col: number, rows: number): Array<[number, unknown]> {
  return s.workbook
    .getValues('Sheet1', row + 1, col, rows, 2)
    .map(([date, value]) => [(date as Date).getTime(), value]);
}

describe.each(ZONES)('a spreadsheet in %s, the script in Europe/Paris', (zone) => {
  test('the cells typed are read by the runtime as midnight in the spreadsheet’s zone', () => {
    const s = withData(zone);
    expect((s.workbook.getValue('Sheet1', 4, 0) as Date).getTime()).toBe(
      midnight(zone, 2026, 4, 1),
    );
    expect(s.runtime.timeZone).toBe(zone);
  });

  test('=KPI_TREND puts each day in its own month and returns the months’ first days', () => {
    const s = withData(zone);
    s.workbook.setInput('Sheet1', 0, 6, '=KPI_TREND(A2:A11,B2:B11,"month")');
    expect(s.workbook.getError('Sheet1', 0, 6)).toBeUndefined();
    // March: 1 + 2 + 4; April: 8 + 16; October: 32 + 64 + 128; November: 256 + 512.
    expect(spilled(s, 0, 6, 9)).toEqual([
      [midnight(zone, 2026, 3, 1), 7],
      [midnight(zone, 2026, 4, 1), 24],
      [midnight(zone, 2026, 5, 1), 0],
      [midnight(zone, 2026, 6, 1), 0],
      [midnight(zone, 2026, 7, 1), 0],
      [midnight(zone, 2026, 8, 1), 0],
      [midnight(zone, 2026, 9, 1), 0],
      [midnight(zone, 2026, 10, 1), 224],
      [midnight(zone, 2026, 11, 1), 768],
    ]);
    expect(s.workbook.getDisplayValue('Sheet1', 2, 6)).toMatch(/^(2026-04-01|4\/1\/2026)$/);
  });

  test('=KPI_TREND by week: Monday 30 March and Monday 26 October start their own weeks', () => {
    const s = withData(zone);
    s.workbook.setInput('Sheet1', 0, 6, '=KPI_TREND(A2:A5,B2:B5,"week")');
    // Sat 28 + Sun 29 March are the week of Monday 23; Tue 31 and Wed 1 April the week of 30.
    expect(spilled(s, 0, 6, 2)).toEqual([
      [midnight(zone, 2026, 3, 23), 3],
      [midnight(zone, 2026, 3, 30), 12],
    ]);
    s.workbook.setInput('Sheet1', 0, 6, '=KPI_TREND(A7:A10,B7:B10,"day")');
    expect(spilled(s, 0, 6, 3)).toEqual([
      [midnight(zone, 2026, 10, 24), 32],
      [midnight(zone, 2026, 10, 25), 64],
      [midnight(zone, 2026, 10, 26), 0],
    ]);
  });

  test('=KPI_COHORT_RETENTION puts 1 January orders in January’s cohort', () => {
    const s = withData(zone);
    s.workbook.setInput('Sheet1', 0, 6, '=KPI_COHORT_RETENTION(D2:D6,E2:E6,"month")');
    expect(s.workbook.getError('Sheet1', 0, 6)).toBeUndefined();
    // C2 first orders on 31 December, C1 on 1 January, C3 on 1 February: one customer each.
    expect(spilled(s, 0, 6, 3)).toEqual([
      [midnight(zone, 2025, 12, 1), 1],
      [midnight(zone, 2026, 1, 1), 1],
      [midnight(zone, 2026, 2, 1), 1],
    ]);
  });

  test('a date where a number is expected is named by the day the sheet shows', () => {
    const s = withData(zone);
    s.workbook.setInput('Sheet1', 0, 6, '=KPI_AOV(A5:A6)');
    expect(s.workbook.getError('Sheet1', 0, 6)?.message).toContain(
      'amounts row 1 holds the date 2026-04-01;',
    );
  });

  test('=KPI_CYCLE_DAYS counts calendar days across the change of hour', () => {
    const s = withData(zone);
    // 28 March → 2 April and 24 October → 2 November: 5 and 9 days.
    s.workbook.setInputs('Sheet1', 0, 8, [
      ['2026-03-28', '2026-04-02'],
      ['2026-10-24', '2026-11-02'],
    ] as never);
    s.workbook.setInput('Sheet1', 0, 6, '=KPI_CYCLE_DAYS(I1:I2,J1:J2,"mean")');
    expect(s.workbook.getValue('Sheet1', 0, 6)).toBe(7);
  });

  test.each([
    // Tokyo is already on 1 April while Paris is on 31 March; Los Angeles still on 31 March
    // while Paris is on 1 April.
    ['2026-03-31T16:00:00Z'],
    ['2026-04-01T05:00:00Z'],
  ])('=KPI_PROGRESS without as_of takes today in the spreadsheet’s zone (now %s)', (now) => {
    const s = spreadsheet(zone, new Date(now));
    const t = zonedTime(new Date(now).getTime(), zone);
    const today = `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
    // Start and deadline as serial numbers (no zone involved), as_of typed as the zone's today.
    const [start, deadline] = [serial(2026, 3, 1), serial(2026, 5, 1)];
    s.workbook.setInput('Sheet1', 0, 0, today);
    s.workbook.setInput('Sheet1', 1, 0, `=KPI_PROGRESS(30,100,${start},${deadline})`);
    s.workbook.setInput('Sheet1', 3, 0, `=KPI_PROGRESS(30,100,${start},${deadline},A1)`);
    const implicit = s.workbook.getValues('Sheet1', 2, 0, 1, 4);
    expect(implicit).toEqual(s.workbook.getValues('Sheet1', 4, 0, 1, 4));
    expect(implicit[0][1]).toBeCloseTo((t.day === 1 ? 31 : 30) / 61, 12);
  });
});
