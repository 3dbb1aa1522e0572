// Why: the KPI values can come from somewhere other than the sheets (warehouse mode, issue 16).
// A source answers computeMetric for a WorkbookData; it is found lazily, once per data object,
// through one provider set by src/main.ts (the metrics engine cannot import the warehouse side,
// which imports it). Without a provider, or when it declines, the sheets answer as always. A
// source may also say where each KPI's data starts and stops (readiness.ts, compute.ts dataSpan):
// then the periods' readiness is judged on its data, not on sheets it does not read.
import type { WindowChoice } from '../../kpi/readiness';
import type { KpiKey } from './catalogue';
import type { WorkbookData } from './data';
import type { MetricValue } from './measure';
import type { Scope } from './scope';

/** A KPI's data as a source measures it (readiness.ts KpiData, without the sheet). */
export interface SourceCoverage {
  /** First and last dated day of the KPI's rows over the whole company; null when none. */
  readonly first: number | null;
  readonly last: number | null;
  /** The usual gap between its dated days (src/kpi/readiness usualGap, last 365 days). */
  readonly gap: number;
  /** The conversion window; null for a KPI without one. */
  readonly window: WindowChoice | null;
}

/** What a feature is about to read: a KPI, or a table of the source (aggregate), by grouping. */
export type SourceNeed = { readonly period: 'day' | 'week' | 'month' } & (
  { readonly kpi: KpiKey } | { readonly table: string }
);

export interface MetricSource {
  /** The KPI for the scope over [from, to); a MetricError when this source cannot answer it. */
  compute(kpi: KpiKey, scope: Scope, from: number, to: number): MetricValue;
  /**
   * The KPI's data span, usual gap and window in this source; a MetricError when it cannot say.
   * Absent: the sheets' are used.
   */
  coverage?(kpi: KpiKey): SourceCoverage;
  /**
   * Told the KPIs (and their grouping) a feature is about to read, a remote source fetches them
   * at the same time rather than one by one on first need. Optional: a hint, never required.
   */
  prefetch?(needs: readonly SourceNeed[]): void;
  /**
   * A table of the source that no catalogue KPI gives (the warehouse's funnel stage counts), its
   * measures summed over a span for a scope; a MetricError when it cannot.
   */
  aggregate?(
    table: string,
    scope: Scope,
    from: number,
    to: number,
  ): Readonly<Record<string, number | null>>;
  /** The teams and reps this source's data names (those fetched so far), A→Z. */
  scopeNames?(): { readonly teams: readonly string[]; readonly reps: readonly string[] };
}

/**
 * How many ISO weeks back from the as-of week a remote source's weekly tables go (three years): a
 * table by week and scope over all history would pass the 10,000 rows a warehouse KPI may bring
 * back for a firm of a few dozen reps. Earlier weeks are asked by month (or not at all).
 */
export const WEEKLY_HISTORY_WEEKS = 156;
/** The same for daily tables (a rolling 7-day summary and its 8-week trend need 63 days). */
export const DAILY_HISTORY_DAYS = 120;

type Provider = (data: WorkbookData) => MetricSource | undefined;

let provider: Provider | undefined;
const FOUND = new WeakMap<WorkbookData, MetricSource | null>();

/** Sets where sources come from (src/main.ts: the warehouse when its mode is on). */
export function setMetricSourceProvider(next: Provider | undefined): void {
  provider = next;
}

/** The source answering for this data, or undefined for the sheets (asked once per object). */
export function metricSourceOf(data: WorkbookData): MetricSource | undefined {
  if (provider === undefined) return undefined;
  let found = FOUND.get(data);
  if (found === undefined) {
    found = provider(data) ?? null;
    FOUND.set(data, found);
  }
  return found ?? undefined;
}
