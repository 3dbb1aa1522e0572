// A managed sheet as the add-on makes it: a free name beside any user sheet of that name, the
// header row in the sheet's language, and each column's metadata, number format and dropdown.
// Set-up creates and completes sheets with it; features that keep a log sheet of their own (the
// summaries' status, the context notes, the history snapshots) create it the same way, from here
// rather than from the set-up command, so no feature depends on set-up.
import { listValidation } from '../adapters/services';
import { choiceLabel, ColumnSpec, SCHEMA, SheetKey, sheetName } from '../schema';
import { Language } from '../i18n';
import { COLUMN_METADATA_KEY, tagManagedSheet } from './metadata';
import type { Sheet, Spreadsheet } from '../adapters/sheets-types';

export const HEADER_BACKGROUND = '#1f3864';
export const HEADER_FONT = '#ffffff';

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
  tagManagedSheet(sheet, key);
  const columns = SCHEMA[key].columns;
  if (columns.length === 0) return sheet;
  sheet
    .getRange(1, 1, 1, columns.length)
    .setValues([columns.map((c) => c[language])])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setFontColor(HEADER_FONT);
  sheet.setFrozenRows(1);
  formatColumns(sheet, 1, columns, language);
  return sheet;
}

export function tagColumn(sheet: Sheet, column: number, key: string, maxRows: number): void {
  sheet.getRange(1, column, maxRows, 1).addDeveloperMetadata(COLUMN_METADATA_KEY, key);
}

/**
 * Metadata, number formats and dropdowns of adjacent new columns: one metadata call per column
 * (Sheets ties metadata to a single column), then one call for all their formats and one for all
 * their dropdowns, so the calls grow with the columns made, never with the rows.
 */
export function formatColumns(
  sheet: Sheet,
  firstColumn: number,
  specs: readonly ColumnSpec[],
  language: Language,
): void {
  const maxRows = sheet.getMaxRows();
  specs.forEach((spec, i) => tagColumn(sheet, firstColumn + i, spec.key, maxRows));
  const rows = maxRows - 1;
  if (rows < 1) return;
  const cells = sheet.getRange(2, firstColumn, rows, specs.length);
  const formats = specs.map((spec) => spec.format);
  cells.setNumberFormats(Array.from({ length: rows }, () => formats));
  if (!specs.some((spec) => spec.choices?.length)) return;
  const rules = specs.map((spec) =>
    spec.choices?.length
      ? // Warn, do not reject: pasted CRM exports often hold labels of their own.
        listValidation(
          spec.choices.map((c) => choiceLabel(c, language)),
          true,
        )
      : null,
  );
  cells.setDataValidations(Array.from({ length: rows }, () => rules));
}
