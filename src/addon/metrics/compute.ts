// The engine's entry points: a KPI for a scope over any span of days, and a KPI per calendar
// period (ISO weeks starting on Monday, months, quarters, from src/kpi/days). Each call reads
// only the rows of its span (tables are read and indexed once per WorkbookData, see data.ts).
import { addPeriods, type Period, periodStart } from '../../kpi/days';
import { isKpiKey, type KpiEntry, kpiEntry, type KpiKey, KPI_KEYS } from './catalogue';
import { readTables, type WorkbookData } from './data';
import { MetricError } from './errors';
import type { MetricValue, Query } from './measure';
import { MEASURES } from './measures';
import { statusOf, type WindowOverrides } from './readiness';
import type { PeriodStatus } from '../../kpi/readiness';
import { type Scope } from './scope';
import { metricSourceOf } from './source';

export type { MetricValue } from './measure';
export type MetricPeriod = Exclude<Period, 'day'>;

export interface SeriesPoint extends MetricValue {
  /** The period's first day and the first day after it (calendar-day numbers). */
  readonly start: number;
  readonly end: number;
  /** False for the period still running at the series' end (its value may still change). */
  readonly complete: boolean;
  /**
   * Whether the period can be judged as of the series' day: complete, or still running,
   * maturing (conversions still arriving) or partial (its data stops inside it); see
   * src/kpi/readiness. Only complete periods alert or draw a fall.
   */
  readonly status: PeriodStatus;
}

export interface SeriesOptions {
  /** "Today" for the periods' status; default: the series' end day. */
  readonly asOf?: number;
  /** Conversion windows set by the user, by KPI. */
  readonly windows?: WindowOverrides;
}

/** More periods than this in one series is a mistyped date, not a chart anyone reads. */
const MAX_PERIODS = 5000;

/**
 * The KPI for a scope over the days from `fromDay` (included) to `toDayExclusive` (excluded).
 * value is null when the KPI is not defined there (no leads for a conversion, no answers for an
 * NPS, no data at all for a count). Throws a MetricError for an unknown KPI, a scope type the KPI
 * does not support, a column its sheet lacks, or an empty span.
 */
export function computeMetric(
  data: WorkbookData,
  kpiKey: KpiKey,
  scope: Scope,
  fromDay: number,
  toDayExclusive: number,
): MetricValue {
  checkRequest(kpiKey, scope);
  if (!(Number.isInteger(fromDay) && Number.isInteger(toDayExclusive) && fromDay < toDayExclusive))
    throw new MetricError(
      'bad period',
      `The period must run from a day to a later day (got ${fromDay} to ${toDayExclusive})`,
    );
  const source = metricSourceOf(data);
  const result = source
    ? source.compute(kpiKey, scope, fromDay, toDayExclusive)
    : fromSheets(data, kpiKey, { scope, from: fromDay, to: toDayExclusive });
  // Sums past the largest double (absurd amounts) must not reach a cell as Infinity.
  return result.value === null || Number.isFinite(result.value)
    ? result
    : { ...result, value: null };
}

/** The KPI computed from the sheets' rows (the default source). */
function fromSheets(
  data: WorkbookData,
  kpiKey: KpiKey,
  period: Omit<Query, 'tables'>,
): MetricValue {
  const tables = readTables(data);
  const measure = MEASURES[kpiKey];
  if (measure.total) {
    const span = dataSpan(data, kpiKey);
    if (span === null || span.last < period.from || span.first >= period.to)
      return { value: null, volume: 0 };
  }
  return measure.compute({ tables, ...period });
}

/**
 * The KPI for each calendar period from the one holding `fromDay` to the one holding the day
 * before `toDay` (exclusive): whole periods, the last one marked incomplete when it runs past
 * `toDay`.
 */
export function metricSeries(
  data: WorkbookData,
  kpiKey: KpiKey,
  scope: Scope,
  period: MetricPeriod,
  fromDay: number,
  toDay: number,
  options: SeriesOptions = {},
): SeriesPoint[] {
  checkRequest(kpiKey, scope);
  const asOf = options.asOf ?? toDay;
  const points: SeriesPoint[] = [];
  for (let start = periodStart(fromDay, period); start < toDay;) {
    if (points.length === MAX_PERIODS)
      throw new MetricError('bad period', `A series is limited to ${MAX_PERIODS} periods`);
    const end = addPeriods(start, period, 1);
    const value = computeMetric(data, kpiKey, scope, start, end);
    const status = statusOf(data, kpiKey, start, end, asOf, options.windows);
    points.push({ start, end, complete: end <= toDay, status, ...value });
    start = end;
  }
  return points;
}

/**
 * The first and last day of the KPI's source rows over the whole company (Activities' Date for
 * calls, Pipeline's Lead date for lead → opportunity…), or null when there is none; from the
 * metric source when it measures its data (warehouse mode).
 */
export function dataSpan(
  data: WorkbookData,
  kpiKey: KpiKey,
): { first: number; last: number } | null {
  const source = metricSourceOf(data);
  if (source?.coverage) {
    // The source's own data (a MetricError when it cannot say, as a sheet without the column).
    const { first, last } = source.coverage(kpiKey);
    return first === null || last === null ? null : { first, last };
  }
  const measure = MEASURES[kpiKey];
  const index = readTables(data).index(measure.sheet, measure.date as never, { type: 'company' });
  const n = index.days.length;
  return n === 0 ? null : { first: index.days[0], last: index.days[n - 1] };
}

function checkRequest(kpiKey: string, scope: Scope): KpiEntry {
  if (!isKpiKey(kpiKey))
    throw new MetricError(
      'unknown kpi',
      `Unknown KPI "${kpiKey}"; known KPIs: ${KPI_KEYS.join(', ')}`,
    );
  const entry = kpiEntry(kpiKey);
  if (!entry.scopes.includes(scope.type))
    throw new MetricError(
      'unsupported scope',
      `${entry.name.en} cannot be computed for a ${scope.type}: its data has no ${scope.type} ` +
        `(it supports ${entry.scopes.join(', ')})`,
    );
  return entry;
}
