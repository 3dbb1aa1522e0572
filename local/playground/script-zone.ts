// Apps Script runs a script in its project's time zone (appsscript.json), so `new Date(y, m, d)`
// and a Date's getDate() are in that zone there. Node uses the process zone (TZ) instead, so the
// playground sets TZ to the manifest's zone before it builds any Date, as Google would. (The
// add-on itself works out calendar days in the spreadsheet's zone, src/functions/values/day-zone.ts.)
import { DEFAULT_BUNDLE, manifestTimeZone } from '../runtime/bundle-files';

export function useScriptTimeZone(bundlePath = DEFAULT_BUNDLE): string | undefined {
  const zone = manifestTimeZone(bundlePath);
  if (zone && process.env.TZ !== zone) process.env.TZ = zone;
  return zone;
}
