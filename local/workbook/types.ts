// The data model of a local workbook, shared by the workbook, its persistence and the
// SpreadsheetApp fake. Rows and columns are 0-based everywhere in local/workbook.
import type { GridRange } from './a1';

/** A cell value as Apps Script's getValues returns it ('' for an empty cell). */
export type CellValue = string | number | boolean | Date;

/**
 * What can be written to a cell, as Range.setValue accepts it: a string starting with "=" is a
 * formula; other strings are read as a user's typing (numbers, %, dates…; "'text" is text);
 * a Date becomes a date serial with a date format; null, undefined and '' empty the cell.
 */
export type CellInput = string | number | boolean | Date | null | undefined;

/** Sheet key: the sheet id (a number, Sheets' gid) or its name (a string). */
export type SheetKey = number | string;

export interface SheetInfo {
  id: number;
  name: string;
  index: number;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
}

export type HorizontalAlignment = 'left' | 'center' | 'right' | 'normal';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';

/** Per-cell formatting and notes (what HyperFormula does not hold). */
export interface CellProps {
  numberFormat?: string;
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontLine?: 'none' | 'underline' | 'line-through';
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  background?: string;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  wrap?: boolean;
  note?: string;
}

/** A range in a given sheet (by sheet id). */
export interface SheetRange extends GridRange {
  sheetId: number;
}

/** A data validation rule (criteria names as in SpreadsheetApp.DataValidationCriteria). */
export interface ValidationRule {
  criteria: string;
  /** For VALUE_IN_RANGE: [SheetRange, showDropdown]; for VALUE_IN_LIST: [string[], showDropdown]. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** The format a conditional-format rule applies. */
export interface ConditionalStyle {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

/** A conditional-format rule (criteria names as in SpreadsheetApp.BooleanCriteria). */
export interface ConditionalRule {
  ranges: GridRange[];
  criteria: string;
  /** Numbers, texts, a formula ("=…") for CUSTOM_FORMULA, Dates or RelativeDate names. */
  values: unknown[];
  style: ConditionalStyle;
}

/** An embedded chart as stored: what the playground needs to draw it. */
export interface ChartSpec {
  id: number;
  /** Charts.ChartType name: LINE, COLUMN, BAR, PIE, AREA, SCATTER, COMBO, TABLE, … */
  type: string;
  ranges: SheetRange[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
  hiddenDimensionStrategy?: string;
  mergeStrategy?: string;
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW'; sheetId: number; start: number; count: number }
  | { type: 'COLUMN'; sheetId: number; start: number; count: number };

export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

export interface NamedRangeInfo {
  name: string;
  sheetId: number;
  range: GridRange;
}

/** An error shown in a cell: its code ("#ERROR!") and the message of its tooltip. */
export interface CellErrorInfo {
  code: string;
  message: string;
}

/** What changed, for listeners (autosave, playground refresh). */
export interface WorkbookChange {
  kind:
    | 'cells'
    | 'format'
    | 'structure'
    | 'sheets'
    | 'metadata'
    | 'rules'
    | 'charts'
    | 'names'
    | 'settings';
  sheetId?: number;
}
