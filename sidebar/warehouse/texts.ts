// The "Warehouse (BigQuery)" page's words in English and French (same keys in both; the type
// makes a missing French text a compile error).
import type { Language } from '../shared/i18n';

const en = {
  title: 'Warehouse (BigQuery)',
  loading: 'Loading…',
  intro:
    'Read the KPIs from BigQuery instead of the sheets: give the project, the dataset and, for each sheet, its table and the columns whose names differ.',
  project: 'Google Cloud project ID',
  dataset: 'Dataset',
  location: 'Location (US, EU or a region)',
  useForKpis:
    'Use the warehouse: alerts, summaries, the wizard’s history and the dashboard’s tiles, sparklines and charts read their KPIs from BigQuery (a KPI it has no definition for says so)',
  table: 'Table for the {sheet} sheet (empty: not in the warehouse)',
  columns: 'Column names in the {sheet} table (empty: the same name)',
  save: 'Save the settings',
  saving: 'Saving…',
  estimate: 'Estimate a refresh',
  estimating: 'Dry-running every KPI query…',
  estimated:
    'A refresh reads {bytes} and bills at least {billed}: about {cost} at {price} per TiB on demand (list price in the US multi-region; the monthly free TiB and capacity pricing are not counted). Each query may bill at most twice its estimate: {cap} in all.',
  kpi: 'KPI',
  bytes: 'Reads',
  cannot: 'cannot run: {error}',
};

export type TextKey = keyof typeof en;

const fr: Record<TextKey, string> = {
  title: 'Entrepôt (BigQuery)',
  loading: 'Chargement…',
  intro:
    'Lire les KPI dans BigQuery plutôt que dans les feuilles : indiquez le projet, le jeu de données et, pour chaque feuille, sa table et les colonnes dont le nom diffère.',
  project: 'ID du projet Google Cloud',
  dataset: 'Jeu de données',
  location: 'Emplacement (US, EU ou une région)',
  useForKpis:
    'Utiliser l’entrepôt : alertes, synthèses, historique de l’assistant et tuiles, courbes et graphiques du tableau de bord lisent leurs KPI dans BigQuery (un KPI sans définition le signale)',
  table: 'Table de la feuille {sheet} (vide : hors de l’entrepôt)',
  columns: 'Noms des colonnes dans la table {sheet} (vide : le même nom)',
  save: 'Enregistrer les réglages',
  saving: 'Enregistrement…',
  estimate: 'Estimer une actualisation',
  estimating: 'Simulation de chaque requête KPI…',
  estimated:
    'Une actualisation lit {bytes} et facture au moins {billed} : environ {cost} à {price} par Tio à la demande (prix catalogue multirégion US ; le Tio gratuit mensuel et la tarification par capacité ne sont pas comptés). Chaque requête peut facturer au plus le double de son estimation : {cap} au total.',
  kpi: 'KPI',
  bytes: 'Lu',
  cannot: 'impossible : {error}',
};

export const MESSAGES: Record<Language, Record<TextKey, string>> = { en, fr };
