// Cells of a local workbook: values, display values, formulas, inputs, number formats and
// other per-cell properties, errors, data extent. Rows and columns are 0-based.
import { isDate } from './is-date';
import { EmptyValue, type RawCellContent } from 'hyperformula';
import type { GridRange } from './a1';
import { storeInput, contentOf } from './cell-content';
import { effectiveFormat, readDisplay, readValue } from './cell-read';
import { readScalars, type ScalarGraph } from './hf-cells';
import { isCellError, isRichNumber, sheetsErrorCode, sheetsErrorMessage } from './hf-values';
import { isDateTimeFormat } from './number-format';
import type { SheetState } from './sheet-state';
import type { CellAddress } from './spills';
import type { CellErrorInfo, CellInput, CellProps, CellValue, SheetKey } from './types';
import { WorkbookBase } from './workbook-base';

/** Props patches: a value sets the property, null removes it. */
export type PropsPatch = { [K in keyof CellProps]?: CellProps[K] | null };

export class WorkbookCells extends WorkbookBase {
  protected address(s: SheetState, row: number, col: number): CellAddress {
    return { sheet: this.hfSheet(s), row, col };
  }

  /** HyperFormula's internal value of a cell (full precision, with its number subtype). */
  protected internal(s: SheetState, row: number, col: number): unknown {
    return this.hf.dependencyGraph.getScalarValue(this.address(s, row, col));
  }

  private grid<T>(
    key: SheetKey,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
    read: (s: SheetState, r: number, c: number) => T,
  ): T[][] {
    const s = this.state(key);
    const out: T[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const line: T[] = new Array(numCols);
      for (let c = 0; c < numCols; c++) line[c] = read(s, row + r, col + c);
      out[r] = line;
    }
    return out;
  }

  /** Values as getValues returns them: Date for date-formatted numbers, '' for empty cells. */
  getValues(
    key: SheetKey,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): CellValue[][] {
    // The hot path of every getValues (whole sheets on every action): the engine's sheet, its
    // mapping and each row's formats are looked up once, not once per cell (hf-cells.ts).
    const tz = this.timeZone;
    const s = this.state(key);
    const out: CellValue[][] = new Array(numRows);
    let line: CellValue[] = [];
    let props: ReturnType<SheetState['props']['row']>;
    readScalars(
      this.hf.dependencyGraph as unknown as ScalarGraph,
      this.hfSheet(s),
      row,
      col,
      numRows,
      numCols,
      EmptyValue,
      (r, c, internal) => {
        if (c === 0) {
          props = s.props.row(row + r);
          line = out[r] = new Array(numCols);
        }
        line[c] = readValue(internal, props?.get(col + c)?.numberFormat, tz);
      },
    );
    if (numCols === 0) for (let r = 0; r < numRows; r++) out[r] = [];
    return out;
  }

  getValue(key: SheetKey, row: number, col: number): CellValue {
    return this.getValues(key, row, col, 1, 1)[0][0];
  }

  /** The texts shown in the cells (number formats applied, errors as their code). */
  getDisplayValues(
    key: SheetKey,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): string[][] {
    const locale = this.locale;
    return this.grid(key, row, col, numRows, numCols, (s, r, c) =>
      readDisplay(this.internal(s, r, c), s.props.get(r, c)?.numberFormat, locale),
    );
  }

  getDisplayValue(key: SheetKey, row: number, col: number): string {
    return this.getDisplayValues(key, row, col, 1, 1)[0][0];
  }

  /**
   * Formulas ('' for cells without one), in the engine's normalised writing, with open-ended
   * ranges ("A2:A") as written.
   */
  getFormulas(
    key: SheetKey,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): string[][] {
    return this.grid(key, row, col, numRows, numCols, (s, r, c) => this.formulaAt(s, r, c) ?? '');
  }

  getFormula(key: SheetKey, row: number, col: number): string {
    return this.getFormulas(key, row, col, 1, 1)[0][0];
  }

  /** What each cell holds as typed: its formula, else its value (as getValues). */
  getInputs(
    key: SheetKey,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): CellValue[][] {
    const tz = this.timeZone;
    return this.grid(key, row, col, numRows, numCols, (s, r, c) => {
      const formula = this.formulaAt(s, r, c);
      if (formula !== undefined) return formula;
      if (this.hf.isCellPartOfArray(this.address(s, r, c))) return '';
      return readValue(this.internal(s, r, c), s.props.get(r, c)?.numberFormat, tz);
    });
  }

