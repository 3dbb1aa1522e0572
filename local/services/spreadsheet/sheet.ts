// Sheet of the SpreadsheetApp fake. Positions are 1-based as in Apps Script; the workbook is
// 0-based. Unlisted Sheet methods throw "not implemented" (guard.ts).
import { parseA1, type GridRange } from '../../workbook';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl } from './charts';
import { ConditionalFormatRuleImpl, type RuleState } from './conditional-format';
import { addMetadata, FinderImpl, metadataObjects } from './developer-metadata';
import { SheetType } from './enums';
import { unwrap } from './guard';
import { outsideSheet, type RangeBase } from './range-base';
import { toInput } from './range-values';
import type {
  GConditionalFormatRule,
  GDeveloperMetadata,
  GDeveloperMetadataFinder,
  GEmbeddedChart,
  GEmbeddedChartBuilder,
  GNamedRange,
  GRange,
  GSheet,
  GSpreadsheet,
  RangeShape,
  Scope,
} from './scope';
import { namedRangeObject } from './named-range';

type SheetPart =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'createDeveloperMetadataFinder'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getNamedRanges'
  | 'getParent'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getType'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isSheetHidden'
  | 'moveColumns'
  | 'moveRows'
  | 'newChart'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'showSheet'
  | 'updateChart';

export class SheetImpl implements Pick<GSheet, SheetPart> {
  constructor(
    private readonly _scope: Scope,
    readonly _id: number,
  ) {}

  private get _wb() {
    return this._scope.wb;
  }
  private _info() {
    return this._wb.getSheet(this._id);
  }
  private _self(): GSheet {
    return this._scope.sheet(this._id);
  }
  private _range(grid: GridRange, shape?: RangeShape): GRange {
    return this._scope.range(this._id, grid, shape);
  }

