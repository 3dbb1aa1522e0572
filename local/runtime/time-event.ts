// The event object Apps Script passes to a time-driven trigger's function. Google documents its
// fields in UTC ("timezone": "UTC"), with day-of-week 1 = Monday … 7 = Sunday.
type TimeDriven = GoogleAppsScript.Events.TimeDriven;

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(ms: number): number {
  const d = new Date(ms);
  const day = d.getUTCDay() || 7;
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - yearStart) / 86_400_000 / 7) + 1;
}

export function timeDrivenEvent(ms: number, triggerUid: string): TimeDriven {
  const d = new Date(ms);
  return {
    authMode: 'FULL' as unknown as GoogleAppsScript.Script.AuthMode,
    triggerUid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() || 7,
    'week-of-year': isoWeek(ms),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}
