// Marketing and sales spend, one row per month and channel (the lead sources, so that CAC can be
// computed per source). Paid ads follow the season, events are lumpy (trade-show months), the rest
// is steady; all grow with the business. The current month is counted up to the end date.
import { SOURCES } from '../schema';
import { seasonOfMonth } from './calendar';
import { type SampleRun, startGenerator } from './run';
import { ymdOfDay } from '../../kpi/days';

export interface Spend {
  readonly month: number;
  /** Index into SOURCES. */
  readonly channel: number;
  readonly amount: number;
}

type SourceKey = (typeof SOURCES)[number]['key'];

/** Monthly budget per channel at scale 1; `seasonal` channels follow the business volume. */
const BUDGET: Readonly<Record<SourceKey, { amount: number; seasonal: boolean }>> = {
  website: { amount: 4_500, seasonal: false },
  outbound: { amount: 5_500, seasonal: false },
  referral: { amount: 800, seasonal: false }, // referral rewards
  event: { amount: 1_500, seasonal: false },
  partner: { amount: 2_500, seasonal: false },
  paidAds: { amount: 7_500, seasonal: true },
};
/** Trade shows in March, June, September and October. */
const SHOW_MONTHS = new Set([3, 6, 9, 10]);
const SHOW_COST = 16_000;

export function generateSpend(run: SampleRun): Spend[] {
  const { scale: volume, months, endDay, random } = startGenerator(run, 'spend');
  const rows: Spend[] = [];
  months.forEach((month, m) => {
    const { year, month: calendarMonth } = ymdOfDay(month);
    const monthDays = new Date(Date.UTC(year, calendarMonth, 0)).getUTCDate();
    // The month in progress is counted up to the end date.
    const elapsed = Math.min(1, (endDay - month + 1) / monthDays);
    const growth = 1 + (0.08 * m) / 12;
    SOURCES.forEach((source, channel) => {
      const budget = BUDGET[source.key];
      let amount = budget.amount * (budget.seasonal ? seasonOfMonth(calendarMonth) : 1);
      if (source.key === 'event' && SHOW_MONTHS.has(calendarMonth)) amount += SHOW_COST;
      amount *= growth * volume * elapsed * random.between(0.9, 1.1);
      rows.push({ month, channel, amount: Math.round(amount) });
    });
  });
  return rows;
}
