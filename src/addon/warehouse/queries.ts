// Why: which KPI queries a warehouse refresh runs: every warehouse KPI's GoogleSQL query from the
// warehouse core's emitter (src/warehouse), for the tables the settings map. A KPI the settings
// cannot serve (a table not mapped) is reported, not dropped silently. Then the coverage query of
// each table (src/warehouse/coverage*.ts), which the periods' readiness runs on a refresh too.
import type { EmitOptions, EmittedQuery, KpiId, Tables } from '../../warehouse/api';
import { COVERED_TABLES, coverageId } from '../../warehouse/coverage';
import { emitCoverage } from '../../warehouse/coverage-emit';
import { emitQuery, WAREHOUSE_KPIS } from '../../warehouse/emit';

export type PlannedQuery = { kpi: KpiId; query: EmittedQuery } | { kpi: KpiId; error: string };

/** Every KPI's and coverage GoogleSQL query for these tables, or why it cannot be written. */
export function plannedQueries(tables: Tables, options: EmitOptions): PlannedQuery[] {
  const planned = (kpi: KpiId, emit: () => EmittedQuery): PlannedQuery => {
    try {
      return { kpi, query: emit() };
    } catch (error) {
      return { kpi, error: error instanceof Error ? error.message : String(error) };
    }
  };
  return [
    ...WAREHOUSE_KPIS.map((kpi) =>
      planned(kpi, () => emitQuery(kpi, 'googlesql', tables, options)),
    ),
    ...COVERED_TABLES.map((t) =>
      planned(coverageId(t), () => emitCoverage(t, 'googlesql', tables, options)),
    ),
  ];
}
