// Days as the wizard exchanges them (ISO texts, "2026-03-31") and shows them ("31 March 2026",
// "31 mars 2026"), the suggested deadline, and the name of a tracking period.
import { dayFromYmd, ymdOfDay } from '../../kpi/days';
import type { MetricPeriod } from '../metrics';
import type { Language } from '../i18n';
import { MONTH_NAMES } from '../month-names';

// The suggested deadline is a rule the wizard page applies too: declared in rules.ts.
export { MIN_DAYS_LEFT, quarterEnd, suggestedDeadline } from './rules';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day of a strict ISO day text; undefined for anything else (or 2026-02-30). */
export function dayOfIso(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = ISO_DAY.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayFromYmd(year, month, day);
  const back = ymdOfDay(n);
  return back.year === year && back.month === month && back.day === day ? n : undefined;
}

export function isoOfDay(day: number): string {
  const { year, month, day: d } = ymdOfDay(day);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

/** "31 March 2026" / "1er mars 2026". */
export function longDate(day: number, language: Language): string {
  const { year, month, day: d } = ymdOfDay(day);
  const dayText = language === 'fr' && d === 1 ? '1er' : String(d);
  return `${dayText} ${MONTH_NAMES[language][month - 1]} ${year}`;
}

/** A tracking period by its first day: "week of 9 November 2026", "November 2026", "Q4 2026". */
export function periodName(start: number, period: MetricPeriod, language: Language): string {
  const { year, month } = ymdOfDay(start);
  if (period === 'month') return `${MONTH_NAMES[language][month - 1]} ${year}`;
  if (period === 'quarter')
    return `${language === 'fr' ? 'T' : 'Q'}${Math.ceil(month / 3)} ${year}`;
  return `${language === 'fr' ? 'semaine du' : 'week of'} ${longDate(start, language)}`;
}
