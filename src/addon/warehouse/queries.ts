// Why: which KPI queries a warehouse refresh runs: every warehouse KPI's GoogleSQL query from the
// warehouse core's emitter (src/warehouse), for the tables the settings map, by month; and by ISO
// week those the dashboard's weekly series read (dashboard/series-values.ts). A KPI the settings
// cannot serve (a table not mapped) is reported, not dropped silently.
import type {
  EmitOptions,
  EmittedQuery,
  KpiId,
  Tables,
  WarehousePeriod,
} from '../../warehouse/api';
import { emitQuery, WAREHOUSE_KPIS } from '../../warehouse/emit';
import { SERIES_PARTS } from '../dashboard/series-values';
import { WAREHOUSE_KPI_OF } from './kpi-map';

export type PlannedQuery = { kpi: KpiId; period: WarehousePeriod } & (
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

/** Every KPI's GoogleSQL query for these tables (by month, then the weekly ones), or why not. */
export function plannedQueries(tables: Tables, options: EmitOptions): PlannedQuery[] {
  const plan = (kpi: KpiId, period: WarehousePeriod): PlannedQuery => {
    try {
      return { kpi, period, query: emitQuery(kpi, 'googlesql', tables, { ...options, period }) };
    } catch (error) {
      return { kpi, period, error: error instanceof Error ? error.message : String(error) };
    }
  };
  return [
    ...WAREHOUSE_KPIS.map((kpi) => plan(kpi, 'month')),
    ...WEEKLY_KPIS.map((kpi) => plan(kpi, 'week')),
  ];
}
