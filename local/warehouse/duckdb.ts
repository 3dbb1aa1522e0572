// The local warehouse: row arrays loaded into an in-memory DuckDB (tables typed as the warehouse
// declares them: src/warehouse/columns.ts), and emitted DuckDB queries run with their named
// parameters, results decoded to BigQuery's JSON wire forms (numbers, 'YYYY-MM-DD' dates, null).
// Dev and test only (@duckdb/node-api is a dev dependency, like HyperFormula).
import {
  type DuckDBConnection,
  DuckDBDateValue,
  DuckDBInstance,
  type DuckDBValue,
  dateValue,
  timestampTZValue,
} from '@duckdb/node-api';
import type {
  Cell,
  EmittedQuery,
  LogicalTable,
  ResultTable,
  Tables,
} from '../../src/warehouse/api';
import { dayOfIso } from '../../src/warehouse/calendar';
import { type ColumnType, WAREHOUSE_COLUMNS } from '../../src/warehouse/columns';
import type { RowTables } from '../../src/warehouse/evaluate';

const SQL_TYPES: Readonly<Record<ColumnType, string>> = {
  date: 'DATE',
  timestamp: 'TIMESTAMPTZ',
  number: 'DOUBLE',
  text: 'VARCHAR',
};

/** The DuckDB table of each logical table: main.<lower-case name>. */
export const LOCAL_TABLES: Tables = Object.fromEntries(
  (Object.keys(WAREHOUSE_COLUMNS) as LogicalTable[]).map((t) => [
    t,
    { table: `main.${t.toLowerCase()}` },
  ]),
);

function instantMs(cell: Cell): number {
  return typeof cell === 'number' ? cell : Date.parse(String(cell));
}

export class LocalWarehouse {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  /** An in-memory database, or one in the given file (its buffer pool bounded by memory_limit). */
  static async create(path = ':memory:'): Promise<LocalWarehouse> {
    const instance = await DuckDBInstance.create(path);
    return new LocalWarehouse(instance, await instance.connect());
  }

  /**
   * Creates and fills one table per given logical table; `extra` columns (a batch number such
   * as `seed`) are INTEGER columns in front; tables go to main or the given (existing) schema.
   */
  async load(tables: RowTables, extra: readonly string[] = [], schema = 'main'): Promise<void> {
    for (const [name, rows] of Object.entries(tables) as [LogicalTable, ResultTable][]) {
      const types = WAREHOUSE_COLUMNS[name];
      const columns = [...extra, ...Object.keys(types)];
      const ddl = columns.map(
        (c) => `"${c}" ${extra.includes(c) ? 'INTEGER' : SQL_TYPES[types[c]]}`,
      );
      const table = `${name.toLowerCase()}`;
      await this.connection.run(`CREATE OR REPLACE TABLE ${schema}.${table} (${ddl.join(', ')})`);
      const appender = await this.connection.createAppender(table, schema);
      const at = columns.map((c) => rows.columns.indexOf(c));
      for (const row of rows.rows) {
        columns.forEach((c, k) => {
          const cell = at[k] < 0 ? null : row[at[k]];
          if (cell === null || cell === undefined) return appender.appendNull();
          if (extra.includes(c)) return appender.appendInteger(Number(cell));
          switch (types[c]) {
            case 'date':
              return appender.appendDate(dateValue(dayOfIso(String(cell))));
            case 'timestamp':
              return appender.appendTimestampTZ(
                timestampTZValue(BigInt(Math.round(instantMs(cell))) * 1000n),
              );
            case 'number':
              return appender.appendDouble(Number(cell));
            case 'text':
              return appender.appendVarchar(String(cell));
          }
        });
        appender.endRow();
      }
      appender.closeSync();
    }
  }

  /** Runs an emitted DuckDB query with its parameters bound by name. */
  async run(query: EmittedQuery): Promise<ResultTable> {
    if (query.dialect !== 'duckdb') throw new Error(`Not a DuckDB query: ${query.dialect}`);
    const values: Record<string, DuckDBValue> = {};
    for (const p of query.parameters) values[p.name] = p.value;
    const reader = await this.connection.runAndReadAll(query.sql, values);
    return { columns: reader.columnNames(), rows: reader.getRows().map((r) => r.map(wireForm)) };
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** A DuckDB value as the adapter decodes BigQuery's JSON: numbers, date text, null. */
export function wireForm(v: DuckDBValue): Cell {
  if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
    return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof DuckDBDateValue) return v.toString();
  return String(v);
}
