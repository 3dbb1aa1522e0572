// The Spreadsheet service's types the add-on names, declared once: each file imports the short
// names from here instead of spelling out the GoogleAppsScript namespace again. Types only: no
// code reaches the bundle.
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
export type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
