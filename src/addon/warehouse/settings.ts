// Why: warehouse mode needs to know where the team's data lives: a Google Cloud project, a
// BigQuery dataset and its location, and for each workbook sheet the table that replaces it
// with its column names. They are the spreadsheet's settings (document properties, shared by
// its editors), checked before they are stored so a query never starts from a typo.
import {
  deleteDocumentProperty,
  documentProperty,
  setDocumentProperty,
} from '../adapters/services';
import { SCHEMA } from '../schema';
import type { Language } from '../i18n';
import type { LogicalTable, Tables } from '../../warehouse/api';
import { WAREHOUSE_COLUMNS } from '../../warehouse/columns';
import { say } from './messages';

/** The sheets a warehouse table can stand for, in the warehouse core's order. */
export const LOGICAL_TABLES = Object.keys(WAREHOUSE_COLUMNS) as readonly LogicalTable[];

export interface WarehouseTable {
  /** The table's name inside the dataset. */
  table: string;
  /** Workbook column key -> warehouse column name (missing: the same name). */
  columns: Record<string, string>;
}

export interface WarehouseSettings {
  project: string;
  dataset: string;
  location: string;
  tables: Partial<Record<LogicalTable, WarehouseTable>>;
  /** Alerts, the dashboard, summaries and the wizard read their KPIs from the warehouse. */
  useForKpis?: true;
}

export type Checked =
  { ok: true; settings: WarehouseSettings } | { ok: false; field: string; message: string };

const KEY = 'warehouse.settings';
const PROJECT = /^(?:[a-z][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const DATASET = /^[A-Za-z0-9_]{1,1024}$/;
const LOCATION = /^(?:US|EU|[a-z]+(?:-[a-z]+)+\d+)$/i;
const TABLE = /^[A-Za-z0-9_-]{1,1024}$/;
const COLUMN = /^[A-Za-z_][A-Za-z0-9_]{0,299}$/;

/** The workbook column keys of a logical table (the sheet's header keys, src/addon/schema.ts). */
export function logicalColumns(table: LogicalTable): string[] {
  const key = table.toLowerCase() as keyof typeof SCHEMA;
  return SCHEMA[key].columns.map((c) => c.key);
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Reads untrusted input (a page's form) into settings, or names the first wrong field. */
export function checkSettings(input: unknown, language: Language): Checked {
  const o = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const bad = (field: string, key: Parameters<typeof say>[1], params = {}): Checked => ({
    ok: false,
    field,
    message: say(language, key, params),
  });
  const project = text(o.project);
  if (!PROJECT.test(project)) return bad('project', 'project', { value: project });
  const dataset = text(o.dataset);
  if (!DATASET.test(dataset)) return bad('dataset', 'dataset', { value: dataset });
  const location = text(o.location);
  if (!LOCATION.test(location)) return bad('location', 'location', { value: location });
  const given = (o.tables && typeof o.tables === 'object' ? o.tables : {}) as Record<
    string,
    unknown
  >;
  const tables: WarehouseSettings['tables'] = {};
  for (const sheet of LOGICAL_TABLES) {
    const entry = (given[sheet] && typeof given[sheet] === 'object' ? given[sheet] : {}) as Record<
      string,
      unknown
    >;
    const table = text(entry.table);
    if (!table) continue;
    if (!TABLE.test(table)) return bad(`tables.${sheet}.table`, 'table', { value: table, sheet });
    const known = new Set(logicalColumns(sheet));
    const columns: Record<string, string> = {};
    const mapping = (
      entry.columns && typeof entry.columns === 'object' ? entry.columns : {}
    ) as Record<string, unknown>;
    for (const [column, raw] of Object.entries(mapping)) {
      const name = text(raw);
      if (!name) continue;
      const field = `tables.${sheet}.columns.${column}`;
      if (!known.has(column)) return bad(field, 'unknownColumn', { value: column, sheet });
      if (!COLUMN.test(name)) return bad(field, 'column', { value: name, column, sheet });
      columns[column] = name;
    }
    tables[sheet] = { table, columns };
  }
  if (!Object.keys(tables).length) return bad('tables', 'noTable');
  const use = o.useForKpis === true ? { useForKpis: true as const } : {};
  return { ok: true, settings: { project, dataset, location, tables, ...use } };
}

/** The stored settings, or undefined when warehouse mode was never set up (or was damaged). */
export function readSettings(): WarehouseSettings | undefined {
  const raw = documentProperty(KEY);
  if (!raw) return undefined;
  try {
    const checked = checkSettings(JSON.parse(raw), 'en');
    return checked.ok ? checked.settings : undefined;
  } catch {
    return undefined;
  }
}

export function saveSettings(settings: WarehouseSettings): void {
  setDocumentProperty(KEY, JSON.stringify(settings));
}

export function clearSettings(): void {
  deleteDocumentProperty(KEY);
}

/** The emitters' table mapping for GoogleSQL: `project.dataset.table` per sheet. */
export function googleSqlTables(settings: WarehouseSettings): Tables {
  const out: Partial<Record<LogicalTable, { table: string; columns: Record<string, string> }>> = {};
  for (const sheet of LOGICAL_TABLES) {
    const t = settings.tables[sheet];
    if (t)
      out[sheet] = {
        table: `${settings.project}.${settings.dataset}.${t.table}`,
        columns: { ...t.columns },
      };
  }
  return out;
}
