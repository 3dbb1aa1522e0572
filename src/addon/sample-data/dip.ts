// The one recent dip built into the sample data, for the demo's alerts to catch and for tests.
import { ymdOfDay } from '../../kpi/days';
import { defaultSampleEndDate, monthLabel, sampleWindow } from './calendar';
import { DIP_TEAM, teamName } from './people';

export interface SampleDip {
  /** The last day with data, "2026-11-15". */
  readonly endDate: string;
  /** The team whose KPIs fall. */
  readonly team: string;
  /**
   * The NPS dip ("2026-10"): the last complete month, the one an alert run the day after the end
   * date judges.
   */
  readonly month: string;
  /** The month the NPS dip is measured against, the one before. */
  readonly previousMonth: string;
  /**
   * The conversion dip: the last mature month, the last whose leads have all had two weeks to
   * become opportunities by the end date (the same as `month` from the 15th of a month on).
   */
  readonly conversionMonth: string;
  /** The month the conversion dip is measured against, the one before. */
  readonly conversionPreviousMonth: string;
  readonly description: string;
}

/**
 * The dip of the sample generated with this end date (whatever the seed and scale): in the last
 * mature month, the team's lead → opportunity conversion is 30 % below the month before (leads
 * of that month, opportunity dates within two weeks); in the last complete month, its customers'
 * NPS is about 20 points lower (a fall of more than 10). Other teams stay level in both.
 */
export function sampleDipFor(endDate: Date = defaultSampleEndDate()): SampleDip {
  const window = sampleWindow(endDate);
  const team = teamName(DIP_TEAM);
  const month = monthLabel(window.dipMonth);
  const previousMonth = monthLabel(window.previousMonth);
  const conversionMonth = monthLabel(window.conversionDipMonth);
  const conversionPreviousMonth = monthLabel(window.conversionPreviousMonth);
  const end = ymdOfDay(window.endDay);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    endDate: `${end.year}-${two(end.month)}-${two(end.day)}`,
    team,
    month,
    previousMonth,
    conversionMonth,
    conversionPreviousMonth,
    description:
      `In ${conversionMonth}, team ${team}'s lead → opportunity conversion falls by 30 % against ` +
      `${conversionPreviousMonth}; in ${month}, its NPS falls by about 20 points against ` +
      `${previousMonth}. The default alert rules (conversion −10 %, NPS −10 points) catch both. ` +
      `Other teams stay level.`,
  };
}
