// The add-on's conditional-format rules as plain data, and how they are told apart from the
// users' own. Every rule the add-on writes is a custom-formula rule whose formula is
//   =AND(N("salesKpi:<family>")=0, <condition>)
// N() of a text is 0 in Sheets, so the marker never changes the result; it survives copies of the
// sheet, renamed sheets and moved columns (Sheets keeps the formula text), and no user types it.
// A rule carrying the marker of a family is replaced by the next apply of that family; any other
// rule (the users', and other families') is passed back untouched, in its place.
import { ymdOfDay } from '../../kpi/days';
import { columnLetter } from './a1';

export type CfColour = 'red' | 'amber' | 'green';

/** Sheets' own conditional-format presets (light background, dark text of the same hue). */
export const CF_COLOURS: Readonly<Record<CfColour, { background: string; font: string }>> = {
  red: { background: '#f4c7c3', font: '#a50e0e' },
  amber: { background: '#fce8b2', font: '#7f6000' },
  green: { background: '#b7e1cd', font: '#0d652d' },
};

/** A block of cells, 1-based as Apps Script counts. */
export interface CfRange {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface CfRule {
  /** The formula is written for the top-left cell of the first range (relative references). */
  readonly ranges: readonly CfRange[];
  /** A formula without its leading "=" that is TRUE where the colour applies. */
  readonly condition: string;
  readonly colour: CfColour;
}

const MARKER = /N\(\s*"salesKpi(?::([\w-]*))?"\s*\)/i;

export function markedFormula(family: string, condition: string): string {
  if (!/^[\w-]+$/.test(family)) throw new Error(`Bad conditional-format family "${family}"`);
  return `=AND(N("salesKpi:${family}")=0,${condition})`;
}

/** The family of an add-on formula ('' for the bare marker), or undefined for a user's rule. */
export function familyOf(formula: unknown): string | undefined {
  if (typeof formula !== 'string') return undefined;
  const m = MARKER.exec(formula);
  return m ? (m[1] ?? '') : undefined;
}

/** A calendar day as a DATE(…) call (never a locale-dependent date text). */
export function dateLiteral(day: number): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `DATE(${year},${month},${d})`;
}

/** A row-relative, column-absolute reference to a column in the rule's first row ($C2). */
export function cellRef(column: number, row = 2): string {
  return `$${columnLetter(column)}${row}`;
}

/** A whole column ($C:$C), for COUNTIFS. */
export function columnRef(column: number): string {
  const letters = columnLetter(column);
  return `$${letters}:$${letters}`;
}

/** Where a sheet's columns are (column key → 1-based column) and how big it is. */
export interface SheetShape {
  readonly columns: ReadonlyMap<string, number>;
  /** The columns to colour: 1 to `width`. */
  readonly width: number;
  /** The sheet's rows, header included (getMaxRows). */
  readonly rows: number;
}

/** Every data row of a sheet (row 2 to the last), across its columns. */
export function dataRange(shape: SheetShape): CfRange {
  return { row: 2, column: 1, numRows: Math.max(1, shape.rows - 1), numColumns: shape.width };
}

/** One column's data cells (row 2 to the last). */
export function columnRange(shape: SheetShape, column: number): CfRange {
  return { row: 2, column, numRows: Math.max(1, shape.rows - 1), numColumns: 1 };
}
