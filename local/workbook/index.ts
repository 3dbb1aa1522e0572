// The local workbook model (dev/test only; never imported from src/).
export { LocalWorkbook, type SheetSeed, type WorkbookOptions } from './workbook';
export type { CellStyle } from './workbook-tables';
export type { PropsPatch } from './workbook-cells';
export type { SheetsFunction, SparklineData } from './adapter-context';
export type { WorkbookJson } from './persistence';
export * from './types';
export {
  absoluteReference,
  columnIndex,
  columnLetters,
  formatA1,
  parseA1,
  quoteSheetName,
  type A1Reference,
  type GridRange,
} from './a1';
export { AUTOMATIC_FORMAT, formatValue, isDateTimeFormat } from './number-format';
export { dateToSerial, serialToDate } from './time-zone';
export { SHEETS_FUNCTIONS_ADDED } from './sheets-functions';
export { listChoices, showsDropdown } from './validation';
