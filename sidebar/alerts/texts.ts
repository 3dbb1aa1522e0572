// The alert settings page's words in English and French (same keys in both; the type makes a
// missing French text a compile error).
import type { Language } from '../shared/i18n';

const en = {
  title: 'Alert settings',
  loading: 'Loading…',
  intro:
    'Alerts compare each KPI with its rules and log new alerts in the Actions sheet with a corrective action.',
  hourly: 'Check alerts every hour',
  hourlyHint: 'One hourly trigger serves this whole document, for every editor.',
  saving: 'Saving…',
  hourlyOn: 'Alerts will be checked every hour.',
  hourlyOff: 'The hourly alert check is off.',
  trigger: 'Hourly trigger',
  noTrigger: 'None installed.',
  ownerMine: 'Runs under your account ({owner}).',
  ownerOther: 'Runs under {owner}’s account.',
  sharedNote:
    'Another editor set up this document’s trigger: you share it, so the check runs for everyone.',
  lastCheck: 'Last hourly check',
  never: 'No hourly check has run yet.',
  lastCheckAt: '{at}: {result}',
  applyNow: 'Apply alerts now',
  applying: 'Checking the alert rules…',
  applied: 'Alerts applied: {line}',
  noSheets: 'Set up the KPI workbook first (Extensions › Sales KPI › Set up KPI workbook).',
  windows: 'Conversion windows',
  windowsHint:
    'How many days a period’s leads get to convert before the period is judged. Leave empty to use the window measured from your data.',
  windowDays: '{name} (days)',
  measuredDays: 'Measured: {days} days (90 % of {sample} conversions).',
  defaultDays: 'Default: {days} days (too few conversions to measure).',
  notMeasured: 'Not measured yet: apply the alerts once.',
  saveWindows: 'Save windows',
  windowsSaved: 'Conversion windows saved: the next check uses them.',
  windowInvalid: 'Enter a whole number of days from {min} to {max}, or leave it empty.',
};

export type TextKey = keyof typeof en;

const fr: Record<TextKey, string> = {
  title: 'Paramètres des alertes',
  loading: 'Chargement…',
  intro:
    'Les alertes comparent chaque KPI à ses règles et consignent les nouvelles alertes dans la feuille Actions avec une action corrective.',
  hourly: 'Vérifier les alertes toutes les heures',
  hourlyHint: 'Un seul déclencheur horaire sert tout ce document, pour chaque éditeur.',
  saving: 'Enregistrement…',
  hourlyOn: 'Les alertes seront vérifiées toutes les heures.',
  hourlyOff: 'La vérification horaire des alertes est désactivée.',
  trigger: 'Déclencheur horaire',
  noTrigger: 'Aucun déclencheur installé.',
  ownerMine: 'S’exécute avec votre compte ({owner}).',
  ownerOther: 'S’exécute avec le compte de {owner}.',
  sharedNote:
    'Un autre éditeur a créé le déclencheur de ce document : vous le partagez, la vérification vaut pour tout le monde.',
  lastCheck: 'Dernière vérification horaire',
  never: 'Aucune vérification horaire pour l’instant.',
  lastCheckAt: '{at} : {result}',
  applyNow: 'Appliquer les alertes maintenant',
  applying: 'Vérification des règles d’alerte…',
  applied: 'Alertes appliquées : {line}',
  noSheets: 'Préparez d’abord le classeur KPI (Extensions › Sales KPI › Préparer le classeur KPI).',
  windows: 'Fenêtres de conversion',
  windowsHint:
    'Le nombre de jours laissé aux prospects d’une période pour se convertir avant que la période soit jugée. Laissez vide pour utiliser la fenêtre mesurée sur vos données.',
  windowDays: '{name} (jours)',
  measuredDays: 'Mesurée : {days} jours (90 % de {sample} conversions).',
  defaultDays: 'Par défaut : {days} jours (trop peu de conversions pour la mesurer).',
  notMeasured: 'Pas encore mesurée : appliquez une fois les alertes.',
  saveWindows: 'Enregistrer les fenêtres',
  windowsSaved: 'Fenêtres de conversion enregistrées : la prochaine vérification les utilise.',
  windowInvalid: 'Saisissez un nombre entier de jours de {min} à {max}, ou laissez vide.',
};

export const MESSAGES: Record<Language, Record<TextKey, string>> = { en, fr };
