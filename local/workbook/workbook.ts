// LocalWorkbook: an in-memory Google Sheets spreadsheet for tests and the playground. Cell
// contents and formulas live in HyperFormula; formats, validations, conditional formats,
// charts, metadata and sheet settings live in side tables. Rows and columns are 0-based.
import { isDate } from './is-date';
import type { SheetsFunction } from './adapter-context';
import { storeInput } from './cell-content';
import { BOOLEAN_NAMES } from './engine';
import { isRichNumber } from './hf-values';
import type { Json } from './json-values';
import { denseCells, type ScalarGraph } from './hf-cells';
import { MetadataStore } from './metadata';
import {
  decodeWorkbook,
  encodeCellText,
  encodeSheet,
  type CellJson,
  type WorkbookJson,
} from './persistence';
import { SheetState } from './sheet-state';
import type { CellInput, CellProps } from './types';
import type { WorkbookParts } from './workbook-base';
import { WorkbookTables } from './workbook-tables';

export interface SheetSeed {
  name: string;
  id?: number;
  /** Rows from A1. Strings are literal text except "=…" formulas; Dates become dates. */
  rows?: CellInput[][];
  /** Number formats by 0-based column, applied to the number and Date cells of the column. */
  columnFormats?: Record<number, string>;
  hidden?: boolean;
  frozenRows?: number;
  frozenColumns?: number;
  maxRows?: number;
  maxColumns?: number;
}

export interface WorkbookOptions {
  id?: string;
  name?: string;
  /** Spreadsheet time zone (default "Europe/Paris"). */
  timeZone?: string;
  /** Spreadsheet locale (default "en_US"). */
  locale?: string;
  /** Custom functions available to formulas from the start (e.g. the bundle's KPI_*). */
  functions?: Record<string, SheetsFunction>;
  /** Initial sheets (default: one empty "Sheet1"), built in one pass (fast for big data). */
  sheets?: SheetSeed[];
}

export class LocalWorkbook extends WorkbookTables {
  /** `parts` is the internal form fromJSON uses. */
  constructor(options: WorkbookOptions | { parts: WorkbookParts } = {}) {
    super(partsFromOptions(options));
  }

  static fromJSON(
    json: WorkbookJson,
    options: { functions?: Record<string, SheetsFunction> } = {},
  ): LocalWorkbook {
    return new LocalWorkbook({ parts: { ...decodeWorkbook(json), functions: options.functions } });
  }

  toJSON(): WorkbookJson {
    const styles = new Map<string, number>();
    const validations = new Map<string, number>();
    const sheets = this.states.map((s) => encodeSheet(s, this.cellsJson(s), styles, validations));
    return {
      format: 'local-workbook',
      version: 1,
      settings: { ...this.settings },
      activeSheetId: this.activeSheetId,
      sheetSeq: this.sheetSeq,
      sheets,
      styles: [...styles.keys()].map((k) => JSON.parse(k) as CellProps),
      validations: [...validations.keys()].map((k) => JSON.parse(k) as Json),
      namedRanges: this.hf
        .getAllNamedExpressionsSerialized()
        .filter((n) => !BOOLEAN_NAMES.includes(n.name.toUpperCase()))
        .map((n) => ({ name: n.name, expression: String(n.expression) })),
      metadata: this.metadata.toJSON(),
    };
  }

