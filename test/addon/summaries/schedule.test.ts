// When a summary is due and what it reports: moments in the spreadsheet's wall clock, hand-made
// calendars (2026-11-16 is a Monday; November has 30 days, February 2026 has 28).
import fc from 'fast-check';
import { dayFromYmd } from '../../../src/kpi/days';
import {
  dayOfWall,
  dueMoment,
  latestMoment,
  nextMoment,
  previousMoment,
  reportWindow,
  sinceSlotOf,
  slotOf,
  type Schedule,
  type WallTime,
} from '../../../src/addon/summaries/schedule';
import { defaultSettings } from '../../../src/addon/summaries/settings';

const at = (y: number, m: number, d: number, hour: number): WallTime => ({
  year: y,
  month: m,
  day: d,
  hour,
});
const weekly = (weekday: number, hour: number): Schedule => ({
  frequency: 'weekly',
  weekday,
  monthDay: 1,
  hour,
});
const monthly = (monthDay: number, hour: number): Schedule => ({
  frequency: 'monthly',
  weekday: 1,
  monthDay,
  hour,
});
const daily = (hour: number): Schedule => ({ frequency: 'daily', weekday: 1, monthDay: 1, hour });

describe('the latest scheduled moment', () => {
  test('weekly on Monday at 8: the Monday before until 8 o’clock, then that day', () => {
    expect(latestMoment(weekly(1, 8), at(2026, 11, 16, 7)).key).toBe('2026-11-09');
    expect(latestMoment(weekly(1, 8), at(2026, 11, 16, 8)).key).toBe('2026-11-16');
    expect(latestMoment(weekly(1, 8), at(2026, 11, 22, 23)).key).toBe('2026-11-16');
    expect(latestMoment(weekly(1, 8), at(2026, 11, 23, 8))).toEqual({
      day: dayFromYmd(2026, 11, 23),
      hour: 8,
      key: '2026-11-23',
    });
  });

  test('weekly on Sunday at 20: on Monday it is still the day before', () => {
    expect(latestMoment(weekly(7, 20), at(2026, 11, 16, 9)).key).toBe('2026-11-15');
    expect(latestMoment(weekly(7, 20), at(2026, 11, 15, 19)).key).toBe('2026-11-08');
  });

  test('daily at 8', () => {
    expect(latestMoment(daily(8), at(2026, 11, 16, 7)).key).toBe('2026-11-15');
    expect(latestMoment(daily(8), at(2026, 11, 16, 8)).key).toBe('2026-11-16');
    expect(latestMoment(daily(0), at(2026, 1, 1, 0)).key).toBe('2026-01-01');
  });

  test('monthly on the 31st falls on the last day of shorter months', () => {
    expect(latestMoment(monthly(31, 8), at(2026, 11, 30, 8)).key).toBe('2026-11-30');
    expect(latestMoment(monthly(31, 8), at(2026, 11, 30, 7)).key).toBe('2026-10-31');
    expect(latestMoment(monthly(31, 8), at(2026, 12, 1, 0)).key).toBe('2026-11-30');
    expect(latestMoment(monthly(31, 8), at(2026, 3, 1, 9)).key).toBe('2026-02-28');
    expect(latestMoment(monthly(1, 8), at(2026, 11, 1, 7)).key).toBe('2026-10-01');
    expect(latestMoment(monthly(1, 8), at(2026, 1, 1, 7)).key).toBe('2025-12-01');
  });
});

describe('next and previous moments', () => {
  test('next', () => {
    expect(nextMoment(weekly(1, 8), at(2026, 11, 16, 8)).key).toBe('2026-11-23');
    expect(nextMoment(weekly(1, 8), at(2026, 11, 16, 7)).key).toBe('2026-11-16');
    expect(nextMoment(monthly(31, 8), at(2026, 11, 30, 8)).key).toBe('2026-12-31');
    expect(nextMoment(monthly(31, 8), at(2026, 1, 31, 9)).key).toBe('2026-02-28');
    expect(nextMoment(daily(23), at(2026, 12, 31, 23)).key).toBe('2027-01-01');
  });

  test('previous (alerts are reported from its day)', () => {
    const m = latestMoment(weekly(1, 8), at(2026, 11, 16, 9));
    expect(previousMoment(weekly(1, 8), m).key).toBe('2026-11-09');
    const end = latestMoment(monthly(31, 8), at(2026, 11, 30, 9));
    expect(previousMoment(monthly(31, 8), end).key).toBe('2026-10-31');
    const d = latestMoment(daily(0), at(2026, 3, 1, 5));
    expect(previousMoment(daily(0), d).key).toBe('2026-02-28');
  });
});

