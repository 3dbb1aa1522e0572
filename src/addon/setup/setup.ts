// "Set up KPI workbook": creates the managed sheets of the schema, or completes them. Idempotent
// and lossless: a second run changes nothing; a sheet holding data is kept and only gains the
// columns it lacks, at its end; a user's sheet that merely has the same name is left alone and
// the managed sheet is created beside it. Sample data only ever goes into empty sheets.
//
// Sheets calls are batched: one metadata search for all sheets and one for all columns, one
// header read per existing sheet, one write per block; so the call count depends on the schema,
// never on how many rows the sheets hold. The set-up page runs it in steps (steps.ts), a few
// sheets per execution, so that each execution stays within the call budget.
import { activeSpreadsheet } from '../adapters/services';
import type { SampleData } from '../sample-data';
import { headerText, readLayout, writeLayout } from '../workbook/layout-store';
import { passAsOfToProgress } from '../objectives/as-of-rows';
import { asOfReference } from '../workbook/as-of';
import { writeFrameCharts, writeFrameGrid } from '../dashboard/frame';
import { safeCell } from '../safe-text';
import { ColumnSpec, SCHEMA, SHEET_KEYS, SheetKey, sheetName } from '../schema';
import { Language } from '../i18n';
import { type LocatedSheet, locateSheets } from '../workbook/locate';
import { columnsByHeader } from '../workbook/metadata';
import { type Locked, withDocumentLock } from '../workbook/lock';
import {
  createSheet,
  formatColumns,
  HEADER_BACKGROUND,
  HEADER_FONT,
  tagColumn,
} from '../workbook/managed-sheet';
import type { Sheet, Spreadsheet } from '../adapters/sheets-types';

export interface SetupOptions {
  language: Language;
  /** Sample rows to write into data sheets that are empty (the demo generator's output). */
  sample?: Partial<SampleData>;
  /** The sheets this execution creates or completes (default: all of them). */
  keys?: readonly SheetKey[];
  /** Gives the objectives' formulas their as-of day (default: when every sheet is done). */
  finish?: boolean;
}

export interface SetupReport {
  created: string[];
  /** Existing sheets that gained columns, with the headers added. */
  completed: Array<{ sheet: string; added: string[] }>;
  unchanged: string[];
  /** A user sheet had the name; the managed one was created under another name. */
  besideUserSheets: Array<{ name: string; created: string }>;
  sampleRows: number;
  /** Sheets that already held data, so no sample rows were written into them. */
  sampleSkipped: string[];
}

/** The setup waits longer than a save: it is run once, by hand, and writes every sheet. */
const SETUP_LOCK_WAIT_MS = 30_000;

/** Runs the setup under the document lock (the refusal says why it did not run). */
export function setupWorkbook(options: SetupOptions): Locked<SetupReport> {
  return withDocumentLock(() => setupUnlocked(activeSpreadsheet(), options), SETUP_LOCK_WAIT_MS);
}

/** A report of nothing done (the set-up page merges its steps' reports from it). */
export function emptySetupReport(): SetupReport {
  return {
    created: [],
    completed: [],
    unchanged: [],
    besideUserSheets: [],
    sampleRows: 0,
    sampleSkipped: [],
  };
}

