// KPI values and period spans written for people, in English or French, for the wizard's
// reasons and the summaries ("41.7%" / "41,7 %", "12,300" / "12 300", "34 days" / "34 jours").
// Written by hand rather than with Intl so the text is the same in Node, Apps Script and tests.
// Also the Sheets number format of a KPI value, for the cells that hold one (tiles, objectives).
import type { Language } from '../i18n';
import type { KpiUnit } from './catalogue';
import type { MetricPeriod } from './compute';

const NBSP = '\u00a0';

/** A number with `digits` decimals (a trailing ".0" dropped) and thousands grouped. */
export function formatNumber(value: number, digits: number, language: Language): string {
  const fixed = Math.abs(value).toFixed(digits).replace(/\.0+$/, '');
  const [whole, decimals] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, language === 'fr' ? NBSP : ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return sign + grouped + (decimals ? (language === 'fr' ? ',' : '.') + decimals : '');
}

export function formatValue(value: number, unit: KpiUnit, language: Language): string {
  const fr = language === 'fr';
  switch (unit) {
    case 'rate':
      return formatNumber(value * 100, 1, language) + (fr ? `${NBSP}%` : '%');
    case 'points':
      return `${formatNumber(value, 1, language)} points`;
    case 'days':
      return `${formatNumber(value, 1, language)} ${fr ? 'jours' : 'days'}`;
    case 'currency':
      return formatNumber(value, 0, language);
    case 'count':
    case 'score':
      return formatNumber(value, Number.isInteger(value) ? 0 : 1, language);
  }
}

/** The Sheets number format a KPI value shows in, by unit (a rate as 25.0 %). */
export function valueFormat(unit: KpiUnit): string {
  switch (unit) {
    case 'rate':
      return '0.0%';
    case 'points':
    case 'days':
      return '0.0';
    case 'count':
    case 'currency':
    case 'score':
      return '#,##0';
  }
}

const EN = {
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
};
// French: the article and "last" agree with the noun (la dernière semaine, le dernier mois).
const FR = {
  week: { one: 'de la dernière semaine', many: 'dernières semaines', noun: 'semaines' },
  month: { one: 'du dernier mois', many: 'derniers mois', noun: 'mois' },
  quarter: { one: 'du dernier trimestre', many: 'derniers trimestres', noun: 'trimestres' },
};

/** "the last 12 months" / "des 12 derniers mois" (with "of": the French carries its "de"). */
export function lastPeriods(count: number, period: MetricPeriod, language: Language): string {
  if (language === 'fr') {
    return count === 1 ? FR[period].one : `des ${count} ${FR[period].many}`;
  }
  return count === 1 ? `the last ${EN[period][0]}` : `the last ${count} ${EN[period][1]}`;
}

/** "months" / "mois": the plural noun of a period. */
export function periodNoun(period: MetricPeriod, language: Language): string {
  return language === 'fr' ? FR[period].noun : EN[period][1];
}

/**
 * The history looked at: "the last 12 months" when every period has data, else "the 10 months
 * with data among the last 12" (French with its "de": "des 10 mois avec des données parmi…").
 */
export function historySpan(
  defined: number,
  count: number,
  period: MetricPeriod,
  language: Language,
): string {
  if (defined === count) return lastPeriods(count, period, language);
  const noun = periodNoun(period, language);
  return language === 'fr'
    ? `des ${defined} ${noun} avec des données parmi les ${count} ${FR[period].many}`
    : `the ${defined} ${noun} with data among the last ${count}`;
}
