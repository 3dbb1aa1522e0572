// Why: BigQuery's REST answers carry every value as a string (`rows[].f[].v`), typed only by the
// schema. The warehouse core expects its wire forms decoded (src/warehouse/api.ts): INT64,
// FLOAT64 and NUMERIC as numbers, DATE as 'YYYY-MM-DD', BOOL as a boolean, NULL as null.
import type { Cell, ResultTable } from '../../warehouse/api';

type Field = GoogleAppsScript.BigQuery.Schema.TableFieldSchema;
type Row = GoogleAppsScript.BigQuery.Schema.TableRow;

/** Thrown for a value its schema type cannot read; the caller names the KPI. */
export class UnreadableValue extends Error {
  constructor(
    readonly value: string,
    readonly type: string,
    readonly column: string,
  ) {
    super(`cannot read ${value} as ${type} (column ${column})`);
  }
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$|^-?Infinity$|^NaN$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function decodeCell(raw: unknown, field: Field): Cell {
  if (raw === null || raw === undefined) return null;
  const value = String(raw);
  const type = (field.type ?? 'STRING').toUpperCase();
  const fail = (): never => {
    throw new UnreadableValue(value, type, field.name ?? '?');
  };
  switch (type) {
    case 'INT64':
    case 'INTEGER':
    case 'FLOAT64':
    case 'FLOAT':
    case 'NUMERIC':
    case 'BIGNUMERIC':
      return NUMBER.test(value) ? Number(value) : fail();
    case 'DATE':
      return DATE.test(value) ? value : fail();
    case 'BOOL':
    case 'BOOLEAN':
      return value === 'true' ? true : value === 'false' ? false : fail();
    case 'STRING':
      return value;
    case 'TIMESTAMP': {
      const seconds = Number(value);
      return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : fail();
    }
    default:
      return fail();
  }
}

/** The rows of one or more pages decoded by the schema's field types. */
export function decodeRows(fields: readonly Field[], rows: readonly Row[]): ResultTable {
  return {
    columns: fields.map((f) => f.name ?? ''),
    rows: rows.map((row) => fields.map((field, i) => decodeCell(row.f?.[i]?.v, field))),
  };
}