function setupUnlocked(spreadsheet: Spreadsheet, options: SetupOptions): SetupReport {
  const report = emptySetupReport();
  const keys = options.keys ?? SHEET_KEYS;
  const finish = options.finish ?? options.keys === undefined;
  // Only sheets tagged as managed: a user's sheet that merely has the name is left alone.
  const wanted: readonly SheetKey[] = finish ? [...keys, 'objectives', 'dashboard'] : keys;
  const managed = locateSheets(spreadsheet, wanted, { byName: false });
  const created = new Map<SheetKey, Sheet>();
  // What setup makes is recorded in the stored layout as it goes, so the next action need not
  // search the metadata again.
  const layout = readLayout() ?? {};
  let layoutChanged = false;
  const record = (key: SheetKey, sheet: Sheet, columns: Array<[ColumnSpec, number, string]>) => {
    const entry = layout[key] ?? { id: sheet.getSheetId(), columns: {} };
    const stored = { ...entry.columns };
    for (const [spec, column, header] of columns) stored[spec.key] = [column, header];
    layout[key] = { id: entry.id, columns: stored };
    layoutChanged = true;
  };
  keys.forEach((key) => {
    const existing = managed.get(key);
    const rows = options.sample?.[key as keyof SampleData];
    if (existing) {
      const added = completeSheet(existing, options.language, (columns) =>
        record(key, existing.sheet, columns),
      );
      if (added.length) report.completed.push({ sheet: existing.name, added });
      else report.unchanged.push(existing.name);
      // A Dashboard from before the frame was drawn at set-up gets it now (a few calls to check
      // when it is there), so that its next refresh stays within the call budget.
      if (key === 'dashboard') writeFrameCharts(existing.sheet, options.language);
      if (rows?.length) {
        if (existing.sheet.getLastRow() <= 1) report.sampleRows += writeRows(existing.sheet, rows);
        else report.sampleSkipped.push(existing.name);
      }
    } else {
      const wanted = sheetName(key, options.language);
      const sheet = createSheet(spreadsheet, key, options.language, (rows?.length ?? 0) + 1);
      created.set(key, sheet);
      report.created.push(sheet.getName());
      const columns = SCHEMA[key].columns;
      record(
        key,
        sheet,
        columns.map((spec, i) => [spec, i + 1, spec[options.language]]),
      );
      // The Dashboard's charts and colours do not depend on the data: drawn now (its widths in
      // the last step), the first refresh only writes numbers.
      if (key === 'dashboard') writeFrameCharts(sheet, options.language);
      if (sheet.getName() !== wanted)
        report.besideUserSheets.push({ name: wanted, created: sheet.getName() });
      if (rows?.length) report.sampleRows += writeRows(sheet, rows);
    }
  });
  if (layoutChanged) writeLayout(layout);
  if (!finish) return report;
  // The day the objectives' formulas read (workbook/as-of.ts): created once, then kept current;
  // rows written before it existed are given it.
  const asOf = asOfReference(spreadsheet, options.language);
  const dashboard = managed.get('dashboard')?.sheet ?? created.get('dashboard');
  if (dashboard) writeFrameGrid(dashboard);
  const objectives = managed.get('objectives');
  if (objectives)
    passAsOfToProgress(
      objectives.sheet,
      [objectives.tagged.get('progress'), objectives.tagged.get('pace')],
      asOf,
    );
  return report;
}

/** Adds the columns a managed sheet lacks, after its last column; returns their headers. */
function completeSheet(
  located: LocatedSheet,
  language: Language,
  record: (columns: Array<[ColumnSpec, number, string]>) => void,
): string[] {
  const { sheet, key } = located;
  const columns = SCHEMA[key].columns;
  if (columns.length === 0) return [];
  const found = new Map(located.tagged);
  const missing = columns.filter((c) => !found.has(c.key));
  if (missing.length === 0) return [];
  // Columns that carry no metadata but whose header names them are adopted, not duplicated.
  const lastColumn = sheet.getLastColumn();
  const headerRow = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const byHeader = columnsByHeader(key, headerRow);
  const added: ColumnSpec[] = [];
  const tagged: Array<[ColumnSpec, number, string]> = [];
  for (const column of missing) {
    const adopted = byHeader.get(column.key);
    if (adopted !== undefined && ![...found.values()].includes(adopted)) {
      tagColumn(sheet, adopted, column.key, sheet.getMaxRows());
      found.set(column.key, adopted);
      tagged.push([column, adopted, headerText(headerRow[adopted - 1])]);
    } else added.push(column);
  }
  added.forEach((column, i) => tagged.push([column, lastColumn + 1 + i, column[language]]));
  record(tagged);
  if (added.length === 0) return [];
  const first = lastColumn + 1;
  const last = lastColumn + added.length;
  if (last > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), last - sheet.getMaxColumns());
  sheet
    .getRange(1, first, 1, added.length)
    .setValues([added.map((c) => c[language])])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setFontColor(HEADER_FONT);
  formatColumns(sheet, first, added, language);
  return added.map((c) => c[language]);
}

/** Writes rows below the header in one block, growing the sheet first if it is too short. */
function writeRows(sheet: Sheet, rows: ReadonlyArray<ReadonlyArray<unknown>>): number {
  const needed = rows.length + 1;
  if (sheet.getMaxRows() < needed)
    sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  const width = rows[0].length;
  sheet
    .getRange(2, 1, rows.length, width)
    .setValues(rows.map((row) => row.map(safeCell)) as unknown[][]);
  return rows.length;
}
