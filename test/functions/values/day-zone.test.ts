// Calendar days in a named zone (src/functions/values/day-zone), checked against the local runtime's
// own serial <-> Date conversion (local/workbook/time-zone) as the independent oracle, and the
// zone lookup (src/functions/values/spreadsheet-zone): once per execution, the script's zone where the
// spreadsheet service is absent or refuses.
import { namedDayZone, SCRIPT_ZONE } from '../../../src/functions/values/day-zone';
import { spreadsheetDayZone } from '../../../src/functions/values/spreadsheet-zone';
import { dateOfDay, dayOfDate } from '../../../src/functions/values/dates';
import { dayFromYmd } from '../../../src/kpi/days';
import { dateToSerial, serialToDate } from '../../../local/workbook';

const SERIAL_OF_EPOCH = 25_569;
const ZONES = ['Europe/Paris', 'Asia/Tokyo', 'America/Los_Angeles', 'Australia/Lord_Howe'];

describe('namedDayZone', () => {
  // Every day of 2026 (both changes of hour in each zone) and a few around them at several hours.
  const days = Array.from({ length: 365 }, (_, i) => dayFromYmd(2026, 1, 1) + i);

  test.each(ZONES)('%s: the Date of a day is the midnight Sheets hands over', (zone) => {
    const z = namedDayZone(zone);
    for (const day of days) {
      expect(z.dateOf(day).getTime()).toBe(serialToDate(day + SERIAL_OF_EPOCH, zone).getTime());
    }
  });

  test.each(ZONES)('%s: the day of an instant is the day the sheet shows', (zone) => {
    const z = namedDayZone(zone);
    for (const day of days) {
      for (const hour of [0, 1, 5, 11, 13, 22, 23.5]) {
        const instant = day * 86_400_000 + hour * 3_600_000;
        const shown = Math.floor(dateToSerial(new Date(instant), zone)) - SERIAL_OF_EPOCH;
        expect(z.dayOf(instant)).toBe(shown);
      }
    }
  });

  test.each(ZONES)('%s: instants of every minute around the changes of hour', (zone) => {
    const z = namedDayZone(zone);
    // Every minute of the 48 hours around each change in 2026 (Paris, Los Angeles, Lord Howe),
    // and of a quiet day for Tokyo, in a shuffled order so the caches are entered from any side.
    const changes = [
      Date.UTC(2026, 2, 29, 1),
      Date.UTC(2026, 9, 25, 1),
      Date.UTC(2026, 2, 8, 10),
      Date.UTC(2026, 10, 1, 9),
      Date.UTC(2026, 3, 4, 15),
      Date.UTC(2026, 9, 3, 16),
      Date.UTC(2026, 5, 15, 12),
    ];
    const instants = changes.flatMap((change) =>
      Array.from({ length: 48 * 60 }, (_, i) => change - 24 * 3_600_000 + i * 60_000 + 17),
    );
    for (let i = instants.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [instants[i], instants[j]] = [instants[j], instants[i]];
    }
    for (const instant of instants) {
      const shown = Math.floor(dateToSerial(new Date(instant), zone)) - SERIAL_OF_EPOCH;
      if (z.dayOf(instant) !== shown) expect([instant, z.dayOf(instant)]).toEqual([instant, shown]);
    }
  });

  test('where clocks jump from midnight (Santiago, 6 September 2026), the day starts at 01:00', () => {
    const z = namedDayZone('America/Santiago');
    const day = dayFromYmd(2026, 9, 6);
    const start = z.dateOf(day);
    expect(z.dayOf(start.getTime())).toBe(day);
    expect(z.dayOf(start.getTime() - 1)).toBe(day - 1);
  });

  test('a custom zone ("GMT-07:00", as Sheets names a zone it does not know) is a fixed offset', () => {
    const z = namedDayZone('GMT-07:00');
    const day = dayFromYmd(2026, 3, 29);
    expect(z.dateOf(day).toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(z.dayOf(Date.parse('2026-03-30T06:59:59Z'))).toBe(day);
    expect(z.dayOf(Date.parse('2026-03-30T07:00:00Z'))).toBe(day + 1);
    expect(namedDayZone('GMT+5:30').dateOf(day).toISOString()).toBe('2026-03-28T18:30:00.000Z');
  });

  test('a zone Intl does not know falls back to the script’s zone', () => {
    expect(namedDayZone('Mars/Olympus_Mons')).toBe(SCRIPT_ZONE);
  });
});

describe('spreadsheetDayZone', () => {
  const g = globalThis as { SpreadsheetApp?: unknown };
  afterEach(() => {
    delete g.SpreadsheetApp;
  });

  function app(zone: string | (() => never)) {
    let lookups = 0;
    const spreadsheet = {
      getSpreadsheetTimeZone: () => {
        lookups++;
        return typeof zone === 'string' ? zone : zone();
      },
    };
    return { getActiveSpreadsheet: () => spreadsheet, lookups: () => lookups };
  }

  test('without the spreadsheet service (a bare context): the script’s zone', () => {
    expect(spreadsheetDayZone()).toBe(SCRIPT_ZONE);
    const april = new Date(2026, 3, 1);
    expect(dayOfDate(april)).toBe(dayFromYmd(2026, 4, 1));
    expect(dateOfDay(dayFromYmd(2026, 4, 1)).getTime()).toBe(april.getTime());
  });

  test('with it: the spreadsheet’s zone, looked up once for any number of dates', () => {
    const tokyo = app('Asia/Tokyo');
    g.SpreadsheetApp = tokyo;
    // Tokyo's midnight of 1 April is still 31 March in Paris (the script's zone).
    const tokyoApril = serialToDate(dayFromYmd(2026, 4, 1) + SERIAL_OF_EPOCH, 'Asia/Tokyo');
    for (let i = 0; i < 100; i++) expect(dayOfDate(tokyoApril)).toBe(dayFromYmd(2026, 4, 1));
    expect(dateOfDay(dayFromYmd(2026, 4, 1)).getTime()).toBe(tokyoApril.getTime());
    expect(tokyo.lookups()).toBe(1);
    // Another host (another execution's service) is asked again.
    const la = app('America/Los_Angeles');
    g.SpreadsheetApp = la;
    expect(spreadsheetDayZone().id).toBe('America/Los_Angeles');
    expect(la.lookups()).toBe(1);
  });

  test('where the service refuses (AuthMode.NONE): the script’s zone', () => {
    g.SpreadsheetApp = app(() => {
      throw new Error('You do not have permission to call Spreadsheet.getSpreadsheetTimeZone');
    });
    expect(spreadsheetDayZone()).toBe(SCRIPT_ZONE);
  });
});