  private cellsJson(s: SheetState): CellJson[][] {
    const { height, width } = this.hf.getSheetDimensions(this.hfSheet(s));
    const rows: CellJson[][] = [];
    // Value cells and empty cells are read from the engine's mapping directly (hf-cells.ts).
    const dense = denseCells(this.hf.dependencyGraph as unknown as ScalarGraph, this.hfSheet(s));
    for (let r = 0; r < height; r++) {
      const line: CellJson[] = [];
      const vertices = dense?.rows[r];
      for (let c = 0; c < width; c++) {
        if (dense) {
          const vertex = vertices === undefined ? undefined : vertices[c];
          if (vertex === undefined) {
            line.push(null);
            continue;
          }
          if (dense.isValueCell(vertex)) {
            line.push(valueJson(vertex.getCellValue()));
            continue;
          }
        }
        const a = this.address(s, r, c);
        let cell: CellJson = null;
        const formula = this.formulaAt(s, r, c);
        if (formula !== undefined) cell = formula;
        else if (this.hf.doesCellHaveSimpleValue(a)) cell = valueJson(this.internal(s, r, c));
        line.push(cell);
      }
      while (line.length > 0 && line[line.length - 1] === null) line.pop();
      rows.push(line);
    }
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    return rows;
  }

  // ---- settings -----------------------------------------------------------------------------

  setName(name: string): void {
    this.settings.name = name;
    this.emit({ kind: 'settings' });
  }

  /** Changes the time zone: dates passed to custom functions follow it (recalculates). */
  setTimeZone(timeZone: string): void {
    this.settings.timeZone = timeZone;
    this.ctx.timeZone = timeZone;
    this.hf.rebuildAndRecalculate();
    this.settle();
    this.emit({ kind: 'settings' });
  }

  setLocale(locale: string): void {
    this.settings.locale = locale;
    this.emit({ kind: 'settings' });
  }
}

function sheetIdFor(seq: number): number {
  return seq === 0 ? 0 : (seq * 2654435761) % 2147483647;
}

/** Builds engine contents from options (the fast path for big generated workbooks). */
function partsFromOptions(options: WorkbookOptions | { parts: WorkbookParts }): WorkbookParts {
  if ('parts' in options) return options.parts;
  const settings = {
    id: options.id ?? 'local-spreadsheet',
    name: options.name ?? 'Untitled spreadsheet',
    timeZone: options.timeZone ?? 'Europe/Paris',
    locale: options.locale ?? 'en_US',
  };
  const seeds = options.sheets && options.sheets.length > 0 ? options.sheets : [{ name: 'Sheet1' }];
  const names = new Set<string>();
  const sheets = seeds.map((seed, i) => {
    if (names.has(seed.name.toLowerCase())) {
      throw new Error(
        `A sheet with the name "${seed.name}" already exists. Please enter another name.`,
      );
    }
    names.add(seed.name.toLowerCase());
    const rows = seed.rows ?? [];
    const width = Math.max(0, ...rows.map((r) => r.length));
    const state = new SheetState(
      seed.id ?? sheetIdFor(i),
      seed.name,
      Math.max(seed.maxRows ?? 1000, rows.length),
      Math.max(seed.maxColumns ?? 26, width),
    );
    state.hidden = seed.hidden ?? false;
    state.frozenRows = seed.frozenRows ?? 0;
    state.frozenColumns = seed.frozenColumns ?? 0;
    const formats = seed.columnFormats ?? {};
    const contents = rows.map((line, r) =>
      line.map((input, c) => {
        const typed = typeof input === 'number' || isDate(input);
        const format = typed ? formats[c] : undefined;
        const stored = storeInput(input, format, settings.locale, settings.timeZone, true);
        const applied = format ?? stored.autoFormat;
        if (applied) state.props.set(r, c, internFormat(applied));
        return stored.content;
      }),
    );
    return { state, contents };
  });
  return {
    settings,
    sheets,
    metadata: new MetadataStore(),
    functions: options.functions,
    sheetSeq: seeds.length,
  };
}

const formatProps = new Map<string, CellProps>();
function internFormat(numberFormat: string): CellProps {
  let p = formatProps.get(numberFormat);
  if (!p) {
    p = Object.freeze({ numberFormat });
    formatProps.set(numberFormat, p);
  }
  return p;
}

/** A value cell's JSON: its number, boolean or (encoded) text; null for anything else. */
function valueJson(v: unknown): CellJson {
  if (isRichNumber(v)) return v.val;
  if (typeof v === 'string') return encodeCellText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}
