// The Achievable step's verdict in words, English and French: the edge that turns the data of
// achievability.ts (the comparison that decided, its numbers) into the sentence the wizard shows
// and the Objectives row keeps.
import { textsOf, type Language } from '../i18n';
import type { Achievability } from './achievability';
import { kpiEntry } from './catalogue';
import { formatValue, historySpan, lastPeriods } from './format';

const MESSAGES = {
  en: {
    noHistory:
      'No period of {span} has enough data for this KPI and scope: the target cannot be compared with history.',
    baselineMeets: 'The baseline ({baseline}) already meets the target ({target}).',
    withinMedian:
      'The target ({target}) is no more ambitious than the median of {span} ({median}): it was reached {times} out of {of}.',
    stretch:
      'The target ({target}) is more ambitious than the median of {span} ({median}) but was reached {times} out of {of} (best: {best}): a stretch.',
    beyondBest:
      'The target ({target}) is more ambitious than the best of {span} ({best}): it was never achieved in that time; check that it is realistic.',
    once: 'once',
    times: '{n} times',
  },
  fr: {
    noHistory:
      'Aucune période {span} n’a assez de données pour ce KPI et ce périmètre : la cible ne peut pas être comparée à l’historique.',
    baselineMeets: 'La valeur de départ ({baseline}) atteint déjà la cible ({target}).',
    withinMedian:
      'La cible ({target}) n’est pas plus ambitieuse que la médiane {span} ({median}) : elle a été atteinte {times} sur {of}.',
    stretch:
      'La cible ({target}) est plus ambitieuse que la médiane {span} ({median}) mais a été atteinte {times} sur {of} (meilleure valeur : {best}) : un objectif ambitieux.',
    beyondBest:
      'La cible ({target}) est plus ambitieuse que la meilleure valeur {span} ({best}) : elle n’a jamais été atteinte sur cette durée ; vérifiez qu’elle est réaliste.',
    once: '1 fois',
    times: '{n} fois',
  },
} as const;

const say = textsOf(MESSAGES);

/** Why the verdict, in the language: the numbers in the KPI's unit, the history it looked at. */
export function achievabilityText(a: Achievability, language: Language): string {
  const { reason } = a;
  const unit = kpiEntry(a.kpi).unit;
  const value = (n: number) => formatValue(n, unit, language);
  if (reason.key === 'noHistory')
    return say(language, 'noHistory', {
      span: lastPeriods(Math.max(1, a.looked), a.period, language),
    });
  const numbers = Object.fromEntries(
    Object.entries(reason).flatMap(([k, v]) => (typeof v === 'number' ? [[k, value(v)]] : [])),
  );
  return say(language, reason.key, {
    ...numbers,
    span: historySpan(a.of, a.looked, a.period, language),
    times: a.reached === 1 ? say(language, 'once') : say(language, 'times', { n: a.reached }),
    of: a.of,
  });
}
