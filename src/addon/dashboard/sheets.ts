// The dashboard's two sheets: the Dashboard (a managed sheet, found by the setup's metadata, made
// again if it was deleted) and its hidden data sheet ('KPI data', tagged with a metadata key of
// its own so that renaming it breaks nothing). A user's sheet that merely has one of the names is
// never used: the add-on's sheet is made beside it under a free name.
import { documentProperty, setDocumentProperty } from '../adapters/services';
import { recordNewSheet } from '../workbook/layout-store';
import { sheetTagged, tagManagedSheet } from '../workbook/metadata';
import { sheetName } from '../schema';
import type { Language } from '../i18n';
import { say } from './texts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const DATA_SHEET_METADATA_KEY = 'salesKpi.dashboardData';

/** The Dashboard found by the caller, or a new one (tagged like the setup's). */
export function dashboardSheet(
  spreadsheet: Spreadsheet,
  found: Sheet | undefined,
  language: Language,
): Sheet {
  if (found) return found;
  const sheet = spreadsheet.insertSheet(freeName(spreadsheet, sheetName('dashboard', language)));
  tagManagedSheet(sheet, 'dashboard');
  recordNewSheet('dashboard', sheet, {});
  return sheet;
}

/** A hidden sheet of the dashboard, and whether it was just made (then it is empty and visible). */
export interface DataSheet {
  readonly sheet: Sheet;
  readonly fresh: boolean;
}

/**
 * The dashboard's hidden sheets: 'KPI data' (the formulas behind the tiles) and, in warehouse
 * mode, 'KPI warehouse' (the warehouse's values they read: warehouse-table.ts).
 */
const HIDDEN = {
  data: {
    metadata: DATA_SHEET_METADATA_KEY,
    value: 'dashboardData',
    id: 'salesKpi.dashboardDataId',
    name: 'dataSheet',
  },
  warehouse: {
    metadata: 'salesKpi.dashboardWarehouse',
    value: 'dashboardWarehouse',
    id: 'salesKpi.dashboardWarehouseId',
    name: 'warehouseSheet',
  },
} as const;

/** The hidden sheet found by its id (kept: one call, the metadata search takes five) or tag, or a new one at the end of the tabs. */
export function dataSheet(
  spreadsheet: Spreadsheet,
  language: Language,
  kind: keyof typeof HIDDEN = 'data',
): DataSheet {
  const which = HIDDEN[kind];
  // Sheet ids are never reused in a spreadsheet: the id found is this sheet, or none.
  const knownId = Number(documentProperty(which.id));
  const known = knownId ? spreadsheet.getSheetById(knownId) : null;
  if (known) return { sheet: known, fresh: false };
  const found = taggedOrNewSheet(spreadsheet, language, which);
  setDocumentProperty(which.id, String(found.sheet.getSheetId()));
  return found;
}

function taggedOrNewSheet(
  spreadsheet: Spreadsheet,
  language: Language,
  which: (typeof HIDDEN)[keyof typeof HIDDEN],
): DataSheet {
  const tagged = sheetTagged(spreadsheet, which.metadata);
  if (tagged) return { sheet: tagged, fresh: false };
  const sheet = spreadsheet.insertSheet(
    freeName(spreadsheet, say(language, which.name)),
    spreadsheet.getNumSheets(),
  );
  sheet.addDeveloperMetadata(which.metadata, which.value);
  return { sheet, fresh: true };
}

function freeName(spreadsheet: Spreadsheet, wanted: string): string {
  if (!spreadsheet.getSheetByName(wanted)) return wanted;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${wanted} (KPI)` : `${wanted} (KPI ${n})`;
    if (!spreadsheet.getSheetByName(candidate)) return candidate;
  }
}

/** A cell's value, or '' when the sheet is smaller than that (a sheet cut down by hand). */
export function valueAt(sheet: Sheet, row: number, column: number): unknown {
  try {
    return sheet.getRange(row, column).getValue();
  } catch {
    return '';
  }
}
