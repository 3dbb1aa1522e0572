// The sample's calendar: its 24-month window, working days, seasonality and growth, and Date
// objects for the rows. Days are calendar-day numbers (src/kpi/days) until a row is written.
import { addPeriods, dayFromYmd, periodStart, weekdayOfDay, ymdOfDay } from '../../kpi/days';
import { dateOfDay, dayOfDate } from '../../functions/values/dates';

/**
 * The default end of the sample: a fixed day, so the data never depends on the clock unless a
 * caller asks (the playground and "Set up with sample data" pass the day before their today).
 */
export function defaultSampleEndDate(): Date {
  return dateOfDay(dayFromYmd(2026, 11, 15));
}

export interface SampleWindow {
  /** First day with data: the first day of the month 23 months before the end month. */
  readonly startDay: number;
  /** Last day with data (the end date itself, the day before the demo's today). */
  readonly endDay: number;
  /** Start day of each of the 24 calendar months, the last one holding endDay. */
  readonly months: readonly number[];
  /**
   * The last complete month: the last month that ends on or before the end date (the month
   * before the end date's month, or the end month itself when the end date is its last day).
   * An alert run the day after the end date judges it: the NPS dip.
   */
  readonly dipMonth: number;
  /** The month before the dip, which the NPS dip is measured against. */
  readonly previousMonth: number;
  /**
   * The last mature month: the last month M with end(M) + CONVERSION_SETTLE_DAYS ≤ the end date,
   * so that every lead of M has had the time to become an opportunity. The conversion dip.
   */
  readonly conversionDipMonth: number;
  /** The month before the conversion dip, which it is measured against. */
  readonly conversionPreviousMonth: number;
}

const SAMPLE_MONTHS = 24;
/** The longest time a sample lead takes to become an opportunity, in days (two weeks). */
export const CONVERSION_SETTLE_DAYS = 14;

export function sampleWindow(endDate: Date): SampleWindow {
  if (!(endDate instanceof Date) || isNaN(endDate.getTime()))
    throw new Error('generateSampleData: endDate must be a valid Date');
  const endDay = dayOfDate(endDate);
  const endMonth = periodStart(endDay, 'month');
  const months: number[] = [];
  for (let k = SAMPLE_MONTHS - 1; k >= 0; k--) months.push(addPeriods(endMonth, 'month', -k));
  const lastDay = (month: number) => addPeriods(month, 'month', 1) - 1;
  const lastMonthEndingBy = (day: number) => {
    let k = months.length - 1;
    while (k > 0 && lastDay(months[k]) > day) k--;
    return months[k];
  };
  const dipMonth = lastMonthEndingBy(endDay);
  const conversionDipMonth = lastMonthEndingBy(endDay - CONVERSION_SETTLE_DAYS);
  return {
    startDay: months[0],
    endDay,
    months,
    dipMonth,
    previousMonth: addPeriods(dipMonth, 'month', -1),
    conversionDipMonth,
    conversionPreviousMonth: addPeriods(conversionDipMonth, 'month', -1),
  };
}

/** "2026-10" for any day of October 2026. */
export function monthLabel(day: number): string {
  const { year, month } = ymdOfDay(day);
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function isWorkday(day: number): boolean {
  return weekdayOfDay(day) < 5;
}

/** The day itself on a working day, else the following Monday (deals close on working days). */
export function nextWorkday(day: number): number {
  const w = weekdayOfDay(day);
  return w === 5 ? day + 2 : w === 6 ? day + 1 : day;
}

/** The day itself on a working day, else the Friday before. */
export function previousWorkday(day: number): number {
  const w = weekdayOfDay(day);
  return w === 5 ? day - 1 : w === 6 ? day - 2 : day;
}

// Business volume by calendar month (January first): a quiet summer (August above all), a
// December dip, busy spring and autumn. The mean over a year is about 1.
const SEASON = [0.96, 1.02, 1.1, 1.04, 0.98, 1.06, 0.8, 0.55, 1.1, 1.14, 1.1, 0.72];
// Buyers are a little harder to convert when half of them are away.
const CONVERSION_SEASON = [1, 1, 1, 1, 1, 1, 0.96, 0.9, 1, 1, 1, 0.95];

/** The season factor of a calendar month (1 = January). */
export function seasonOfMonth(month: number): number {
  return SEASON[month - 1];
}

/** Tables of day-dependent factors, computed once per day of the window. */
export class SampleCalendar {
  readonly window: SampleWindow;
  readonly days: number;
  private readonly volume: Float64Array;
  private readonly conversion: Float64Array;
  private readonly dateCache = new Map<number, Date>();

  constructor(window: SampleWindow) {
    this.window = window;
    this.days = window.endDay - window.startDay + 1;
    this.volume = new Float64Array(this.days);
    this.conversion = new Float64Array(this.days);
    for (let i = 0; i < this.days; i++) {
      const day = window.startDay + i;
      const { month, day: dom } = ymdOfDay(day);
      // Between Christmas and New Year's Day almost nobody buys.
      const holiday = (month === 12 && dom >= 24) || (month === 1 && dom === 1) ? 0.3 : 1;
      // Steady growth: about 8 % a year.
      const growth = 1 + (0.08 * i) / 365;
      this.volume[i] = SEASON[month - 1] * holiday * growth;
      this.conversion[i] = CONVERSION_SEASON[month - 1];
    }
  }

  /** Relative business volume on a day of the window (callers skip the weekends). */
  volumeOn(day: number): number {
    return this.volume[day - this.window.startDay];
  }

  conversionOn(day: number): number {
    return this.conversion[day - this.window.startDay];
  }

  /** A fresh Date at midnight of the day in the spreadsheet's zone (one object per cell, so edits never leak). */
  date(day: number): Date {
    let proto = this.dateCache.get(day);
    if (!proto) {
      proto = dateOfDay(day);
      this.dateCache.set(day, proto);
    }
    return new Date(proto.getTime());
  }
}
