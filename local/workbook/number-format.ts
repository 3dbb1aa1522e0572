// Sheets number formats applied for display: "0.00", "#,##0", "0.0%", "yyyy-mm-dd",
// "dd/mm/yyyy", "#,##0 €", "$#,##0.00", "[$€]#,##0.00", quoted literals, sections
// "positive;negative;zero;text". Covers what the add-on and the demo write, not the whole
// grammar (no fractions "# ?/?", no conditions "[>100]", colours are ignored).
import { localeInfo, type LocaleInfo } from './locale';
import { wallTimeOfSerial } from './time-zone';

/** The format a never-formatted cell reports (what Apps Script's getNumberFormat returns). */
export const AUTOMATIC_FORMAT = '0.###############';

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; char: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'exponent'; sign: '+' | '-'; digits: number }
  | { kind: 'text' }
  | { kind: 'date'; code: string };

interface Section {
  tokens: Token[];
  isDate: boolean;
}

const cache = new Map<string, Section[]>();

/** True for formats that make a number a date or time ("yyyy-mm-dd", "M/d/yyyy H:mm", "mmm yy"). */
export function isDateTimeFormat(format: string | undefined | null): boolean {
  if (!format || isGeneral(format)) return false;
  return parse(format).some((s) => s.isDate);
}

function isGeneral(format: string): boolean {
  return format === '' || /^general$/i.test(format) || format === AUTOMATIC_FORMAT;
}

function tokenize(section: string): Section {
  const tokens: Token[] = [];
  let isDate = false;
  let i = 0;
  const lit = (text: string): void => {
    tokens.push({ kind: 'literal', text });
  };
  while (i < section.length) {
    const ch = section[i];
    const rest = section.slice(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      lit(section[i + 1] ?? '');
      i += 2;
    } else if (ch === '_') {
      lit(' ');
      i += 2;
    } else if (ch === '*') {
      i += 2; // fill character: meaningless without a column width
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end + 1;
      if (inner.startsWith('$')) lit(inner.slice(1).split('-')[0]);
      else if (/^(h+|m+|s+)$/i.test(inner)) {
        tokens.push({ kind: 'date', code: `[${inner.toLowerCase()}]` });
        isDate = true;
      }
      // colours and conditions are ignored
    } else if (ch === '0' || ch === '#' || ch === '?') {
      tokens.push({ kind: 'digit', char: ch });
      i++;
    } else if (ch === '.') {
      // ".000" after seconds is a fraction of a second
      const prev = tokens[tokens.length - 1];
      if (prev && prev.kind === 'date' && prev.code.startsWith('s')) {
        const m = /^\.(0+)/.exec(rest);
        if (m) {
          tokens.push({ kind: 'date', code: `.${m[1]}` });
          i += m[0].length;
          continue;
        }
      }
      tokens.push({ kind: 'point' });
      i++;
    } else if (ch === ',') {
      tokens.push({ kind: 'comma' });
      i++;
    } else if (ch === '%') {
      tokens.push({ kind: 'percent' });
      i++;
    } else if (/^[eE][+-]0+/.test(rest)) {
      const m = /^[eE]([+-])(0+)/.exec(rest)!;
      tokens.push({ kind: 'exponent', sign: m[1] as '+' | '-', digits: m[2].length });
      i += m[0].length;
    } else if (ch === '@') {
      tokens.push({ kind: 'text' });
      i++;
    } else if (/^(am\/pm|a\/p)/i.test(rest)) {
      const m = /^(am\/pm|a\/p)/i.exec(rest)!;
      tokens.push({ kind: 'date', code: m[1].toLowerCase() });
      isDate = true;
      i += m[0].length;
    } else if (/[ymdhsYMDHS]/.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ kind: 'date', code: section.slice(i, j).toLowerCase() });
      isDate = true;
      i = j;
    } else {
      lit(ch);
      i++;
    }
  }
  resolveMinutes(tokens);
  return { tokens, isDate };
}

