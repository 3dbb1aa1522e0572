// Numbers as people type and read them in English and French: "1,234.5" and "1 234,5", "12,5 %",
// "−5" (with a real minus sign). Parsing is strict (a typo is an error, not a different number).
import type { Language } from './i18n';

const SPACES = /[\s\u00a0\u202f']/g;

/**
 * The number a user typed, or null when it is not one. A trailing "%" is allowed and ignored
 * (the field says what unit it expects). English: "," groups thousands, "." is the decimal
 * point. French: "," is the decimal point (a "." is accepted too), spaces group thousands.
 */
export function parseNumber(text: string, lang: Language): number | null {
  let s = text.replace(SPACES, '').replace(/\u2212/g, '-');
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (s === '') return null;
  if (lang === 'fr') {
    if (s.includes(',') && s.includes('.')) s = s.replace(/\./g, '');
    s = s.replace(',', '.');
  } else if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    s = s.replace(/,/g, '');
  } else if (!s.includes('.') && /^[-+]?\d+,\d+$/.test(s)) {
    // "12,5" typed in English is still plainly a decimal number.
    s = s.replace(',', '.');
  }
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A number for display, at most `digits` decimals, grouped as the language writes it. */
export function formatNumber(value: number, lang: Language, digits = 2): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
    maximumFractionDigits: digits,
  }).format(value);
}

/** A number to put back in an input: no grouping, the language's decimal mark, no float noise. */
export function numberInput(value: number, lang: Language, digits = 4): string {
  const rounded = Number(value.toFixed(digits));
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** An ISO instant as a date and time in the user's language; the text itself if not a date. */
export function formatTime(iso: string, lang: Language, dateStyle: 'short' | 'medium'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle, timeStyle: 'short' });
}
