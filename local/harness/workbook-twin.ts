// Why: warehouse mode must give the same KPIs as sheet mode, so the DuckDB twin of the warehouse
// is built from the very rows of the workbook's sheets: each source sheet (found by its English
// or French name, its columns by their headers) becomes a typed table of the twin, blanks and
// values a typed column cannot hold becoming NULL, as a load into BigQuery would leave them.
// The column types are the warehouse core's (src/warehouse/columns.ts), given by the caller.
import type { LocalWorkbook } from '../workbook';
import { SCHEMA, type SheetKey } from '../../src/addon/schema';
import type { LogicalTable } from '../../src/warehouse/api';
import type { DuckTwin } from '../services/bigquery-twin';

export type WarehouseColumnType = 'date' | 'timestamp' | 'number' | 'text';
export type WarehouseColumnTypes = Readonly<
  Partial<Record<LogicalTable, Readonly<Record<string, WarehouseColumnType>>>>
>;

const SQL_TYPES: Readonly<Record<WarehouseColumnType, string>> = {
  date: 'DATE',
  timestamp: 'TIMESTAMPTZ',
  number: 'DOUBLE',
  text: 'VARCHAR',
};

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A cell as the twin's appender takes it for the column's type (null: NULL). */
function cellValue(
  value: unknown,
  type: WarehouseColumnType,
  days: Intl.DateTimeFormat,
): string | number | null {
  if (value === '' || value === null || value === undefined) return null;
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'date':
      if (value instanceof Date) return days.format(value);
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
    case 'timestamp':
      return value instanceof Date ? value.getTime() : null;
    case 'text':
      return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  }
}

/**
 * Creates `<schema>.<table in lower case>` for each logical table given, filled from its sheet;
 * returns the rows loaded per table.
 */
export function loadWorkbookTwin(
  twin: DuckTwin,
  workbook: LocalWorkbook,
  types: WarehouseColumnTypes,
  schema = 'main',
): Partial<Record<LogicalTable, number>> {
  const days = new Intl.DateTimeFormat('en-CA', { timeZone: workbook.timeZone });
  const loaded: Partial<Record<LogicalTable, number>> = {};
  if (schema !== 'main') twin.exec(`CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`);
  for (const [table, columnTypes] of Object.entries(types) as Array<
    [LogicalTable, Readonly<Record<string, WarehouseColumnType>>]
  >) {
    const spec = SCHEMA[table.toLowerCase() as SheetKey];
    const sheet = workbook.findSheet(spec.en) ?? workbook.findSheet(spec.fr);
    const columns = Object.keys(columnTypes);
    const name = `${quote(schema)}.${quote(table.toLowerCase())}`;
    twin.exec(
      `CREATE OR REPLACE TABLE ${name} (${columns.map((c) => `${quote(c)} ${SQL_TYPES[columnTypes[c]]}`).join(', ')})`,
    );
    const last = sheet ? workbook.getLastRow(sheet.id) : 0;
    const width = sheet ? workbook.getLastColumn(sheet.id) : 0;
    if (!sheet || last < 2 || width < 1) {
      loaded[table] = 0;
      continue;
    }
    const header = workbook.getValues(sheet.id, 0, 0, 1, width)[0].map((h) => String(h).trim());
    const at = columns.map((key) => {
      const column = spec.columns.find((c) => c.key === key);
      return column ? header.findIndex((h) => h === column.en || h === column.fr) : -1;
    });
    const rows = workbook.getValues(sheet.id, 1, 0, last - 1, width);
    const typeList = columns.map((c) => columnTypes[c]);
    twin.append(
      schema,
      table.toLowerCase(),
      typeList,
      rows.map((row) => at.map((i, k) => (i < 0 ? null : cellValue(row[i], typeList[k], days)))),
    );
    loaded[table] = rows.length;
  }
  return loaded;
}
