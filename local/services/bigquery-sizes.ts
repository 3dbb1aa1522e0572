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
  if (type === 'TIMESTAMP') return String(instantMs(String(value)) / 1000);
  return String(value);
}

/** DuckDB's timestamp text ('2024-03-01 09:00:00.5+00', or without a zone: UTC) in epoch ms. */
function instantMs(text: string): number {
  const iso = text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return Date.parse(/(?:Z|[+-]\d\d:\d\d)$/.test(iso) ? iso : `${iso}Z`);
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

const IDENT = '(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_]*)';
const unquote = (name: string): string =>
  (name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name).toLowerCase();

/** The SQL text with its string literals blanked (a name inside a string is not a reference). */
function withoutStrings(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, (m) => ' '.repeat(m.length));
}

/** Identifiers of a SQL text (quoted or bare), lower-cased, string literals skipped. */
function identifiers(sql: string): Set<string> {
  const names = new Set<string>();
  for (const m of withoutStrings(sql).matchAll(new RegExp(IDENT, 'g'))) names.add(unquote(m[0]));
  return names;
}

/**
 * The tables a query references, as `schema.table`: qualified names (`crm.orders`,
 * `"main"."orders"`), and bare names right after FROM or JOIN for the main schema. A column or
 * alias that happens to share a table's name (`COUNT(*) AS orders`) is not a reference.
 */
function tablesNamed(sql: string): Set<string> {
  const text = withoutStrings(sql);
  const names = new Set<string>();
  // A lookahead, so that in `db.schema.table` both `db.schema` and `schema.table` are seen.
  for (const m of text.matchAll(new RegExp(`(${IDENT})(?=\\s*\\.\\s*(${IDENT}))`, 'g')))
    names.add(`${unquote(m[1])}.${unquote(m[2])}`);
  for (const m of text.matchAll(
    new RegExp(`\\b(?:FROM|JOIN)\\s+(${IDENT})(?![\\w"]|\\s*\\.)`, 'gi'),
  ))
    names.add(`main.${unquote(m[1])}`);
  return names;
}

/**
 * The bytes a query reads, per table: the tables its SQL references and, in each, the columns
 * it names (BigQuery bills the columns a query references, not whole rows). An estimate from the
 * SQL text: a column named in the query counts wherever it appears.
 */
export function estimateBytes(twin: DuckTwin, sql: string): TableBytes[] {
  const named = identifiers(sql);
  const tables = tablesNamed(sql);
  const byTable = new Map<string, Array<{ column: string; type: string }>>();
  for (const c of twin.columns()) {
    if (!tables.has(c.table.toLowerCase())) continue;
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
