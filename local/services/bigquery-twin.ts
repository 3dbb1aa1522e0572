// Why: the fake BigQuery service (bigquery.ts) answers from a DuckDB database, the "twin" of the
// team's warehouse. DuckDB's Node API is asynchronous while Apps Script services are synchronous,
// so the database lives in a worker thread (bigquery-worker.mjs) and each call here blocks until
// the worker answers (synckit). One worker serves every twin of the process.
import { join } from 'node:path';
import { createSyncFn } from 'synckit';
import type { QueryParameter } from '../../src/warehouse/api';

export interface TwinResult {
  columns: string[];
  /** DuckDB's type names: BIGINT, DOUBLE, DATE, VARCHAR, BOOLEAN, DECIMAL(18,3), … */
  types: string[];
  /** JSON forms: 64-bit integers as strings, dates as 'YYYY-MM-DD', doubles as numbers. */
  rows: Array<Array<string | number | boolean | null>>;
}

export interface TwinColumn {
  table: string;
  column: string;
  type: string;
}

type WorkerCall = (op: string, args: Record<string, unknown>) => unknown;

let worker: WorkerCall | undefined;
function call(op: string, args: Record<string, unknown>): unknown {
  worker ??= createSyncFn(join(__dirname, 'bigquery-worker.mjs')) as unknown as WorkerCall;
  return worker(op, args);
}

let nextId = 1;

/** A DuckDB database in the worker thread, used synchronously. */
export class DuckTwin {
  readonly id = `twin-${nextId++}`;
  private closed = false;

  /** `path`: a DuckDB file (another process must not hold it); default an in-memory database. */
  constructor(path?: string) {
    call('open', { id: this.id, path });
  }

  /** Runs statements that return nothing (the harness builds the warehouse with them). */
  exec(sql: string): void {
    this.check();
    call('exec', { id: this.id, sql });
  }

  /** Runs a query with named parameters (`$name` in DuckDB). */
  query(sql: string, parameters: readonly QueryParameter[] = []): TwinResult {
    this.check();
    return call('query', { id: this.id, sql, parameters }) as TwinResult;
  }

  /**
   * Appends rows to an existing table, typed per column: 'date' ('YYYY-MM-DD'), 'timestamp'
   * (epoch ms), 'number', 'text'; null for NULL.
   */
  append(
    schema: string,
    table: string,
    types: ReadonlyArray<'date' | 'timestamp' | 'number' | 'text'>,
    rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  ): void {
    this.check();
    call('append', { id: this.id, schema, table, types, rows });
  }

  /** Every column of every table or view outside DuckDB's own schemas, as `schema.table`. */
  columns(): TwinColumn[] {
    const result = this.query(
      `SELECT table_schema || '.' || table_name, column_name, data_type
       FROM information_schema.columns
       WHERE table_catalog = current_database()
       ORDER BY table_schema, table_name, ordinal_position`,
    );
    return result.rows.map(([table, column, type]) => ({
      table: String(table),
      column: String(column),
      type: String(type),
    }));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    call('close', { id: this.id });
  }

  private check(): void {
    if (this.closed) throw new Error(`DuckDB twin ${this.id} is closed`);
  }
}
