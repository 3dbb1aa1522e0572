// Reading numbers written as text, in English or French: "1,234.50", "1 234,50 €", "$1,234",
// "12,5 %". A text that could mean two numbers ("1,234": one thousand or one point two) is
// refused rather than guessed, because a silent factor of 1,000 in a KPI is worse than an error.

/** The outcome of reading a text: a number, or why it is not one. */
export type NumberReading = { value: number } | { problem: 'not a number' | 'ambiguous' };

const SPACES = /[\s\u00a0\u202f]/g;
const CURRENCY_PREFIX = /^(?:\$|US\$|£|€|USD|EUR|GBP)/i;
const CURRENCY_SUFFIX = /(?:\$|£|€|USD|EUR|GBP|euros?)$/i;
const PLAIN = /^\d+(?:\.\d+)?$/;

/**
 * Reads a text as a number. English ("1,234.5") and French ("1 234,5") writing are both read;
 * spaces (ordinary, no-break, narrow no-break) group thousands; a trailing % divides by 100;
 * a currency sign is allowed and hints at the writing ($ and £ before: English; € after: French).
 */
export function readNumberText(text: string): NumberReading {
  let s = text.trim();
  if (s === '') return { problem: 'not a number' };
  let sign = 1;
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (/^[-−+]/.test(s)) {
    sign = s[0] === '+' ? 1 : -1;
    s = s.slice(1).trim();
  }
  let hint: 'en' | 'fr' | undefined;
  const prefix = CURRENCY_PREFIX.exec(s);
  if (prefix) {
    // A sign before the amount is English writing ("$1,234", "€1,234.50").
    hint = 'en';
    s = s.slice(prefix[0].length).trim();
  } else {
    const suffix = CURRENCY_SUFFIX.exec(s);
    if (suffix) {
      hint = suffix[0] === '€' || /eur/i.test(suffix[0]) ? 'fr' : 'en';
      s = s.slice(0, -suffix[0].length).trim();
    }
  }
  if (!percent && s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (sign === 1 && /^[-−]/.test(s)) {
    sign = -1;
    s = s.slice(1).trim();
  }
  const value = readUnsigned(s, hint);
  if (typeof value !== 'number') return { problem: value };
  const signed = sign * value;
  return { value: percent ? signed / 100 : signed };
}

function readUnsigned(
  s: string,
  hint: 'en' | 'fr' | undefined,
): number | 'not a number' | 'ambiguous' {
  if (PLAIN.test(s)) return Number(s);
  if (/^\d*\.\d+$/.test(s)) return Number(s);
  if (/^\d+(?:\.\d+)?e[+-]?\d+$/i.test(s)) return Number(s);
  if (SPACES.test(s)) {
    SPACES.lastIndex = 0;
    // Space-grouped thousands, then an optional decimal part with "," or ".".
    const m = /^(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+)(?:([.,])(\d+))?$/.exec(s);
    if (!m) return 'not a number';
    return Number(m[1].replace(SPACES, '') + (m[3] ? '.' + m[3] : ''));
  }
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas === 1 && dots === 0) {
    const m = /^(\d+),(\d+)$/.exec(s);
    if (!m) return 'not a number';
    const couldBeThousands = /^[1-9]\d{0,2}$/.test(m[1]) && m[2].length === 3;
    if (couldBeThousands) {
      if (hint === 'en') return Number(m[1] + m[2]);
      if (hint === 'fr') return Number(`${m[1]}.${m[2]}`);
      return 'ambiguous';
    }
    return Number(`${m[1]}.${m[2]}`);
  }
  if (commas > 1 && dots === 0) {
    return /^\d{1,3}(?:,\d{3})+$/.test(s) ? Number(s.replace(/,/g, '')) : 'not a number';
  }
  if (commas >= 1 && dots === 1 && s.indexOf(',') < s.indexOf('.')) {
    return /^\d{1,3}(?:,\d{3})+\.\d+$/.test(s) ? Number(s.replace(/,/g, '')) : 'not a number';
  }
  if (dots >= 1 && commas === 1 && s.indexOf('.') < s.indexOf(',')) {
    // "1.234,50": dots group thousands, as often written in French accounting.
    const m = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(s);
    return m ? Number(m[1].replace(/\./g, '') + '.' + m[2]) : 'not a number';
  }
  return 'not a number';
}
