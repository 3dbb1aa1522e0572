// Days, windows, KPI values and changes written for the email, in English or French. By hand,
// not with Intl, so the text is the same in Apps Script, Node and the tests.
import { ymdOfDay } from '../../kpi/days';
import { formatValue, kpiEntry, type KpiKey } from '../metrics';
import { formatNumber } from '../metrics/format';
import type { Language } from '../i18n';
import { MONTH_NAMES, SHORT_MONTH_NAMES } from '../month-names';

/** "16 Nov 2026" / "16 nov. 2026". */
export function formatDay(day: number, language: Language): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${d} ${SHORT_MONTH_NAMES[language][month - 1]} ${year}`;
}

/**
 * A window [from, to): "October 2026" for a calendar month, else "9–15 Nov 2026" or
 * "28 Oct – 3 Nov 2026" (French with its own month names).
 */
export function formatWindow(from: number, to: number, language: Language): string {
  const a = ymdOfDay(from);
  const b = ymdOfDay(to - 1);
  const next = ymdOfDay(to);
  if (a.day === 1 && next.day === 1 && a.month === b.month && a.year === b.year)
    return `${MONTH_NAMES[language][a.month - 1]} ${a.year}`;
  if (a.year === b.year && a.month === b.month)
    return `${a.day}–${b.day} ${SHORT_MONTH_NAMES[language][b.month - 1]} ${b.year}`;
  const left =
    a.year === b.year
      ? `${a.day} ${SHORT_MONTH_NAMES[language][a.month - 1]}`
      : formatDay(from, language);
  return `${left} – ${formatDay(to - 1, language)}`;
}

/** A short label of a trend bar: "9 Nov" / "9 nov." or "Oct" / "oct." for months. */
export function formatTrendLabel(from: number, to: number, language: Language): string {
  const a = ymdOfDay(from);
  const monthly = a.day === 1 && ymdOfDay(to).day === 1 && to - from > 27;
  return monthly
    ? SHORT_MONTH_NAMES[language][a.month - 1]
    : `${a.day} ${SHORT_MONTH_NAMES[language][a.month - 1]}`;
}

export function formatKpi(kpi: KpiKey, value: number | null, language: Language): string {
  return value === null ? '—' : formatValue(value, kpiEntry(kpi).unit, language);
}

/**
 * The change from previous to current: rates in percentage points ("+2.1 pts"), NPS in points,
 * everything else relative ("+12%"); '—' when either side is missing or the base is 0.
 */
export function formatChange(
  kpi: KpiKey,
  value: number | null,
  previous: number | null,
  language: Language,
): string {
  if (value === null || previous === null) return '—';
  const unit = kpiEntry(kpi).unit;
  const fr = language === 'fr';
  const signed = (n: number, digits: number): string =>
    (n > 0 && Number(n.toFixed(digits)) !== 0 ? '+' : '') + formatNumber(n, digits, language);
  if (unit === 'rate') return `${signed((value - previous) * 100, 1)} ${fr ? 'pts' : 'pts'}`;
  if (unit === 'points') return `${signed(value - previous, 1)} points`;
  if (previous === 0) return '—';
  return signed(((value - previous) / Math.abs(previous)) * 100, 0) + (fr ? '\u00a0%' : '%');
}

/** Which way a change goes for the reader: better, worse or level (for the arrow colour). */
export function changeSense(
  kpi: KpiKey,
  value: number | null,
  previous: number | null,
): 'better' | 'worse' | 'level' {
  if (value === null || previous === null || value === previous) return 'level';
  const up = value > previous;
  return up === kpiEntry(kpi).higherIsBetter ? 'better' : 'worse';
}
