// DeveloperMetadata, its location and the finder. Records live in the workbook's metadata store
// (locations hold sheet ids and row/column spans that follow structural changes); these
// objects read the record by id on every call, so they always see its current state.
import type { GridRange, MetadataLocation, MetadataRecord } from '../../workbook';
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  EnumValue,
  enumName,
} from './enums';
import { unwrap } from './guard';
import type { RangeBase } from './range-base';
import type {
  GDeveloperMetadata,
  GDeveloperMetadataFinder,
  GDeveloperMetadataLocation,
  GRange,
  GSheet,
  GSpreadsheet,
  Scope,
} from './scope';

type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

const enumValue = <T>(e: Record<string, EnumValue>, name: string): T => e[name] as unknown as T;

/** Adds metadata from the overloads (key), (key, visibility), (key, value), (key, value, visibility). */
export function addMetadata(scope: Scope, location: MetadataLocation, args: unknown[]): void {
  const [key, second, third] = args;
  if (typeof key !== 'string' || key === '')
    throw new Error('Developer metadata needs a non-empty key.');
  let value: string | null = null;
  let visibility: unknown = DeveloperMetadataVisibility.DOCUMENT;
  if (second instanceof EnumValue) visibility = second;
  else if (second !== undefined) {
    value = String(second);
    if (third !== undefined) visibility = third;
  }
  scope.wb.metadata.add(key, value, enumName(visibility) as 'DOCUMENT' | 'PROJECT', location);
}

/** The location of a range: whole rows or whole columns only, as in Sheets. */
export function rangeLocation(scope: Scope, range: RangeBase): MetadataLocation {
  const info = scope.wb.getSheet(range._sheetId);
  const g = range._grid;
  if (g.col === 0 && g.numCols === info.maxColumns) {
    return { type: 'ROW', sheetId: range._sheetId, start: g.row, count: g.numRows };
  }
  if (g.row === 0 && g.numRows === info.maxRows) {
    return { type: 'COLUMN', sheetId: range._sheetId, start: g.col, count: g.numCols };
  }
  throw new Error(
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  );
}

export function metadataObjects(scope: Scope, records: MetadataRecord[]): GDeveloperMetadata[] {
  return records.map((r) =>
    scope.expose<GDeveloperMetadata>('DeveloperMetadata', new DeveloperMetadataImpl(scope, r.id)),
  );
}

type MetadataPart =
  | 'getId'
  | 'getKey'
  | 'getValue'
  | 'getVisibility'
  | 'getLocation'
  | 'setKey'
  | 'setValue'
  | 'setVisibility'
  | 'remove'
  | 'moveToColumn'
  | 'moveToRow'
  | 'moveToSheet'
  | 'moveToSpreadsheet';

export class DeveloperMetadataImpl implements Pick<GDeveloperMetadata, MetadataPart> {
  constructor(
    private readonly _scope: Scope,
    readonly _id: number,
  ) {}

  private _record(): MetadataRecord {
    const r = this._scope.wb.metadata.get(this._id);
    if (!r) throw new Error(`Developer metadata with ID ${this._id} no longer exists.`);
    return r;
  }

  private _update(patch: Partial<MetadataRecord>): GDeveloperMetadata {
    this._record();
    this._scope.wb.metadata.update(this._id, patch);
    return this._scope.expose('DeveloperMetadata', this);
  }

  getId(): number {
    return this._record().id;
  }
  getKey(): string {
    return this._record().key;
  }
  getValue(): string | null {
    return this._record().value;
  }
  getVisibility(): Visibility {
    return enumValue(DeveloperMetadataVisibility, this._record().visibility);
  }
  getLocation(): GDeveloperMetadataLocation {
    return this._scope.expose(
      'DeveloperMetadataLocation',
      new LocationImpl(this._scope, this._record().location),
    );
  }
  setKey(key: string): GDeveloperMetadata {
    return this._update({ key: String(key) });
  }
  setValue(value: string): GDeveloperMetadata {
    return this._update({ value: value === null ? null : String(value) });
  }
  setVisibility(visibility: Visibility): GDeveloperMetadata {
    return this._update({ visibility: enumName(visibility) as 'DOCUMENT' | 'PROJECT' });
  }
  remove(): void {
    this._record();
    this._scope.wb.metadata.remove(this._id);
  }
  moveToColumn(column: GRange): GDeveloperMetadata {
    return this._update({ location: rangeLocation(this._scope, unwrap<RangeBase>(column)) });
  }
  moveToRow(row: GRange): GDeveloperMetadata {
    return this._update({ location: rangeLocation(this._scope, unwrap<RangeBase>(row)) });
  }
  moveToSheet(sheet: GSheet): GDeveloperMetadata {
    return this._update({ location: { type: 'SHEET', sheetId: sheet.getSheetId() } });
  }
  moveToSpreadsheet(): GDeveloperMetadata {
    return this._update({ location: { type: 'SPREADSHEET' } });
  }
}

