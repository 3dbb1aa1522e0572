// Why: DuckDB's Node API is asynchronous and Apps Script services are synchronous. This worker
// thread owns the DuckDB databases behind the fake BigQuery service (bigquery.ts); synckit runs
// each request here and blocks the caller until the answer comes back. Plain JavaScript so that
// Node loads it without a TypeScript loader, in jest, tsx and the playground alike.
import { runAsWorker } from 'synckit';
import {
  DuckDBInstance,
  dateValue,
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
