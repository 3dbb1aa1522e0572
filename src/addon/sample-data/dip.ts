// The one recent dip built into the sample data, for the demo's alerts to catch and for tests.
import { defaultSampleEndDate, monthLabel, sampleWindow } from './calendar';
import { DIP_TEAM, teamName } from './people';

export interface SampleDip {
  /** The team whose KPIs fall. */
  readonly team: string;
  /** The month of the dip ("2026-10"): the last full month before the end date. */
  readonly month: string;
  /** The month it is measured against, the one before. */
  readonly previousMonth: string;
  readonly description: string;
}

/**
 * The dip of the sample generated with this end date (whatever the seed and scale): in the last
 * full month before the end date, the team's lead → opportunity conversion is 30 % below the month
 * before (leads of that month, opportunity dates within two weeks), and its customers' NPS about 20
 * points lower (a fall of more than 10). Other teams stay level in both.
 */
export function sampleDipFor(endDate: Date = defaultSampleEndDate()): SampleDip {
  const window = sampleWindow(endDate);
  const team = teamName(DIP_TEAM);
  const month = monthLabel(window.dipMonth);
  const previousMonth = monthLabel(window.previousMonth);
  return {
    team,
    month,
    previousMonth,
    description:
      `In ${month}, team ${team}'s lead → opportunity conversion falls by 30 % against ` +
      `${previousMonth}, and its NPS by about 20 points; the default alert rules ` +
      `(conversion −10 %, NPS −10 points) catch both. Other teams stay level.`,
  };
}

/** The dip of the default sample (end date 2026-11-15): team Lyon, October 2026. */
export const SAMPLE_DIP: SampleDip = sampleDipFor();
