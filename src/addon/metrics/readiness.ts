// The workbook's side of src/kpi/readiness: for each KPI, where its data starts and stops, the
// usual gap between its dated rows, and (for the KPIs whose numerator arrives after their
// denominator) the conversion window measured from the Pipeline's own lags. Measured once per
// WorkbookData over the whole company (the window and the gap are properties of the way the
// firm sells and logs, not of one team's few deals); the alerts, tiles, wizard and summaries
// all ask the same question here: can this period be judged yet? When the KPI values come from
// another source that measures its own data (warehouse mode: source.ts), its answer is used and
// the sheets are not read for it.
import {
  conversionWindow,
  type Coverage,
  isStale,
  judgedUntil,
  type PeriodStatus,
  periodStatus,
  usualGap,
  type WindowChoice,
} from '../../kpi/readiness';
import type { KpiKey } from './catalogue';
import { readTables, type SourceSheet, type WorkbookData } from './data';
import { MetricError } from './errors';
import { MEASURES } from './measures';
import { type MetricSource, metricSourceOf, type SourceCoverage } from './source';

/** The stage dates a conversion KPI's lag runs between; other KPIs are final when their period ends. */
const LAGS: Partial<Record<KpiKey, readonly [string, string]>> = {
  lead_to_opportunity: ['leadDate', 'opportunityDate'],
  opportunity_to_proposal: ['opportunityDate', 'proposalDate'],
};

/** The KPIs with a conversion window (the ones a user may set one for). */
export const WINDOW_KPIS = Object.keys(LAGS) as KpiKey[];

/** The stage dates a conversion KPI's lag runs between (from, to); undefined for the others. */
export function lagOf(kpi: KpiKey): readonly [string, string] | undefined {
  return LAGS[kpi];
}

/** KPIs judged on cohorts: their value for a period keeps rising after it ends. */
export function hasConversionWindow(kpi: KpiKey): boolean {
  return LAGS[kpi] !== undefined;
}

export interface KpiData {
  readonly sheet: SourceSheet;
  readonly first: number | null;
  readonly last: number | null;
  readonly gap: number;
  /** null for a KPI without a conversion window. */
  readonly window: WindowChoice | null;
}

/** Conversion windows typed by the user (days), by KPI: they replace the measured ones. */
export type WindowOverrides = Readonly<Partial<Record<KpiKey, number>>>;

/** The KPI's data span, usual gap and conversion window (a sheet lacking a column has none). */
export function kpiData(data: WorkbookData, kpi: KpiKey): KpiData {
  const tables = readTables(data);
  return tables.cached(`readiness ${kpi}`, () => {
    const measure = MEASURES[kpi];
    const source = metricSourceOf(data);
    if (source?.coverage) return { sheet: measure.sheet, ...sourceCoverage(source, kpi) };
    let days: Float64Array = new Float64Array(0);
    try {
      days = tables.index(measure.sheet, measure.date as never, { type: 'company' }).days;
    } catch {
      // A sheet without the KPI's date column: no data (computing the KPI says why).
    }
    const n = days.length;
    return {
      sheet: measure.sheet,
      first: n ? days[0] : null,
      last: n ? days[n - 1] : null,
      gap: tables.cached(`usual gap ${measure.sheet}.${measure.date}`, () => recentGap(days)),
      window: windowOf(data, kpi),
    };
  });
}

/**
 * The source's answer; when it cannot give one (a MetricError: a table not mapped, a query
 * refused), no data, as for a sheet lacking the KPI's date column (computing the KPI says why).
 */
function sourceCoverage(source: MetricSource, kpi: KpiKey): SourceCoverage {
  try {
    const { first, last, gap, window } = source.coverage!(kpi);
    return { first, last, gap, window };
  } catch (error) {
    if (!(error instanceof MetricError)) throw error;
    const window = hasConversionWindow(kpi) ? conversionWindow([]) : null;
    return { first: null, last: null, gap: usualGap([]), window };
  }
}

/** The usual gap of the last year of dates: how the sheet is kept now, not years ago. */
function recentGap(days: Float64Array): number {
  const n = days.length;
  if (n === 0) return usualGap(days);
  let from = n - 1;
  while (from > 0 && days[from - 1] >= days[n - 1] - RECENT_DAYS) from--;
  return usualGap(days.subarray(from));
}

const RECENT_DAYS = 365;

function windowOf(data: WorkbookData, kpi: KpiKey): WindowChoice | null {
  const stages = LAGS[kpi];
  if (!stages) return null;
  const tables = readTables(data);
  try {
    const from = tables.column('pipeline', stages[0] as 'leadDate');
    const to = tables.column('pipeline', stages[1] as 'leadDate');
    const lags: number[] = [];
    for (let r = 0; r < from.length; r++) {
      const lag = to[r] - from[r];
      if (lag === lag) lags.push(lag);
    }
    return conversionWindow(lags);
  } catch {
    return conversionWindow([]);
  }
}

/** The KPI's coverage as of a day, with the user's window when one is set. */
export function coverage(
  data: WorkbookData,
  kpi: KpiKey,
  asOf: number,
  overrides: WindowOverrides = {},
): Coverage {
  const d = kpiData(data, kpi);
  const own = overrides[kpi];
  const window = d.window === null ? 0 : own !== undefined && own >= 0 ? own : d.window.days;
  return { asOf, first: d.first, last: d.last, gap: d.gap, window };
}

/** The status of a KPI's period (see src/kpi/readiness). */
export function statusOf(
  data: WorkbookData,
  kpi: KpiKey,
  start: number,
  end: number,
  asOf: number,
  overrides?: WindowOverrides,
): PeriodStatus {
  return periodStatus(start, end, coverage(data, kpi, asOf, overrides));
}

/** The latest end of a period the KPI can be judged on as of a day (see judgedUntil). */
export function judgedEnd(
  data: WorkbookData,
  kpi: KpiKey,
  asOf: number,
  overrides?: WindowOverrides,
): number {
  return judgedUntil(coverage(data, kpi, asOf, overrides));
}

/** The KPI's sheet has had no new row for longer than its usual gap. */
export function kpiIsStale(data: WorkbookData, kpi: KpiKey, asOf: number): boolean {
  const d = kpiData(data, kpi);
  return isStale(d.last, d.gap, asOf);
}
