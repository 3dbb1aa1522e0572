// HyperFormula's internal cell values (what its interpreter and dependency graph hold) and how
// they read as Sheets values. Internal values keep full precision and the number's subtype
// (date, percent, currency), which the exported values lose.
import { CellError, EmptyValue, ErrorType } from 'hyperformula';

/** A number with a subtype, as HyperFormula keeps it internally (DateNumber, PercentNumber, …). */
export interface RichNumberLike {
  val: number;
  getDetailedType(): string;
}

export type NumberSubtype =
  | 'NUMBER_RAW'
  | 'NUMBER_DATE'
  | 'NUMBER_TIME'
  | 'NUMBER_DATETIME'
  | 'NUMBER_CURRENCY'
  | 'NUMBER_PERCENT';

export function isRichNumber(v: unknown): v is RichNumberLike {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as RichNumberLike).val === 'number' &&
    typeof (v as RichNumberLike).getDetailedType === 'function'
  );
}

export function isCellError(v: unknown): v is CellError {
  return v instanceof CellError;
}

export function isEmptyValue(v: unknown): boolean {
  return v === EmptyValue || v === undefined || v === null;
}

/** The subtype of a number value ("NUMBER_RAW" for plain numbers). */
export function numberSubtype(v: unknown): NumberSubtype {
  return isRichNumber(v) ? (v.getDetailedType() as NumberSubtype) : 'NUMBER_RAW';
}

export function isDateSubtype(t: NumberSubtype): boolean {
  return t === 'NUMBER_DATE' || t === 'NUMBER_DATETIME' || t === 'NUMBER_TIME';
}

/** The code Sheets shows for an error: HyperFormula's #CYCLE! and #SPILL! are #REF! in Sheets. */
export function sheetsErrorCode(error: CellError): string {
  switch (error.type) {
    case ErrorType.DIV_BY_ZERO:
      return '#DIV/0!';
    case ErrorType.NAME:
      return '#NAME?';
    case ErrorType.VALUE:
      return '#VALUE!';
    case ErrorType.NUM:
      return '#NUM!';
    case ErrorType.NA:
      return '#N/A';
    case ErrorType.REF:
    case ErrorType.CYCLE:
    case ErrorType.SPILL:
      return '#REF!';
    default:
      return '#ERROR!';
  }
}

/** The message Sheets shows in the cell's tooltip, worded as Sheets words it where known. */
export function sheetsErrorMessage(error: CellError): string {
  const message = error.message ?? '';
  if (error.type === ErrorType.CYCLE) {
    return 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';
  }
  if (error.type === ErrorType.SPILL) {
    return 'Array result was not expanded because it would overwrite data.';
  }
  if (error.type === ErrorType.NAME) {
    const m = /Function name (.+) not recognized/i.exec(message);
    if (m) return `Unknown function: '${m[1]}'.`;
  }
  if (error.type === ErrorType.DIV_BY_ZERO && message === '') {
    return 'Function DIVIDE parameter 2 cannot be zero.';
  }
  return message;
}
