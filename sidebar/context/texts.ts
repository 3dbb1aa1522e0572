// The "Add a context note" page's words in English and French (same keys in both; the type makes
// a missing French text a compile error).
import type { Language } from '../shared/i18n';

const en = {
  title: 'Add a context note',
  loading: 'Loading…',
  intro:
    'Record what happened behind the numbers (a season, a competitor, a campaign, a product issue): the note shows beside alerts, in the emails and on the dashboard.',
  start: 'Start date',
  end: 'End date (empty: one day)',
  scopeType: 'Scope',
  scope: 'Scope name (team, rep or segment)',
  kind: 'Kind',
  note: 'Note',
  add: 'Add the note',
  adding: 'Adding the note…',
};

export type TextKey = keyof typeof en;

const fr: Record<TextKey, string> = {
  title: 'Ajouter une note de contexte',
  loading: 'Chargement…',
  intro:
    'Notez ce qui s’est passé derrière les chiffres (saison, concurrence, campagne, problème produit) : la note apparaît à côté des alertes, dans les e-mails et sur le tableau de bord.',
  start: 'Date de début',
  end: 'Date de fin (vide : un seul jour)',
  scopeType: 'Périmètre',
  scope: 'Nom du périmètre (équipe, commercial ou segment)',
  kind: 'Type',
  note: 'Note',
  add: 'Ajouter la note',
  adding: 'Ajout de la note…',
};

export const MESSAGES: Record<Language, Record<TextKey, string>> = { en, fr };
