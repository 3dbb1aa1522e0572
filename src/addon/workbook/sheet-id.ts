import type { Sheet } from '../adapters/sheets-types';
// A sheet's id, asked of Sheets at most once per execution: the locator already knows the id of
// every sheet it found by id, and the write memos key their entries by it (one call per sheet per
// memo otherwise). Each execution loads the script afresh, so nothing is kept between them.

const ids = new WeakMap<Sheet, number>();

/** Records an id already known (a sheet got with getSheetById). */
export function knowSheetId(sheet: Sheet, id: number): void {
  ids.set(sheet, id);
}

export function sheetIdOf(sheet: Sheet): number {
  let id = ids.get(sheet);
  if (id === undefined) ids.set(sheet, (id = sheet.getSheetId()));
  return id;
}
