// Why: a Connected Sheets data source runs a raw query whose parameters can only come from cells
// (BigQueryDataSourceSpecBuilder.setParameterFromCell), while the emitter's GoogleSQL names its
// parameters (@as_of, @time_zone) for a BigQuery job. The explore sheet takes the emitter's SQL
// unchanged except that each parameter reference becomes its value as a GoogleSQL literal, so the
// sheet needs no parameter cells and shows exactly what the add-on's own query computes that day.
import type { EmittedQuery, QueryParameter } from '../../warehouse/api';

/** A GoogleSQL string literal (backslash escapes, as GoogleSQL reads them). */
function stringLiteral(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A parameter's value as a literal of its type. */
export function literalOf(p: QueryParameter): string {
  if (p.value === null) return `CAST(NULL AS ${p.type})`;
  switch (p.type) {
    case 'DATE':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(String(p.value)))
        throw new Error(`Parameter @${p.name} is not a date: ${String(p.value)}`);
      return `DATE '${String(p.value)}'`;
    case 'STRING':
      return stringLiteral(String(p.value));
    case 'BOOL':
      return p.value === true || p.value === 'true' ? 'TRUE' : 'FALSE';
    case 'INT64':
    case 'FLOAT64': {
      const n = Number(p.value);
      if (!Number.isFinite(n)) throw new Error(`Parameter @${p.name} is not a number`);
      return p.type === 'INT64' ? String(Math.trunc(n)) : `CAST(${n} AS FLOAT64)`;
    }
  }
}

/** Quoted strings, quoted identifiers and comments: no parameter reference inside them. */
const SKIPPED =
  /'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`|--[^\n]*|#[^\n]*|\/\*[\s\S]*?\*\//y;
const PARAMETER = /@([A-Za-z_][A-Za-z0-9_]*)/y;

/**
 * The query's SQL with every @parameter replaced by its value's literal. A reference to a
 * parameter the query does not carry is an error (the emitter and its parameters disagree).
 */
export function sqlWithLiterals(query: EmittedQuery): string {
  const values = new Map(query.parameters.map((p) => [p.name, literalOf(p)]));
  const sql = query.sql;
  let out = '';
  let i = 0;
  while (i < sql.length) {
    SKIPPED.lastIndex = i;
    const skipped = SKIPPED.exec(sql);
    if (skipped) {
      out += skipped[0];
      i += skipped[0].length;
      continue;
    }
    PARAMETER.lastIndex = i;
    const parameter = PARAMETER.exec(sql);
    if (parameter) {
      const literal = values.get(parameter[1]);
      if (literal === undefined)
        throw new Error(
          `The query of ${query.kpi} names @${parameter[1]}, which it does not carry`,
        );
      out += literal;
      i += parameter[0].length;
      continue;
    }
    out += sql[i];
    i += 1;
  }
  return out;
}
