// Why: which queries a warehouse refresh runs: every warehouse KPI's GoogleSQL query from the
// warehouse core's emitter (src/warehouse), for the tables the settings map, by month; by ISO week
// those the dashboard's weekly series read (dashboard/series-values.ts), over the weeks the
// weekly tables keep (history-window.ts); then the coverage query
// of each table (src/warehouse/coverage*.ts), which the periods' readiness runs on a refresh too.
// A query the settings cannot serve (a table not mapped) is reported, not dropped silently.
import type {
  EmitOptions,
  EmittedQuery,
  KpiId,
  Tables,
  WarehousePeriod,
} from '../../warehouse/api';
import { COVERED_TABLES, coverageId } from '../../warehouse/coverage';
import { emitCoverage } from '../../warehouse/coverage-emit';
import { emitQuery, WAREHOUSE_KPIS } from '../../warehouse/emit';
import { SERIES_PARTS } from '../dashboard/series-values';
import { WAREHOUSE_KPI_OF } from './kpi-map';
import { historyFrom } from './history-window';

/** A planned query; `period` only for a grouping other than the default month (its label). */
export type PlannedQuery = { kpi: KpiId; period?: WarehousePeriod } & (
  { query: EmittedQuery } | { error: string }
);

/** The warehouse KPIs the dashboard also reads by week. */
export const WEEKLY_KPIS: readonly KpiId[] = [
  ...new Set(
    Object.values(SERIES_PARTS)
      .filter((part) => part.grain === 'week')
      .map((part) => WAREHOUSE_KPI_OF[part.kpi]?.[0])
      .filter((id): id is KpiId => id !== undefined),
  ),
];

/** Every KPI's (by month, then the weekly ones) and coverage query for these tables, or why not. */
export function plannedQueries(tables: Tables, options: EmitOptions): PlannedQuery[] {
  const planned = (kpi: KpiId, emit: () => EmittedQuery, period?: WarehousePeriod) => {
    const at = period ? { kpi, period } : { kpi };
    try {
      return { ...at, query: emit() };
    } catch (error) {
      return { ...at, error: error instanceof Error ? error.message : String(error) };
    }
  };
  return [
    ...WAREHOUSE_KPIS.map((kpi) =>
      planned(kpi, () => emitQuery(kpi, 'googlesql', tables, options)),
    ),
    ...WEEKLY_KPIS.map((kpi) =>
      planned(
        kpi,
        () =>
          emitQuery(kpi, 'googlesql', tables, {
            ...options,
            period: 'week',
            from: historyFrom(options.asOf, 'week'),
          }),
        'week',
      ),
    ),
    ...COVERED_TABLES.map((t) =>
      planned(coverageId(t), () => emitCoverage(t, 'googlesql', tables, options)),
    ),
  ];
}
