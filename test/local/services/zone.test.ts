import { instantOf, resolveZone, zonedTime } from '../../../local/services/zone';

describe('time zones', () => {
  test('wall time and offset in Paris, winter and summer', () => {
    const winter = zonedTime(Date.parse('2024-01-15T12:00:00Z'), 'Europe/Paris');
    expect([winter.hour, winter.offsetMs]).toEqual([13, 3_600_000]);
    const summer = zonedTime(Date.parse('2024-07-15T12:00:00Z'), 'Europe/Paris');
    expect([summer.hour, summer.offsetMs, summer.weekday]).toEqual([14, 7_200_000, 1]);
  });

  test('a skipped wall time moves forward by the gap; a repeated one takes the first', () => {
    // 31 March 2024 02:30 does not exist in Paris: 03:30 CEST = 01:30 UTC.
    expect(
      new Date(
        instantOf({ year: 2024, month: 3, day: 31, hour: 2, minute: 30 }, 'Europe/Paris'),
      ).toISOString(),
    ).toBe('2024-03-31T01:30:00.000Z');
    // 27 October 2024 02:30 happens twice: the first is CEST, 00:30 UTC.
    expect(
      new Date(
        instantOf({ year: 2024, month: 10, day: 27, hour: 2, minute: 30 }, 'Europe/Paris'),
      ).toISOString(),
    ).toBe('2024-10-27T00:30:00.000Z');
  });

  test('Java-style ids: custom GMT offsets, and GMT for unknown ids', () => {
    expect(zonedTime(0, 'GMT+05:30').hour).toBe(5);
    expect(zonedTime(0, 'GMT+05:30').minute).toBe(30);
    expect(zonedTime(0, 'GMT-2').hour).toBe(22);
    expect(resolveZone('Not/AZone').id).toBe('GMT');
    expect(zonedTime(0, 'Not/AZone').offsetMs).toBe(0);
  });
});
