// Apps Script runs a script in its project's time zone (appsscript.json), so `new Date(y, m, d)`
// and a Date's getDate() are in that zone there; and the =KPI_* functions read a date argument
// by its calendar day in the script's zone. Node uses the process zone (TZ) instead, so the
// playground sets TZ to the manifest's zone before it builds any Date: otherwise, on a machine
// in UTC, a date cell of a Europe/Paris spreadsheet would reach the functions as the day before.
import { DEFAULT_BUNDLE, manifestTimeZone } from '../runtime/bundle-files';

export function useScriptTimeZone(bundlePath = DEFAULT_BUNDLE): string | undefined {
  const zone = manifestTimeZone(bundlePath);
  if (zone && process.env.TZ !== zone) process.env.TZ = zone;
  return zone;
}
