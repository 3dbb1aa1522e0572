// Today's date in one cell the add-on keeps current, for the formulas that depend on the day.
// A custom function runs again only when one of its arguments changes, and a volatile function
// (TODAY(), NOW()) is refused as its argument; so =KPI_PROGRESS with an empty as_of would keep the
// day it was first computed, and Pace would freeze on quiet days. The Objectives rows pass this
// cell instead, and the add-on writes the new day into it at setup, at every refresh (dashboard,
// apply alerts, wizard save) and at the hourly tick: a new day is a changed argument.
// The cell is B1 of a small hidden sheet found by its developer metadata (renaming or moving the
// sheet breaks nothing), holding =DATE(y,m,d) of today in the spreadsheet's time zone: a plain,
// non-volatile formula that shows that day whatever the script's zone. Keeping it current costs
// nothing more on a day already written (write-memo.ts remembers it); on a new day, one metadata
// search, one read and one write.
import { dayOfIsoText } from '../../functions/values/dates';
import { ymdOfDay } from '../../kpi/days';
import { activeSpreadsheet, spreadsheetToday } from '../adapters/services';
import type { Language } from '../i18n';
import { quoteSheet } from './a1';
import { sheetTagged } from './metadata';
import { rememberWrite, writtenAlready } from './write-memo';
import type { Sheet, Spreadsheet } from '../adapters/sheets-types';

export const AS_OF_METADATA_KEY = 'salesKpi.asOf';
const MEMO_KEY = 'asOf';

/** The date cell (B1); its label is in A1. */
const CELL = { row: 1, column: 2 } as const;

const TEXTS: Record<Language, { sheet: string; label: string }> = {
  en: { sheet: 'KPI date', label: 'Today (kept current by the add-on; objectives read it)' },
  fr: {
    sheet: 'Date KPI',
    label: 'Aujourd’hui (tenu à jour par le module ; les objectifs le lisent)',
  },
};

export type AsOfOutcome = 'current' | 'updated' | 'missing' | `error: ${string}`;

/** The formula the cell holds on a given day (a calendar-day number). */
export function asOfFormula(day: number): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `=DATE(${year},${month},${d})`;
}

function todayOf(spreadsheet: Spreadsheet): number {
  return dayOfIsoText(spreadsheetToday(spreadsheet))!;
}

/** Writes the day into the cell when it holds another one. */
function keep(sheet: Sheet, day: number): 'current' | 'updated' {
  const cell = sheet.getRange(CELL.row, CELL.column);
  const wanted = asOfFormula(day);
  if (cell.getFormula() === wanted) return 'current';
  cell.setFormula(wanted);
  return 'updated';
}

/**
 * Keeps the as-of cell on today (in the spreadsheet's zone; `today` when the caller knows it).
 * 'missing' when the workbook has none yet (setup and the wizard create it). Never throws: a
 * failure here must not stop the refresh or the hourly jobs that call it; it is returned instead.
 */
export function keepAsOfCurrent(
  spreadsheet: Spreadsheet = activeSpreadsheet(),
  today?: number,
): AsOfOutcome {
  try {
    const day = today ?? todayOf(spreadsheet);
    // The day last written is remembered (write-memo.ts): on the same day nothing is searched.
    if (writtenAlready(MEMO_KEY, String(day), 0)) return 'current';
    const sheet = sheetTagged(spreadsheet, AS_OF_METADATA_KEY);
    if (!sheet) return 'missing';
    const outcome = keep(sheet, day);
    rememberWrite(MEMO_KEY, String(day), 0);
    return outcome;
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * The as-of cell as a formula references it ('KPI date'!$B$1), current, and created (a hidden
 * sheet at the end of the tabs) when the workbook has none.
 */
export function asOfReference(spreadsheet: Spreadsheet, language: Language): string {
  const day = todayOf(spreadsheet);
  const sheet =
    sheetTagged(spreadsheet, AS_OF_METADATA_KEY) ?? createAsOfSheet(spreadsheet, language, day);
  keep(sheet, day);
  rememberWrite(MEMO_KEY, String(day), 0);
  return `${quoteSheet(sheet.getName())}!$B$1`;
}

function createAsOfSheet(spreadsheet: Spreadsheet, language: Language, day: number): Sheet {
  const { sheet: wanted, label } = TEXTS[language];
  let name = wanted;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${wanted} ${n}`;
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.addDeveloperMetadata(AS_OF_METADATA_KEY, 'asOf');
  sheet.getRange(CELL.row, CELL.column).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(CELL.row, 1, 1, 2).setValues([[label, asOfFormula(day)]]);
  sheet.hideSheet();
  return sheet;
}
