// The Achievable step's verdicts and reasons, on histories written by hand: the core answers
// data (verdict, counts, the comparison that decided), achievabilityText says it in words.
import {
  achievability as judge,
  formatValue,
  type History,
  type KpiKey,
  type MetricPeriod,
} from '../../../src/addon/metrics';
import { achievabilityText } from '../../../src/addon/metrics/achievability-words';

/** The verdict with its reason in both languages, as the wizard shows it. */
function achievability(history: History, baseline: number | null, target: number) {
  const a = judge(history, baseline, target);
  return {
    verdict: a.verdict,
    reached: a.reached,
    of: a.of,
    reason: { en: achievabilityText(a, 'en'), fr: achievabilityText(a, 'fr') },
  };
}

/** French writes a no-break space before %. */
const nb = (text: string) => text.replace(/ %/g, '\u00a0%');

/** A history whose periods have these values (null: no data), each with volume 10. */
function made(
  kpi: KpiKey,
  values: (number | null)[],
  stats: Pick<History, 'worst' | 'median' | 'best'>,
  period: MetricPeriod = 'month',
): History {
  return {
    kpi,
    scope: { type: 'company' },
    period,
    periods: values.map((value, i) => ({
      start: i,
      end: i + 1,
      complete: true,
      status: 'complete' as const,
      value,
      volume: value === null ? 0 : 10,
    })),
    minVolume: 0,
    defined: values.filter((v) => v !== null).length,
    ...stats,
  };
}

// Lead → opportunity over five months: median 0.4, best 0.5.
const CONVERSION = made('lead_to_opportunity', [0.3, 0.4, 0.5, 0.35, 0.45], {
  worst: 0.3,
  median: 0.4,
  best: 0.5,
});

describe('achievability (higher is better)', () => {
  it('within history: no more ambitious than the median', () => {
    expect(achievability(CONVERSION, 0.35, 0.38)).toEqual({
      verdict: 'within history',
      reached: 3, // 0.4, 0.5, 0.45
      of: 5,
      reason: {
        en: 'The target (38%) is no more ambitious than the median of the last 5 months (40%): it was reached 3 times out of 5.',
        fr: nb(
          'La cible (38 %) n’est pas plus ambitieuse que la médiane des 5 derniers mois (40 %) : elle a été atteinte 3 fois sur 5.',
        ),
      },
    });
    expect(achievability(CONVERSION, 0.35, 0.4).verdict).toBe('within history');
  });

  it('within history: the baseline already meets the target', () => {
    expect(achievability(CONVERSION, 0.6, 0.55)).toMatchObject({
      verdict: 'within history',
      reason: {
        en: 'The baseline (60%) already meets the target (55%).',
        fr: nb('La valeur de départ (60 %) atteint déjà la cible (55 %).'),
      },
    });
  });

  it('stretch: above the median, reached at least once (the best itself included)', () => {
    expect(achievability(CONVERSION, 0.35, 0.42)).toEqual({
      verdict: 'stretch',
      reached: 2,
      of: 5,
      reason: {
        en: 'The target (42%) is more ambitious than the median of the last 5 months (40%) but was reached 2 times out of 5 (best: 50%): a stretch.',
        fr: nb(
          'La cible (42 %) est plus ambitieuse que la médiane des 5 derniers mois (40 %) mais a été atteinte 2 fois sur 5 (meilleure valeur : 50 %) : un objectif ambitieux.',
        ),
      },
    });
    expect(achievability(CONVERSION, 0.35, 0.5)).toMatchObject({ verdict: 'stretch', reached: 1 });
    // 0.1 + 0.4 is 0.5000000000000001 in binary: still the best, not beyond it.
    expect(achievability(CONVERSION, 0.35, 0.1 + 0.4).verdict).toBe('stretch');
  });

  it('beyond anything achieved: better than the best', () => {
    expect(achievability(CONVERSION, 0.35, 0.55)).toEqual({
      verdict: 'beyond anything achieved',
      reached: 0,
      of: 5,
      reason: {
        en: 'The target (55%) is more ambitious than the best of the last 5 months (50%): it was never achieved in that time; check that it is realistic.',
        fr: nb(
          'La cible (55 %) est plus ambitieuse que la meilleure valeur des 5 derniers mois (50 %) : elle n’a jamais été atteinte sur cette durée ; vérifiez qu’elle est réaliste.',
        ),
      },
    });
  });

  it('says which periods had data when some had none', () => {
    const gaps = made('nps', [20, null, 30, 40], { worst: 20, median: 30, best: 40 }, 'quarter');
    expect(achievability(gaps, null, 35).reason).toEqual({
      en: 'The target (35 points) is more ambitious than the median of the 3 quarters with data among the last 4 (30 points) but was reached once out of 3 (best: 40 points): a stretch.',
      fr: 'La cible (35 points) est plus ambitieuse que la médiane des 3 trimestres avec des données parmi les 4 derniers trimestres (30 points) mais a été atteinte 1 fois sur 3 (meilleure valeur : 40 points) : un objectif ambitieux.',
    });
  });
});

