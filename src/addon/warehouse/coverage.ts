// Why: in warehouse mode the periods' readiness (partial, maturing, stale: metrics/readiness.ts)
// must be judged on the warehouse's data, not on sheets a team may no longer fill. A KPI's first
// and last day, usual gap and conversion window come from its table's coverage query
// (src/warehouse/coverage*.ts), run through runQuery like a KPI's (dry run, bytes cap, labels,
// polling) once per table and execution; its answer (or failure) is kept for the execution.
import type { BigQueryJobs } from '../adapters/bigquery';
import { type KpiKey, MetricError } from '../metrics';
import { MEASURES } from '../metrics/measures';
import { lagOf } from '../metrics/readiness';
import type { SourceCoverage } from '../metrics/source';
import { SCHEMA } from '../schema';
import type { LogicalTable } from '../../warehouse/api';
import { COVERAGE, lagItem, readCoverage, type TableCoverage } from '../../warehouse/coverage';
import { emitCoverage } from '../../warehouse/coverage-emit';
import type { WarehouseContext } from './metric-source';
import { type BatchItem, runQuery } from './run-query';
import { googleSqlTables, type WarehouseSettings } from './settings';

export class WarehouseCoverage {
  private readonly tables = new Map<LogicalTable, TableCoverage | Error>();

  /** `context`: asked on the first query (the metric source's). */
  constructor(
    private readonly settings: WarehouseSettings,
    private readonly jobs: BigQueryJobs,
    private readonly context: () => WarehouseContext,
    private readonly pause: (ms: number) => void,
  ) {}

  /** The KPI's data in the warehouse; a MetricError when its table's query cannot run. */
  of(kpi: KpiKey): SourceCoverage {
    const measure = MEASURES[kpi];
    const table = SCHEMA[measure.sheet].en as LogicalTable;
    const found = this.table(table);
    const dates = found.dates[measure.date];
    if (!dates) throw new MetricError('warehouse', `No coverage of ${table}.${measure.date}`);
    const lag = lagOf(kpi);
    return { ...dates, window: lag ? found.lags[lagItem(lag[0], lag[1])] : null };
  }

  /** The coverage queries these KPIs need that are not known yet, for a batch (runQueries). */
  pending(kpis: readonly KpiKey[]): BatchItem[] {
    const tables = new Set(kpis.map((kpi) => SCHEMA[MEASURES[kpi].sheet].en as LogicalTable));
    const items: BatchItem[] = [];
    for (const table of tables) {
      const spec = COVERAGE[table];
      if (!spec || this.tables.has(table)) continue;
      items.push({
        query: () => this.emit(table),
        keep: (result) =>
          this.tables.set(table, result instanceof Error ? result : readCoverage(spec, result)),
      });
    }
    return items;
  }

  private table(table: LogicalTable): TableCoverage {
    let known = this.tables.get(table);
    if (known === undefined) {
      try {
        known = this.query(table);
      } catch (error) {
        known = error instanceof Error ? error : new Error(String(error));
      }
      this.tables.set(table, known);
    }
    if (known instanceof Error) throw new MetricError('warehouse', known.message);
    return known;
  }

  private query(table: LogicalTable): TableCoverage {
    const spec = COVERAGE[table];
    if (!spec) throw new Error(`No coverage is measured on the ${table} table`);
    const tables = googleSqlTables(this.settings);
    const result = runQuery(
      this.emit(table),
      { project: this.settings.project, location: this.settings.location, tables },
      { jobs: this.jobs, sleep: this.pause, language: this.context().language },
    );
    return readCoverage(spec, result);
  }

  private emit(table: LogicalTable) {
    const { asOf, timeZone } = this.context();
    return emitCoverage(table, 'googlesql', googleSqlTables(this.settings), { asOf, timeZone });
  }
}
