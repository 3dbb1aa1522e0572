// What the scheduler tells a user when the spreadsheet's trigger cannot be made, in their
// language. Kept apart from i18n.ts: these words belong to the schedule alone.
import { textsOf, type Say } from '../i18n';

const MESSAGES = {
  en: {
    quota:
      'Your Google account already has the most triggers an add-on may hold (20, counted across all your spreadsheets). Turn off the hourly alert check or the email summaries in a spreadsheet where you no longer need them, then try again.',
    busy: 'The spreadsheet is busy; try again in a moment.',
    noEmail:
      'Google does not tell the add-on your email address, so the hourly trigger could not be recorded as yours. Ask an editor whose address is visible to turn it on.',
  },
  fr: {
    quota:
      'Votre compte Google a déjà le nombre maximal de déclencheurs qu’un module complémentaire peut avoir (20, tous vos classeurs confondus). Désactivez la vérification horaire des alertes ou les résumés par e-mail dans un classeur où vous n’en avez plus besoin, puis réessayez.',
    busy: 'Le classeur est occupé ; réessayez dans un instant.',
    noEmail:
      'Google ne communique pas votre adresse e-mail au module complémentaire : le déclencheur horaire ne peut pas être enregistré à votre nom. Demandez à un éditeur dont l’adresse est visible de l’activer.',
  },
} as const;

export const say: Say<keyof (typeof MESSAGES)['en']> = textsOf(MESSAGES);
