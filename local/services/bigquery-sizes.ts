// Why: a dry run must report the bytes BigQuery would bill, and results must reach the script in
// the REST API's wire form. Both depend on BigQuery's types, which the DuckDB twin lacks: this
// file maps DuckDB's types to BigQuery's, sizes columns with BigQuery's data-size rules
// (INT64, FLOAT64, DATE, TIMESTAMP 8 bytes, NUMERIC 16, BOOL 1, STRING 2 + its UTF-8 bytes, NULL
// 0; https://cloud.google.com/bigquery/pricing, "Data size calculation"), and writes every value
// as a string, as jobs.getQueryResults does (`rows[].f[].v`).
import type { DuckTwin } from './bigquery-twin';

export interface TableBytes {
  /** `schema.table` in the twin. */
  table: string;
  bytes: number;
}

/** BigQuery's name for a DuckDB column type. */
export function bigQueryType(duckType: string): string {
  const t = duckType.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/.test(t))
    return 'INT64';
  if (/^(FLOAT|DOUBLE|REAL)$/.test(t)) return 'FLOAT64';
  if (t.startsWith('DECIMAL')) return 'NUMERIC';
  if (t === 'DATE') return 'DATE';
  if (t.startsWith('TIMESTAMP')) return 'TIMESTAMP';
  if (t === 'BOOLEAN') return 'BOOL';
  return 'STRING';
}

/**
 * A value in BigQuery's JSON wire form: every value a string (numbers in decimal, BOOL as
 * 'true'/'false', DATE as 'YYYY-MM-DD'), NULL as null.
 */
export function wireValue(value: string | number | boolean | null, type: string): string | null {
  if (value === null) return null;
  if (type === 'BOOL') return value ? 'true' : 'false';
  if (type === 'TIMESTAMP') return String(Date.parse(String(value).replace(' ', 'T') + 'Z') / 1000);
  return String(value);
}

/** The SQL that sums a column's BigQuery size. */
function sizeOf(column: string, type: string): string {
  const c = `"${column.replace(/"/g, '""')}"`;
  switch (bigQueryType(type)) {
    case 'STRING':
      return `coalesce(sum(2 + strlen(CAST(${c} AS VARCHAR))), 0)`;
    case 'BOOL':
      return `count(${c})`;
    case 'NUMERIC':
      return `16 * count(${c})`;
    default:
      return `8 * count(${c})`;
  }
}

/** Identifiers of a SQL text (quoted or bare), lower-cased, string literals skipped. */
function identifiers(sql: string): Set<string> {
  const names = new Set<string>();
  for (const m of sql.matchAll(/'(?:[^']|'')*'|"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const name = m[1]?.replace(/""/g, '"') ?? m[2];
    if (name) names.add(name.toLowerCase());
  }
  return names;
}

/**
 * The bytes a query reads, per table: the tables its SQL names and, in each, the columns it
 * names (BigQuery bills the columns a query references, not whole rows). An estimate from the
 * SQL text: a column named in the query counts wherever it appears.
 */
export function estimateBytes(twin: DuckTwin, sql: string): TableBytes[] {
  const named = identifiers(sql);
  const byTable = new Map<string, Array<{ column: string; type: string }>>();
  for (const c of twin.columns()) {
    const [schema, table] = c.table.split('.');
    const tableNamed =
      named.has(table.toLowerCase()) && (schema === 'main' || named.has(schema.toLowerCase()));
    if (!tableNamed) continue;
    const list = byTable.get(c.table) ?? [];
    if (named.has(c.column.toLowerCase())) list.push(c);
    byTable.set(c.table, list);
  }
  const out: TableBytes[] = [];
  for (const [table, columns] of byTable) {
    if (!columns.length) {
      out.push({ table, bytes: 0 });
      continue;
    }
    const [schema, name] = table.split('.');
    const row = twin.query(
      `SELECT ${columns.map((c) => sizeOf(c.column, c.type)).join(' + ')} FROM "${schema}"."${name}"`,
    ).rows[0];
    out.push({ table, bytes: Number(row?.[0] ?? 0) });
  }
  return out;
}
