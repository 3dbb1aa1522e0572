// What a KPI achieved for a scope in the past, for the wizard's Measurable and Achievable steps:
// the baseline (the last complete period of the tracking frequency) and the worst, median and
// best of the last complete periods, "worst" and "best" following the KPI's better direction
// (the shortest cycle is the best one). "Complete" is src/kpi/readiness's: ended, mature (a
// conversion's leads have all had its window) and not cut short by data that stops inside it;
// a baseline taken on a maturing month would set every target too low.
import { addPeriods, periodStart } from '../../kpi/days';
import { median } from '../../kpi/stats';
import { kpiEntry, type KpiKey } from './catalogue';
import { dataSpan, metricSeries, type MetricPeriod, type SeriesPoint } from './compute';
import type { WorkbookData } from './data';
import { MetricError } from './errors';
import { judgedEnd, type WindowOverrides } from './readiness';
import type { Scope } from './scope';

export interface History {
  readonly kpi: KpiKey;
  readonly scope: Scope;
  readonly period: MetricPeriod;
  /** The complete periods looked at, oldest first (values may be null). */
  readonly periods: readonly SeriesPoint[];
  /** Periods with less volume do not count (noise); 0 counts every period with a value. */
  readonly minVolume: number;
  /** How many of them count (a value, and at least the minimum volume). */
  readonly defined: number;
  /** Over the periods that count; null when none does. */
  readonly worst: number | null;
  readonly median: number | null;
  readonly best: number | null;
}

export interface HistoryOptions {
  /**
   * "Today": periods ending after it are not complete. Default: the day after the KPI's last
   * source row (the workbook's own present), so history works on any data without a clock.
   */
  readonly asOfDay?: number;
  /** Periods with less volume are left out of worst/median/best (noise). Default 0. */
  readonly minVolume?: number;
  /** Conversion windows set by the user, by KPI. */
  readonly windows?: WindowOverrides;
}

/** The last `count` complete periods before `asOfDay` and their worst, median and best. */
export function history(
  data: WorkbookData,
  kpiKey: KpiKey,
  scope: Scope,
  period: MetricPeriod,
  count: number,
  options: HistoryOptions = {},
): History {
  if (!(Number.isInteger(count) && count >= 1))
    throw new MetricError('bad period', `count must be a whole number of periods (got ${count})`);
  const asOf = options.asOfDay ?? defaultAsOf(data, kpiKey);
  const minVolume = options.minVolume ?? 0;
  const periods: SeriesPoint[] = [];
  if (asOf !== null) {
    const end = periodStart(judgedEnd(data, kpiKey, asOf, options.windows), period);
    const from = addPeriods(end, period, -count);
    periods.push(
      ...metricSeries(data, kpiKey, scope, period, from, end, { asOf, windows: options.windows }),
    );
  }
  const values = countedValues(periods, minVolume);
  const stats = summary(values, kpiEntry(kpiKey).higherIsBetter);
  return { kpi: kpiKey, scope, period, periods, minVolume, defined: values.length, ...stats };
}

/** The last complete (and mature, whole) period before `asOfDay`. */
export function baseline(
  data: WorkbookData,
  kpiKey: KpiKey,
  scope: Scope,
  period: MetricPeriod,
  asOfDay: number,
  windows?: WindowOverrides,
): SeriesPoint {
  const end = periodStart(judgedEnd(data, kpiKey, asOfDay, windows), period);
  const from = addPeriods(end, period, -1);
  return metricSeries(data, kpiKey, scope, period, from, end, { asOf: asOfDay, windows })[0];
}

function defaultAsOf(data: WorkbookData, kpiKey: KpiKey): number | null {
  const span = dataSpan(data, kpiKey);
  return span === null ? null : span.last + 1;
}

function summary(values: number[], higherIsBetter: boolean) {
  if (values.length === 0) return { worst: null, median: null, best: null };
  let low = values[0];
  let high = values[0];
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return {
    worst: higherIsBetter ? low : high,
    median: median(Float64Array.from(values)),
    best: higherIsBetter ? high : low,
  };
}

/** The values of the periods that count: complete, a value, and at least the minimum volume. */
export function countedValues(periods: readonly SeriesPoint[], minVolume: number): number[] {
  const out: number[] = [];
  for (const p of periods)
    if (p.value !== null && p.volume >= minVolume && p.status === 'complete') out.push(p.value);
  return out;
}
