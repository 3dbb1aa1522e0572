// The workbook's source tables as the add-on reads them (one getValues per sheet), and the way
// to their typed form: each table is read once, on first use, into typed columns (calendar days,
// numbers, integer codes; see tables.ts), so that hundreds of metric computations over many
// scopes and periods cost one pass per table. Pure: the caller does the Sheets calls and hands
// the cells over.
import { type ColumnKey, columnIndexes, SCHEMA } from '../schema';
import { foldLabel } from './choices';
import type { ProblemKind, Rows } from './read-cells';
import { Tables } from './tables';

export { Tables } from './tables';
export type {
  ActivitiesTable,
  CustomersTable,
  OrdersTable,
  PipelineTable,
  SurveysTable,
} from './layout';

/** The sheets KPIs are computed from. */
export type SourceSheet = 'activities' | 'pipeline' | 'customers' | 'orders' | 'surveys';
export const SOURCE_SHEETS: readonly SourceSheet[] = [
  'activities',
  'pipeline',
  'customers',
  'orders',
  'surveys',
];

/**
 * One sheet's data rows as getValues returns them (no header row), and where each column is:
 * column key → 0-based index in a row, found from developer metadata (or the header, see
 * columnsFromHeader), so renamed or moved columns still work. A key left out is a column the
 * sheet lacks; KPIs that need it say so.
 */
export interface SourceTable<S extends SourceSheet = SourceSheet> {
  readonly rows: Rows;
  readonly columns: { readonly [K in ColumnKey<S>]?: number };
  /** The sheet row number of rows[0], for messages; 2 (below one header row) by default. */
  readonly firstRow?: number;
  /**
   * The add-on looked for this sheet and did not find it (deleted, or its metadata lost and its
   * header gone): it has no rows, and a KPI that reads it fails naming it, never silently empty.
   */
  readonly missing?: boolean;
}

/** The table of a source sheet the add-on could not find (see SourceTable.missing). */
export function missingTable<S extends SourceSheet>(): SourceTable<S> {
  return { rows: [], columns: {}, missing: true };
}

/**
 * The source tables; one left out counts as empty, one marked missing fails the KPIs reading it. Treated as a snapshot: the typed form is
 * kept per WorkbookData object, so build a new object when the cells change.
 */
export type WorkbookData = { readonly [S in SourceSheet]?: SourceTable<S> };

/** A cell that could not be read; it counts as blank. `row` is the sheet's row number. */
export interface ReadProblem {
  readonly sheet: SourceSheet;
  readonly column: string;
  readonly row: number;
  readonly cell: string;
  readonly kind: ProblemKind;
}

const TABLES = new WeakMap<WorkbookData, Tables>();

/** The typed tables of a WorkbookData, made once per object (each table read on first use). */
export function readTables(data: WorkbookData): Tables {
  let tables = TABLES.get(data);
  if (tables === undefined) {
    tables = new Tables(data);
    TABLES.set(data, tables);
  }
  return tables;
}

/** A SourceTable whose rows follow the schema's column order (the setup's sheets, the sample). */
export function schemaOrderTable<S extends SourceSheet>(
  sheet: S,
  rows: Rows,
  firstRow = 2,
): SourceTable<S> {
  return { rows, columns: columnIndexes(sheet), firstRow };
}

/**
 * Column positions found from a header row by the English or French column names (any case,
 * with or without accents): the fallback when a sheet's developer metadata is gone.
 */
export function columnsFromHeader<S extends SourceSheet>(
  sheet: S,
  header: readonly unknown[],
): SourceTable<S>['columns'] {
  const folded = header.map((cell) => (typeof cell === 'string' ? foldLabel(cell) : ''));
  const out: Record<string, number> = {};
  for (const spec of SCHEMA[sheet].columns) {
    const i = folded.findIndex(
      (h) => h !== '' && (h === foldLabel(spec.en) || h === foldLabel(spec.fr)),
    );
    if (i >= 0) out[spec.key] = i;
  }
  return out as SourceTable<S>['columns'];
}
