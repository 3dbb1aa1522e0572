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

/** The hidden sheet's id, kept so that a refresh finds it in one call (the metadata takes five). */
const DATA_SHEET_ID_PROPERTY = 'salesKpi.dashboardDataId';

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

/** The hidden data sheet, found by its metadata, or a new one at the end of the tabs. */
/** The hidden data sheet, and whether it was just made (then it is empty and visible). */
export interface DataSheet {
  readonly sheet: Sheet;
  readonly fresh: boolean;
}

export function dataSheet(spreadsheet: Spreadsheet, language: Language): DataSheet {
  // Sheet ids are never reused in a spreadsheet: the id found is this sheet, or none.
  const knownId = Number(documentProperty(DATA_SHEET_ID_PROPERTY));
  const known = knownId ? spreadsheet.getSheetById(knownId) : null;
  if (known) return { sheet: known, fresh: false };
  const found = taggedOrNewDataSheet(spreadsheet, language);
  setDocumentProperty(DATA_SHEET_ID_PROPERTY, String(found.sheet.getSheetId()));
  return found;
}

function taggedOrNewDataSheet(spreadsheet: Spreadsheet, language: Language): DataSheet {
  const tagged = sheetTagged(spreadsheet, DATA_SHEET_METADATA_KEY);
  if (tagged) return { sheet: tagged, fresh: false };
  const sheet = spreadsheet.insertSheet(
    freeName(spreadsheet, say(language, 'dataSheet')),
    spreadsheet.getNumSheets(),
  );
  sheet.addDeveloperMetadata(DATA_SHEET_METADATA_KEY, 'dashboardData');
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