  getInput(key: SheetKey, row: number, col: number): CellValue {
    return this.getInputs(key, row, col, 1, 1)[0][0];
  }

  /**
   * Writes cells as Range.setValues does: "=…" strings are formulas, other strings are read as
   * typed (numbers, %, dates; "'…" is text) unless `literal`, Dates become date serials with a
   * date format, null/'' empty the cell. Dependants recalculate. Grows the sheet if needed.
   */
  setInputs(
    key: SheetKey,
    row: number,
    col: number,
    inputs: CellInput[][],
    options: { literal?: boolean } = {},
  ): void {
    const s = this.state(key);
    const width = Math.max(0, ...inputs.map((r) => r.length));
    const grew = this.ensureSize(s, row + inputs.length, col + width);
    const contents: RawCellContent[][] = inputs.map((line, r) =>
      line.map((input, c) => {
        const format = s.props.get(row + r, col + c)?.numberFormat;
        const stored = storeInput(input, format, this.locale, this.timeZone, options.literal);
        if (
          stored.autoFormat &&
          (format === undefined || (isDate(input) && !isDateTimeFormat(format)))
        ) {
          this.patchProps(s, row + r, col + c, { numberFormat: stored.autoFormat });
        }
        this.ctx.spills.forget(this.address(s, row + r, col + c));
        return this.closeContent(s, row + r, col + c, stored.content);
      }),
    );
    this.hfBatch(() => {
      this.hf.setCellContents(this.address(s, row, col), contents);
      // Open ranges reaching the old last row now stop short of the new ones.
      if (grew) this.recloseOpenRanges();
    });
    this.settle(this.hfSheet(s));
    this.emit({ kind: 'cells', sheetId: s.id });
  }

  setInput(key: SheetKey, row: number, col: number, input: CellInput): void {
    this.setInputs(key, row, col, [[input]]);
  }

  /** Empties the cells (formats stay), as Range.clearContent. */
  clearContents(key: SheetKey, range: GridRange): void {
    // Only the part the engine holds anything in: beyond its used rows and columns every cell is
    // empty already (clearing a whole grown sheet cell by cell took seconds).
    const used = this.hf.getSheetDimensions(this.hfSheet(this.state(key)));
    const numRows = Math.min(range.numRows, used.height - range.row);
    const numCols = Math.min(range.numCols, used.width - range.col);
    if (numRows <= 0 || numCols <= 0) return;
    const rows = Array.from({ length: numRows }, () => new Array<null>(numCols).fill(null));
    this.setInputs(key, range.row, range.col, rows);
  }

  /** The error a cell shows, with its message; undefined when the cell holds no error. */
  getError(key: SheetKey, row: number, col: number): CellErrorInfo | undefined {
    const v = this.internal(this.state(key), row, col);
    return isCellError(v)
      ? { code: sheetsErrorCode(v), message: sheetsErrorMessage(v) }
      : undefined;
  }

  // ---- formats and other per-cell properties ------------------------------------------------

  /** A copy of a cell's properties ({} when none). */
  getProps(key: SheetKey, row: number, col: number): CellProps {
    return { ...this.state(key).props.get(row, col) };
  }

  /** Patches the properties of every cell of the range (null removes a property). */
  setProps(key: SheetKey, range: GridRange, patch: PropsPatch): void {
    const s = this.state(key);
    if (this.ensureSize(s, range.row + range.numRows, range.col + range.numCols)) {
      this.recloseOpenRanges();
      this.settle();
    }
    // Whole columns are patched at once (a date format down 64,000 rows), and their cells share
    // a few interned property sets: each set's patched result is worked out once.
    const patched = new Map<CellProps | undefined, CellProps | undefined>();
    for (let r = range.row; r < range.row + range.numRows; r++) {
      for (let c = range.col; c < range.col + range.numCols; c++) {
        const current = s.props.get(r, c);
        if (patched.has(current)) s.props.set(r, c, patched.get(current));
        else patched.set(current, this.patchProps(s, r, c, patch));
      }
    }
    if ('numberFormat' in patch) this.refreshDateTyping(s, range);
    this.emit({ kind: 'format', sheetId: s.id });
  }

  /** Patches cell by cell from a grid of patches (null entries leave the cell alone). */
  setPropsGrid(
    key: SheetKey,
    row: number,
    col: number,
    patches: Array<Array<PropsPatch | null>>,
  ): void {
    const s = this.state(key);
    let formats = false;
    patches.forEach((line, r) =>
      line.forEach((patch, c) => {
        if (!patch) return;
        this.patchProps(s, row + r, col + c, patch);
        formats ||= 'numberFormat' in patch;
      }),
    );
    const width = Math.max(0, ...patches.map((l) => l.length));
    if (formats) this.refreshDateTyping(s, { row, col, numRows: patches.length, numCols: width });
    this.emit({ kind: 'format', sheetId: s.id });
  }

