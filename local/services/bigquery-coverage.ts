// Why: besides the KPI queries, warehouse mode runs one coverage query per table (the readiness
// of periods: src/warehouse/coverage*.ts), labelled `kpi: coverage_<table>`. The fake BigQuery's
// twin resolver recognises them as strictly as the KPI queries: for such a label it asks the
// coverage emitter for the GoogleSQL the add-on must have sent (any difference is refused) and
// the DuckDB twin that measures the same; any other label goes to the KPI emitter.
import type { Dialect, EmitOptions, EmittedQuery, Tables } from '../../src/warehouse/api';
import { coverageTable } from '../../src/warehouse/coverage';
import { emitCoverage } from '../../src/warehouse/coverage-emit';

export type Emit = (kpi: string, dialect: Dialect, tables: Tables, o: EmitOptions) => EmittedQuery;

/** The KPI emitter, extended with the coverage queries' ids. */
export function withCoverageQueries(emit: Emit): Emit {
  return (kpi, dialect, tables, options) => {
    const table = coverageTable(kpi);
    // A coverage query has no period or start: it measures all history up to as_of.
    if (table)
      return emitCoverage(table, dialect, tables, {
        asOf: options.asOf,
        timeZone: options.timeZone,
      });
    return emit(kpi, dialect, tables, options);
  };
}
