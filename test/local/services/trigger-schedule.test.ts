import { firstFire, nextFireAfter } from '../../../local/services/trigger-schedule';
import type { ClockSchedule } from '../../../local/runtime/state';

const ms = (iso: string): number => Date.parse(iso);
const iso = (t: number | null): string | null => (t === null ? null : new Date(t).toISOString());

describe('trigger schedule', () => {
  test('daily at 08:00 Paris keeps local time across the spring DST change', () => {
    const s: ClockSchedule = { kind: 'days', every: 1, hour: 8, minute: 0 };
    const created = ms('2024-03-29T12:00:00Z');
    expect(iso(firstFire(s, created, 'Europe/Paris'))).toBe('2024-03-30T07:00:00.000Z');
    expect(iso(nextFireAfter(s, created, ms('2024-03-30T07:00:00Z'), 'Europe/Paris'))).toBe(
      '2024-03-31T06:00:00.000Z',
    );
    expect(iso(nextFireAfter(s, created, ms('2024-03-31T06:00:00Z'), 'Europe/Paris'))).toBe(
      '2024-04-01T06:00:00.000Z',
    );
  });

  test('every 3 days stays on the series anchored at creation', () => {
    const s: ClockSchedule = { kind: 'days', every: 3, hour: 0, minute: 15 };
    const created = ms('2024-01-01T12:00:00Z');
    // First: 2 January 00:15 UTC, then the 5th, 8th, 11th…
    expect(iso(firstFire(s, created, 'UTC'))).toBe('2024-01-02T00:15:00.000Z');
    expect(iso(nextFireAfter(s, created, ms('2024-01-09T00:00:00Z'), 'UTC'))).toBe(
      '2024-01-11T00:15:00.000Z',
    );
  });

  test('missed times are not replayed: the next time is the first after now', () => {
    const s: ClockSchedule = { kind: 'hours', every: 4 };
    const created = ms('2024-01-01T00:00:00Z');
    // Series 04:00, 08:00, …; ten days later at 13:30 the next is 16:00.
    expect(iso(nextFireAfter(s, created, ms('2024-01-11T13:30:00Z'), 'UTC'))).toBe(
      '2024-01-11T16:00:00.000Z',
    );
  });

  test('every 5 minutes from creation', () => {
    const s: ClockSchedule = { kind: 'minutes', every: 5 };
    const created = ms('2024-01-01T00:02:00Z');
    expect(iso(firstFire(s, created, 'UTC'))).toBe('2024-01-01T00:07:00.000Z');
    expect(iso(nextFireAfter(s, created, ms('2024-01-01T00:07:00Z'), 'UTC'))).toBe(
      '2024-01-01T00:12:00.000Z',
    );
  });

  test('weekly on Monday 09:00 New York, every 2 weeks', () => {
    const s: ClockSchedule = { kind: 'weeks', every: 2, weekday: 1, hour: 9, minute: 0 };
    const created = ms('2024-03-06T10:00:00Z');
    expect(iso(firstFire(s, created, 'America/New_York'))).toBe('2024-03-11T13:00:00.000Z');
    expect(iso(nextFireAfter(s, created, ms('2024-03-11T13:00:00Z'), 'America/New_York'))).toBe(
      '2024-03-25T13:00:00.000Z',
    );
  });

  test('monthly on the 31st: last day of short months', () => {
    const s: ClockSchedule = { kind: 'monthDay', day: 31, hour: 6, minute: 0 };
    expect(iso(nextFireAfter(s, 0, ms('2024-01-31T06:00:00Z'), 'UTC'))).toBe(
      '2024-02-29T06:00:00.000Z',
    );
    expect(iso(nextFireAfter(s, 0, ms('2024-02-29T06:00:00Z'), 'UTC'))).toBe(
      '2024-03-31T06:00:00.000Z',
    );
  });

  test('a one-time trigger fires once', () => {
    const s: ClockSchedule = { kind: 'once', atMs: ms('2024-05-01T00:00:00Z') };
    expect(iso(firstFire(s, 0, 'UTC'))).toBe('2024-05-01T00:00:00.000Z');
    expect(nextFireAfter(s, 0, ms('2024-05-01T00:00:00Z'), 'UTC')).toBeNull();
  });
});
