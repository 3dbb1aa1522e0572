// The set-up page's words in English and French (same keys in both; the type makes a missing
// French text a compile error).
import type { Language } from '../shared/i18n';

const en = {
  loading: 'Setting up your KPI workbook…',
  working: 'Setting up {sheets}…',
  progress: 'Step {done} of {total}',
  retry: 'Try again',
  close: 'Close',
  failed: 'The set-up stopped: {message} Sheets already made are kept; try again to finish.',
};

const fr: Record<keyof typeof en, string> = {
  loading: 'Préparation de votre classeur KPI…',
  working: 'Préparation de {sheets}…',
  progress: 'Étape {done} sur {total}',
  retry: 'Réessayer',
  close: 'Fermer',
  failed:
    'La préparation s’est arrêtée : {message} Les feuilles déjà créées sont gardées ; réessayez pour terminer.',
};

export type TextKey = keyof typeof en;
export const MESSAGES: Record<Language, Record<TextKey, string>> = { en, fr };