/** "m" is minutes right after an hour or right before a second, else it is the month. */
function resolveMinutes(tokens: Token[]): void {
  const dateIdx = tokens.flatMap((t, i) => (t.kind === 'date' ? [i] : []));
  dateIdx.forEach((idx, k) => {
    const t = tokens[idx] as { kind: 'date'; code: string };
    if (t.code !== 'm' && t.code !== 'mm') return;
    const prev = k > 0 ? (tokens[dateIdx[k - 1]] as { code: string }).code : '';
    const next = k + 1 < dateIdx.length ? (tokens[dateIdx[k + 1]] as { code: string }).code : '';
    if (prev.startsWith('h') || prev.startsWith('[h') || next.startsWith('s')) {
      t.code = t.code === 'm' ? 'min' : 'mmin';
    }
  });
}

function parse(format: string): Section[] {
  let sections = cache.get(format);
  if (!sections) {
    sections = splitSections(format).map(tokenize);
    cache.set(format, sections);
  }
  return sections;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

export interface FormatOptions {
  locale?: string;
}

/** The text Sheets shows for a value under a number format. */
export function formatValue(
  value: unknown,
  format: string | undefined | null,
  options: FormatOptions = {},
): string {
  const info = localeInfo(options.locale ?? 'en_US');
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    if (!format || isGeneral(format)) return value;
    const sections = parse(format);
    const textSection =
      sections[3] ?? sections.find((s) => s.tokens.some((t) => t.kind === 'text'));
    return textSection ? renderText(textSection, value) : value;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  if (!format || isGeneral(format)) return formatGeneral(value, info);
  const sections = parse(format);
  let section = sections[0];
  let number = value;
  let sign = value < 0 ? '-' : '';
  if (value < 0 && sections.length >= 2 && sections[1].tokens.length > 0) {
    section = sections[1];
    number = -value;
    sign = '';
  } else if (value === 0 && sections.length >= 3 && sections[2].tokens.length > 0) {
    section = sections[2];
  }
  if (section.isDate) return renderDate(section, value, info);
  const text = renderNumber(section, Math.abs(number), info);
  // A negative that rounds to zero shows no minus sign.
  return sign && /[1-9]/.test(text) ? sign + text : text;
}

/** The automatic format: up to 10 significant digits, scientific beyond 1e15. */
export function formatGeneral(value: number, info: LocaleInfo = localeInfo('en_US')): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e15 || abs < 1e-9) {
    const [mantissa, exp] = value.toExponential(5).split('e');
    const m = mantissa.replace(/\.?0+$/, '');
    const e = Number(exp);
    text = `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  } else if (Number.isInteger(value)) {
    text = String(value);
  } else {
    const digits = Math.max(0, 10 - (Math.floor(Math.log10(abs)) + 1));
    text = value.toFixed(Math.min(digits, 20)).replace(/\.?0+$/, '');
  }
  return info.decimal === '.' ? text : text.replace('.', info.decimal);
}

function renderText(section: Section, value: string): string {
  return section.tokens
    .map((t) => (t.kind === 'text' ? value : t.kind === 'literal' ? t.text : ''))
    .join('');
}

function renderNumber(section: Section, value: number, info: LocaleInfo): string {
  const tokens = section.tokens;
  const digitIdx = tokens.flatMap((t, i) => (t.kind === 'digit' ? [i] : []));
  if (digitIdx.length === 0) {
    // Only literals (e.g. "-" for zero): show them; a text "@" section shows the number.
    return tokens
      .map((t) => (t.kind === 'literal' ? t.text : t.kind === 'text' ? String(value) : ''))
      .join('');
  }
  const first = digitIdx[0];
  const last = digitIdx[digitIdx.length - 1];
  const pointIdx = tokens.findIndex((t, i) => t.kind === 'point' && i > first && i <= last + 1);
  const expIdx = tokens.findIndex((t) => t.kind === 'exponent');
  const intDigits: string[] = [];
  const decDigits: string[] = [];
  let grouping = false;
  let scale = 0;
  tokens.forEach((t, i) => {
    if (t.kind === 'digit') {
      if (pointIdx >= 0 && i > pointIdx) decDigits.push(t.char);
      else if (expIdx < 0 || i < expIdx) intDigits.push(t.char);
    } else if (t.kind === 'comma') {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      if (before?.kind === 'digit' && after?.kind === 'digit') grouping = true;
      else if (i > first && (pointIdx < 0 || i < pointIdx)) scale++;
    }
  });
  const percents = tokens.filter((t) => t.kind === 'percent').length;
  let n = (value * Math.pow(100, percents)) / Math.pow(1000, scale);
  let exponentText = '';
  if (expIdx >= 0) {
    const exp = n === 0 ? 0 : Math.floor(Math.log10(n)) - (Math.max(intDigits.length, 1) - 1);
    n = n / Math.pow(10, exp);
    const e = tokens[expIdx] as { sign: '+' | '-'; digits: number };
    exponentText = `E${exp < 0 ? '-' : e.sign === '+' ? '+' : ''}${String(Math.abs(exp)).padStart(e.digits, '0')}`;
  }
  const places = decDigits.length;
  const fixed = roundHalfUp(n, places);
  let [intPart, decPart = ''] = fixed.split('.');
  const minInt = intDigits.filter((c) => c === '0').length;
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart.padStart(minInt, '0');
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, info.group);
  const mandatory = decDigits.filter((c) => c === '0').length;
  while (decPart.length > mandatory && decPart.endsWith('0')) decPart = decPart.slice(0, -1);
  const numberText = intPart + (decPart ? info.decimal + decPart : '') + exponentText;
  let out = '';
  let placed = false;
  tokens.forEach((t, i) => {
    if (t.kind === 'literal') out += t.text;
    else if (t.kind === 'percent') out += '%';
    else if (t.kind === 'text') out += String(value);
    else if (i >= first && i <= Math.max(last, expIdx) && !placed) {
      out += numberText;
      placed = true;
    }
  });
  return out;
}

/** toFixed with half-up rounding on the decimal representation (1.005 → "1.01" as Sheets). */
function roundHalfUp(n: number, places: number): string {
  const shifted = Number(`${n}e${places}`);
  if (!Number.isFinite(shifted)) return n.toFixed(places);
  return (Math.round(shifted) / Math.pow(10, places)).toFixed(places);
}

function renderDate(section: Section, serial: number, info: LocaleInfo): string {
  const hasAmPm = section.tokens.some(
    (t) => t.kind === 'date' && (t.code === 'am/pm' || t.code === 'a/p'),
  );
  const fraction = section.tokens.find((t) => t.kind === 'date' && t.code.startsWith('.'));
  const fracDigits = fraction && fraction.kind === 'date' ? fraction.code.length - 1 : 0;
  // Round to the shown precision first so 23:59:59.9 does not show as 23:59:59 of the wrong day.
  const unit = 86_400 * Math.pow(10, fracDigits);
  const rounded = Math.round(serial * unit) / unit;
  const w = wallTimeOfSerial(rounded);
  const dayOfWeek = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const pad = (n: number, len = 2): string => String(n).padStart(len, '0');
  const hour12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  const hour = hasAmPm ? hour12 : w.hour;
  return section.tokens
    .map((t) => {
      if (t.kind === 'literal') return t.text;
      if (t.kind !== 'date') return t.kind === 'point' ? '.' : t.kind === 'comma' ? ',' : '';
      switch (t.code) {
        case 'yyyy':
        case 'yyy':
          return String(w.year);
        case 'yy':
        case 'y':
          return pad(w.year % 100);
        case 'm':
          return String(w.month);
        case 'mm':
          return pad(w.month);
        case 'mmm':
          return info.months[w.month - 1].slice(0, 3);
        case 'mmmmm':
          return info.months[w.month - 1].slice(0, 1);
        case 'd':
          return String(w.day);
        case 'dd':
          return pad(w.day);
        case 'ddd':
          return info.days[dayOfWeek].slice(0, 3);
        case 'h':
          return String(hour);
        case 'hh':
          return pad(hour);
        case 'min':
          return String(w.minute);
        case 'mmin':
          return pad(w.minute);
        case 's':
          return String(w.second);
        case 'ss':
          return pad(w.second);
        case 'am/pm':
          return w.hour < 12 ? 'AM' : 'PM';
        case 'a/p':
          return w.hour < 12 ? 'a' : 'p';
        case '[h]':
        case '[hh]':
          return String(Math.floor(rounded * 24));
        case '[m]':
        case '[mm]':
          return String(Math.floor(rounded * 1440));
        case '[s]':
        case '[ss]':
          return String(Math.floor(rounded * 86400));
        default:
          if (t.code.startsWith('.')) return '.' + pad(w.millisecond, 3).slice(0, fracDigits);
          if (t.code.startsWith('mmmm')) return info.months[w.month - 1];
          if (t.code.startsWith('dddd')) return info.days[dayOfWeek];
          return t.code;
      }
    })
    .join('');
}
