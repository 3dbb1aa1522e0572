// From what a script or a user writes to what HyperFormula stores, and back.
// HyperFormula receives: numbers, booleans, "=formulas", "'text" (always quoted so that it is
// never re-read as a number or date) and, for numbers formatted as dates, an ISO date text
// that it parses into a date-typed number (so date arithmetic and the formula adapter know it
// is a date). The number format itself lives in the side table.
import { isDate } from './is-date';
import type { RawCellContent } from 'hyperformula';
import { localeInfo } from './locale';
import { isDateTimeFormat } from './number-format';
import { parseTypedText } from './parse-input';
import { dateToSerial, wallTimeOfSerial } from './time-zone';
import type { CellInput } from './types';

/** What to store for a cell, and the number format Sheets would give it automatically. */
export interface StoredInput {
  content: RawCellContent;
  /** A format to apply when the cell has no explicit format (typed "10%", a Date…). */
  autoFormat?: string;
}

/** HyperFormula content for a value under a number format. */
export function contentOf(
  value: string | number | boolean | null,
  format: string | undefined,
): RawCellContent {
  if (value === null || value === '') return null;
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'number' && isDateTimeFormat(format) && value >= 0 && value < 2_958_466) {
    return dateText(value);
  }
  return value;
}

/** "2024-01-31" or "2024-01-31 13:45:00.250", which the engine reads back as the serial. */
function dateText(serial: number): string {
  const w = wallTimeOfSerial(serial);
  const pad = (n: number, len = 2): string => String(n).padStart(len, '0');
  const day = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  if (Number.isInteger(serial)) return day;
  return `${day} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}.${pad(w.millisecond, 3)}`;
}

/**
 * An input as Range.setValue takes it. `format` is the cell's explicit number format, if any.
 * Strings are read as typed text unless `literal` (persistence: strings are text as stored).
 */
export function storeInput(
  input: CellInput,
  format: string | undefined,
  locale: string,
  timeZone: string,
  literal = false,
): StoredInput {
  if (input === null || input === undefined || input === '') return { content: null };
  if (isDate(input)) {
    if (isNaN(input.getTime())) return { content: `'${String(input)}` };
    const serial = dateToSerial(input, timeZone);
    const info = localeInfo(locale);
    const autoFormat = Number.isInteger(serial) ? info.dateFormat : info.dateTimeFormat;
    return {
      content: contentOf(serial, isDateTimeFormat(format) ? format : autoFormat),
      autoFormat,
    };
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { content: `'${String(input)}` };
    return { content: contentOf(input, format) };
  }
  if (typeof input === 'boolean') return { content: input };
  if (input.startsWith('=') && input.length > 1) return { content: input };
  // Stored text: a leading "'" marks text that starts with "=" or "'" (see persistence.ts).
  if (literal) return { content: input.startsWith("'") ? input : `'${input}` };
  const typed = parseTypedText(input, locale);
  const effective = format ?? typed.format;
  return { content: contentOf(typed.value, effective), autoFormat: typed.format };
}
