// emitQuery (api.ts): a warehouse KPI's query in a dialect.
import type { Dialect, EmitOptions, EmittedQuery, KpiId, Tables } from './api';
import { definitionOf } from './definitions';
import { emitDuckDb } from './emit-duckdb';
import { emitGoogleSql } from './emit-googlesql';

export { WAREHOUSE_KPIS } from './definitions';

export function emitQuery(
  kpi: KpiId,
  dialect: Dialect,
  tables: Tables,
  options: EmitOptions,
): EmittedQuery {
  const def = definitionOf(kpi);
  return dialect === 'googlesql'
    ? emitGoogleSql(def, tables, options)
    : emitDuckDb(def, tables, options);
}
