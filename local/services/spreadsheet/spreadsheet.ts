// Spreadsheet of the SpreadsheetApp fake (the workbook the script is bound to).
import { parseA1 } from '../../workbook';
import { insertDataSourceSheet, type GDataSourceSheet } from './data-sources';
import { addMetadata, FinderImpl, metadataObjects } from './developer-metadata';
import { unwrap } from './guard';
import { namedRangeObject } from './named-range';
import type { RangeBase } from './range-base';
import type {
  GDeveloperMetadata,
  GDeveloperMetadataFinder,
  GNamedRange,
  GRange,
  GSheet,
  GSpreadsheet,
  Scope,
} from './scope';
import type { SheetImpl } from './sheet';

type SpreadsheetPart =
  | 'addDeveloperMetadata'
  | 'appendRow'
  | 'createDeveloperMetadataFinder'
  | 'deleteActiveSheet'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getFrozenRows'
  | 'getId'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getName'
  | 'getNamedRanges'
  | 'getNumSheets'
  | 'getRange'
  | 'getRangeByName'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'removeNamedRange'
  | 'rename'
  | 'setActiveSheet'
  | 'setFrozenRows'
  | 'setNamedRange'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

type InsertOptions = { template?: GSheet };

export class SpreadsheetImpl implements Pick<GSpreadsheet, SpreadsheetPart> {
  constructor(private readonly _scope: Scope) {}

  private get _wb() {
    return this._scope.wb;
  }
  private _active(): GSheet {
    return this._scope.sheet(this._wb.activeSheetId);
  }
  private _activeImpl(): SheetImpl {
    return unwrap<SheetImpl>(this._active());
  }

  getId(): string {
    return this._wb.id;
  }
  getName(): string {
    return this._wb.name;
  }
  rename(newName: string): void {
    this._wb.setName(String(newName));
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._wb.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._wb.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this._wb.setTimeZone(timezone);
  }
  getSpreadsheetLocale(): string {
    return this._wb.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._wb.setLocale(locale);
  }

  getSheets(): GSheet[] {
    return this._wb.listSheets().map((s) => this._scope.sheet(s.id));
  }
  getNumSheets(): number {
    return this._wb.listSheets().length;
  }
  getSheetByName(name: string): GSheet | null {
    const info = this._wb.findSheet(String(name));
    return info ? this._scope.sheet(info.id) : null;
  }
  getSheetById(id: number): GSheet | null {
    const info = typeof id === 'number' ? this._wb.findSheet(id) : undefined;
    return info ? this._scope.sheet(info.id) : null;
  }

  /** insertSheet(), (index), (name), (name, index), with or without options; the new sheet becomes active. */
  insertSheet(
    a?: string | number | InsertOptions,
    b?: number | InsertOptions,
    c?: InsertOptions,
  ): GSheet {
    const args = [a, b, c].filter((x) => x !== undefined);
    const name = typeof args[0] === 'string' ? (args.shift() as string) : undefined;
    const index = typeof args[0] === 'number' ? (args.shift() as number) : undefined;
    const options = args[0] as InsertOptions | undefined;
    if (options?.template)
      throw new Error(
        'not implemented in the local runtime: Spreadsheet.insertSheet with a template',
      );
    const info = this._wb.addSheet(name, index);
    this._wb.activeSheetId = info.id;
    return this._scope.sheet(info.id);
  }
  /** Connected Sheets (data-sources.ts); the typings lack this method of the reference. */
  insertDataSourceSheet(spec: GoogleAppsScript.Spreadsheet.DataSourceSpec): GDataSourceSheet {
    return insertDataSourceSheet(this._scope, spec);
  }
  deleteSheet(sheet: GSheet): void {
    this._wb.deleteSheet(unwrap<SheetImpl>(sheet)._id);
  }
  deleteActiveSheet(): GSheet {
    const id = this._wb.activeSheetId;
    this._wb.deleteSheet(id);
    return this._active();
  }
  getActiveSheet(): GSheet {
    return this._active();
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this._wb.activeSheetId = unwrap<SheetImpl>(sheet)._id;
    return sheet;
  }
  /** Moves the active sheet to a 1-based tab position. */
  moveActiveSheet(pos: number): void {
    this._wb.moveSheet(this._wb.activeSheetId, pos - 1);
  }

  /** A range by A1 notation, on the named sheet or the active one. */
  getRange(a1Notation: string): GRange {
    const ref = parseA1(String(a1Notation));
    if (!ref) throw new Error('Range not found');
    if (ref.sheetName !== undefined && !this._wb.findSheet(ref.sheetName))
      throw new Error('Range not found');
    return this._activeImpl().getRange(String(a1Notation));
  }
  getDataRange(): GRange {
    return this._activeImpl().getDataRange();
  }
  getLastRow(): number {
    return this._activeImpl().getLastRow();
  }
  getLastColumn(): number {
    return this._activeImpl().getLastColumn();
  }
  getSheetId(): number {
    return this._wb.activeSheetId;
  }
  getSheetName(): string {
    return this._activeImpl().getName();
  }
  appendRow(rowContents: unknown[]): GSheet {
    return this._activeImpl().appendRow(rowContents);
  }
  getFrozenRows(): number {
    return this._activeImpl().getFrozenRows();
  }
  setFrozenRows(rows: number): void {
    this._activeImpl().setFrozenRows(rows);
  }

  getRangeByName(name: string): GRange | null {
    const info = this._wb.getNamedRange(String(name));
    return info ? this._scope.range(info.sheetId, info.range) : null;
  }
  setNamedRange(name: string, range: GRange): void {
    const r = unwrap<RangeBase>(range);
    this._wb.setNamedRange(String(name), r._sheetId, r._grid);
  }
  getNamedRanges(): GNamedRange[] {
    return this._wb.listNamedRanges().map((n) => namedRangeObject(this._scope, n.name));
  }
  removeNamedRange(name: string): void {
    this._wb.removeNamedRange(String(name));
  }

  addDeveloperMetadata(...args: unknown[]): GSpreadsheet {
    addMetadata(this._scope, { type: 'SPREADSHEET' }, args);
    return this._scope.spreadsheet();
  }
  /** Metadata attached to the spreadsheet itself. */
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return metadataObjects(
      this._scope,
      this._wb.metadata.list().filter((r) => r.location.type === 'SPREADSHEET'),
    );
  }
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return this._scope.expose(
      'DeveloperMetadataFinder',
      new FinderImpl(this._scope, { kind: 'spreadsheet' }),
    );
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._scope.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined ? 5 : timeoutSeconds,
    });
  }
}
