// The Dashboard's frame: what does not depend on the data (its five charts, the tiles' colour
// rules, the column widths and the frozen rows). The set-up draws it when it makes the
// Dashboard, so that the first refresh only writes numbers (the frame alone is about 80 Sheets
// calls); each refresh checks it through the write memo in a few calls and redraws only what
// differs (a chart the user deleted, another language).
import { replaceAddonRules } from '../workbook/cf-replace';
import type { Language } from '../i18n';
import { sheetIdOf } from '../workbook/sheet-id';
import { fingerprint, rememberWrite, withMemoBatch, writtenAlready } from '../workbook/write-memo';
import { chartSpecs } from './charts';
import { writeCharts } from './charts-write';
import { FROZEN_ROWS, TILE_COLUMNS, tileColumnWidth } from './positions';
import { tileRules } from './tiles';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The conditional-format family of the dashboard's rules (workbook/cf-model.ts markers). */
export const DASHBOARD_FAMILY = 'dashboard';

/** Column widths (1-based column, pixels): a tile's first and third columns are wider. */
export function frameWidths(): Array<readonly [number, number]> {
  return Array.from({ length: TILE_COLUMNS }, (_, i) => [i + 1, tileColumnWidth(i)] as const);
}

/** The whole frame (a refresh: a few calls when it is all there already). */
export function writeDashboardFrame(dashboard: Sheet, language: Language): void {
  withMemoBatch(() => {
    writeFrameCharts(dashboard, language);
    writeFrameGrid(dashboard);
  });
}

/**
 * The charts and the tiles' colour rules (about 75 calls when drawn; the set-up draws them with
 * the Dashboard and the grid in its last step, so that no step goes over the budget).
 */
export function writeFrameCharts(dashboard: Sheet, language: Language): void {
  withMemoBatch(() => {
    writeCharts(dashboard, chartSpecs(language));
    replaceAddonRules(dashboard, DASHBOARD_FAMILY, tileRules(language));
  });
}

/** Widths and frozen rows, when they differ from the last write (a user's widths stay till then). */
export function writeFrameGrid(dashboard: Sheet): void {
  const widths = frameWidths();
  const memoKey = `frame/${sheetIdOf(dashboard)}`;
  const print = fingerprint([widths, FROZEN_ROWS]);
  if (writtenAlready(memoKey, print, 0)) return;
  for (const run of widthRuns(widths)) dashboard.setColumnWidths(run.from, run.count, run.width);
  // Set without reading it first: the memo already says it differs from the last write.
  dashboard.setFrozenRows(FROZEN_ROWS);
  rememberWrite(memoKey, print, 0);
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
