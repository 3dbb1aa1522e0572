// Baselines and history: the last complete comparable periods, their worst, median and best in
// the KPI's better direction (a short cycle is the best one), and the minimum volume guard.
import { baseline, history, type WorkbookData } from '../../../src/addon/metrics';
import { d, day, fixture, row } from './fixture';

const company = { type: 'company' } as const;

/** Deals: per month, [leads, opportunities] leads created on the 10th (lead → opportunity). */
function conversions(months: [number, number, number][]): WorkbookData {
  const rows: unknown[][] = [];
  for (const [month, leads, opportunities] of months) {
    for (let i = 0; i < leads; i++) {
      rows.push(
        row('pipeline', {
          leadDate: d(2026, month, 10),
          opportunityDate: i < opportunities ? d(2026, month, 20) : '',
          team: 'North',
        }),
      );
    }
  }
  return { pipeline: { rows, columns: { leadDate: 9, opportunityDate: 10, team: 4 } } };
}

// January 1/2, February 3/4, March 1/4, April 2/2, May no lead. Too few conversions to measure a
// window (the default, 30 days, applies): the tests of the period arithmetic set the data's own
// 10-day lag, as a user may.
const TEN = { lead_to_opportunity: 10 };
const DATA = conversions([
  [1, 2, 1],
  [2, 4, 3],
  [3, 4, 1],
  [4, 2, 2],
]);

describe('history', () => {
  it('takes the last complete periods before asOf; worst/median/best over those with a value', () => {
    // The data stops on 10 April, a usual gap (7 days, too few dates to measure it) before the
    // month's end: April is partial, and nothing after it is judged.
    const h = history(DATA, 'lead_to_opportunity', company, 'month', 5, {
      asOfDay: day(2026, 6, 1),
      windows: TEN,
    });
    expect(h.periods.map((p) => [p.start, p.value])).toEqual([
      [day(2025, 11, 1), null],
      [day(2025, 12, 1), null],
      [day(2026, 1, 1), 0.5],
      [day(2026, 2, 1), 0.75],
      [day(2026, 3, 1), 0.25],
    ]);
    expect(h.periods.every((p) => p.complete)).toBe(true);
    // January is partial too (the data starts on the 10th): it does not count. The months
    // before the data have no value (not partial: nothing of them is missing).
    expect(h.periods.map((p) => p.status)).toEqual([
      'complete',
      'complete',
      'partial',
      'complete',
      'complete',
    ]);
    expect(h).toMatchObject({ defined: 2, worst: 0.25, median: 0.5, best: 0.75 });
  });

  it('leaves the running period out', () => {
    // As of 15 April, April is not complete: the last three complete months are Jan–Mar.
    const h = history(DATA, 'lead_to_opportunity', company, 'month', 3, {
      asOfDay: day(2026, 4, 15),
      windows: TEN,
    });
    expect(h.periods.map((p) => p.value)).toEqual([0.5, 0.75, 0.25]);
    expect(h).toMatchObject({ worst: 0.25, median: 0.5, best: 0.75 });
  });

  it('defaults asOf to the day after the last source row', () => {
    // The last lead is on 10 April: April is still running then.
    const h = history(DATA, 'lead_to_opportunity', company, 'month', 2, { windows: TEN });
    expect(h.periods.map((p) => p.start)).toEqual([day(2026, 2, 1), day(2026, 3, 1)]);
  });

  it('leaves periods below the minimum volume out of worst/median/best', () => {
    const h = history(DATA, 'lead_to_opportunity', company, 'month', 5, {
      asOfDay: day(2026, 6, 1),
      minVolume: 3,
      windows: TEN,
    });
    // Only February (4 leads) and March (4 leads) count.
    expect(h).toMatchObject({ defined: 2, worst: 0.25, median: 0.5, best: 0.75, minVolume: 3 });
  });

  it('turns worst and best around for a KPI where lower is better (cycle days)', () => {
    const won = (lead: Date, wonDate: Date) => row('pipeline', { leadDate: lead, wonDate });
    const data: WorkbookData = {
      pipeline: {
        rows: [
          won(d(2026, 1, 1), d(2026, 1, 11)), // Jan: 10 days
          won(d(2025, 12, 12), d(2026, 1, 1)), // Jan: 20 days
          won(d(2026, 1, 2), d(2026, 2, 11)), // Feb: 40 days
          won(d(2026, 2, 1), d(2026, 3, 3)), // Mar: 30 days
          won(d(2026, 3, 1), d(2026, 3, 31)), // Mar: 30 days (the data runs to the month's end)
        ],
        columns: { leadDate: 9, wonDate: 12 },
      },
    };
    const h = history(data, 'cycle_days', company, 'month', 3, { asOfDay: day(2026, 4, 1) });
    expect(h.periods.map((p) => p.value)).toEqual([15, 40, 30]);
    expect(h).toMatchObject({ worst: 40, median: 30, best: 15 });
  });

  it('has no worst, median or best without data', () => {
    const h = history(DATA, 'lead_to_opportunity', { type: 'team', name: 'South' }, 'month', 3, {
      asOfDay: day(2026, 6, 1),
    });
    expect(h).toMatchObject({ defined: 0, worst: null, median: null, best: null });
    expect(history({}, 'calls', company, 'week', 4)).toMatchObject({ periods: [], worst: null });
  });

  it('refuses a count that is not a whole number of periods', () => {
    expect(() => history(DATA, 'lead_to_opportunity', company, 'month', 0)).toThrow(
      'count must be a whole number of periods (got 0)',
    );
  });
});

describe('baseline', () => {
  it('is the last complete period of the frequency before asOf', () => {
    expect(baseline(DATA, 'lead_to_opportunity', company, 'month', day(2026, 3, 15), TEN)).toEqual({
      start: day(2026, 2, 1),
      end: day(2026, 3, 1),
      complete: true,
      status: 'complete',
      value: 0.75,
      volume: 4,
      detail: { leads: 4, opportunities: 3 },
    });
    // On the first day of March, February has just completed (with no conversion window).
    const none = { lead_to_opportunity: 0 };
    expect(
      baseline(DATA, 'lead_to_opportunity', company, 'month', day(2026, 3, 1), none).value,
    ).toBe(0.75);
    expect(
      baseline(DATA, 'lead_to_opportunity', company, 'quarter', day(2026, 4, 2), none).value,
    ).toBe(5 / 10);
  });

  it('uses ISO weeks for a weekly KPI', () => {
    // Wednesday 7 January: the last complete week is Mon 29 Dec – Sun 4 Jan (one call, on the 4th).
    expect(baseline(fixture(), 'calls', company, 'week', day(2026, 1, 7))).toMatchObject({
      start: day(2025, 12, 29),
      end: day(2026, 1, 5),
      value: 1,
    });
  });

  it('is null when that period has no data for the scope', () => {
    const south = { type: 'team', name: 'South' } as const;
    expect(baseline(DATA, 'lead_to_opportunity', south, 'month', day(2026, 6, 3)).value).toBeNull();
  });
});
