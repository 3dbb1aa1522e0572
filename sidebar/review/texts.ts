// The "Build review pack" page's words in English and French (same keys in both; the type makes
// a missing French text a compile error).
import type { Language } from '../shared/i18n';

const en = {
  title: 'Team review pack',
  loading: 'Loading…',
  intro:
    'A "Review" sheet for a team’s weekly or monthly meeting: objectives and pace, what moved and why, open actions, experiments, context notes, and a Decisions section whose filled rows become Actions.',
  team: 'Team',
  company: 'Whole company',
  kind: 'Period',
  month: 'Month',
  week: 'Week',
  day: 'A day in the period',
  build: 'Build the Review sheet',
  replace: 'Replace the sheet',
  record: 'Record decisions as Actions',
  send: 'Email the pack to the team',
  working: 'Working…',
};

export type TextKey = keyof typeof en;

const fr: Record<TextKey, string> = {
  title: 'Dossier de revue d’équipe',
  loading: 'Chargement…',
  intro:
    'Une feuille « Revue » pour la réunion hebdomadaire ou mensuelle d’une équipe : objectifs et rythme, ce qui a bougé et pourquoi, actions ouvertes, expériences, notes de contexte, et une section Décisions dont les lignes remplies deviennent des Actions.',
  team: 'Équipe',
  company: 'Toute l’entreprise',
  kind: 'Période',
  month: 'Mois',
  week: 'Semaine',
  day: 'Un jour de la période',
  build: 'Créer la feuille de revue',
  replace: 'Remplacer la feuille',
  record: 'Enregistrer les décisions dans Actions',
  send: 'Envoyer le dossier à l’équipe',
  working: 'En cours…',
};

export const MESSAGES: Record<Language, Record<TextKey, string>> = { en, fr };
