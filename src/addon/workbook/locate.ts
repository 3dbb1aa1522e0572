// Where the managed sheets and their columns are. The stored layout (layout-store.ts) answers
// in a few calls; developer metadata, which follows a renamed sheet or a moved column, is
// searched only when there is no layout or it no longer matches the sheets (about 850 calls on the
// demo, so once, not on every action). A sheet that is in neither is looked for by name, and
// columns with no metadata by header (a workbook typed by hand, or a copy that lost its metadata).
import { columnsByHeader, findManagedColumns, findManagedSheets } from './metadata';
import {
  headerText,
  readLayout,
  type StoredLayout,
  type StoredSheet,
  writeLayout,
} from './layout-store';
import { knowSheetId } from './sheet-id';
import { SCHEMA, SHEET_KEYS, type SheetKey } from '../schema';
import type { Sheet, Spreadsheet } from '../adapters/sheets-types';

export interface LocatedSheet {
  readonly key: SheetKey;
  readonly sheet: Sheet;
  /** The sheet's name now (what formulas must reference). */
  readonly name: string;
  /** Columns found by metadata: column key → 1-based column number (reads the header row once
   *  when they come from the stored layout and were not checked yet). */
  readonly tagged: ReadonlyMap<string, number>;
  /** The tagged columns, checked against this header row (no Sheets call). */
  taggedFor(headerRow: readonly unknown[]): ReadonlyMap<string, number>;
}

export type Located = ReadonlyMap<SheetKey, LocatedSheet>;

/** Found by metadata in this execution: the columns are right as they are. */
class SheetFromMetadata implements LocatedSheet {
  constructor(
    readonly key: SheetKey,
    readonly sheet: Sheet,
    readonly name: string,
    readonly tagged: ReadonlyMap<string, number>,
  ) {}
  taggedFor(): ReadonlyMap<string, number> {
    return this.tagged;
  }
}

/** Found through the stored layout: each column is trusted once its header text is checked. */
class SheetFromLayout implements LocatedSheet {
  private checked: ReadonlyMap<string, number> | undefined;
  constructor(
    readonly key: SheetKey,
    readonly sheet: Sheet,
    private readonly nameNow: () => string,
    private readonly stored: StoredSheet,
    private readonly spreadsheet: Spreadsheet,
    private readonly layout: StoredLayout,
  ) {}

  /** Asked of Sheets only when used (most actions need few of the names). */
  get name(): string {
    return this.nameNow();
  }

  get tagged(): ReadonlyMap<string, number> {
    if (this.checked) return this.checked;
    const width = Math.max(0, ...Object.values(this.stored.columns).map(([column]) => column));
    const header = width > 0 ? this.sheet.getRange(1, 1, 1, width).getValues()[0] : [];
    return this.taggedFor(header);
  }

  taggedFor(headerRow: readonly unknown[]): ReadonlyMap<string, number> {
    if (this.checked) return this.checked;
    const columns = new Map<string, number>();
    for (const [key, [column, header]] of Object.entries(this.stored.columns)) {
      if (headerText(headerRow[column - 1]) !== header)
        return (this.checked = this.shifted(headerRow) ?? this.relocated());
      columns.set(key, column);
    }
    return (this.checked = columns);
  }

  /**
   * A column inserted, deleted or moved, with every header still as it was recorded: each
   * column is where its header now stands, when that header stands in one place only. This
   * spares the metadata search (about six calls per tagged column) after the commonest edit;
   * a renamed or repeated header still goes to the metadata.
   */
  private shifted(headerRow: readonly unknown[]): ReadonlyMap<string, number> | undefined {
    const at = new Map<string, number>();
    const repeated = new Set<string>();
    headerRow.forEach((cell, i) => {
      const text = headerText(cell);
      if (at.has(text)) repeated.add(text);
      else at.set(text, i + 1);
    });
    const columns = new Map<string, number>();
    const stored: Record<string, readonly [number, string]> = {};
    for (const [key, [, header]] of Object.entries(this.stored.columns)) {
      const column = at.get(header);
      if (header === '' || column === undefined || repeated.has(header)) return undefined;
      columns.set(key, column);
      stored[key] = [column, header];
    }
    // Re-read: another sheet may have rewritten the layout earlier in this execution.
    writeLayout({
      ...(readLayout() ?? this.layout),
      [this.key]: { ...this.stored, columns: stored },
    });
    return columns;
  }

