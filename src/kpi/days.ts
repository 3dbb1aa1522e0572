// Calendar days as whole numbers (days since 1970-01-01), so that day differences never depend
// on daylight-saving changes or on the hour a timestamp carries.

export const MS_PER_DAY = 86_400_000;
/** Sheets' serial day 0 is 1899-12-30; serial 25569 is 1970-01-01. */
export const SERIAL_OF_EPOCH = 25_569;

export function dayFromYmd(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function ymdOfDay(dayNumber: number): { year: number; month: number; day: number } {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Monday = 0 … Sunday = 6. */
export function weekdayOfDay(dayNumber: number): number {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export type Period = 'day' | 'week' | 'month' | 'quarter';

/** The first day of the period that holds the given day (ISO weeks start on Monday). */
export function periodStart(dayNumber: number, period: Period): number {
  switch (period) {
    case 'day':
      return dayNumber;
    case 'week':
      return dayNumber - weekdayOfDay(dayNumber);
    case 'month': {
      const { year, month } = ymdOfDay(dayNumber);
      return dayFromYmd(year, month, 1);
    }
    case 'quarter': {
      const { year, month } = ymdOfDay(dayNumber);
      return dayFromYmd(year, month - ((month - 1) % 3), 1);
    }
  }
}

/** The start of the period `count` periods after the one starting at `start`. */
export function addPeriods(start: number, period: Period, count: number): number {
  switch (period) {
    case 'day':
      return start + count;
    case 'week':
      return start + 7 * count;
    case 'month':
    case 'quarter': {
      const { year, month } = ymdOfDay(start);
      const months = period === 'month' ? count : 3 * count;
      return dayFromYmd(year, month + months, 1);
    }
  }
}

/** How many whole periods separate two period starts (b after a gives a positive count). */
export function periodsBetween(a: number, b: number, period: Period): number {
  switch (period) {
    case 'day':
      return b - a;
    case 'week':
      return Math.round((b - a) / 7);
    case 'month':
    case 'quarter': {
      const ya = ymdOfDay(a);
      const yb = ymdOfDay(b);
      const months = (yb.year - ya.year) * 12 + (yb.month - ya.month);
      return period === 'month' ? months : Math.floor(months / 3);
    }
  }
}
