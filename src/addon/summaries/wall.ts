// The wall clock of the spreadsheet's time zone, which the schedule is set in ("every Monday at
// 8"), read through Utilities.formatDate (the script's own Date methods use the script's zone).
import {
  activeSpreadsheet,
  spreadsheetTimeZone as zoneOf,
  wallClockIn,
} from '../adapters/services';
import type { WallTime } from './schedule';

export function parseWallClock(text: string): WallTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`Unexpected wall clock "${text}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]) };
}

export function spreadsheetTimeZone(): string {
  return zoneOf(activeSpreadsheet());
}

export function wallTimeOf(date: Date, timeZone = spreadsheetTimeZone()): WallTime {
  return parseWallClock(wallClockIn(date, timeZone));
}
