// The wall clock of a time zone through Intl, written once for the two day engines that need it:
// the Sheets-value readers (functions/values/day-zone.ts) and the warehouse's JavaScript side
// (warehouse/calendar.ts), so a timestamp's calendar day is read the same way in both.

/** A formatter giving every wall-clock part in the zone (throws a RangeError for an unknown id). */
export function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

/** The zone's wall clock at an instant (epoch ms), as if it were UTC (whole seconds). */
export function wallAsUtc(format: Intl.DateTimeFormat, time: number): number {
  const wall: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of format.formatToParts(time)) wall[part.type] = Number(part.value);
  const { year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0 } = wall;
  return Date.UTC(year, month - 1, day, hour % 24, minute, second);
}
