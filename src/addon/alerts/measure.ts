// One KPI value per (KPI, scope, span), computed once per evaluation: the alert, its recovery
// check and the pace check of a rule often ask for the same value.
import {
  computeMetric,
  type KpiKey,
  type MetricValue,
  type Scope,
  scopeKey,
  type WorkbookData,
} from '../metrics';

export type Measure = (kpi: KpiKey, scope: Scope, from: number, to: number) => MetricValue;

export function measureWith(data: WorkbookData): Measure {
  const memo = new Map<string, MetricValue>();
  return (kpi, scope, from, to) => {
    const key = `${kpi}|${scopeKey(scope)}|${from}|${to}`;
    let value = memo.get(key);
    if (value === undefined) {
      value = computeMetric(data, kpi, scope, from, to);
      memo.set(key, value);
    }
    return value;
  };
}
