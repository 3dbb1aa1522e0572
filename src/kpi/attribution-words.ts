// The attribution of a change said in a sentence, in English or French, with whole points that
// add up to the change shown ("Revenue −12 %: fewer leads −4 pts, lower lead → opportunity
// conversion −7 pts, order value −1 pt; most of the conversion fall is team Lyon, web leads.").
// Pure text: the caller passes the groups' labels already in the reader's language.
import {
  REVENUE_DRIVERS,
  roundToTotal,
  type RateAttribution,
  type RevenueAttribution,
  type RevenueDriver,
} from './attribution';

export type Language = 'en' | 'fr';

/** Where the main contributor of a driver was found, and its label ("Lyon", "Website"). */
export interface Contributor {
  readonly dimension: 'team' | 'rep' | 'segment' | 'source';
  readonly label: string;
}

const MINUS = '\u2212';

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `${MINUS}${-n}` : '0';
}

function points(n: number, language: Language): string {
  const unit =
    language === 'fr' ? (Math.abs(n) > 1 ? 'pts' : 'pt') : Math.abs(n) === 1 ? 'pt' : 'pts';
  return `${signed(n)} ${unit}`;
}

/**
 * The drivers' words, a message table like the add-on's: each driver's rise, its fall, and the
 * noun "most of the … fall" names it by.
 */
type DriverWordKey = `${RevenueDriver}.${'up' | 'down' | 'noun'}`;

const DRIVER_WORDS: Record<Language, Record<DriverWordKey, string>> = {
  en: {
    'leads.up': 'more leads',
    'leads.down': 'fewer leads',
    'leads.noun': 'lead',
    'conversion.up': 'higher lead \u2192 opportunity conversion',
    'conversion.down': 'lower lead \u2192 opportunity conversion',
    'conversion.noun': 'conversion',
    'winRate.up': 'higher win rate',
    'winRate.down': 'lower win rate',
    'winRate.noun': 'win-rate',
    'orderValue.up': 'higher order value',
    'orderValue.down': 'lower order value',
    'orderValue.noun': 'order-value',
  },
  fr: {
    'leads.up': 'plus de leads',
    'leads.down': 'moins de leads',
    'leads.noun': 'des leads',
    'conversion.up': 'meilleure conversion lead \u2192 opportunit\u00e9',
    'conversion.down': 'moindre conversion lead \u2192 opportunit\u00e9',
    'conversion.noun': 'de la conversion',
    'winRate.up': 'meilleur taux de gain',
    'winRate.down': 'moindre taux de gain',
    'winRate.noun': 'du taux de gain',
    'orderValue.up': 'panier moyen plus \u00e9lev\u00e9',
    'orderValue.down': 'panier moyen plus faible',
    'orderValue.noun': 'du panier moyen',
  },
};

function contributorWords(c: Contributor, language: Language): string {
  if (language === 'fr') {
    switch (c.dimension) {
      case 'team':
        return `l\u2019\u00e9quipe ${c.label}`;
      case 'rep':
        return `le commercial ${c.label}`;
      case 'segment':
        return `le segment ${c.label}`;
      case 'source':
        return `les leads ${c.label}`;
    }
  }
  switch (c.dimension) {
    case 'team':
      return `team ${c.label}`;
    case 'rep':
      return `rep ${c.label}`;
    case 'segment':
      return `${c.label} deals`;
    case 'source':
      return `${c.label} leads`;
  }
}

/** The drivers' points of the base revenue, rounded so that they add up to the rounded total. */
export function revenuePoints(attribution: RevenueAttribution): {
  total: number;
  parts: Record<RevenueDriver, number>;
} {
  const scale = attribution.before !== 0 ? 100 / attribution.before : 0;
  const exact = REVENUE_DRIVERS.map((d) => attribution.parts[d] * scale);
  const total = attribution.change * scale;
  const rounded = roundToTotal(exact, total);
  return {
    total: Math.round(total) || 0,
    parts: Object.fromEntries(REVENUE_DRIVERS.map((d, i) => [d, rounded[i]])) as Record<
      RevenueDriver,
      number
    >,
  };
}

/**
 * "Revenue −12 %: fewer leads −4 pts, lower … −7 pts, …; most of the conversion fall is team
 * Lyon, Website leads." Drivers that round to 0 points are left out; `contributors` name where
 * the largest driver's change comes from (none: the clause is left out).
 */
export function revenueSentence(
  attribution: RevenueAttribution,
  language: Language,
  contributors: readonly Contributor[] = [],
): string {
  const { total, parts } = revenuePoints(attribution);
  // Won deals' value: the Pipeline's flows, not the Revenue KPI (orders, repeat orders too).
  const head = language === 'fr' ? 'CA des affaires gagnées' : 'Won-deal revenue';
  const sep = language === 'fr' ? '\u00a0: ' : ': ';
  const percent = `${signed(total)}\u00a0%`;
  const listed = REVENUE_DRIVERS.filter((d) => parts[d] !== 0).map(
    (d) =>
      `${DRIVER_WORDS[language][`${d}.${parts[d] > 0 ? 'up' : 'down'}`]} ${points(parts[d], language)}`,
  );
  let sentence = `${head} ${percent}${listed.length ? sep + listed.join(', ') : ''}`;
  const largest = REVENUE_DRIVERS.reduce((m, d) =>
    Math.abs(attribution.parts[d]) > Math.abs(attribution.parts[m]) ? d : m,
  );
  if (contributors.length && attribution.parts[largest] !== 0) {
    const fall = attribution.parts[largest] < 0;
    const where = contributors.map((c) => contributorWords(c, language)).join(', ');
    sentence +=
      language === 'fr'
        ? ` ; l\u2019essentiel de la ${fall ? 'baisse' : 'hausse'} ${DRIVER_WORDS.fr[`${largest}.noun`]} vient de ${where}`
        : `; most of the ${DRIVER_WORDS.en[`${largest}.noun`]} ${fall ? 'fall' : 'rise'} is ${where}`;
  }
  return `${sentence}.`;
}

/**
 * A rate's change in points with its rate and mix parts: "Lead → opportunity conversion −9 pts:
 * team Lyon's own rate −8 pts, other teams' rates −1 pt, mix 0 pt."
 */
export function rateSentence(
  kpiLabel: string,
  attribution: RateAttribution,
  main: Contributor | undefined,
  mainRate: number,
  language: Language,
): string {
  const exact = [
    mainRate * 100,
    (attribution.rateTotal - mainRate) * 100,
    attribution.mixTotal * 100,
  ];
  const total = attribution.change * 100;
  const [own, others, mix] = roundToTotal(exact, total);
  const sep = language === 'fr' ? '\u00a0: ' : ': ';
  const parts: string[] = [];
  if (main) {
    parts.push(
      language === 'fr'
        ? `taux propre de ${contributorWords(main, language)} ${points(own, language)}`
        : `${contributorWords(main, language)}\u2019s own rate ${points(own, language)}`,
    );
    parts.push(
      language === 'fr'
        ? `taux des autres ${points(others, language)}`
        : `other rates ${points(others, language)}`,
    );
  } else {
    parts.push(
      language === 'fr'
        ? `taux ${points(own + others, language)}`
        : `rates ${points(own + others, language)}`,
    );
  }
  parts.push(
    language === 'fr' ? `effet de mix ${points(mix, language)}` : `mix ${points(mix, language)}`,
  );
  return `${kpiLabel} ${points(Math.round(total), language)}${sep}${parts.join(', ')}.`;
}
