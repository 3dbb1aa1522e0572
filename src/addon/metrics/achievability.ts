// The wizard's Achievable step: is a target within what the scope has already achieved, a
// stretch (more ambitious than a typical period, yet reached at least once), or beyond anything
// achieved over the history looked at? The target is compared, in the KPI's better direction,
// with the baseline (a target the baseline already meets is within history), the history's
// median and its best.
import type { Language } from '../i18n';
import { kpiEntry, type Texts } from './catalogue';
import { formatValue, historySpan, lastPeriods } from './format';
import { countedValues, type History } from './history';

export type Verdict = 'within history' | 'stretch' | 'beyond anything achieved' | 'no history';

export interface Achievability {
  readonly verdict: Verdict;
  /** Why, with the numbers, in both languages. */
  readonly reason: Texts;
  /** How many of the history's periods that count reached the target, of how many. */
  readonly reached: number;
  readonly of: number;
}

/** Differences this small are rounding (0.1 + 0.2), not ambition. */
const TOLERANCE = 1e-9;

export function achievability(
  history: History,
  baseline: number | null,
  target: number,
): Achievability {
  const entry = kpiEntry(history.kpi);
  const sign = entry.higherIsBetter ? 1 : -1;
  /** True when a is more ambitious (strictly better) than b. */
  const beats = (a: number, b: number) =>
    sign * (a - b) > TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
  const values = countedValues(history.periods, history.minVolume);
  const reached = values.filter((v) => !beats(target, v)).length;
  const of = values.length;
  const result = (verdict: Verdict, reason: Texts): Achievability => ({
    verdict,
    reason,
    reached,
    of,
  });
  const v = (value: number, language: Language) => formatValue(value, entry.unit, language);
  const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
  const span = (language: Language) =>
    historySpan(of, history.periods.length, history.period, language);

  const { median, best } = history;
  if (of === 0 || median === null || best === null) {
    const looked = Math.max(1, history.periods.length);
    return result('no history', {
      en: `No period of ${lastPeriods(looked, history.period, 'en')} has enough data for this KPI and scope: the target cannot be compared with history.`,
      fr: `Aucune période ${lastPeriods(looked, history.period, 'fr')} n’a assez de données pour ce KPI et ce périmètre : la cible ne peut pas être comparée à l’historique.`,
    });
  }
  if (baseline !== null && !beats(target, baseline)) {
    return result('within history', {
      en: `The baseline (${v(baseline, 'en')}) already meets the target (${v(target, 'en')}).`,
      fr: `La valeur de départ (${v(baseline, 'fr')}) atteint déjà la cible (${v(target, 'fr')}).`,
    });
  }
  if (!beats(target, median)) {
    return result('within history', {
      en: `The target (${v(target, 'en')}) is no more ambitious than the median of ${span('en')} (${v(median, 'en')}): it was reached ${times(reached)} out of ${of}.`,
      fr: `La cible (${v(target, 'fr')}) n’est pas plus ambitieuse que la médiane ${span('fr')} (${v(median, 'fr')}) : elle a été atteinte ${reached} fois sur ${of}.`,
    });
  }
  if (!beats(target, best)) {
    return result('stretch', {
      en: `The target (${v(target, 'en')}) is more ambitious than the median of ${span('en')} (${v(median, 'en')}) but was reached ${times(reached)} out of ${of} (best: ${v(best, 'en')}): a stretch.`,
      fr: `La cible (${v(target, 'fr')}) est plus ambitieuse que la médiane ${span('fr')} (${v(median, 'fr')}) mais a été atteinte ${reached} fois sur ${of} (meilleure valeur : ${v(best, 'fr')}) : un objectif ambitieux.`,
    });
  }
  return result('beyond anything achieved', {
    en: `The target (${v(target, 'en')}) is more ambitious than the best of ${span('en')} (${v(best, 'en')}): it was never achieved in that time; check that it is realistic.`,
    fr: `La cible (${v(target, 'fr')}) est plus ambitieuse que la meilleure valeur ${span('fr')} (${v(best, 'fr')}) : elle n’a jamais été atteinte sur cette durée ; vérifiez qu’elle est réaliste.`,
  });
}
