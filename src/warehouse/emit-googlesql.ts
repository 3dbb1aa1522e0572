// The GoogleSQL (BigQuery) emitter: the shared plan written in BigQuery's dialect.
import type { EmittedQuery, Tables } from './api';
import type { Definition } from './definition';
import { GOOGLESQL } from './dialect';
import { buildQuery, type PlanOptions } from './plan';

export function emitGoogleSql(def: Definition, tables: Tables, options: PlanOptions): EmittedQuery {
  return buildQuery(def, GOOGLESQL, tables, options);
}
