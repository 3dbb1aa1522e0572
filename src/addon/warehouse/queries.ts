// Why: which KPI queries a warehouse refresh runs: every warehouse KPI's GoogleSQL query from the
// warehouse core's emitter (src/warehouse), for the tables the settings map. A KPI the settings
// cannot serve (a table not mapped) is reported, not dropped silently.
import type { EmitOptions, EmittedQuery, KpiId, Tables } from '../../warehouse/api';
import { emitQuery, WAREHOUSE_KPIS } from '../../warehouse/emit';

export type PlannedQuery = { kpi: KpiId; query: EmittedQuery } | { kpi: KpiId; error: string };

/** Every KPI's GoogleSQL query for these tables, or why it cannot be written. */
export function plannedQueries(tables: Tables, options: EmitOptions): PlannedQuery[] {
  return WAREHOUSE_KPIS.map((kpi) => {
    try {
      return { kpi, query: emitQuery(kpi, 'googlesql', tables, options) };
    } catch (error) {
      return { kpi, error: error instanceof Error ? error.message : String(error) };
    }
  });
}
