// Finding the managed sheets and their columns by developer metadata, so that a sheet the user
// renamed, or a column they moved, is still found. Headers are the fallback for columns that
// carry no metadata yet (a sheet typed by hand, or by an earlier version).
import { metadataLocationType } from '../adapters/services';
import { findChoice, SCHEMA, SheetKey } from '../schema';
import type { DeveloperMetadata, Sheet, Spreadsheet } from '../adapters/sheets-types';

export const SHEET_METADATA_KEY = 'salesKpi.sheet';
export const COLUMN_METADATA_KEY = 'salesKpi.column';

/** The developer metadata under `key` on whole sheets or on columns: one metadata search. */
export function metadataTagged(
  spreadsheet: Spreadsheet,
  key: string,
  on: 'SHEET' | 'COLUMN',
): DeveloperMetadata[] {
  return spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .withLocationType(metadataLocationType()[on])
    .find();
}

/** The first sheet tagged with the metadata `key` (the add-on's own hidden sheets), if any. */
export function sheetTagged(spreadsheet: Spreadsheet, key: string): Sheet | undefined {
  for (const item of metadataTagged(spreadsheet, key, 'SHEET')) {
    const sheet = item.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return undefined;
}

/** Managed sheets by their stable key (one metadata search for the whole spreadsheet). */
export function findManagedSheets(spreadsheet: Spreadsheet): Map<SheetKey, Sheet> {
  const found = new Map<SheetKey, Sheet>();
  for (const item of metadataTagged(spreadsheet, SHEET_METADATA_KEY, 'SHEET')) {
    const key = item.getValue() as SheetKey;
    const sheet = item.getLocation().getSheet();
    if (key in SCHEMA && sheet && !found.has(key)) found.set(key, sheet);
  }
  return found;
}

/** For each sheet id, its tagged columns: column key → 1-based column number. */
export function findManagedColumns(spreadsheet: Spreadsheet): Map<number, Map<string, number>> {
  const bySheet = new Map<number, Map<string, number>>();
  for (const item of metadataTagged(spreadsheet, COLUMN_METADATA_KEY, 'COLUMN')) {
    const column = item.getLocation().getColumn();
    if (!column) continue;
    const sheetId = column.getSheet().getSheetId();
    const columns = bySheet.get(sheetId) ?? new Map<string, number>();
    bySheet.set(sheetId, columns);
    const key = item.getValue();
    if (key && !columns.has(key)) columns.set(key, column.getColumn());
  }
  return bySheet;
}

/**
 * Matches the header row to a sheet's columns by their English or French header, for columns
 * with no metadata: header text → column key.
 */
export function columnsByHeader(key: SheetKey, headerRow: readonly unknown[]): Map<string, number> {
  const found = new Map<string, number>();
  const columns = SCHEMA[key].columns.map((c) => ({ key: c.key, en: c.en, fr: c.fr }));
  headerRow.forEach((cell, index) => {
    const column = findChoice(columns, cell);
    if (column && !found.has(column.key)) found.set(column.key, index + 1);
  });
  return found;
}

/**
 * Tags a sheet the add-on just made as its `key`. The caller then drops the stored layout
 * (forgetLayout), once for all the sheets and columns it made.
 */
export function tagManagedSheet(sheet: Sheet, key: SheetKey): void {
  sheet.addDeveloperMetadata(SHEET_METADATA_KEY, key);
}
