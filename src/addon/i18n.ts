// The one text mechanism of the add-on: the Language type, the current user's language, and
// `format` (the `{name}` interpolation and `{count|one|other}` plurals) that every feature's EN/FR
// table goes through, so a placeholder or plural behaves the same in every message. Each feature
// keeps its own table beside its code and gets its helper from `textsOf(TABLE)`: one shape and
// one name, `say(language, key, params?)` (`sayIn` binds it to one language). The pure half
// (Language, format, inLanguage/heads for tables of headings) is text-format.ts, which the
// sidebar bundles too. This file also holds the add-on's own words (menu, page titles, setup).
// Sheet and column names live in schema.ts; KPI names in metrics/catalogue.ts.
import { userLocale } from './adapters/services';
import { format, languageOfLocale, type Language, type TextParams } from './text-format';

export {
  format,
  heads,
  inLanguage,
  languageOfLocale,
  type Both,
  type InLanguage,
  type Language,
  type TextParams,
} from './text-format';

/** The language of the user running this execution (English when the locale cannot be read). */
export function currentLanguage(): Language {
  return languageOfLocale(userLocale());
}

/**
 * A feature's EN/FR table: `en` names the keys, `fr` must say every one of them (the type makes
 * a missing French text a compile error, so no message silently falls back to English).
 */
export interface TextTable<E extends Readonly<Record<string, string>>> {
  readonly en: E;
  readonly fr: Readonly<Record<keyof E, string>>;
}

/** The one shape of a feature's text helper: `say(language, key, params?)`. */
export type Say<K extends string> = (language: Language, key: K, params?: TextParams) => string;

/** The same helper with its language fixed, for code that writes one document in one language. */
export type SayIn<K extends string> = (key: K, params?: TextParams) => string;

/** The helper of one feature's table: the template of `key` in `language`, formatted. */
export function textsOf<E extends Readonly<Record<string, string>>>(
  table: TextTable<E>,
): Say<keyof E & string> {
  return (language, key, params = {}) => format(table[language][key], params, language);
}

/** `say` bound to one language. */
export function sayIn<K extends string>(say: Say<K>, language: Language): SayIn<K> {
  return (key, params) => say(language, key, params);
}

const MESSAGES = {
  en: {
    'menu.setup': 'Set up KPI workbook',
    'menu.setupSample': 'Set up KPI workbook with sample data',
    'menu.applyAlerts': 'Apply alerts',
    'menu.wizard': 'SMART objective wizard…',
    'menu.summaries': 'Email summaries…',
    'menu.dashboard': 'Refresh dashboard',
    'menu.experiments': 'Experiments…',
    'menu.alertSettings': 'Alert settings…',
    'menu.importData': 'Import data…',
    'menu.contextNote': 'Add a context note…',
    'menu.review': 'Build review pack…',
    'review.title': 'Team review pack',
    'context.title': 'Add a context note',
    'menu.relevance': 'Review tracked KPIs…',
    'menu.warehouse': 'Warehouse (BigQuery)…',
    'menu.connectedSheets': 'Explore a KPI in Connected Sheets…',
    'relevance.title': 'Review tracked KPIs',
    'alerts.title': 'Alert settings',
    'experiments.title': 'Experiments',
    'summaries.title': 'Email summaries',
    'wizard.title': 'SMART objectives',
    'addon.title': 'Sales KPI',
    'page.busy': 'Another save or check is running. Try again in a minute: nothing was written.',
    'setup.busy': 'Another setup or save is running in this spreadsheet. Try again in a minute.',
    'setup.progress': 'Setting up {sheet} ({index}/{total})…',
    'setup.done': 'Your KPI workbook is ready.',
    'setup.created': 'Created: {sheets}.',
    'setup.completed': 'Completed (columns added): {sheets}.',
    'setup.unchanged': 'Already set up, nothing changed.',
    'setup.renamedBeside':
      'A sheet of yours already had the name "{name}"; it was left as it is and the KPI sheet was created beside it as "{created}".',
    'setup.sample': 'Sample data written: {rows} rows.',
    'setup.sampleSkipped': 'Sample data was not written into {sheets}: they already hold data.',
  },
  fr: {
    'menu.setup': 'Préparer le classeur KPI',
    'menu.setupSample': 'Préparer le classeur KPI avec des données d’exemple',
    'menu.applyAlerts': 'Appliquer les alertes',
    'menu.wizard': 'Assistant objectif SMART…',
    'menu.summaries': 'Résumés par e-mail…',
    'menu.dashboard': 'Actualiser le tableau de bord',
    'menu.experiments': 'Expériences…',
    'menu.alertSettings': 'Paramètres des alertes…',
    'menu.importData': 'Importer des données…',
    'menu.contextNote': 'Ajouter une note de contexte…',
    'menu.review': 'Préparer le dossier de revue…',
    'review.title': 'Dossier de revue d’équipe',
    'context.title': 'Ajouter une note de contexte',
    'menu.relevance': 'Revoir les KPI suivis…',
    'menu.warehouse': 'Entrepôt (BigQuery)…',
    'menu.connectedSheets': 'Explorer un KPI dans les feuilles connectées…',
    'relevance.title': 'Revoir les KPI suivis',
    'alerts.title': 'Paramètres des alertes',
    'experiments.title': 'Expériences',
    'summaries.title': 'Résumés par e-mail',
    'wizard.title': 'Objectifs SMART',
    'addon.title': 'Sales KPI',
    'page.busy':
      'Un enregistrement ou une vérification est en cours. Réessayez dans une minute : rien n’a été écrit.',
    'setup.busy':
      'Une autre préparation ou un enregistrement est en cours dans ce classeur. Réessayez dans une minute.',
    'setup.progress': 'Préparation de {sheet} ({index}/{total})…',
    'setup.done': 'Votre classeur KPI est prêt.',
    'setup.created': 'Créées : {sheets}.',
    'setup.completed': 'Complétées (colonnes ajoutées) : {sheets}.',
    'setup.unchanged': 'Déjà prêt, rien n’a changé.',
    'setup.renamedBeside':
      'Une de vos feuilles s’appelait déjà « {name} » ; elle est restée telle quelle et la feuille KPI a été créée à côté sous le nom « {created} ».',
    'setup.sample': 'Données d’exemple écrites : {rows} lignes.',
    'setup.sampleSkipped':
      'Les données d’exemple n’ont pas été écrites dans {sheets} : ces feuilles contiennent déjà des données.',
  },
} as const;

export type MessageKey = keyof (typeof MESSAGES)['en'];

/** The add-on's own words (menu, page titles, setup). */
export const say: Say<MessageKey> = textsOf(MESSAGES);
