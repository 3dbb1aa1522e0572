// Dates the dashboard shows as labels ("Semaine du 9 nov.", "octobre 2026", "nov. 2025"), built by
// formulas from the add-on's own month names rather than by a number format: a format's "mmm"
// is spelt in the spreadsheet's locale, so a French reader of an English-locale spreadsheet saw
// "Semaine du 9 Nov". The label stays a formula of the hidden sheet's date, so it follows the
// chosen scope and date as before; a blank date gives a blank label.
import { MONTH_NAMES, SHORT_MONTH_NAMES } from '../month-names';
import type { Language } from '../i18n';
import { textLiteral } from '../workbook/a1';

const SHORT = SHORT_MONTH_NAMES;

export type DateLabel = 'week' | 'weekDay' | 'month' | 'monthShort';

const WEEK_OF: Readonly<Record<Language, string>> = { en: 'Week of ', fr: 'Semaine du ' };

function monthOf(ref: string, names: readonly string[]): string {
  return `CHOOSE(MONTH(${ref}),${names.map(textLiteral).join(',')})`;
}

/**
 * The formula (with its "=") of a date label: week "Week of 9 Nov" / "Semaine du 9 nov.", weekDay
 * "9 Nov 2026" / "9 nov. 2026", month "October 2026" / "octobre 2026", monthShort "Nov 2025".
 */
export function dateLabelFormula(ref: string, kind: DateLabel, language: Language): string {
  const short = monthOf(ref, SHORT[language]);
  const label: Record<DateLabel, string> = {
    week: `${textLiteral(WEEK_OF[language])}&DAY(${ref})&" "&${short}`,
    weekDay: `DAY(${ref})&" "&${short}&" "&YEAR(${ref})`,
    month: `${monthOf(ref, MONTH_NAMES[language])}&" "&YEAR(${ref})`,
    monthShort: `${short}&" "&YEAR(${ref})`,
  };
  return `=IF(ISNUMBER(${ref}),${label[kind]},"")`;
}
