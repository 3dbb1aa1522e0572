// The engine, the sheets and the change events of a local workbook. LocalWorkbook (workbook.ts)
// adds the cell, format and side-table API on top of this.
import type { HyperFormula, RawCellContent, Sheets } from 'hyperformula';
import { createAdapterContext, type AdapterContext, type SheetsFunction } from './adapter-context';
import { buildEngine, engineConfig } from './engine';
import { MetadataStore } from './metadata';
import { closeFormula, reopenFormula, type SheetBounds } from './open-ranges';
import { fromEngineQuotes } from './quoted-strings';
import { SheetState } from './sheet-state';
import type { CellAddress } from './spills';
import type { SheetInfo, SheetKey, WorkbookChange } from './types';

export interface WorkbookSettings {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
}

/** What a workbook is built from: settings, sheet states with their engine contents. */
export interface WorkbookParts {
  settings: WorkbookSettings;
  sheets: Array<{ state: SheetState; contents: RawCellContent[][] }>;
  metadata: MetadataStore;
  namedRanges?: Array<{ name: string; expression: string }>;
  functions?: Record<string, SheetsFunction>;
  activeSheetId?: number;
  sheetSeq?: number;
}

interface ArrayVertexLike {
  cellAddress: CellAddress;
  array: { error?: { type: string } };
}

export class WorkbookBase {
  protected hf: HyperFormula;
  protected readonly ctx: AdapterContext;
  protected states: SheetState[];
  protected hfIds = new Map<number, number>();
  protected settings: WorkbookSettings;
  protected sheetSeq: number;
  /** Developer metadata of the spreadsheet, its sheets, rows and columns. */
  readonly metadata: MetadataStore;
  activeSheetId: number;
  private listeners = new Set<(change: WorkbookChange) => void>();
  private batchDepth = 0;
  private batched = new Map<string, WorkbookChange>();

  protected constructor(parts: WorkbookParts) {
    this.settings = { ...parts.settings };
    this.ctx = createAdapterContext(parts.settings.timeZone);
    for (const [name, fn] of Object.entries(parts.functions ?? {})) {
      this.ctx.functions.set(name.toUpperCase(), fn);
    }
    this.states = parts.sheets.map((s) => s.state);
    this.metadata = parts.metadata;
    this.sheetSeq = parts.sheetSeq ?? this.states.length;
    for (const s of parts.sheets) this.closeContents(s.state, s.contents);
    const sheets: Sheets = {};
    for (const s of parts.sheets) sheets[s.state.name] = s.contents;
    this.hf = buildEngine(sheets, parts.settings.locale, this.ctx, [...this.ctx.functions.keys()]);
    for (const s of this.states) this.hfIds.set(s.id, this.hf.getSheetId(s.name) as number);
    this.ctx.maxRows = (hfSheet) => this.stateOfHf(hfSheet)?.maxRows ?? 1000;
    for (const n of parts.namedRanges ?? []) this.hf.addNamedExpression(n.name, n.expression);
    this.activeSheetId = parts.activeSheetId ?? this.states[0]?.id ?? 0;
    this.settle();
  }

  get id(): string {
    return this.settings.id;
  }
  get name(): string {
    return this.settings.name;
  }
  get timeZone(): string {
    return this.settings.timeZone;
  }
  get locale(): string {
    return this.settings.locale;
  }

  // ---- sheets -------------------------------------------------------------------------------

  /** The sheets in tab order. */
  listSheets(): SheetInfo[] {
    return this.states.map((s, index) => this.info(s, index));
  }

  /** A sheet by id or name (names compare case-insensitively, as in Sheets); undefined if none. */
  findSheet(key: SheetKey): SheetInfo | undefined {
    const s = this.findState(key);
    return s ? this.info(s, this.states.indexOf(s)) : undefined;
  }

  /** A sheet by id or name; throws when there is none. */
  getSheet(key: SheetKey): SheetInfo {
    return this.info(this.state(key), this.states.indexOf(this.state(key)));
  }

  protected info(s: SheetState, index: number): SheetInfo {
    return {
      id: s.id,
      name: s.name,
      index,
      hidden: s.hidden,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
    };
  }

