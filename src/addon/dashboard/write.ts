// Writes a built layout into the Dashboard and its hidden data sheet. When the blocks are where
// the last refresh put them (same fingerprint), only the blocks whose cells changed are written,
// so a refresh that changes nothing writes no cell and Sheets recomputes nothing. Otherwise both
// sheets are cleared and each sheet's blocks are written as one rectangle (one setValues, plus
// one call per style they use; union.ts), the hidden sheet last. Values go before formats: a formula must never land in a
// cell already formatted as text, which Sheets would keep as text.
import { newDataValidation } from '../adapters/services';
import type { Block } from './canvas';
import { writeDashboardFrame } from './frame';
import { blockUnchanged, type SheetState } from './diff';
import type { DashboardLayout, SheetLayout } from './layout';
import { SIGNATURE } from './positions';
import { valueAt } from './sheets';
import { unionBlock } from './union';
import { sheetIdOf } from '../workbook/sheet-id';
import { fingerprint, rememberWrite, withMemoBatch, writtenAlready } from '../workbook/write-memo';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * `hiddenIsNew`: the hidden sheet was just made, so it holds nothing and is not hidden yet (three
 * reads and a clear fewer, which keeps the first refresh within the call budget).
 */
export function writeDashboard(
  dashboard: Sheet,
  hidden: Sheet,
  layout: DashboardLayout,
  hiddenIsNew = false,
): void {
  const previous = hiddenIsNew ? '' : valueAt(hidden, SIGNATURE.row, SIGNATURE.column);
  const sameLayout = previous === layout.signature;
  if (sameLayout) {
    grow(dashboard, layout.dashboard);
    grow(hidden, layout.data);
    writeBlocks(dashboard, changedBlocks(dashboard, layout.dashboard));
    writeBlocks(hidden, changedBlocks(hidden, layout.data));
  } else {
    // Clearing the hidden sheet first removes the old series, so nothing recalculates them twice.
    if (hiddenIsNew) grow(hidden, layout.data);
    else prepare(hidden, layout.data);
    prepare(dashboard, layout.dashboard);
    writeBlocks(dashboard, wholeSheet(layout.dashboard.blocks));
    writeBlocks(hidden, wholeSheet(layout.data.blocks));
  }
  if (hiddenIsNew || !hidden.isSheetHidden()) hidden.hideSheet();

  // Clearing the formats took the dropdown with them: it is written again then.
  withMemoBatch(() => {
    writeSelector(dashboard, hidden, layout, !sameLayout);
    writeDashboardFrame(dashboard, layout.language);
  });
}

/** The selector's dropdown: written when it differs from the last refresh's, or was cleared. */
function writeSelector(
  dashboard: Sheet,
  hidden: Sheet,
  layout: DashboardLayout,
  force: boolean,
): void {
  const v = layout.validation;
  const memoKey = `static/${sheetIdOf(dashboard)}`;
  const print = fingerprint([v, sheetIdOf(hidden)]);
  if (!force && writtenAlready(memoKey, print, 0)) return;
  dashboard.getRange(v.cell.row, v.cell.column).setDataValidation(
    newDataValidation()
      .requireValueInRange(
        hidden.getRange(v.source.row, v.source.column, v.source.numRows, v.source.numColumns),
        true,
      )
      .setAllowInvalid(false)
      .build(),
  );
  rememberWrite(memoKey, print, 0);
}

/** The blocks whose cells differ from the sheet's (three reads over the blocks' extent). */
function changedBlocks(sheet: Sheet, layout: SheetLayout): Block[] {
  let rows = 0;
  let columns = 0;
  for (const b of layout.blocks) {
    rows = Math.max(rows, b.row + b.numRows - 1);
    columns = Math.max(columns, b.column + b.numColumns - 1);
  }
  const range = sheet.getRange(1, 1, rows, columns);
  const state: SheetState = {
    formulas: range.getFormulas(),
    values: range.getValues(),
    formats: range.getNumberFormats(),
  };
  return layout.blocks.filter((b) => !blockUnchanged(b, state));
}

/**
 * Grows the sheet to the layout's size, then clears its cells' contents and formats (not the
 * sheet's conditional-format rules: users' rules stay, the add-on's are replaced by family).
 */
function prepare(sheet: Sheet, layout: SheetLayout): void {
  const { rows, columns } = grow(sheet, layout);
  const all = sheet.getRange(1, 1, rows, columns);
  all.clearContent();
  all.clearFormat();
}

function grow(sheet: Sheet, layout: SheetLayout): { rows: number; columns: number } {
  const rows = sheet.getMaxRows();
  const columns = sheet.getMaxColumns();
  if (rows < layout.rows) sheet.insertRowsAfter(rows, layout.rows - rows);
  if (columns < layout.columns) sheet.insertColumnsAfter(columns, layout.columns - columns);
  return { rows: Math.max(rows, layout.rows), columns: Math.max(columns, layout.columns) };
}

/** A cleared sheet's blocks as one (see union.ts). */
function wholeSheet(blocks: readonly Block[]): Block[] {
  const union = unionBlock(blocks);
  return union ? [union] : [];
}

function writeBlocks(sheet: Sheet, blocks: readonly Block[]): void {
  for (const b of blocks) {
    const range = sheet.getRange(b.row, b.column, b.numRows, b.numColumns);
    range.setValues(b.values);
    if (b.formats) range.setNumberFormats(b.formats);
    if (b.weights) range.setFontWeights(b.weights);
    if (b.styles) range.setFontStyles(b.styles);
    if (b.backgrounds) range.setBackgrounds(b.backgrounds as string[][]);
    if (b.colors) range.setFontColors(b.colors as string[][]);
    if (b.aligns) range.setHorizontalAlignments(b.aligns);
    if (b.sizes) range.setFontSizes(b.sizes);
  }
}
