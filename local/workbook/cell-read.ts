// From HyperFormula's internal cell values to what Apps Script reads: getValues (dates as
// Date objects, errors as their code), the effective number format, and display text.
import { CellError } from 'hyperformula';
import {
  isDateSubtype,
  isEmptyValue,
  isRichNumber,
  numberSubtype,
  sheetsErrorCode,
  type NumberSubtype,
} from './hf-values';
import { localeInfo } from './locale';
import { AUTOMATIC_FORMAT, formatValue, isDateTimeFormat } from './number-format';
import { serialToDate } from './time-zone';
import type { CellValue } from './types';

/** The format Sheets applies by itself to a formula result of a given type. */
export function automaticFormat(subtype: NumberSubtype, locale: string): string | undefined {
  const info = localeInfo(locale);
  switch (subtype) {
    case 'NUMBER_DATE':
      return info.dateFormat;
    case 'NUMBER_DATETIME':
      return info.dateTimeFormat;
    case 'NUMBER_TIME':
      return 'H:mm:ss';
    case 'NUMBER_PERCENT':
      return '0.00%';
    case 'NUMBER_CURRENCY':
      return info.currencyFormat;
    default:
      return undefined;
  }
}

/** The number format in effect: the explicit one, else the automatic one for its type. */
export function effectiveFormat(
  internal: unknown,
  explicit: string | undefined,
  locale: string,
): string {
  if (explicit !== undefined) return explicit;
  if (isRichNumber(internal))
    return automaticFormat(numberSubtype(internal), locale) ?? AUTOMATIC_FORMAT;
  return AUTOMATIC_FORMAT;
}

/** True when the value reads as a date: a date format, or a date-typed result without format. */
export function isDateValue(internal: unknown, explicit: string | undefined): boolean {
  if (explicit !== undefined) return isDateTimeFormat(explicit) && numeric(internal) !== undefined;
  return isRichNumber(internal) && isDateSubtype(numberSubtype(internal));
}

function numeric(internal: unknown): number | undefined {
  if (typeof internal === 'number') return internal;
  if (isRichNumber(internal)) return internal.val;
  return undefined;
}

/**
 * A JavaScript Date holds ±100,000,000 days around 1970: a date-formatted number beyond that
 * (a product of two dates, say) is handed back as the number, never as an invalid Date.
 */
function inDateRange(serial: number): boolean {
  return Math.abs(serial) < 100_000_000;
}

/** The value getValues returns for a cell. */
export function readValue(
  internal: unknown,
  explicit: string | undefined,
  timeZone: string,
): CellValue {
  if (typeof internal === 'string' || typeof internal === 'boolean') return internal;
  if (typeof internal === 'number') {
    return explicit !== undefined && isDateTimeFormat(explicit) && inDateRange(internal)
      ? serialToDate(internal, timeZone)
      : internal;
  }
  if (isRichNumber(internal)) {
    return isDateValue(internal, explicit) && inDateRange(internal.val)
      ? serialToDate(internal.val, timeZone)
      : internal.val;
  }
  if (internal instanceof CellError) return sheetsErrorCode(internal);
  if (isEmptyValue(internal)) return '';
  return '';
}

/** The text getDisplayValues returns for a cell. */
export function readDisplay(
  internal: unknown,
  explicit: string | undefined,
  locale: string,
): string {
  if (internal instanceof CellError) return sheetsErrorCode(internal);
  if (isEmptyValue(internal)) return '';
  const value = isRichNumber(internal) ? internal.val : internal;
  return formatValue(value, effectiveFormat(internal, explicit, locale), { locale });
}