  /** Removes every property of the cells of the range except notes (Range.clearFormat). */
  clearFormats(key: SheetKey, range: GridRange): void {
    const s = this.state(key);
    for (const [r, c, p] of [...s.props.entries()]) {
      const inside =
        r >= range.row &&
        r < range.row + range.numRows &&
        c >= range.col &&
        c < range.col + range.numCols;
      if (inside) s.props.set(r, c, p.note !== undefined ? { note: p.note } : undefined);
    }
    this.refreshDateTyping(s, range);
    this.emit({ kind: 'format', sheetId: s.id });
  }

  /** The number format in effect ('0.###############' for an unformatted cell, as Apps Script). */
  getNumberFormat(key: SheetKey, row: number, col: number): string {
    const s = this.state(key);
    return effectiveFormat(
      this.internal(s, row, col),
      s.props.get(row, col)?.numberFormat,
      this.locale,
    );
  }

  private interned = new Map<string, CellProps>();

  /** Applies a patch; identical property sets share one frozen object (returned). */
  protected patchProps(
    s: SheetState,
    row: number,
    col: number,
    patch: PropsPatch,
  ): CellProps | undefined {
    const next: Record<string, unknown> = { ...s.props.get(row, col) };
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === undefined) delete next[k];
      else next[k] = v;
    }
    if (Object.keys(next).length === 0) {
      s.props.delete(row, col);
      return undefined;
    }
    const id = JSON.stringify(next);
    let shared = this.interned.get(id);
    if (!shared) {
      shared = Object.freeze(next) as CellProps;
      if (this.interned.size < 10_000) this.interned.set(id, shared);
    }
    s.props.set(row, col, shared);
    return shared;
  }

  /** Numbers whose date format came or went are re-entered so the engine types them right. */
  private refreshDateTyping(s: SheetState, range: GridRange): void {
    const updates: Array<[CellAddress, RawCellContent]> = [];
    for (let r = range.row; r < range.row + range.numRows; r++) {
      for (let c = range.col; c < range.col + range.numCols; c++) {
        const a = this.address(s, r, c);
        if (!this.hf.doesCellHaveSimpleValue(a)) continue;
        const v = this.internal(s, r, c);
        if (typeof v !== 'number' && !isRichNumber(v)) continue;
        const num = typeof v === 'number' ? v : v.val;
        const wantDate = isDateTimeFormat(s.props.get(r, c)?.numberFormat);
        const isDate = isRichNumber(v) && v.getDetailedType().startsWith('NUMBER_D');
        if (wantDate !== isDate)
          updates.push([a, contentOf(num, wantDate ? s.props.get(r, c)?.numberFormat : undefined)]);
      }
    }
    if (updates.length === 0) return;
    this.hf.batch(() => {
      for (const [a, content] of updates) this.hf.setCellContents(a, [[content]]);
    });
    this.settle();
  }

  // ---- extent -------------------------------------------------------------------------------

  /** Grows max rows/columns to hold a write (as Sheets grows on append); true if it grew. */
  protected ensureSize(s: SheetState, rows: number, cols: number): boolean {
    const grew = rows > s.maxRows || cols > s.maxColumns;
    if (rows > s.maxRows) s.maxRows = rows;
    if (cols > s.maxColumns) s.maxColumns = cols;
    return grew;
  }

  /** The 1-based index of the last row with content (0 for an empty sheet). */
  getLastRow(key: SheetKey): number {
    const s = this.state(key);
    const { height, width } = this.hf.getSheetDimensions(this.hfSheet(s));
    for (let r = height - 1; r >= 0; r--) {
      for (let c = 0; c < width; c++) if (!this.hf.isCellEmpty(this.address(s, r, c))) return r + 1;
    }
    return 0;
  }

  /** The 1-based index of the last column with content (0 for an empty sheet). */
  getLastColumn(key: SheetKey): number {
    const s = this.state(key);
    const { height, width } = this.hf.getSheetDimensions(this.hfSheet(s));
    for (let c = width - 1; c >= 0; c--) {
      for (let r = 0; r < height; r++)
        if (!this.hf.isCellEmpty(this.address(s, r, c))) return c + 1;
    }
    return 0;
  }
}
