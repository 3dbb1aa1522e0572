// A small KPI workbook for the alert tests on the built add-on: set up by the add-on's own menu
// command (sheets, columns and metadata as a user gets them), then rows written as a user would
// type them. LocalWorkbook rows and columns are 0-based.
import { columnIndexes, type ColumnKey, type SheetKey } from '../../../src/addon/schema';
import {
  addonHarness,
  type AddonHarness,
  type HarnessOptions,
} from '../../../local/harness/addon-runtime';
import type { AlertsPageInit, AlertsSettings } from '../../../src/server/alerts-contract';
import { leads } from './fixture';
import { runSetupPage } from '../../../local/harness/setup-page';

export type Cells<S extends SheetKey> = { [K in ColumnKey<S>]?: unknown };

/** A row of any managed sheet in the schema's column order. */
export function sheetRow<S extends SheetKey>(sheet: S, cells: Cells<S>): unknown[] {
  const index = columnIndexes(sheet) as Record<string, number>;
  const out: unknown[] = new Array(Object.keys(index).length).fill('');
  for (const [key, value] of Object.entries(cells)) out[index[key]] = value;
  return out;
}

/** Appends rows below a sheet's last row. */
export function append(h: AddonHarness, sheet: string, rows: unknown[][]): void {
  if (rows.length === 0) return;
  h.workbook.setInputs(sheet, h.workbook.getLastRow(sheet), 0, rows as never);
}

/** The data rows (no header) of a sheet, up to its last row. */
export function dataRows(h: AddonHarness, sheet: string): unknown[][] {
  const last = h.workbook.getLastRow(sheet);
  const width = h.workbook.getLastColumn(sheet);
  return last <= 1 ? [] : h.workbook.getValues(sheet, 1, 0, last - 1, width);
}

/** Actions rows by column key. */
export function actions(h: AddonHarness): Record<string, unknown>[] {
  const columns = columnIndexes('actions') as Record<string, number>;
  return dataRows(h, 'Actions').map((cells) =>
    Object.fromEntries(Object.entries(columns).map(([key, i]) => [key, cells[i]])),
  );
}

export const at = (y: number, m: number, day: number, hour = 9) => new Date(y, m - 1, day, hour);

/**
 * Set up without sample data on 3 November 2026; team North converts 20 of 40 leads in
 * September and 16 of 40 in October (−20 %); team South 20 of 40 both months (the default
 * rule's minimum volume is 30 leads); a few November leads, not converted yet.
 */
export function smallWorkbook(options: HarnessOptions = {}): AddonHarness {
  const h = addonHarness(options);
  h.runtime.clock.set(at(2026, 11, 3));
  runSetupPage(h.runtime);
  append(h, 'Pipeline', [
    ...leads('North', 2026, 9, 40, 20, 1),
    ...leads('North', 2026, 10, 40, 16, 1),
    ...leads('South', 2026, 9, 40, 20, 1),
    ...leads('South', 2026, 10, 40, 20, 1),
    // Leads keep coming up to the day before (a sheet that stopped on 28 October would leave
    // October partial), and convert in a day (a 1-day window: October is judged by 3 November).
    ...leads('North', 2026, 11, 2, 0),
    ...leads('South', 2026, 11, 2, 0),
  ]);
  return h;
}

/** The rule for North's conversion as a user types it (everything else blank: the defaults). */
export const northRule = () =>
  sheetRow('alerts', { kpi: 'Lead → opportunity conversion', scopeType: 'Team', scope: 'North' });

/** The alert settings as the settings page opens with them (google.script.run, as `user`). */
export function settingsOf(
  h: AddonHarness,
  user?: { email: string; locale: string },
): AlertsSettings {
  return (h.runtime.run('alertsPageInit', [], { user }) as AlertsPageInit).settings;
}
