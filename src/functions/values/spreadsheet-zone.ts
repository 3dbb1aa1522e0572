// The one place the custom-function layer touches a service: the active spreadsheet's time zone,
// which custom functions may read (the custom-functions guide lists the Spreadsheet service, read
// only). Everything else about days stays pure (./day-zone, src/kpi/days).
import { DayZone, namedDayZone, SCRIPT_ZONE } from './day-zone';

/** The active spreadsheet's zone id, or undefined where the spreadsheet service is unavailable. */
function spreadsheetZoneId(): string | undefined {
  try {
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() || undefined;
  } catch {
    return undefined;
  }
}

// The zone of this execution, found on first use. Apps Script loads the script anew for every
// execution, so this lives as long as one execution (a custom function call is one); it is keyed
// on the SpreadsheetApp global as well, so a host that swaps it (tests) never sees another
// spreadsheet's zone.
let resolved: { app: unknown; zone: DayZone } | undefined;

/**
 * The spreadsheet's zone for this execution: one lookup, on the first date that needs it. Where
 * the spreadsheet service is absent (a bare context, as in unit tests) or refused (AuthMode.NONE),
 * or Intl does not know the zone, days follow the script's zone (SCRIPT_ZONE).
 */
export function spreadsheetDayZone(): DayZone {
  const app = typeof SpreadsheetApp === 'undefined' ? undefined : SpreadsheetApp;
  if (resolved && resolved.app === app) return resolved.zone;
  const id = app === undefined ? undefined : spreadsheetZoneId();
  const zone = id === undefined ? SCRIPT_ZONE : namedDayZone(id);
  resolved = { app, zone };
  return zone;
}

/** The add-on read the spreadsheet's zone already in this execution: dates use it, unasked. */
export function knowSpreadsheetZone(id: string): void {
  const app = typeof SpreadsheetApp === 'undefined' ? undefined : SpreadsheetApp;
  resolved = { app, zone: id ? namedDayZone(id) : SCRIPT_ZONE };
}
