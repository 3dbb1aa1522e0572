// Which periods an alert compares. Only complete periods: on Wednesday 18 November a monthly
// rule compares October with September, a weekly rule the week of Monday 9 November with the one
// of Monday 2 November, a quarterly rule Q3 with Q2. A period still running would compare half a
// month with a whole one and raise false alerts every morning.
import { addPeriods, periodStart } from '../../kpi/days';
import type { MetricPeriod } from '../metrics';

/** From `start` (included) to `end` (excluded), in calendar days. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ComparedPeriods {
  /** The last complete period before `today`. */
  readonly current: Span;
  /** The period before it. */
  readonly previous: Span;
}

export function comparedPeriods(today: number, period: MetricPeriod): ComparedPeriods {
  const end = periodStart(today, period);
  const start = addPeriods(end, period, -1);
  return {
    current: { start, end },
    previous: { start: addPeriods(end, period, -2), end: start },
  };
}
