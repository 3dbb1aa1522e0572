// What Sheets makes of text typed into a cell (or written with Range.setValue): numbers,
// percentages, currency amounts, dates and booleans become typed values with an automatic
// number format; "'text" stays text; anything else is text.
import { localeInfo } from './locale';
import { serialOfWallTime } from './time-zone';

export interface TypedInput {
  value: string | number | boolean;
  /** The number format Sheets would apply automatically (only when the cell has none). */
  format?: string;
}

const SPACES = /[\s\u00a0\u202f]/g;

/** Reads typed text the way Sheets does for the spreadsheet locale. */
export function parseTypedText(text: string, locale: string): TypedInput {
  if (text.startsWith("'")) return { value: text.slice(1) };
  const trimmed = text.trim();
  if (trimmed === '') return { value: text };
  if (/^true$/i.test(trimmed)) return { value: true };
  if (/^false$/i.test(trimmed)) return { value: false };
  // Fast path: text that cannot start a number or a date (most typed words).
  if (!/^[\d.,+\-($€£]/.test(trimmed)) return { value: text };
  return parseNumber(trimmed, locale) ?? parseDate(trimmed, locale) ?? { value: text };
}

const patterns = new Map<string, { grouped: RegExp; plain: RegExp }>();

function numberPatterns(decimal: string, group: string): { grouped: RegExp; plain: RegExp } {
  let p = patterns.get(decimal);
  if (!p) {
    p = {
      grouped: new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`),
      plain: new RegExp(`^(\\d+(\\${decimal}\\d*)?|\\${decimal}\\d+)([eE][+-]?\\d+)?$`),
    };
    patterns.set(decimal, p);
  }
  return p;
}

function parseNumber(text: string, locale: string): TypedInput | undefined {
  const info = localeInfo(locale);
  let body = text;
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  if (body.startsWith('-')) {
    negative = !negative;
    body = body.slice(1).trim();
  } else if (body.startsWith('+')) body = body.slice(1).trim();
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  let currency: string | undefined;
  let currencyAfter = false;
  const cur = /^([$€£])\s*(.*)$/.exec(body) ?? /^(.*?)\s*([$€£])$/.exec(body);
  if (cur) {
    if ('$€£'.includes(cur[1])) {
      currency = cur[1];
      body = cur[2];
    } else {
      currency = cur[2];
      body = cur[1];
      currencyAfter = true;
    }
  }
  if (body.startsWith('-') && !negative) {
    negative = true;
    body = body.slice(1);
  }
  const compact = body.replace(SPACES, '');
  const decimal = info.decimal;
  const group = decimal === '.' ? ',' : '.';
  const { grouped, plain } = numberPatterns(decimal, group);
  const spaced = body !== compact && /^\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(body);
  let numeric: number;
  let hasGroup = false;
  if (plain.test(compact) && !spaced) {
    numeric = Number(compact.replace(decimal, '.'));
  } else if (grouped.test(compact) || spaced) {
    hasGroup = true;
    numeric = Number(compact.split(group).join('').replace(decimal, '.'));
  } else return undefined;
  if (!Number.isFinite(numeric)) return undefined;
  const ungrouped = hasGroup && !spaced ? compact.split(group).join('') : compact;
  const decimals = ungrouped.split(decimal)[1]?.replace(/[eE].*$/, '').length ?? 0;
  let value = negative ? -numeric : numeric;
  let format: string | undefined;
  if (percent) {
    value = value / 100;
    format = decimals > 0 ? '0.00%' : '0%';
  } else if (currency) {
    const pattern = decimals > 0 ? '#,##0.00' : '#,##0';
    format = currencyAfter ? `${pattern} [$${currency}]` : `[$${currency}]${pattern}`;
  } else if (hasGroup) {
    format = decimals > 0 ? '#,##0.00' : '#,##0';
  }
  return format ? { value, format } : { value };
}

function parseDate(text: string, locale: string): TypedInput | undefined {
  const info = localeInfo(locale);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  let year: number;
  let month: number;
  let day: number;
  let format: string;
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    format = 'yyyy-mm-dd';
  } else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = Number(m[2]);
    [day, month] = info.dayFirst ? [a, b] : [b, a];
    year = Number(m[3]);
    format = info.dateFormat;
  }
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const hour = m[4] !== undefined ? Number(m[4]) : 0;
  const minute = m[5] !== undefined ? Number(m[5]) : 0;
  const second = m[6] !== undefined ? Number(m[6]) : 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const serial = serialOfWallTime({ year, month, day, hour, minute, second, millisecond: 0 });
  if (m[4] !== undefined) format = `${format} H:mm:ss`;
  return { value: serial, format };
}
