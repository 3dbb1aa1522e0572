// The history a proposed target is drawn from (kpi/objective-review.ts), shared by the wizard's
// objective review (review.ts) and the summaries' (summaries/objective-review.ts): the scope's
// complete periods of the KPI over the two years before the period holding `asOf`. A count or a
// sum (revenue, calls) is compared over the objective's whole window, so each period's value is
// scaled to the window's length; a rate or an average is compared as it is.
import { addPeriods, periodStart } from '../../kpi/days';
import {
  type KpiKey,
  type MetricPeriod,
  metricSeries,
  type Scope,
  type WorkbookData,
} from '../metrics';
import { isCumulative } from './cumulative';

/** Two years of complete periods before the one holding `asOf`. */
const HISTORY_PERIODS = { week: 104, month: 24, quarter: 8 } as const;

export interface ReviewHistoryPoint {
  readonly start: number;
  readonly value: number;
}

/** The periods' values for a window of `windowDays`; undefined when the workbook cannot give the KPI. */
export function reviewHistory(
  data: WorkbookData,
  objective: { readonly kpi: KpiKey; readonly scope: Scope; readonly period: MetricPeriod },
  windowDays: number,
  asOf: number,
): ReviewHistoryPoint[] | undefined {
  const { kpi, period } = objective;
  const to = periodStart(asOf, period);
  const from = addPeriods(to, period, -HISTORY_PERIODS[period]);
  let series;
  try {
    series = metricSeries(data, kpi, objective.scope, period, from, to);
  } catch {
    return undefined;
  }
  const periodDays = addPeriods(to, period, 1) - to;
  const scale = isCumulative(kpi) ? windowDays / periodDays : 1;
  return series
    .filter((p) => p.value !== null && p.complete)
    .map((p) => ({ start: p.start, value: (p.value as number) * scale }));
}