describe('achievability (lower is better: cycle days)', () => {
  const CYCLE = made('cycle_days', [30, 40, 35], { worst: 40, median: 35, best: 30 }, 'week');

  it('judges a shorter cycle as the more ambitious target', () => {
    expect(achievability(CYCLE, 38, 36)).toMatchObject({ verdict: 'within history', reached: 2 });
    expect(achievability(CYCLE, 38, 32)).toMatchObject({ verdict: 'stretch', reached: 1 });
    expect(achievability(CYCLE, 38, 25)).toMatchObject({
      verdict: 'beyond anything achieved',
      reason: {
        en: 'The target (25 days) is more ambitious than the best of the last 3 weeks (30 days): it was never achieved in that time; check that it is realistic.',
        fr: 'La cible (25 jours) est plus ambitieuse que la meilleure valeur des 3 dernières semaines (30 jours) : elle n’a jamais été atteinte sur cette durée ; vérifiez qu’elle est réaliste.',
      },
    });
    // A baseline already shorter than the target.
    expect(achievability(CYCLE, 28, 29).verdict).toBe('within history');
  });
});

describe('achievability without history', () => {
  it('cannot judge', () => {
    const none = made('revenue', [null, null], { worst: null, median: null, best: null });
    expect(achievability(none, null, 1000)).toEqual({
      verdict: 'no history',
      reached: 0,
      of: 0,
      reason: {
        en: 'No period of the last 2 months has enough data for this KPI and scope: the target cannot be compared with history.',
        fr: 'Aucune période des 2 derniers mois n’a assez de données pour ce KPI et ce périmètre : la cible ne peut pas être comparée à l’historique.',
      },
    });
    const one = made('revenue', [null], { worst: null, median: null, best: null });
    expect(achievability(one, null, 1000).reason.fr).toMatch(/^Aucune période du dernier mois /);
  });
});

test('the core answers the comparison that decided, with its numbers', () => {
  expect(judge(CONVERSION, 0.35, 0.42)).toEqual({
    verdict: 'stretch',
    reason: { key: 'stretch', target: 0.42, median: 0.4, best: 0.5 },
    reached: 2,
    of: 5,
    kpi: 'lead_to_opportunity',
    period: 'month',
    looked: 5,
  });
});

describe('formatValue', () => {
  it('writes each unit in English and French', () => {
    expect(formatValue(0.4167, 'rate', 'en')).toBe('41.7%');
    expect(formatValue(0.4167, 'rate', 'fr')).toBe('41,7\u00a0%');
    expect(formatValue(1234567.4, 'currency', 'en')).toBe('1,234,567');
    expect(formatValue(1234567.4, 'currency', 'fr')).toBe('1\u00a0234\u00a0567');
    expect(formatValue(-12.5, 'points', 'en')).toBe('−12.5 points');
    expect(formatValue(32.5, 'days', 'fr')).toBe('32,5 jours');
    expect(formatValue(1200, 'count', 'en')).toBe('1,200');
    expect(formatValue(2.25, 'score', 'en')).toBe('2.3');
  });
});
