// The local runtime has one wall-clock engine (local/services/zone): a cell's date
// (local/workbook/time-zone, serial <-> Date) and the services (Utilities.formatDate, clock
// triggers) must read the same wall time from the same instant, and pick the same instant for a
// wall time that a daylight-saving change skips or repeats. Checked every quarter hour of wall
// time and every half hour of instants across both changes of 2026 in three zones: east of UTC,
// west of it, and in the southern hemisphere. (The serial side once had its own engine, which
// took the later instant of a repeated hour east of UTC and the earlier one west of it.)
import { instantOf, zonedTime } from '../../local/services/zone';
import {
  dateToSerial,
  serialOfWallTime,
  serialToDate,
  wallTimeOfSerial,
} from '../../local/workbook/time-zone';

const HOUR = 3_600_000;

/** Each zone's two changes in 2026 (the day the clocks move, in the zone's own calendar). */
const CHANGES: Record<string, Array<[number, number, number]>> = {
  'Europe/Paris': [
    [2026, 3, 29],
    [2026, 10, 25],
  ],
  'America/Los_Angeles': [
    [2026, 3, 8],
    [2026, 11, 1],
  ],
  'Australia/Sydney': [
    [2026, 4, 5],
    [2026, 10, 4],
  ],
};

describe.each(Object.keys(CHANGES))('one wall-clock engine in %s', (zone) => {
  test.each(CHANGES[zone])('around %i-%i-%i: cells and services agree', (year, month, day) => {
    const start = serialOfWallTime({
      year,
      month,
      day,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
    });
    for (let quarter = 0; quarter < 96; quarter++) {
      // A wall time of that day, as a cell holds it: the instant both sides choose.
      const serial = start + quarter / 96;
      const wall = wallTimeOfSerial(serial);
      expect(serialToDate(serial, zone).getTime()).toBe(instantOf(wall, zone));
      // An instant of that day: the wall time both sides read.
      const instant = Date.UTC(year, month - 1, day) - 12 * HOUR + quarter * 30 * 60_000;
      const z = zonedTime(instant, zone);
      expect(dateToSerial(new Date(instant), zone)).toBe(serialOfWallTime({ ...z }));
    }
  });
});

test('a skipped wall time moves forward by the gap, a repeated one is the first, everywhere', () => {
  const at = (zone: string, y: number, m: number, d: number, h: number, min: number): string =>
    serialToDate(
      serialOfWallTime({
        year: y,
        month: m,
        day: d,
        hour: h,
        minute: min,
        second: 0,
        millisecond: 0,
      }),
      zone,
    ).toISOString();
  // Skipped: Los Angeles 8 March 2026 02:30 is 03:30 PDT (UTC-7).
  expect(at('America/Los_Angeles', 2026, 3, 8, 2, 30)).toBe('2026-03-08T10:30:00.000Z');
  // Repeated: Los Angeles 1 November 2026 01:30 first in PDT (UTC-7).
  expect(at('America/Los_Angeles', 2026, 11, 1, 1, 30)).toBe('2026-11-01T08:30:00.000Z');
  // Repeated: Paris 25 October 2026 02:30 first in CEST (UTC+2).
  expect(at('Europe/Paris', 2026, 10, 25, 2, 30)).toBe('2026-10-25T00:30:00.000Z');
  // Repeated: Sydney 5 April 2026 02:30 first in AEDT (UTC+11).
  expect(at('Australia/Sydney', 2026, 4, 5, 2, 30)).toBe('2026-04-04T15:30:00.000Z');
  // Skipped: Sydney 4 October 2026 02:30 is 03:30 AEDT (UTC+11).
  expect(at('Australia/Sydney', 2026, 10, 4, 2, 30)).toBe('2026-10-03T16:30:00.000Z');
});
