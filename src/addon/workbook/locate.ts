// Where the managed sheets and their columns are: by developer metadata first (a renamed sheet or
// a moved column is still found), then by name and header (a workbook typed by hand, or one whose
// metadata was lost, such as a copy pasted from another file). The number of Sheets calls depends
// on the schema, never on the rows: two metadata searches, then at most two name look-ups per
// sheet the metadata did not find.
import { columnsByHeader, findManagedColumns, findManagedSheets } from '../setup/locate';
import { SCHEMA, type SheetKey } from '../schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface LocatedSheet {
  readonly key: SheetKey;
  readonly sheet: Sheet;
  /** The sheet's name now (what formulas must reference). */
  readonly name: string;
  /** Columns found by metadata: column key → 1-based column number. */
  readonly tagged: ReadonlyMap<string, number>;
}

export type Located = ReadonlyMap<SheetKey, LocatedSheet>;

/** The managed sheets among `keys` that exist, found by metadata or else by name. */
export function locateSheets(spreadsheet: Spreadsheet, keys: readonly SheetKey[]): Located {
  const managed = findManagedSheets(spreadsheet);
  const columns = findManagedColumns(spreadsheet);
  const found = new Map<SheetKey, LocatedSheet>();
  for (const key of keys) {
    const sheet =
      managed.get(key) ??
      spreadsheet.getSheetByName(SCHEMA[key].en) ??
      spreadsheet.getSheetByName(SCHEMA[key].fr);
    if (!sheet) continue;
    const tagged = columns.get(sheet.getSheetId()) ?? new Map<string, number>();
    found.set(key, { key, sheet, name: sheet.getName(), tagged });
  }
  return found;
}

/**
 * Every column of the sheet's schema that can be found: by metadata, else by its English or
 * French header in the header row (never a position another column already holds). 0-based.
 */
export function resolveColumns(
  located: LocatedSheet,
  headerRow: readonly unknown[],
): Map<string, number> {
  const out = new Map<string, number>();
  const used = new Set<number>();
  for (const [key, column] of located.tagged) {
    if (column >= 1) {
      out.set(key, column - 1);
      used.add(column - 1);
    }
  }
  const byHeader = columnsByHeader(located.key, headerRow);
  for (const spec of SCHEMA[located.key].columns) {
    const column = byHeader.get(spec.key);
    if (out.has(spec.key) || column === undefined || used.has(column - 1)) continue;
    out.set(spec.key, column - 1);
    used.add(column - 1);
  }
  return out;
}
