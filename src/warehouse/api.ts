// The contract between the warehouse core (src/warehouse: KPI definitions, SQL emitters, the
// finishing of results in JavaScript) and the add-on's BigQuery side (src/addon/warehouse), which
// runs the emitted queries and hands back their small aggregated results. Types only: pure, no
// Apps Script, no Node. Changes are append-only (notes/WAREHOUSE-API.md).

export type Dialect = 'googlesql' | 'duckdb';

/**
 * The workbook sheet a warehouse table stands for: the English sheet names of src/addon/schema.ts
 * (deals live on the Pipeline sheet, so there is no separate Deals table).
 */
export type LogicalTable = 'Activities' | 'Pipeline' | 'Customers' | 'Orders' | 'Surveys' | 'Spend';

export interface TableMapping {
  /** GoogleSQL: 'project.dataset.table'; DuckDB: 'schema.table' (the emitter quotes it). */
  table: string;
  /**
   * logical column (the workbook header key of src/addon/schema.ts, e.g. 'wonDate') -> warehouse
   * column name. Missing = same name.
   */
  columns?: Readonly<Record<string, string>>;
}

export type Tables = Readonly<Partial<Record<LogicalTable, TableMapping>>>;

export interface QueryParameter {
  name: string;
  type: 'DATE' | 'STRING' | 'INT64' | 'FLOAT64' | 'BOOL';
  value: string | number | boolean | null;
}

export interface EmitOptions {
  /** YYYY-MM-DD, the spreadsheet's date (no CURRENT_DATE in SQL, so results cache). */
  asOf: string;
  /** IANA time zone of the spreadsheet: calendar dates of timestamps are taken in it. */
  timeZone: string;
  /** Appended: the period rows are grouped by; 'month' when absent (ISO weeks start on Monday). */
  period?: WarehousePeriod;
  /** Appended: YYYY-MM-DD, the first day read (all history up to asOf when absent). */
  from?: string;
}

/** Appended: the periods a warehouse KPI is grouped by. */
export type WarehousePeriod = 'day' | 'week' | 'month';

/** One KPI definition's id, e.g. 'conversion', 'win_rate', 'aov' (see WAREHOUSE_KPIS). */
export type KpiId = string;

export interface EmittedQuery {
  kpi: KpiId;
  dialect: Dialect;
  sql: string;
  parameters: QueryParameter[];
  /** tables read, for the cost estimate */
  reads: LogicalTable[];
}

export type Cell = string | number | boolean | null;

/**
 * A query's result (raw) or a finished KPI table. Values use BigQuery's JSON wire forms after
 * decoding by the adapter: INT64/FLOAT64 as numbers, DATE as 'YYYY-MM-DD' strings, NULL as null.
 */
export interface ResultTable {
  columns: string[];
  rows: Cell[][];
}

// Functions (src/warehouse/emit.ts, src/warehouse/finish.ts):
// emitQuery(kpi: KpiId, dialect: Dialect, tables: Tables, options: EmitOptions): EmittedQuery
// finishResult(kpi: KpiId, raw: ResultTable, options: EmitOptions): ResultTable // gap filling etc.
// WAREHOUSE_KPIS: readonly KpiId[]
