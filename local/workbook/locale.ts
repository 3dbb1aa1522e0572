// What the spreadsheet locale changes in this runtime: separators and month/day names used for
// display, the default date formats, and how typed text is read (day/month order).

import { MONTH_NAMES } from '../../src/addon/month-names';

export interface LocaleInfo {
  decimal: string;
  group: string;
  months: string[];
  days: string[];
  /** The number format Sheets gives a cell that receives a date. */
  dateFormat: string;
  dateTimeFormat: string;
  /** True when "01/02/2024" means 1 February (day first). */
  dayFirst: boolean;
  /** The default currency format. */
  currencyFormat: string;
}

const EN_MONTHS = [...MONTH_NAMES.en];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FR_MONTHS = [...MONTH_NAMES.fr];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const EN_US: LocaleInfo = {
  decimal: '.',
  group: ',',
  months: EN_MONTHS,
  days: EN_DAYS,
  dateFormat: 'M/d/yyyy',
  dateTimeFormat: 'M/d/yyyy H:mm:ss',
  dayFirst: false,
  currencyFormat: '"$"#,##0.00',
};

const EN_GB: LocaleInfo = {
  ...EN_US,
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  dayFirst: true,
  currencyFormat: '"£"#,##0.00',
};

const FR_FR: LocaleInfo = {
  decimal: ',',
  // Sheets writes French thousands with a narrow no-break space.
  group: '\u202f',
  months: FR_MONTHS,
  days: FR_DAYS,
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  dayFirst: true,
  currencyFormat: '#,##0.00\u00a0[$€]',
};

/** Locale info for a Sheets locale code ("en_US", "fr_FR", "en_GB"; others fall back to en_US). */
export function localeInfo(locale: string): LocaleInfo {
  const l = locale.replace('-', '_').toLowerCase();
  if (l.startsWith('fr')) return FR_FR;
  if (l === 'en_gb' || l === 'en_ie' || l === 'en_au' || l === 'en_nz') return EN_GB;
  return EN_US;
}
