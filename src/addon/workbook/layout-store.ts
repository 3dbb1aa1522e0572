// Where the managed sheets and their tagged columns were last found, kept in one document
// property. Searching developer metadata costs five or six Sheets calls per tagged column (about
// 850 on the demo); this map costs one property read and two calls per sheet. It is only a
// cache: every column it names is checked against the header text seen when it was recorded,
// and anything that no longer matches sends the add-on back to the metadata, which follows
// renamed sheets and moved columns, and rewrites the map.
import { documentProperty, setDocumentProperty } from '../adapters/services';
import type { SheetKey } from '../schema';

export const LAYOUT_PROPERTY = 'salesKpi.layout';

/** One column: its 1-based number and the header text it had when recorded. */
export type StoredColumn = readonly [column: number, header: string];

export interface StoredSheet {
  /** The sheet's id (getSheetId), stable across renames. */
  readonly id: number;
  readonly columns: Readonly<Record<string, StoredColumn>>;
}

export type StoredLayout = Partial<Record<SheetKey, StoredSheet>>;

/** The stored map, or undefined when there is none or it cannot be read. */
export function readLayout(): StoredLayout | undefined {
  const text = documentProperty(LAYOUT_PROPERTY);
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as StoredLayout) : undefined;
  } catch {
    return undefined;
  }
}

export function writeLayout(layout: StoredLayout): void {
  setDocumentProperty(LAYOUT_PROPERTY, JSON.stringify(layout));
}

/**
 * Adds a managed sheet the add-on just made, with its columns (key → [1-based column, header]),
 * to the stored map; without a map there is nothing to keep up to date (the next look-up
 * searches the metadata, which tags the new sheet).
 */
export function recordNewSheet(
  key: SheetKey,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  columns: Readonly<Record<string, StoredColumn>>,
): void {
  const layout = readLayout();
  if (!layout) return;
  writeLayout({ ...layout, [key]: { id: sheet.getSheetId(), columns } });
}

/** Header text as the map compares it. */
export function headerText(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}
