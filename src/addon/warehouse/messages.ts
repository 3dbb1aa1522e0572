// Why: what warehouse mode tells the user, in English and French, in one table. Each message
// says what failed and where (the KPI, the table, the field), filled with format().
import { textsOf, type Language } from '../i18n';

const MESSAGES = {
  en: {
    title: 'Warehouse (BigQuery)',
    saved: 'Warehouse settings saved.',
    notEnabled:
      'The BigQuery advanced service is not enabled for this add-on: push the warehouse manifest (appsscript.warehouse.json, see the README) and authorise it again.',
    notConfigured: 'Warehouse mode is not set up: enter the project, dataset and tables first.',
    project:
      'Project "{value}" is not a Google Cloud project ID (6 to 30 lowercase letters, digits or hyphens, starting with a letter).',
    dataset: 'Dataset "{value}" is not a BigQuery dataset name (letters, digits and _ only).',
    location:
      'Location "{value}" is not a BigQuery location (US, EU or a region such as europe-west1).',
    table:
      'Table "{value}" for the {sheet} sheet is not a BigQuery table name (letters, digits, _ and - only).',
    noTable: 'Give the BigQuery table of at least one sheet.',
    unknownColumn: 'The {sheet} sheet has no column "{value}" to map.',
    column: 'Column "{value}" (for {column} of the {sheet} sheet) is not a BigQuery column name.',
    tooMany:
      'KPI {kpi}: the query returned {rows} rows, more than the {limit} a KPI may bring back. Narrow its period or its tables ({tables}).',
    timeout:
      'KPI {kpi}: BigQuery did not finish the query after {seconds} s of waiting ({tables}).',
    failed: 'KPI {kpi} (reads {tables}): BigQuery refused the query: {error}',
    unreadable:
      'KPI {kpi}: BigQuery sent a value "{value}" of type {type} in column {column} that cannot be read.',
    kpiNotInWarehouse:
      '{kpi} is not available in warehouse mode: the warehouse has no definition for it. Turn warehouse mode off on the Warehouse page to read it from the sheets.',
    scopeNotInWarehouse: '{kpi} is not available for a {scope} in warehouse mode.',
    spanNotInWarehouse:
      '{kpi} in warehouse mode is computed for whole months, ISO weeks or days{single}; {from} to {to} is not one.',
    singleOnly: ' (one period at a time: its periods do not add up)',
    weekly: '{name} (by week, for the dashboard)',
    beforeWeeks:
      '{kpi} in warehouse mode is read by ISO week for the last {weeks} weeks only; {from} is earlier: ask for whole months.',
    beforeDays:
      '{kpi} in warehouse mode is read by day for the last {days} days only; {from} is earlier: ask for whole weeks or months.',
  },
  fr: {
    title: 'Entrepôt (BigQuery)',
    saved: 'Réglages de l’entrepôt enregistrés.',
    notEnabled:
      'Le service avancé BigQuery n’est pas activé pour ce module : publiez le manifeste entrepôt (appsscript.warehouse.json, voir le README) puis autorisez-le à nouveau.',
    notConfigured:
      'Le mode entrepôt n’est pas configuré : indiquez d’abord le projet, le jeu de données et les tables.',
    project:
      'Le projet « {value} » n’est pas un ID de projet Google Cloud (6 à 30 minuscules, chiffres ou tirets, commençant par une lettre).',
    dataset:
      'Le jeu de données « {value} » n’est pas un nom BigQuery valide (lettres, chiffres et _ seulement).',
    location:
      'L’emplacement « {value} » n’est pas un emplacement BigQuery (US, EU ou une région comme europe-west1).',
    table:
      'La table « {value} » de la feuille {sheet} n’est pas un nom de table BigQuery (lettres, chiffres, _ et - seulement).',
    noTable: 'Indiquez la table BigQuery d’au moins une feuille.',
    unknownColumn: 'La feuille {sheet} n’a pas de colonne « {value} » à associer.',
    column:
      'La colonne « {value} » (pour {column} de la feuille {sheet}) n’est pas un nom de colonne BigQuery.',
    tooMany:
      'KPI {kpi} : la requête a renvoyé {rows} lignes, plus que les {limit} permises par KPI. Réduisez sa période ou ses tables ({tables}).',
    timeout:
      'KPI {kpi} : BigQuery n’a pas terminé la requête après {seconds} s d’attente ({tables}).',
    failed: 'KPI {kpi} (lit {tables}) : BigQuery a refusé la requête : {error}',
    unreadable:
      'KPI {kpi} : BigQuery a envoyé une valeur « {value} » de type {type} dans la colonne {column} illisible.',
    kpiNotInWarehouse:
      '{kpi} n’est pas disponible en mode entrepôt : l’entrepôt n’en a pas de définition. Désactivez le mode entrepôt sur la page Entrepôt pour le lire dans les feuilles.',
    scopeNotInWarehouse: '{kpi} n’est pas disponible pour : {scope}, en mode entrepôt.',
    spanNotInWarehouse:
      '{kpi} en mode entrepôt se calcule par mois entiers, semaines ISO ou jours{single} ; du {from} au {to} n’en est pas.',
    singleOnly: ' (une période à la fois : ses périodes ne s’additionnent pas)',
    weekly: '{name} (par semaine, pour le tableau de bord)',
    beforeWeeks:
      '{kpi} en mode entrepôt se lit par semaine ISO sur les {weeks} dernières semaines seulement ; le {from} est antérieur : demandez des mois entiers.',
    beforeDays:
      '{kpi} en mode entrepôt se lit par jour sur les {days} derniers jours seulement ; le {from} est antérieur : demandez des semaines ou des mois entiers.',
  },
} satisfies Record<Language, Record<string, string>>;

export type WarehouseMessage = keyof (typeof MESSAGES)['en'];

export const say = textsOf(MESSAGES);
