// Why: warehouse mode on a local workbook in one call (the playground's demo, tests): the DuckDB
// twin built from the workbook's sheets, the fake BigQuery service registered for the project's
// state with the emitter-based resolver, and the settings the add-on's Warehouse page should
// save for it. The runtime must also be opened with the warehouse manifest's scopes and advanced
// service (warehouseRuntimeOptions), as a deployment of appsscript.warehouse.json would be.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../runtime/context';
import type { LocalState } from '../runtime/state';
import type { LocalWorkbook } from '../workbook';
import { FakeBigQuery } from '../services/bigquery-jobs';
import { registerBigQuery } from '../services/bigquery';
import { DuckTwin } from '../services/bigquery-twin';
import type { LogicalTable, Tables, WarehousePeriod } from '../../src/warehouse/api';
import { emitterTwinResolver, type EmitterTwinOptions } from './warehouse-twin';
import { loadWorkbookTwin, type WarehouseColumnTypes } from './workbook-twin';

export interface WarehouseFakeOptions {
  workbook: LocalWorkbook;
  /** The warehouse core's emitQuery. */
  emit: EmitterTwinOptions['emit'];
  /** The warehouse core's column types (src/warehouse/columns.ts WAREHOUSE_COLUMNS). */
  columns: WarehouseColumnTypes;
  /** The runtime's clock: the add-on emits with today in the spreadsheet's zone. */
  clock: Clock;
  projectId?: string;
  dataset?: string;
  location?: string;
}

export interface WarehouseFake {
  twin: DuckTwin;
  fake: FakeBigQuery;
  /** What the Warehouse page saves for this warehouse (saveWarehouseSettings' form). */
  settings: {
    project: string;
    dataset: string;
    location: string;
    tables: Partial<Record<LogicalTable, { table: string; columns: Record<string, string> }>>;
  };
}

/** The scopes and advanced services of appsscript.warehouse.json, for createRuntime. */
export function warehouseRuntimeOptions(): {
  oauthScopes: string[];
  advancedServices: string[];
} {
  const manifest = JSON.parse(
    readFileSync(join(__dirname, '../../appsscript.warehouse.json'), 'utf8'),
  ) as {
    oauthScopes: string[];
    dependencies: { enabledAdvancedServices: Array<{ userSymbol: string }> };
  };
  return {
    oauthScopes: manifest.oauthScopes,
    advancedServices: manifest.dependencies.enabledAdvancedServices.map((s) => s.userSymbol),
  };
}

export function installWarehouseFake(state: LocalState, o: WarehouseFakeOptions): WarehouseFake {
  const project = o.projectId ?? 'sales-kpi-demo';
  const dataset = o.dataset ?? 'crm';
  const location = o.location ?? 'EU';
  const twin = new DuckTwin();
  loadWorkbookTwin(twin, o.workbook, o.columns);
  const names = Object.keys(o.columns) as LogicalTable[];
  const tableOf = (t: LogicalTable): string => t.toLowerCase();
  const googleTables: Tables = Object.fromEntries(
    names.map((t) => [t, { table: `${project}.${dataset}.${tableOf(t)}` }]),
  );
  const duckTables: Tables = Object.fromEntries(
    names.map((t) => [t, { table: `main.${tableOf(t)}` }]),
  );
  const days = new Intl.DateTimeFormat('en-CA', { timeZone: o.workbook.timeZone });
  const fake = new FakeBigQuery({
    twin,
    projectId: project,
    location,
    resolve: emitterTwinResolver({
      emit: o.emit,
      googleTables,
      duckTables,
      // The grouping is in the job's "period" label when it is not the default month; a first
      // day read, in its from_date parameter (the emitted query then has that condition).
      options: (request) => {
        const from = request.parameters.find((p) => p.name === 'from_date')?.value;
        return {
          asOf: days.format(o.clock.now()),
          timeZone: o.workbook.timeZone,
          ...(request.labels.period ? { period: request.labels.period as WarehousePeriod } : {}),
          ...(typeof from === 'string' ? { from } : {}),
        };
      },
    }),
  });
  registerBigQuery(state, fake);
  return {
    twin,
    fake,
    settings: {
      project,
      dataset,
      location,
      tables: Object.fromEntries(names.map((t) => [t, { table: tableOf(t), columns: {} }])),
    },
  };
}
