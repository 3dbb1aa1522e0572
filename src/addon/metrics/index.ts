// The metrics engine's public surface: the KPI catalogue, the workbook data it reads, and the
// computations the wizard, alerts, dashboard and summaries share.
export * from './catalogue';
export { achievability, type Achievability, type Verdict } from './achievability';
export {
  computeMetric,
  dataSpan,
  metricSeries,
  type MetricPeriod,
  type MetricValue,
  type SeriesOptions,
  type SeriesPoint,
} from './compute';
export {
  columnsFromHeader,
  missingTable,
  readTables,
  type ReadProblem,
  schemaOrderTable,
  SOURCE_SHEETS,
  type SourceSheet,
  type SourceTable,
  Tables,
  type WorkbookData,
} from './data';
export { MetricError, metricMessage, type MetricErrorCode } from './errors';
export { missingSheetError } from './tables';
export { staleNote } from './stale-note';
export {
  type MetricSource,
  type SourceNeed,
  metricSourceOf,
  setMetricSourceProvider,
  DAILY_HISTORY_DAYS,
  WEEKLY_HISTORY_WEEKS,
} from './source';
export { formatValue, valueFormat } from './format';
export { baseline, history, type History, type HistoryOptions } from './history';
export {
  COMPANY,
  describeScope,
  type Scope,
  SCOPE_TYPE_LIST,
  type ScopeType,
  scopeKey,
} from './scope';
export {
  coverage,
  hasConversionWindow,
  judgedEnd,
  kpiData,
  type KpiData,
  kpiIsStale,
  statusOf,
  type WindowOverrides,
  WINDOW_KPIS,
} from './readiness';
export { listScopes, scopesInData, type ScopesInData } from './scopes-in-data';
