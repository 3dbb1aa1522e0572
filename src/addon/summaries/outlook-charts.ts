// The pipeline outlook's charts in the reader's language (issue 14, item 5): the forecast of each
// period as a bar with its range, and why revenue moved as the drivers' points of the previous
// window's revenue, rounded so that they add up to the total shown (kpi/attribution-words.ts).
// Own words here: the summaries' message table belongs to the text mechanism.
import { REVENUE_DRIVERS, type RevenueDriver } from '../../kpi/attribution';
import { revenuePoints } from '../../kpi/attribution-words';
import type { Language } from '../i18n';
import type { DivergingChart, RangeChart } from './charts-html';
import { formatKpi, formatWindow } from './format';
import type { PipelineOutlook } from './pipeline-outlook';

interface ChartWords {
  readonly won: string;
  readonly expected: string;
  readonly range: string;
  readonly caption: string;
  readonly whyTitle: string;
  readonly total: string;
  readonly drivers: Readonly<Record<RevenueDriver, string>>;
}

const WORDS: Record<Language, ChartWords> = {
  en: {
    won: 'Won so far',
    expected: 'Expected',
    range: '80 % range',
    caption: '{expected} ({low} to {high})',
    whyTitle: 'Why revenue moved, in points of the previous period’s revenue',
    total: 'Revenue',
    drivers: {
      leads: 'Leads',
      conversion: 'Lead → opportunity conversion',
      winRate: 'Win rate',
      orderValue: 'Order value',
    },
  },
  fr: {
    won: 'Gagné à ce jour',
    expected: 'Attendu',
    range: 'Fourchette à 80 %',
    caption: '{expected} ({low} à {high})',
    whyTitle:
      'Pourquoi le chiffre d’affaires a bougé, en points du chiffre de la période précédente',
    total: 'Chiffre d’affaires',
    drivers: {
      leads: 'Leads',
      conversion: 'Conversion lead → opportunité',
      winRate: 'Taux de gain',
      orderValue: 'Panier moyen',
    },
  },
};

const MINUS = '\u2212';
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `${MINUS}${-n}` : '0');

/** "−7 pts" / "+1 pt" (French: "pt" up to 1 in absolute value). */
function points(n: number, language: Language): string {
  const many = language === 'fr' ? Math.abs(n) > 1 : Math.abs(n) !== 1;
  return `${signed(n)} ${many ? 'pts' : 'pt'}`;
}

export function forecastChart(outlook: PipelineOutlook, language: Language): RangeChart {
  const w = WORDS[language];
  const amount = (x: number) => formatKpi('revenue', Math.round(x), language);
  return {
    legend: { won: w.won, expected: w.expected, range: w.range },
    bars: outlook.forecast.map((f) => ({
      label: formatWindow(f.start, f.end, language),
      won: f.wonSoFar,
      expected: f.expected,
      low: f.low,
      high: f.high,
      caption: w.caption
        .replace('{expected}', amount(f.expected))
        .replace('{low}', amount(f.low))
        .replace('{high}', amount(f.high)),
    })),
  };
}

/** The drivers of the revenue change; undefined when the change was not attributed. */
export function whyChart(outlook: PipelineOutlook, language: Language): DivergingChart | undefined {
  if (!outlook.attribution) return undefined;
  const w = WORDS[language];
  const { total, parts } = revenuePoints(outlook.attribution);
  return {
    title: w.whyTitle,
    parts: REVENUE_DRIVERS.map((d) => ({
      label: w.drivers[d],
      value: parts[d],
      caption: points(parts[d], language),
    })),
    total: { label: w.total, value: total, caption: `${signed(total)}\u00a0%` },
  };
}
