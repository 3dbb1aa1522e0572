// The DuckDB emitter: the shared plan written in DuckDB's dialect (the local twin of BigQuery).
import type { EmittedQuery, Tables } from './api';
import type { Definition } from './definition';
import { DUCKDB } from './dialect';
import { buildQuery, type PlanOptions } from './plan';

export function emitDuckDb(def: Definition, tables: Tables, options: PlanOptions): EmittedQuery {
  return buildQuery(def, DUCKDB, tables, options);
}
