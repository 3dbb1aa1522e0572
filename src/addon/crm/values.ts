// Numbers and dates as CRM exports write them, in English or French: "1,234.50", "1 234,50 €",
// "2026-03-31 14:05", "31/03/2026", "3/31/2026 2:05 PM", "31.03.2026". What a whole file means
// by "1,234" (one thousand or one point two) and by "03/04/2026" (3 April or March 4) is decided
// once per file from its values (detectDecimal, detectDateOrder) and kept with the mapping, so
// every chunk of a large file reads the same way. Pure; days are calendar-day numbers (src/kpi).
import { dayFromYmd, ymdOfDay } from '../../kpi/days';
import { readNumberText } from '../../functions/values/numbers';
import { isSheetsDay } from '../../functions/values/sheet-days';

export type DecimalMark = 'dot' | 'comma';
export type DateOrder = 'dmy' | 'mdy';

/** A number, or undefined when the text is not one ('' is handled by the caller: blank). */
export function readAmount(text: string, decimal: DecimalMark): number | undefined {
  const reading = readNumberText(text);
  if ('value' in reading) return reading.value;
  if (reading.problem !== 'ambiguous') return undefined;
  // "1,234" or "1.234": the file's own writing decides.
  const grouping = decimal === 'comma' ? /[.\s\u00a0\u202f]/g : /[,\s\u00a0\u202f]/g;
  const plain = text.replace(grouping, '').replace(',', '.');
  const again = readNumberText(plain);
  return 'value' in again ? again.value : undefined;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,].*)?$/;

/** The calendar day of a date text, or undefined when it is not a date. */
export function readDateText(text: string, order: DateOrder): number | undefined {
  const s = text.trim();
  let ymd: [number, number, number] | undefined;
  const iso = ISO.exec(s);
  if (iso) ymd = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const numeric = iso ? null : NUMERIC.exec(s);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    let year = Number(numeric[3]);
    if (numeric[3].length === 2) year += 2000;
    ymd = order === 'dmy' ? [year, b, a] : [year, a, b];
  }
  if (!ymd) return undefined;
  const [year, month, day] = ymd;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const dayNumber = dayFromYmd(year, month, day);
  const back = ymdOfDay(dayNumber);
  if (back.month !== month || back.day !== day || !isSheetsDay(dayNumber)) return undefined;
  return dayNumber;
}

/** dd/mm or mm/dd, from the values that only one order can read; undefined when none tells. */
export function detectDateOrder(samples: Iterable<string>): DateOrder | undefined {
  let dmy = 0;
  let mdy = 0;
  for (const text of samples) {
    const m = NUMERIC.exec(text.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy++;
    else if (Number(m[2]) > 12) mdy++;
  }
  if (dmy === mdy) return undefined;
  return dmy > mdy ? 'dmy' : 'mdy';
}

/** The file's decimal mark, from amounts such as "1234,50" or "1,234.50"; else its delimiter's. */
export function detectDecimal(samples: Iterable<string>, delimiter: string): DecimalMark {
  let comma = 0;
  let dot = 0;
  for (const text of samples) {
    const s = text.trim();
    if (/\d,\d{1,2}(?:\s*(?:€|EUR|%))?$/.test(s) || /\d\.\d{3},\d/.test(s)) comma++;
    else if (/\d\.\d{1,2}(?:\s*%)?$/.test(s) || /\d,\d{3}\.\d/.test(s)) dot++;
  }
  if (comma !== dot) return comma > dot ? 'comma' : 'dot';
  return delimiter === ';' ? 'comma' : 'dot';
}

/**
 * A duration as minutes: a bare number in the export's unit, or a clock: "01:15:30" (h:m:s);
 * "01:15" is hours and minutes where the unit is minutes (Pipedrive's HH:MM), else minutes and
 * seconds.
 */
export function readMinutes(
  text: string,
  unit: 'minutes' | 'milliseconds' | 'seconds',
): number | undefined {
  const s = text.trim();
  const clock = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (clock) {
    const [a, b] = [Number(clock[1]), Number(clock[2])];
    if (clock[3] !== undefined) return Math.round((a * 3600 + b * 60 + Number(clock[3])) / 60);
    return unit === 'minutes' ? a * 60 + b : Math.round((a * 60 + b) / 60);
  }
  const n = readAmount(s, 'dot');
  if (n === undefined || n < 0) return undefined;
  const factor = unit === 'milliseconds' ? 60_000 : unit === 'seconds' ? 60 : 1;
  return Math.round(n / factor);
}
