// Why: DuckDB's Node API is asynchronous and Apps Script services are synchronous. This worker
// thread owns the DuckDB databases behind the fake BigQuery service (bigquery.ts); synckit runs
// each request here and blocks the caller until the answer comes back. Plain JavaScript so that
// Node loads it without a TypeScript loader, in jest, tsx and the playground alike.
import { runAsWorker } from 'synckit';
import {
  DuckDBInstance,
  dateValue,
  timestampTZValue,
  DATE,
  VARCHAR,
  BIGINT,
  DOUBLE,
  BOOLEAN,
} from '@duckdb/node-api';

/** id -> { instance, connection } */
const databases = new Map();
const TYPES = { DATE, STRING: VARCHAR, INT64: BIGINT, FLOAT64: DOUBLE, BOOL: BOOLEAN };

async function connection(id) {
  const db = databases.get(id);
  if (!db) throw new Error(`DuckDB twin: no database ${id} (closed, or opened by another process)`);
  return db.connection;
}

/** A typed named parameter for DuckDB: the REST API's string value, bound with its type. */
function bindValue(type, value) {
  if (value === null) return null;
  switch (type) {
    case 'INT64':
      return BigInt(value);
    case 'FLOAT64':
      return Number(value);
    case 'BOOL':
      return value === 'true';
    case 'DATE': {
      const [year, month, day] = String(value).split('-').map(Number);
      return dateValue({ year, month, day });
    }
    default:
      return String(value);
  }
}

const ops = {
  async open({ id, path }) {
    const instance = await DuckDBInstance.create(path ?? ':memory:');
    databases.set(id, { instance, connection: await instance.connect() });
    return null;
  },
  async exec({ id, sql }) {
    const c = await connection(id);
    await c.run(sql);
    return null;
  },
  /** Rows as JSON-safe values (dates as 'YYYY-MM-DD', 64-bit integers as strings). */
  async query({ id, sql, parameters }) {
    const c = await connection(id);
    const values = {};
    const types = {};
    for (const p of parameters ?? []) {
      values[p.name] = bindValue(p.type, p.value);
      types[p.name] = TYPES[p.type];
    }
    const reader = parameters?.length
      ? await c.runAndReadAll(sql, values, types)
      : await c.runAndReadAll(sql);
    return {
      columns: reader.columnNames(),
      types: reader.columnTypes().map((t) => t.toString()),
      rows: reader.getRowsJson(),
    };
  },
  /**
   * Appends rows to an existing table (much faster than INSERT … VALUES): `types` per column
   * 'date' ('YYYY-MM-DD'), 'timestamp' (epoch ms), 'number' or 'text'; null for NULL.
   */
  async append({ id, schema, table, types, rows }) {
    const db = databases.get(id);
    if (!db) throw new Error(`DuckDB twin: no database ${id}`);
    const appender = await db.connection.createAppender(table, schema);
    for (const row of rows) {
      types.forEach((type, i) => {
        const v = row[i];
        if (v === null || v === undefined) return appender.appendNull();
        if (type === 'number') return appender.appendDouble(v);
        if (type === 'timestamp')
          return appender.appendTimestampTZ(timestampTZValue(BigInt(Math.round(v * 1000))));
        if (type === 'date') {
          const [year, month, day] = v.split('-').map(Number);
          return appender.appendDate(dateValue({ year, month, day }));
        }
        return appender.appendVarchar(String(v));
      });
      appender.endRow();
    }
    appender.closeSync();
    return null;
  },
  close({ id }) {
    const db = databases.get(id);
    if (db) {
      db.connection.closeSync();
      db.instance.closeSync?.();
      databases.delete(id);
    }
    return null;
  },
};

runAsWorker(async (op, args) => {
  const fn = ops[op];
  if (!fn) throw new Error(`DuckDB twin: unknown operation ${op}`);
  return fn(args);
});
