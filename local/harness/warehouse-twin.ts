// How the fake BigQuery service finds the DuckDB twin of a query, honestly: the harness that
// built the warehouse knows its table mapping in both dialects, so for the KPI named in the job's
// labels it asks the warehouse core's emitter for the GoogleSQL the add-on should have sent and
// the DuckDB query that computes the same. A received query (or parameter) that differs in any
// character is refused: the twin never guesses what a changed query means.
import type { EmitOptions, EmittedQuery, QueryParameter, Tables } from '../../src/warehouse/api';
import type { TwinRequest, TwinResolver } from '../services/bigquery-jobs';
import { withCoverageQueries } from '../services/bigquery-coverage';

export interface EmitterTwinOptions {
  /** The warehouse core's emitQuery (src/warehouse/emit.ts). */
  emit: (
    kpi: string,
    dialect: 'googlesql' | 'duckdb',
    tables: Tables,
    o: EmitOptions,
  ) => EmittedQuery;
  /** The mapping the add-on's settings give (`project.dataset.table`). */
  googleTables: Tables;
  /** The same tables in the twin (`schema.table`). */
  duckTables: Tables;
  /** The as-of day and time zone the add-on emits with (its spreadsheet's). */
  options: EmitOptions | ((request: TwinRequest) => EmitOptions);
}

const sameValue = (p: QueryParameter): string =>
  `${p.name}:${p.type}:${p.value === null ? 'NULL' : String(p.value)}`;

/** Where two texts first differ, shown for the refusal. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return `at character ${i + 1}: received …${JSON.stringify(a.slice(i, i + 40))}, emitted …${JSON.stringify(b.slice(i, i + 40))}`;
}

export function emitterTwinResolver(o: EmitterTwinOptions): TwinResolver {
  // The readiness of periods' coverage queries too (labels coverage_<table>).
  const emit = withCoverageQueries(o.emit);
  return (request) => {
    const kpi = request.labels.kpi;
    if (!kpi)
      throw new Error('DuckDB twin: the job has no "kpi" label, so its query cannot be recognised');
    const options = typeof o.options === 'function' ? o.options(request) : o.options;
    const expected = emit(kpi, 'googlesql', o.googleTables, options);
    if (expected.sql !== request.query)
      throw new Error(
        `DuckDB twin: the GoogleSQL received for KPI ${kpi} is not the emitter's, ${firstDifference(request.query, expected.sql)}`,
      );
    const received = request.parameters.map(sameValue).sort();
    const emitted = expected.parameters.map(sameValue).sort();
    if (received.join('\n') !== emitted.join('\n'))
      throw new Error(
        `DuckDB twin: the parameters received for KPI ${kpi} (${received.join(', ')}) are not the emitter's (${emitted.join(', ')})`,
      );
    const twin = emit(kpi, 'duckdb', o.duckTables, options);
    return { sql: twin.sql, parameters: twin.parameters };
  };
}
