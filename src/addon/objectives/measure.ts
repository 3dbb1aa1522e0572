// The Measurable and Achievable steps' numbers: the baseline (the KPI for the scope over the last
// complete period of the tracking frequency) and the history of the periods before it. "Now" is
// today, or the day after the KPI's last source row when the data stops earlier (a workbook not
// updated for months still has a baseline: its last complete period with data).
import {
  dataSpan,
  type Frequency,
  history,
  type History,
  type KpiKey,
  type MetricPeriod,
  PERIOD_OF_FREQUENCY,
  type Scope,
  type SeriesPoint,
  type WorkbookData,
} from '../metrics';

/** Periods of history looked at: half a year of weeks, a year of months, two years of quarters. */
export const HISTORY_PERIODS: Readonly<Record<Frequency, number>> = {
  weekly: 26,
  monthly: 12,
  quarterly: 8,
};

export interface Measurement {
  readonly period: MetricPeriod;
  /** The day periods are complete before. */
  readonly asOf: number;
  /** The last complete period: the baseline (its value may be null: no data there). */
  readonly baseline: SeriesPoint;
  readonly history: History;
}

export function measure(
  data: WorkbookData,
  kpi: KpiKey,
  scope: Scope,
  frequency: Frequency,
  today: number,
): Measurement {
  const period = PERIOD_OF_FREQUENCY[frequency];
  const span = dataSpan(data, kpi);
  const asOf = span === null ? today : Math.min(today, span.last + 1);
  const h = history(data, kpi, scope, period, HISTORY_PERIODS[frequency], { asOfDay: asOf });
  return { period, asOf, baseline: h.periods[h.periods.length - 1], history: h };
}
