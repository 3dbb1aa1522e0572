// What every object of the SpreadsheetApp fake shares: the workbook, the execution context,
// the UI log, and factories for the (proxied) objects it hands to scripts.
import type { GridRange, LocalWorkbook } from '../../workbook';
import type { RuntimeContext } from '../../runtime/context';
import type { UiLog } from './ui-log';

export type GSpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GNamedRange = GoogleAppsScript.Spreadsheet.NamedRange;
export type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type GDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
export type GConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export type GConditionalFormatRuleBuilder =
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
export type GBooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
export type GDeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
export type GDeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
export type GDeveloperMetadataLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
export type GEmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
export type GEmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
export type GContainerInfo = GoogleAppsScript.Spreadsheet.ContainerInfo;
export type GUi = GoogleAppsScript.Base.Ui;
export type GMenu = GoogleAppsScript.Base.Menu;

/** How a range was addressed: whole columns ("A:C") and whole rows ("2:5") print differently. */
export interface RangeShape {
  wholeColumns?: boolean;
  wholeRows?: boolean;
}

export interface Scope {
  wb: LocalWorkbook;
  ctx: RuntimeContext;
  ui: UiLog;
  /** Applies this execution's pending cell writes (SpreadsheetApp.flush). */
  flush(): void;
  expose<T>(className: string, target: object): T;
  spreadsheet(): GSpreadsheet;
  sheet(sheetId: number): GSheet;
  range(sheetId: number, range: GridRange, shape?: RangeShape): GRange;
}