export class LocationImpl implements Pick<
  GDeveloperMetadataLocation,
  'getColumn' | 'getLocationType' | 'getRow' | 'getSheet' | 'getSpreadsheet'
> {
  constructor(
    private readonly _scope: Scope,
    private readonly _loc: MetadataLocation,
  ) {}

  getLocationType(): LocationType {
    return enumValue(DeveloperMetadataLocationType, this._loc.type);
  }
  getSpreadsheet(): GSpreadsheet | null {
    return this._loc.type === 'SPREADSHEET' ? this._scope.spreadsheet() : null;
  }
  getSheet(): GSheet | null {
    return this._loc.type === 'SHEET' ? this._scope.sheet(this._loc.sheetId) : null;
  }
  getRow(): GRange | null {
    const loc = this._loc;
    if (loc.type !== 'ROW') return null;
    const info = this._scope.wb.getSheet(loc.sheetId);
    return this._scope.range(
      loc.sheetId,
      { row: loc.start, col: 0, numRows: loc.count, numCols: info.maxColumns },
      { wholeRows: true },
    );
  }
  getColumn(): GRange | null {
    const loc = this._loc;
    if (loc.type !== 'COLUMN') return null;
    const info = this._scope.wb.getSheet(loc.sheetId);
    return this._scope.range(
      loc.sheetId,
      { row: 0, col: loc.start, numRows: info.maxRows, numCols: loc.count },
      { wholeColumns: true },
    );
  }
}

/** Where a finder searches: the whole spreadsheet, one sheet, or one range. */
export type FinderScope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheetId: number }
  | { kind: 'range'; sheetId: number; grid: GridRange };

type FinderPart =
  | 'find'
  | 'onIntersectingLocations'
  | 'withId'
  | 'withKey'
  | 'withLocationType'
  | 'withValue'
  | 'withVisibility';

export class FinderImpl implements Pick<GDeveloperMetadataFinder, FinderPart> {
  private _filters: Array<(r: MetadataRecord) => boolean> = [];
  private _intersecting = false;

  constructor(
    private readonly _scope: Scope,
    private readonly _where: FinderScope,
  ) {}

  private _add(filter: (r: MetadataRecord) => boolean): GDeveloperMetadataFinder {
    this._filters.push(filter);
    return this._scope.expose('DeveloperMetadataFinder', this);
  }

  withId(id: number): GDeveloperMetadataFinder {
    return this._add((r) => r.id === id);
  }
  withKey(key: string): GDeveloperMetadataFinder {
    return this._add((r) => r.key === key);
  }
  withValue(value: string): GDeveloperMetadataFinder {
    return this._add((r) => r.value === value);
  }
  withLocationType(locationType: LocationType): GDeveloperMetadataFinder {
    const name = enumName(locationType);
    return this._add((r) => r.location.type === name);
  }
  withVisibility(visibility: Visibility): GDeveloperMetadataFinder {
    const name = enumName(visibility);
    return this._add((r) => r.visibility === name);
  }
  onIntersectingLocations(): GDeveloperMetadataFinder {
    this._intersecting = true;
    return this._scope.expose('DeveloperMetadataFinder', this);
  }
  find(): GDeveloperMetadata[] {
    const found = this._scope.wb.metadata
      .list()
      .filter((r) => this._inScope(r.location) && this._filters.every((f) => f(r)));
    return metadataObjects(this._scope, found);
  }

  private _inScope(loc: MetadataLocation): boolean {
    const w = this._where;
    if (w.kind === 'spreadsheet') return true;
    if (loc.type === 'SPREADSHEET') return false;
    if (loc.sheetId !== w.sheetId) return false;
    if (w.kind === 'sheet') return true;
    if (loc.type === 'SHEET') return false;
    const g = w.grid;
    const [start, count] = loc.type === 'ROW' ? [g.row, g.numRows] : [g.col, g.numCols];
    const info = this._scope.wb.getSheet(w.sheetId);
    // Metadata on rows is within a range spanning all columns (and vice versa), unless
    // intersecting locations are asked for.
    const spansOther =
      loc.type === 'ROW'
        ? g.col === 0 && g.numCols === info.maxColumns
        : g.row === 0 && g.numRows === info.maxRows;
    const locEnd = loc.start + loc.count;
    if (this._intersecting) return loc.start < start + count && locEnd > start;
    return spansOther && loc.start >= start && locEnd <= start + count;
  }
}
