// Why: the KPI values can come from somewhere other than the sheets (warehouse mode, issue 16).
// A source answers computeMetric for a WorkbookData; it is found lazily, once per data object,
// through one provider set by src/main.ts (the metrics engine cannot import the warehouse side,
// which imports it). Without a provider, or when it declines, the sheets answer as always.
import type { KpiKey } from './catalogue';
import type { WorkbookData } from './data';
import type { MetricValue } from './measure';
import type { Scope } from './scope';

export interface MetricSource {
  /** The KPI for the scope over [from, to); a MetricError when this source cannot answer it. */
  compute(kpi: KpiKey, scope: Scope, from: number, to: number): MetricValue;
}

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