  /**
   * A column moved or was renamed since the layout was stored: metadata says where it is now,
   * and the layout is rewritten so that the next action finds it without searching.
   */
  private relocated(): ReadonlyMap<string, number> {
    const columns = findManagedColumns(this.spreadsheet);
    const layout: StoredLayout = { ...this.layout };
    storeSheet(layout, this.key, this.sheet, columns);
    writeLayout(layout);
    return columns.get(this.stored.id) ?? new Map<string, number>();
  }
}

export interface LocateOptions {
  /** Also take a sheet with the schema's name when no metadata tags one (default true). */
  readonly byName?: boolean;
}

/** The managed sheets among `keys` that exist: by the stored layout, metadata, else name. */
export function locateSheets(
  spreadsheet: Spreadsheet,
  keys: readonly SheetKey[],
  options: LocateOptions = {},
): Located {
  const byName = options.byName === false ? () => null : findByName;
  return fromLayout(spreadsheet, keys, byName) ?? fromMetadata(spreadsheet, keys, byName);
}

/**
 * The sheets found by id in this execution, with their names: an execution that locates its
 * sheets several times (a summaries run) asks Sheets once per sheet. The add-on never renames or
 * deletes a sheet, and each execution loads the script afresh, so nothing here goes stale.
 */
interface SeenSheet {
  readonly sheet: Sheet;
  /** The name, asked once and only when used. */
  readonly name: () => string;
}
const seenById = new WeakMap<Spreadsheet, Map<number, SeenSheet | null>>();
function sheetById(spreadsheet: Spreadsheet, id: number): SeenSheet | null {
  let seen = seenById.get(spreadsheet);
  if (!seen) seenById.set(spreadsheet, (seen = new Map()));
  if (!seen.has(id)) {
    const sheet = spreadsheet.getSheetById(id);
    if (sheet) knowSheetId(sheet, id);
    let name: string | undefined;
    seen.set(id, sheet ? { sheet, name: () => (name ??= sheet.getName()) } : null);
  }
  return seen.get(id)!;
}

type ByName = (spreadsheet: Spreadsheet, key: SheetKey) => Sheet | null;

/** Undefined when the layout is missing or names a sheet that is gone. */
function fromLayout(
  spreadsheet: Spreadsheet,
  keys: readonly SheetKey[],
  byName: ByName,
): Located | undefined {
  const layout = readLayout();
  if (!layout) return undefined;
  const found = new Map<SheetKey, LocatedSheet>();
  for (const key of keys) {
    const stored = layout[key];
    if (!stored) {
      const sheet = byName(spreadsheet, key);
      if (sheet) found.set(key, new SheetFromMetadata(key, sheet, sheet.getName(), new Map()));
      continue;
    }
    const sheet = sheetById(spreadsheet, stored.id);
    if (!sheet) return undefined;
    found.set(key, new SheetFromLayout(key, sheet.sheet, sheet.name, stored, spreadsheet, layout));
  }
  return found;
}

/** The metadata search; it also stores the layout of every managed sheet for next time. */
function fromMetadata(
  spreadsheet: Spreadsheet,
  keys: readonly SheetKey[],
  byName: ByName,
): Located {
  const managed = findManagedSheets(spreadsheet);
  const columns = findManagedColumns(spreadsheet);
  const layout: StoredLayout = {};
  const found = new Map<SheetKey, LocatedSheet>();
  for (const key of SHEET_KEYS) {
    const tagged = managed.has(key) ? storeSheet(layout, key, managed.get(key)!, columns) : null;
    if (!keys.includes(key)) continue;
    const sheet = managed.get(key) ?? byName(spreadsheet, key);
    if (!sheet) continue;
    found.set(key, new SheetFromMetadata(key, sheet, sheet.getName(), tagged ?? new Map()));
  }
  writeLayout(layout);
  return found;
}

/** Records a managed sheet's tagged columns with their header text; returns them. */
function storeSheet(
  layout: StoredLayout,
  key: SheetKey,
  sheet: Sheet,
  columns: ReadonlyMap<number, ReadonlyMap<string, number>>,
): ReadonlyMap<string, number> {
  const id = sheet.getSheetId();
  const tagged = columns.get(id) ?? new Map<string, number>();
  const width = Math.max(0, ...tagged.values());
  const header = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [];
  const stored: Record<string, readonly [number, string]> = {};
  for (const [column, number] of tagged) stored[column] = [number, headerText(header[number - 1])];
  layout[key] = { id, columns: stored };
  return tagged;
}

function findByName(spreadsheet: Spreadsheet, key: SheetKey): Sheet | null {
  return spreadsheet.getSheetByName(SCHEMA[key].en) ?? spreadsheet.getSheetByName(SCHEMA[key].fr);
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
  for (const [key, column] of located.taggedFor(headerRow)) {
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
