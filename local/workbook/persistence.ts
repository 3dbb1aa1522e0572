// The JSON form of a workbook (the playground saves it after every change). JSON-safe: cells
// hold numbers, booleans, texts and formulas; dates are numbers whose cell has a date format
// (so they come back as Dates); Dates in side tables are {"$date": ISO}.
//
// A cell's JSON: null (empty), a number, a boolean, a formula "=…", or a text — a text that
// starts with "=" or "'" is stored with one more leading "'".
import type { RawCellContent } from 'hyperformula';
import { storeInput } from './cell-content';
import { decodeJson, encodeJson, type Json } from './json-values';
import { MetadataStore } from './metadata';
import { SheetState } from './sheet-state';
import type {
  CellProps,
  ChartSpec,
  ConditionalRule,
  MetadataRecord,
  ValidationRule,
} from './types';
import type { WorkbookParts, WorkbookSettings } from './workbook-base';

export type CellJson = null | number | boolean | string;

export interface SheetJson {
  id: number;
  name: string;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  columnWidths: Array<[number, number]>;
  /** Rows of cells from A1 (trailing empties trimmed). */
  cells: CellJson[][];
  /** [row, col, index into WorkbookJson.styles]. */
  props: Array<[number, number, number]>;
  /** [row, col, index into WorkbookJson.validations]. */
  validations: Array<[number, number, number]>;
  conditionalRules: Json[];
  charts: Json[];
}

export interface WorkbookJson {
  format: 'local-workbook';
  version: 1;
  settings: WorkbookSettings;
  activeSheetId: number;
  sheetSeq: number;
  sheets: SheetJson[];
  styles: CellProps[];
  validations: Json[];
  namedRanges: Array<{ name: string; expression: string }>;
  metadata: { nextId: number; records: MetadataRecord[] };
}

export function encodeCellText(text: string): string {
  return text.startsWith('=') || text.startsWith("'") ? `'${text}` : text;
}

/** Per style or rule table: the index of each object already encoded into it. */
const KNOWN = new WeakMap<Map<string, number>, Map<object, number>>();

/** Encodes one sheet's side tables; cells are given already encoded. */
export function encodeSheet(
  s: SheetState,
  cells: CellJson[][],
  styles: Map<string, number>,
  validations: Map<string, number>,
): SheetJson {
  // Identical styles and rules are stored once (keyed by their JSON). Cells share interned
  // property sets (a format down 64,000 rows is one object): each object's JSON is made once per
  // table, that is once per toJSON (the tables are made for it, and nothing changes meanwhile).
  const index = (table: Map<string, number>, v: unknown): number => {
    let known = KNOWN.get(table);
    if (!known) KNOWN.set(table, (known = new Map()));
    const seen = typeof v === 'object' && v !== null ? known.get(v) : undefined;
    if (seen !== undefined) return seen;
    const key = JSON.stringify(encodeJson(v));
    let i = table.get(key);
    if (i === undefined) {
      i = table.size;
      table.set(key, i);
    }
    if (typeof v === 'object' && v !== null) known.set(v, i);
    return i;
  };
  return {
    id: s.id,
    name: s.name,
    hidden: s.hidden,
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    columnWidths: [...s.columnWidths],
    cells,
    props: [...s.props.entries()].map(([r, c, p]) => [r, c, index(styles, p)]),
    validations: [...s.validations.entries()].map(([r, c, v]) => [r, c, index(validations, v)]),
    conditionalRules: s.conditionalRules.map((r) => encodeJson(r)),
    charts: s.charts.map((c) => encodeJson(c)),
  };
}

/** Rebuilds the parts of a workbook from its JSON (settings may be overridden). */
export function decodeWorkbook(json: WorkbookJson): WorkbookParts {
  if (json.format !== 'local-workbook' || json.version !== 1) {
    throw new Error('Not a local workbook file (expected format "local-workbook", version 1).');
  }
  const validations = json.validations.map((v) => decodeJson(v) as ValidationRule);
  const styles = json.styles.map((p) => Object.freeze({ ...p }) as CellProps);
  const sheets = json.sheets.map((sj) => {
    const state = new SheetState(sj.id, sj.name, sj.maxRows, sj.maxColumns);
    state.hidden = sj.hidden;
    state.frozenRows = sj.frozenRows;
    state.frozenColumns = sj.frozenColumns;
    for (const [c, w] of sj.columnWidths) state.columnWidths.set(c, w);
    for (const [r, c, i] of sj.props) state.props.set(r, c, styles[i]);
    for (const [r, c, i] of sj.validations) state.validations.set(r, c, validations[i]);
    state.conditionalRules = sj.conditionalRules.map((r) => decodeJson(r) as ConditionalRule);
    state.charts = sj.charts.map((c) => decodeJson(c) as ChartSpec);
    const contents: RawCellContent[][] = sj.cells.map((line, r) =>
      line.map(
        (cell, c) =>
          storeInput(
            cell,
            state.props.get(r, c)?.numberFormat,
            json.settings.locale,
            json.settings.timeZone,
            true,
          ).content,
      ),
    );
    return { state, contents };
  });
  return {
    settings: json.settings,
    sheets,
    metadata: MetadataStore.fromJSON(json.metadata),
    namedRanges: json.namedRanges,
    activeSheetId: json.activeSheetId,
    sheetSeq: json.sheetSeq,
  };
}
