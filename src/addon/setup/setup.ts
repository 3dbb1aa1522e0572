// "Set up KPI workbook": creates the managed sheets of the schema, or completes them. Idempotent
// and lossless: a second run changes nothing; a sheet holding data is kept and only gains the
// columns it lacks, at its end; a user's sheet that merely has the same name is left alone and
// the managed sheet is created beside it. Sample data only ever goes into empty sheets.
//
// Sheets calls are batched: one metadata search for all sheets and one for all columns, one
// header read per existing sheet, one write per block; so the call count depends on the schema,
// never on how many rows the sheets hold.
import { activeSpreadsheet, documentLock, newDataValidation } from '../adapters/services';
import type { SampleData } from '../sample-data';
import { passAsOfToProgress } from '../objectives/as-of-rows';
import { asOfReference } from '../workbook/as-of';
import { safeCell } from '../safe-text';
import {
  choiceLabel,
  ColumnSpec,
  Language,
  SCHEMA,
  SHEET_KEYS,
  SheetKey,
  sheetName,
} from '../schema';
import {
  COLUMN_METADATA_KEY,
  columnsByHeader,
  findManagedColumns,
  findManagedSheets,
  SHEET_METADATA_KEY,
} from './locate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupOptions {
  language: Language;
  /** Sample rows to write into data sheets that are empty (the demo generator's output). */
  sample?: Partial<SampleData>;
  /** Called before each sheet, for progress display. */
  onProgress?: (sheet: string, index: number, total: number) => void;
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

const HEADER_BACKGROUND = '#1f3864';
const HEADER_FONT = '#ffffff';

/** Runs the setup under the document lock; returns undefined when the lock is busy. */
export function setupWorkbook(options: SetupOptions): SetupReport | undefined {
  const lock = documentLock();
  if (!lock.tryLock(30_000)) return undefined;
  try {
    return setupUnlocked(activeSpreadsheet(), options);
  } finally {
    lock.releaseLock();
  }
}

function setupUnlocked(spreadsheet: Spreadsheet, options: SetupOptions): SetupReport {
  const report: SetupReport = {
    created: [],
    completed: [],
    unchanged: [],
    besideUserSheets: [],
    sampleRows: 0,
    sampleSkipped: [],
  };
  const managed = findManagedSheets(spreadsheet);
  const taggedColumns = findManagedColumns(spreadsheet);
  SHEET_KEYS.forEach((key, index) => {
    const existing = managed.get(key);
    options.onProgress?.(
      existing?.getName() ?? sheetName(key, options.language),
      index + 1,
      SHEET_KEYS.length,
    );
    const rows = options.sample?.[key as keyof SampleData];
    if (existing) {
      const added = completeSheet(
        existing,
        key,
        taggedColumns.get(existing.getSheetId()),
        options.language,
      );
      if (added.length) report.completed.push({ sheet: existing.getName(), added });
      else report.unchanged.push(existing.getName());
      if (rows?.length) {
        if (existing.getLastRow() <= 1) report.sampleRows += writeRows(existing, rows);
        else report.sampleSkipped.push(existing.getName());
      }
    } else {
      const wanted = sheetName(key, options.language);
      const sheet = createSheet(spreadsheet, key, options.language, (rows?.length ?? 0) + 1);
      report.created.push(sheet.getName());
      if (sheet.getName() !== wanted)
        report.besideUserSheets.push({ name: wanted, created: sheet.getName() });
      if (rows?.length) report.sampleRows += writeRows(sheet, rows);
    }
  });
  // The day the objectives' formulas read (workbook/as-of.ts): created once, then kept current;
  // rows written before it existed are given it.
  const asOf = asOfReference(spreadsheet, options.language);
  const objectives = managed.get('objectives');
  const columns = objectives && taggedColumns.get(objectives.getSheetId());
  if (objectives && columns)
    passAsOfToProgress(objectives, [columns.get('progress'), columns.get('pace')], asOf);
  return report;
}

/** A name no sheet has yet: the schema's name, or "Name (KPI)", "Name (KPI 2)", … beside a user's sheet. */
function freeName(spreadsheet: Spreadsheet, wanted: string): string {
  if (!spreadsheet.getSheetByName(wanted)) return wanted;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${wanted} (KPI)` : `${wanted} (KPI ${n})`;
    if (!spreadsheet.getSheetByName(candidate)) return candidate;
  }
}

/** Creates one managed sheet (header, formats, metadata); the summaries create their log with it. */
export function createSheet(
  spreadsheet: Spreadsheet,
  key: SheetKey,
  language: Language,
  rowsNeeded: number,
): Sheet {
  const sheet = spreadsheet.insertSheet(freeName(spreadsheet, sheetName(key, language)));
  // Grown before formatting, so that the formats and dropdowns reach every row of sample data.
  if (sheet.getMaxRows() < rowsNeeded)
    sheet.insertRowsAfter(sheet.getMaxRows(), rowsNeeded - sheet.getMaxRows());
  sheet.addDeveloperMetadata(SHEET_METADATA_KEY, key);
  const columns = SCHEMA[key].columns;
  if (columns.length === 0) return sheet;
  sheet
    .getRange(1, 1, 1, columns.length)
    .setValues([columns.map((c) => c[language])])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setFontColor(HEADER_FONT);
  sheet.setFrozenRows(1);
  columns.forEach((column, i) => formatColumn(sheet, i + 1, column, language));
  return sheet;
}

/** Adds the columns a managed sheet lacks, after its last column; returns their headers. */
function completeSheet(
  sheet: Sheet,
  key: SheetKey,
  tagged: Map<string, number> | undefined,
  language: Language,
): string[] {
  const columns = SCHEMA[key].columns;
  if (columns.length === 0) return [];
  const found = new Map(tagged ?? []);
  const missing = columns.filter((c) => !found.has(c.key));
  if (missing.length === 0) return [];
  // Columns that carry no metadata but whose header names them are adopted, not duplicated.
  const lastColumn = sheet.getLastColumn();
  const headerRow = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const byHeader = columnsByHeader(key, headerRow);
  const added: string[] = [];
  let next = lastColumn + 1;
  for (const column of missing) {
    const adopted = byHeader.get(column.key);
    if (adopted !== undefined && ![...found.values()].includes(adopted)) {
      tagColumn(sheet, adopted, column.key);
      found.set(column.key, adopted);
      continue;
    }
    if (next > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), next - sheet.getMaxColumns());
    sheet
      .getRange(1, next)
      .setValue(column[language])
      .setFontWeight('bold')
      .setBackground(HEADER_BACKGROUND)
      .setFontColor(HEADER_FONT);
    formatColumn(sheet, next, column, language);
    found.set(column.key, next);
    added.push(column[language]);
    next++;
  }
  return added;
}

function tagColumn(sheet: Sheet, column: number, key: string): void {
  sheet.getRange(1, column, sheet.getMaxRows(), 1).addDeveloperMetadata(COLUMN_METADATA_KEY, key);
}

/** Metadata, number format and dropdown of one column (its data cells, below the header). */
function formatColumn(sheet: Sheet, column: number, spec: ColumnSpec, language: Language): void {
  tagColumn(sheet, column, spec.key);
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const cells = sheet.getRange(2, column, rows, 1);
  cells.setNumberFormat(spec.format);
  if (spec.choices?.length) {
    cells.setDataValidation(
      newDataValidation()
        .requireValueInList(
          spec.choices.map((c) => choiceLabel(c, language)),
          true,
        )
        // Warn, do not reject: pasted CRM exports often hold labels of their own.
        .setAllowInvalid(true)
        .build(),
    );
  }
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
