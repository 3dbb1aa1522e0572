// Writes a built layout into the Dashboard and its hidden data sheet. When the blocks are where
// the last refresh put them (same fingerprint), only the blocks whose cells changed are written,
// so a refresh that changes nothing writes no cell and Sheets recomputes nothing. Otherwise both
// sheets are cleared and each sheet's blocks are written as one rectangle (one setValues, plus
// one call per style they use; union.ts), the hidden sheet last. Values go before formats: a formula must never land in a
// cell already formatted as text, which Sheets would keep as text.
import { newDataValidation } from '../adapters/services';
import { replaceAddonRules } from '../alerts/cf-replace';
import type { Block } from './canvas';
import { writeCharts } from './charts-write';
import { blockUnchanged, type SheetState } from './diff';
import type { DashboardLayout, SheetLayout } from './layout';
import { SIGNATURE } from './positions';
import { valueAt } from './sheets';
import { unionBlock } from './union';
import { sheetIdOf } from '../workbook/sheet-id';
import { fingerprint, rememberWrite, withMemoBatch, writtenAlready } from '../workbook/write-memo';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The conditional-format family of the dashboard's rules (alerts/cf-model.ts markers). */
export const DASHBOARD_FAMILY = 'dashboard';

export function writeDashboard(dashboard: Sheet, hidden: Sheet, layout: DashboardLayout): void {
  const previous = valueAt(hidden, SIGNATURE.row, SIGNATURE.column);
  const sameLayout = previous === layout.signature;
  if (sameLayout) {
    grow(dashboard, layout.dashboard);
    grow(hidden, layout.data);
    writeBlocks(dashboard, changedBlocks(dashboard, layout.dashboard));
    writeBlocks(hidden, changedBlocks(hidden, layout.data));
  } else {
    // Clearing the hidden sheet first removes the old series, so nothing recalculates them twice.
    prepare(hidden, layout.data);
    prepare(dashboard, layout.dashboard);
    writeBlocks(dashboard, wholeSheet(layout.dashboard.blocks));
    writeBlocks(hidden, wholeSheet(layout.data.blocks));
  }
  if (!hidden.isSheetHidden()) hidden.hideSheet();

  // Clearing the formats took the font sizes with them: the static part is written again then.
  withMemoBatch(() => {
    writeStatic(dashboard, hidden, layout, !sameLayout);
    writeCharts(dashboard, layout.charts);
    replaceAddonRules(dashboard, DASHBOARD_FAMILY, layout.rules);
  });
}

/**
 * Column widths, frozen rows, font sizes and the selector's dropdown: written when they differ
 * from the last refresh's (a user who widens a column keeps it until the layout changes).
 */
function writeStatic(
  dashboard: Sheet,
  hidden: Sheet,
  layout: DashboardLayout,
  force: boolean,
): void {
  const d = layout.dashboard;
  const v = layout.validation;
  const memoKey = `static/${sheetIdOf(dashboard)}`;
  const print = fingerprint([d.widths, d.frozenRows, d.fontSizes, v, sheetIdOf(hidden)]);
  if (!force && writtenAlready(memoKey, print, 0)) return;
  for (const run of widthRuns(d.widths)) dashboard.setColumnWidths(run.from, run.count, run.width);
  if (dashboard.getFrozenRows() !== d.frozenRows) dashboard.setFrozenRows(d.frozenRows);
  for (const f of d.fontSizes)
    dashboard.getRange(f.row, f.column, f.numRows, f.numColumns).setFontSize(f.size);
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
  }
}

/**
 * The setColumnWidths calls that give every column its width: consecutive columns of the same
 * width in one call each, or, when fewer calls, the most common width over the whole span first
 * and the other runs over it (alternating widths cost one call per other column, not per run).
 */
export function widthRuns(widths: ReadonlyArray<readonly [number, number]>) {
  const exact = runsOf(widths);
  if (widths.length === 0) return exact;
  const counts = new Map<number, number>();
  for (const [, width] of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const first = Math.min(...widths.map(([c]) => c));
  const last = Math.max(...widths.map(([c]) => c));
  if (last - first + 1 !== widths.length) return exact; // a gap: only the given columns
  const over = [
    { from: first, count: widths.length, width: common },
    ...runsOf(widths.filter(([, w]) => w !== common)),
  ];
  return over.length < exact.length ? over : exact;
}

function runsOf(widths: ReadonlyArray<readonly [number, number]>) {
  const runs: Array<{ from: number; count: number; width: number }> = [];
  for (const [column, width] of widths) {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.from + last.count === column) last.count++;
    else runs.push({ from: column, count: 1, width });
  }
  return runs;
}
