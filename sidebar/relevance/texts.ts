// The "Review tracked KPIs" page's words in English and French (same keys in both; the type makes
// a missing French text a compile error).
import type { Language } from '../shared/i18n';

const en = {
  title: 'Review tracked KPIs',
  loading: 'Loading…',
  intro:
    'KPIs that no longer help: unused, without data, unpaired, or never moving with the results. Keep, pause (asked again next quarter) or retire each one: a retired KPI leaves the dashboard and the emails; its data and history stay.',
  none: 'Nothing to review this quarter.',
  keep: 'Keep',
  pause: 'Pause',
  retire: 'Retire',
  retiredTitle: 'Retired KPIs',
  restore: 'Restore',
  logTitle: 'Latest decisions',
  saving: 'Saving…',
  saved: 'Saved.',
};

export type TextKey = keyof typeof en;

const fr: Record<TextKey, string> = {
  title: 'Revoir les KPI suivis',
  loading: 'Chargement…',
  intro:
    'Les KPI qui n’aident plus : inutilisés, sans données, sans leur conversion, ou qui n’évoluent jamais avec les résultats. Gardez, mettez en pause (redemandé au prochain trimestre) ou retirez chacun : un KPI retiré quitte le tableau de bord et les e-mails ; ses données et son historique restent.',
  none: 'Rien à revoir ce trimestre.',
  keep: 'Garder',
  pause: 'Pause',
  retire: 'Retirer',
  retiredTitle: 'KPI retirés',
  restore: 'Rétablir',
  logTitle: 'Dernières décisions',
  saving: 'Enregistrement…',
  saved: 'Enregistré.',
};

export const MESSAGES: Record<Language, Record<TextKey, string>> = { en, fr };