  protected findState(key: SheetKey): SheetState | undefined {
    if (typeof key === 'number') return this.states.find((s) => s.id === key);
    const lower = key.toLowerCase();
    return this.states.find((s) => s.name.toLowerCase() === lower);
  }

  protected state(key: SheetKey): SheetState {
    const s = this.findState(key);
    if (!s)
      throw new Error(`No sheet ${typeof key === 'number' ? `with id ${key}` : `named "${key}"`}.`);
    return s;
  }

  protected stateOfHf(hfSheet: number): SheetState | undefined {
    for (const s of this.states) if (this.hfIds.get(s.id) === hfSheet) return s;
    return undefined;
  }

  protected hfSheet(s: SheetState): number {
    return this.hfIds.get(s.id) as number;
  }

  /** A new sheet id: 0 for the first sheet, then deterministic large numbers like Sheets' gids. */
  protected newSheetId(): number {
    if (!this.states.some((s) => s.id === 0)) return 0;
    let id: number;
    do {
      this.sheetSeq++;
      id = (this.sheetSeq * 2654435761) % 2147483647;
    } while (this.states.some((s) => s.id === id));
    return id;
  }

  // ---- open-ended ranges ("A2:A"; see open-ranges.ts) ----------------------------------------

  /** The sizes that close the open ranges of formulas on sheet `s`. */
  protected boundsFor(s: SheetState): SheetBounds {
    return (name) => {
      const target = name === undefined ? s : this.findState(name);
      return target && { rows: target.maxRows, columns: target.maxColumns };
    };
  }

  /** What HyperFormula receives for content written at a cell; remembers its open ranges. */
  protected closeContent(
    s: SheetState,
    row: number,
    col: number,
    content: RawCellContent,
  ): RawCellContent {
    if (typeof content === 'string' && content.startsWith('=')) {
      const closed = closeFormula(content, this.boundsFor(s));
      s.openRanges.set(row, col, closed.openRanges);
      return closed.text;
    }
    s.openRanges.delete(row, col);
    return content;
  }

