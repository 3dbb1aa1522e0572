// The Measurable and Achievable steps' numbers: the baseline (the KPI for the scope over the last
// complete period of the tracking frequency) and the history of the periods before it. Complete
// in src/kpi/readiness's sense: a conversion's last month counts once its leads have had the
// conversion window, and a workbook not updated for months still has a baseline: its last
// period with whole data.
import {
  type Frequency,
  history,
  type History,
  kpiData,
  type KpiData,
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
  /** The KPI's conversion window (null for a KPI whose periods are final when they end). */
  readonly window: KpiData['window'];
}

export function measure(
  data: WorkbookData,
  kpi: KpiKey,
  scope: Scope,
  frequency: Frequency,
  today: number,
): Measurement {
  const period = PERIOD_OF_FREQUENCY[frequency];
  const h = history(data, kpi, scope, period, HISTORY_PERIODS[frequency], { asOfDay: today });
  const last = h.periods[h.periods.length - 1];
  return { period, asOf: last.end, baseline: last, history: h, window: kpiData(data, kpi).window };
}