describe('due moments', () => {
  const settings = { ...defaultSettings('en'), enabled: true, frequency: 'weekly' as const };

  test('nothing is due while summaries are off', () => {
    expect(dueMoment({ ...settings, enabled: false }, at(2026, 11, 16, 9))).toBeUndefined();
  });

  test('enabling on a Wednesday waits for the next Monday', () => {
    const enabled = { ...settings, sinceSlot: sinceSlotOf(at(2026, 11, 18, 10)) };
    expect(dueMoment(enabled, at(2026, 11, 19, 9))).toBeUndefined();
    expect(dueMoment(enabled, at(2026, 11, 23, 7))).toBeUndefined();
    expect(dueMoment(enabled, at(2026, 11, 23, 8))?.key).toBe('2026-11-23');
    // Still owed (the ledger says whether it went) until the next Monday's moment.
    expect(dueMoment(enabled, at(2026, 11, 29, 23))?.key).toBe('2026-11-23');
  });

  test('enabling during the scheduled hour waits a week; just before it, not', () => {
    const during = { ...settings, sinceSlot: sinceSlotOf(at(2026, 11, 16, 8)) };
    expect(dueMoment(during, at(2026, 11, 16, 9))).toBeUndefined();
    const before = { ...settings, sinceSlot: sinceSlotOf(at(2026, 11, 16, 7)) };
    expect(dueMoment(before, at(2026, 11, 16, 8))?.key).toBe('2026-11-16');
  });
});

describe('the report window', () => {
  test('weekly and daily: the 7 days before the moment, against the 7 before them', () => {
    const w = reportWindow('weekly', dayFromYmd(2026, 11, 16));
    expect(w.from).toBe(dayFromYmd(2026, 11, 9));
    expect(w.to).toBe(dayFromYmd(2026, 11, 16));
    expect(w.previousFrom).toBe(dayFromYmd(2026, 11, 2));
    expect(w.previousTo).toBe(dayFromYmd(2026, 11, 9));
    expect(w.trend).toHaveLength(8);
    expect(w.trend[0]).toEqual({ from: dayFromYmd(2026, 9, 21), to: dayFromYmd(2026, 9, 28) });
    expect(w.trend[7]).toEqual({ from: w.from, to: w.to });
    expect(reportWindow('daily', dayFromYmd(2026, 11, 18)).from).toBe(dayFromYmd(2026, 11, 11));
  });

  test('monthly: the last calendar month, against the one before', () => {
    const w = reportWindow('monthly', dayFromYmd(2026, 11, 16));
    expect([w.from, w.to]).toEqual([dayFromYmd(2026, 10, 1), dayFromYmd(2026, 11, 1)]);
    expect([w.previousFrom, w.previousTo]).toEqual([
      dayFromYmd(2026, 9, 1),
      dayFromYmd(2026, 10, 1),
    ]);
    expect(w.trend).toHaveLength(6);
    expect(w.trend[0]).toEqual({ from: dayFromYmd(2026, 5, 1), to: dayFromYmd(2026, 6, 1) });
    expect(w.trend[5]).toEqual({ from: w.from, to: w.to });
  });
});

describe('properties', () => {
  const schedule = fc.record({
    frequency: fc.constantFrom('daily' as const, 'weekly' as const, 'monthly' as const),
    weekday: fc.integer({ min: 1, max: 7 }),
    monthDay: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
  });
  const wall = fc
    .record({ day: fc.integer({ min: 0, max: 40_000 }), hour: fc.integer({ min: 0, max: 23 }) })
    .map(({ day, hour }) => {
      const d = new Date(day * 86_400_000);
      return at(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour);
    });

  test('the latest moment is at or before now, the next one after, none between', () => {
    fc.assert(
      fc.property(schedule, wall, (s, now) => {
        const nowSlot = slotOf(dayOfWall(now), now.hour);
        const latest = latestMoment(s, now);
        const next = nextMoment(s, now);
        expect(slotOf(latest.day, latest.hour)).toBeLessThanOrEqual(nowSlot);
        expect(slotOf(next.day, next.hour)).toBeGreaterThan(nowSlot);
        // The moment after `latest` is `next`: nothing scheduled falls between them.
        expect(previousMoment(s, next)).toEqual(latest);
      }),
    );
  });
});