  private closeContents(s: SheetState, contents: RawCellContent[][]): void {
    const bounds = this.boundsFor(s);
    for (let r = 0; r < contents.length; r++) {
      const line = contents[r];
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        if (typeof v !== 'string' || !v.startsWith('=')) continue;
        const closed = closeFormula(v, bounds);
        line[c] = closed.text;
        if (closed.openRanges) s.openRanges.set(r, c, closed.openRanges);
      }
    }
  }

  /** A cell's formula as the user wrote it (open ranges open); undefined when it has none. */
  protected formulaAt(s: SheetState, row: number, col: number): string | undefined {
    const a = { sheet: this.hfSheet(s), row, col };
    if (!this.hf.doesCellHaveFormula(a)) return undefined;
    const text = this.hf.getCellFormula(a) ?? '';
    const open = s.openRanges.get(row, col);
    return fromEngineQuotes(open ? reopenFormula(text, open) : text);
  }

  /**
   * Closes the open ranges of every formula again to the current sheet sizes: after a sheet
   * grew, shrank or appeared. Rows inserted inside a closed range already moved its end; rows
   * added after it (appends, resizes) did not.
   */
  protected recloseOpenRanges(): void {
    const updates: Array<[CellAddress, string]> = [];
    for (const s of this.states) {
      if (s.openRanges.size === 0) continue;
      const bounds = this.boundsFor(s);
      for (const [row, col, open] of [...s.openRanges.entries()]) {
        const a = { sheet: this.hfSheet(s), row, col };
        let current: string | undefined;
        try {
          current = this.hf.doesCellHaveFormula(a) ? this.hf.getCellFormula(a) : undefined;
        } catch {
          // HyperFormula cannot write a formula whose only references to a deleted sheet were
          // ROWS/COLUMNS ranges (it dropped the sheet): leave that formula as it is.
          continue;
        }
        if (current === undefined) {
          s.openRanges.delete(row, col);
          continue;
        }
        const closed = closeFormula(reopenFormula(current, open), bounds);
        // A formula naming a deleted or missing sheet is left alone until that sheet exists
        // (re-entering it meanwhile trips HyperFormula's placeholder-sheet bookkeeping).
        if (closed.unresolved) continue;
        s.openRanges.set(row, col, closed.openRanges);
        if (closed.text !== current) updates.push([a, closed.text]);
      }
    }
    if (updates.length > 0) {
      this.hfBatch(() => {
        for (const [a, text] of updates) this.hf.setCellContents(a, [[text]]);
      });
    }
  }

  /** One engine batch (HyperFormula's batches do not nest: inside one, runs directly). */
  protected hfBatch(fn: () => void): void {
    if (this.hf.isEvaluationSuspended()) fn();
    else this.hf.batch(fn);
  }

  // ---- custom functions ---------------------------------------------------------------------

  /**
   * Registers custom functions (e.g. the bundle's KPI_* functions) by name. Known names are
   * swapped in place; new names rebuild the engine (pass `functions` at creation to avoid it).
   * Every formula is recalculated.
   */
  registerFunctions(map: Record<string, SheetsFunction>): void {
    const before = new Set(this.ctx.functions.keys());
    for (const [name, fn] of Object.entries(map)) this.ctx.functions.set(name.toUpperCase(), fn);
    // New code: results computed by the old one are not reused.
    this.ctx.results.clear();
    const names = [...this.ctx.functions.keys()];
    if (names.some((n) => !before.has(n))) {
      this.hf.updateConfig(engineConfig(this.settings.locale, this.ctx, names));
    } else {
      this.hf.rebuildAndRecalculate();
    }
    this.settle();
    this.emit({ kind: 'cells' });
  }

  /** The names of the registered custom functions. */
  customFunctionNames(): string[] {
    return [...this.ctx.functions.keys()];
  }

  // ---- change events ------------------------------------------------------------------------

  /** Calls the listener after every change; returns a function that unsubscribes. */
  onChange(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs several changes as one: one recalculation and one event per kind of change. Values
   * read inside the batch are those from before it (the engine evaluates at its end).
   */
  batch<T>(fn: () => T): T {
    this.batchDepth++;
    let result!: T;
    try {
      if (this.batchDepth === 1) {
        this.hf.batch(() => {
          result = fn();
        });
      } else result = fn();
    } finally {
      this.batchDepth--;
    }
    if (this.batchDepth === 0) {
      this.settle();
      const changes = [...this.batched.values()];
      this.batched.clear();
      for (const c of changes) this.emit(c);
    }
    return result;
  }

  protected emit(change: WorkbookChange): void {
    if (this.batchDepth > 0) {
      this.batched.set(`${change.kind}:${change.sheetId ?? ''}`, change);
      return;
    }
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (error) {
        console.error('workbook change listener failed:', error);
      }
    }
  }

  // ---- evaluation housekeeping --------------------------------------------------------------

  /**
   * Re-enters formulas whose result size changed (see spills.ts) until sizes are stable, and
   * formulas blocked by content (#SPILL!) so they spill again once the content is gone.
   */
  protected settle(sheetWritten?: number): void {
    if (this.batchDepth > 0 || this.hf.isEvaluationSuspended()) return;
    const blocked = sheetWritten === undefined ? [] : this.blockedArrays(sheetWritten);
    if (blocked.length > 0) this.reenter(blocked);
    for (let round = 0; round < 5 && this.ctx.spills.hasPending(); round++) {
      this.reenter(this.ctx.spills.takePending());
    }
  }

  private reenter(addresses: CellAddress[]): void {
    this.hf.batch(() => {
      for (const a of addresses) {
        const formula = this.hf.getCellFormula(a);
        if (formula) this.hf.setCellContents(a, [[formula]]);
      }
    });
  }

  private blockedArrays(hfSheet: number): CellAddress[] {
    const mapping = (
      this.hf.arrayMapping as unknown as { arrayMapping: Map<string, ArrayVertexLike> }
    ).arrayMapping;
    const out: CellAddress[] = [];
    for (const vertex of mapping.values()) {
      if (vertex.cellAddress.sheet === hfSheet && vertex.array.error?.type === 'SPILL') {
        out.push({ ...vertex.cellAddress });
      }
    }
    return out;
  }
}
