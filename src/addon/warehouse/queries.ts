// Why: which KPI queries a warehouse refresh runs. The queries come from the warehouse core's
// emitters (src/warehouse: emitQuery and WAREHOUSE_KPIS), which src/main.ts plugs in at load
// with useWarehouseQueries, so this folder depends only on their types (src/warehouse/api.ts).
// A KPI the settings cannot serve (a table not mapped) is reported, not dropped silently.
import type { Dialect, EmitOptions, EmittedQuery, KpiId, Tables } from '../../warehouse/api';

export interface QuerySource {
  kpis: readonly KpiId[];
  emit: (kpi: KpiId, dialect: Dialect, tables: Tables, options: EmitOptions) => EmittedQuery;
}

export type PlannedQuery = { kpi: KpiId; query: EmittedQuery } | { kpi: KpiId; error: string };

let source: QuerySource | undefined;

/** Called once at load by src/main.ts with the warehouse core's emitter. */
export function useWarehouseQueries(queries: QuerySource): void {
  source = queries;
}

/** True once an emitter is plugged in (a build without the warehouse core has none). */
export function hasWarehouseQueries(): boolean {
  return source !== undefined;
}

/** Every KPI's GoogleSQL query for these tables, or why it cannot be written. */
export function plannedQueries(tables: Tables, options: EmitOptions): PlannedQuery[] {
  if (!source) return [];
  const { emit } = source;
  return source.kpis.map((kpi) => {
    try {
      return { kpi, query: emit(kpi, 'googlesql', tables, options) };
    } catch (error) {
      return { kpi, error: error instanceof Error ? error.message : String(error) };
    }
  });
}