  getName(): string {
    return this._info().name;
  }
  getSheetName(): string {
    return this._info().name;
  }
  setName(name: string): GSheet {
    this._wb.renameSheet(this._id, String(name));
    return this._self();
  }
  getSheetId(): number {
    return this._id;
  }
  /** 1-based tab position. */
  getIndex(): number {
    return this._info().index + 1;
  }
  getParent(): GSpreadsheet {
    return this._scope.spreadsheet();
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }
  activate(): GSheet {
    this._wb.activeSheetId = this._id;
    return this._self();
  }

  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): GRange {
    const info = this._info();
    if (typeof a === 'string') return this._rangeByA1(a);
    const [row, col, rows, cols] = [a, column ?? NaN, numRows ?? 1, numColumns ?? 1];
    if (![row, col, rows, cols].every(Number.isFinite)) {
      throw new Error(
        `The parameters (${[a, column, numRows, numColumns]
          .filter((x) => x !== undefined)
          .map((x) => typeof x)
          .join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    const grid = {
      row: Math.floor(row) - 1,
      col: Math.floor(col) - 1,
      numRows: Math.floor(rows),
      numCols: Math.floor(cols),
    };
    if (grid.row + grid.numRows > info.maxRows || grid.col + grid.numCols > info.maxColumns)
      throw outsideSheet();
    return this._range(grid);
  }

  private _rangeByA1(a1: string): GRange {
    const ref = parseA1(a1);
    if (!ref) throw new Error('Range not found');
    const sheetId = ref.sheetName === undefined ? this._id : this._wb.findSheet(ref.sheetName)?.id;
    if (sheetId === undefined) throw new Error('Range not found');
    const info = this._wb.getSheet(sheetId);
    // Whole and open-ended ranges ("A:C", "A2:C") reach the last row / column of the sheet.
    const grid = {
      row: ref.row,
      col: ref.col,
      numRows: ref.numRows ?? info.maxRows - ref.row,
      numCols: ref.numCols ?? info.maxColumns - ref.col,
    };
    if (
      grid.numRows < 1 ||
      grid.numCols < 1 ||
      grid.row + grid.numRows > info.maxRows ||
      grid.col + grid.numCols > info.maxColumns
    )
      throw outsideSheet();
    return this._scope.range(sheetId, grid, {
      wholeColumns: ref.numRows === undefined && !ref.openEnded,
      wholeRows: ref.numCols === undefined && !ref.openEnded,
    });
  }

  /** From A1 to the last row and column with content. */
  getDataRange(): GRange {
    const rows = Math.max(1, this._wb.getLastRow(this._id));
    const cols = Math.max(1, this._wb.getLastColumn(this._id));
    return this._range({ row: 0, col: 0, numRows: rows, numCols: cols });
  }
  getLastRow(): number {
    return this._wb.getLastRow(this._id);
  }
  getLastColumn(): number {
    return this._wb.getLastColumn(this._id);
  }
  getMaxRows(): number {
    return this._info().maxRows;
  }
  getMaxColumns(): number {
    return this._info().maxColumns;
  }
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    // -1 reaches the last row or column with content. On an empty sheet that is no row at all:
    // the strictest reading, as for any range, is Google's "must be at least 1" refusal (the
    // add-on reads an empty sheet as no rows when it is refused).
    const rows = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    return this._wb.getValues(this._id, startRow - 1, startColumn - 1, rows, cols);
  }

  /** Writes after the last row with content (the sheet grows when full). */
  appendRow(rowContents: unknown[]): GSheet {
    if (!Array.isArray(rowContents)) {
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const row = this._wb.getLastRow(this._id);
    this._wb.setInputs(this._id, row, 0, [rowContents.map(toInput)]);
    return this._self();
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this._wb.insertRows(this._id, rowIndex - 1, numRows);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    this._wb.insertRows(this._id, beforePosition - 1, howMany);
    return this._self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this._wb.insertRows(this._id, afterPosition, howMany);
    return this._self();
  }
  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._wb.insertColumns(this._id, columnIndex - 1, numColumns);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    this._wb.insertColumns(this._id, beforePosition - 1, howMany);
    return this._self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this._wb.insertColumns(this._id, afterPosition, howMany);
    return this._self();
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  deleteRow(rowPosition: number): GSheet {
    this._checkPosition(rowPosition, 1, this._info().maxRows, 'row');
    this._wb.deleteRows(this._id, rowPosition - 1, 1);
    return this._self();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._checkPosition(rowPosition, howMany, this._info().maxRows, 'row');
    this._wb.deleteRows(this._id, rowPosition - 1, howMany);
  }
  deleteColumn(columnPosition: number): GSheet {
    this._checkPosition(columnPosition, 1, this._info().maxColumns, 'column');
    this._wb.deleteColumns(this._id, columnPosition - 1, 1);
    return this._self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._checkPosition(columnPosition, howMany, this._info().maxColumns, 'column');
    this._wb.deleteColumns(this._id, columnPosition - 1, howMany);
  }
  private _checkPosition(position: number, count: number, max: number, what: string): void {
    if (position < 1 || count < 1 || position + count - 1 > max) {
      throw new Error(`Those ${what}s are out of bounds.`);
    }
  }
  /** Moves the columns of `columnSpec` before column `destinationIndex` (1-based, before the move). */
  moveColumns(columnSpec: GRange, destinationIndex: number): void {
    const g = unwrap<RangeBase>(columnSpec)._grid;
    this._wb.moveColumns(this._id, g.col, g.numCols, destinationIndex - 1);
  }
  moveRows(rowSpec: GRange, destinationIndex: number): void {
    const g = unwrap<RangeBase>(rowSpec)._grid;
    this._wb.moveRows(this._id, g.row, g.numRows, destinationIndex - 1);
  }

  setFrozenRows(rows: number): void {
    this._wb.setFrozen(this._id, rows);
  }
  getFrozenRows(): number {
    return this._info().frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._wb.setFrozen(this._id, undefined, columns);
  }
  getFrozenColumns(): number {
    return this._info().frozenColumns;
  }
  hideSheet(): GSheet {
    this._wb.setSheetHidden(this._id, true);
    return this._self();
  }
  showSheet(): GSheet {
    this._wb.setSheetHidden(this._id, false);
    return this._self();
  }
  isSheetHidden(): boolean {
    return this._info().hidden;
  }

  private _all(): GridRange {
    const info = this._info();
    return { row: 0, col: 0, numRows: info.maxRows, numCols: info.maxColumns };
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    const o = options ?? {};
    if (!o.formatOnly || o.contentsOnly) this._wb.clearContents(this._id, this._dataGrid());
    if (!o.contentsOnly || o.formatOnly) this._wb.clearFormats(this._id, this._all());
    return this._self();
  }
  clearContents(): GSheet {
    this._wb.clearContents(this._id, this._dataGrid());
    return this._self();
  }
  clearFormats(): GSheet {
    this._wb.clearFormats(this._id, this._all());
    return this._self();
  }
  clearNotes(): GSheet {
    this._wb.setProps(this._id, this._all(), { note: null });
    return this._self();
  }
  private _dataGrid(): GridRange {
    return {
      row: 0,
      col: 0,
      numRows: Math.max(1, this._wb.getLastRow(this._id)),
      numCols: Math.max(1, this._wb.getLastColumn(this._id)),
    };
  }

  getConditionalFormatRules(): GConditionalFormatRule[] {
    return this._wb
      .getConditionalRules(this._id)
      .map((rule) =>
        this._scope.expose<GConditionalFormatRule>(
          'ConditionalFormatRule',
          new ConditionalFormatRuleImpl(this._scope, { sheetId: this._id, rule }),
        ),
      );
  }
  setConditionalFormatRules(rules: GConditionalFormatRule[]): void {
    this._wb.setConditionalRules(
      this._id,
      rules.map((r) => unwrap<{ _state: RuleState }>(r)._state.rule),
    );
  }
  clearConditionalFormatRules(): void {
    this._wb.setConditionalRules(this._id, []);
  }

  getCharts(): GEmbeddedChart[] {
    return this._wb
      .getCharts(this._id)
      .map((spec) =>
        this._scope.expose<GEmbeddedChart>(
          'EmbeddedChart',
          new EmbeddedChartImpl(this._scope, { sheetId: this._id, spec }),
        ),
      );
  }
  newChart(): GEmbeddedChartBuilder {
    return this._scope.expose(
      'EmbeddedChartBuilder',
      new EmbeddedChartBuilderImpl(this._scope, this._id),
    );
  }
  insertChart(chart: GEmbeddedChart): void {
    const impl = unwrap<EmbeddedChartImpl>(chart);
    const { id: _id, ...spec } = impl._state.spec;
    impl._state.spec.id = this._wb.insertChart(this._id, spec).id;
  }
  updateChart(chart: GEmbeddedChart): void {
    this._wb.updateChart(this._id, unwrap<EmbeddedChartImpl>(chart)._state.spec);
  }
  removeChart(chart: GEmbeddedChart): void {
    this._wb.removeChart(this._id, unwrap<EmbeddedChartImpl>(chart)._state.spec.id);
  }

  addDeveloperMetadata(...args: unknown[]): GSheet {
    addMetadata(this._scope, { type: 'SHEET', sheetId: this._id }, args);
    return this._self();
  }
  /** Metadata attached to the sheet itself. */
  getDeveloperMetadata(): GDeveloperMetadata[] {
    const records = this._wb.metadata
      .list()
      .filter((r) => r.location.type === 'SHEET' && r.location.sheetId === this._id);
    return metadataObjects(this._scope, records);
  }
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return this._scope.expose(
      'DeveloperMetadataFinder',
      new FinderImpl(this._scope, { kind: 'sheet', sheetId: this._id }),
    );
  }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    this._wb.setColumnWidth(this._id, columnPosition - 1, width);
    return this._self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = 0; c < numColumns; c++)
      this._wb.setColumnWidth(this._id, startColumn - 1 + c, width);
    return this._self();
  }
  getColumnWidth(columnPosition: number): number {
    return this._wb.getColumnWidth(this._id, columnPosition - 1);
  }
  /** Fits columns to their longest displayed text (about 7 px a character, as Arial 10). */
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    const rows = Math.max(1, this._wb.getLastRow(this._id));
    const shown = this._wb.getDisplayValues(this._id, 0, startColumn - 1, rows, numColumns);
    for (let c = 0; c < numColumns; c++) {
      const longest = Math.max(0, ...shown.map((line) => line[c].length));
      this._wb.setColumnWidth(this._id, startColumn - 1 + c, Math.max(21, longest * 7 + 14));
    }
    return this._self();
  }
  autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  getNamedRanges(): GNamedRange[] {
    return this._wb
      .listNamedRanges()
      .filter((n) => n.sheetId === this._id)
      .map((n) => namedRangeObject(this._scope, n.name));
  }
}
