// Why: people who want to explore a KPI beyond the add-on's tiles can open its warehouse query in
// Sheets itself, as a Connected Sheets data-source sheet (pivot tables, charts, filters over the
// BigQuery result, refreshed by Sheets). The menu item asks which KPI, inserts a sheet named after
// it (never over an existing sheet) whose query is the warehouse core's GoogleSQL for that KPI
// with today's parameters written in, and says plainly what failed and what to do otherwise.
// It is offered only in warehouse mode: settings saved and the BigQuery service present (the
// warehouse manifest, which also carries the bigquery.readonly scope Connected Sheets needs).
import { bigQueryJobs } from '../adapters/bigquery';
import { insertBigQuerySheet } from '../adapters/connected-sheets';
import { activeSpreadsheet, spreadsheetTimeZone, spreadsheetToday, ui } from '../adapters/services';
import type { Sheet, Spreadsheet } from '../adapters/sheets-types';
import { currentLanguage, textsOf, type Language } from '../i18n';
import type { KpiId } from '../../warehouse/api';
import { sqlWithLiterals } from './connected-sheets-query';
import { warehouseKpiLabel } from './kpi-labels';
import { say as sayWarehouse } from './messages';
import { plannedQueries } from './queries';
import { googleSqlTables, readSettings, type WarehouseSettings } from './settings';

const TEXTS = {
  en: {
    title: 'Explore a KPI in Connected Sheets',
    ask: 'Which KPI? Type its number or its name. A new sheet will hold its BigQuery query, counted up to {asOf}.\n\n{list}',
    unknownKpi:
      '“{answer}” is not one of the listed KPIs: type a number from 1 to {count}. Nothing was inserted.',
    noKpi:
      'No KPI can be queried with the saved warehouse settings ({errors}). Map the tables on the Warehouse page, then try again.',
    sheetName: '{kpi} (BigQuery)',
    inserted:
      'Sheet “{sheet}” holds {kpi} from BigQuery (project {project}), counted up to {asOf}. Sheets is loading it now and bills the query to {project}; if the sheet shows an error, your account needs the BigQuery Job User role on the project and Data Viewer on the dataset. Refresh runs the same query again; explore it again from this menu for a later day.',
    notPermitted:
      '{kpi}: Google refused the data-source sheet: Connected Sheets is not available to your account. It needs a Google Workspace edition that includes Connected Sheets, turned on by your administrator (see the README, “Connected Sheets”). Nothing was inserted.',
    noScope:
      '{kpi}: the add-on may not run BigQuery queries for Sheets. Push the warehouse manifest (appsscript.warehouse.json, with the bigquery.readonly scope) and authorise the add-on again. Nothing was inserted. ({error})',
    failed:
      '{kpi}: Sheets refused the data-source sheet: {error}. Check the project ({project}) on the Warehouse page and your BigQuery roles (Job User on the project, Data Viewer on the dataset). Nothing was inserted.',
  },
  fr: {
    title: 'Explorer un KPI dans les feuilles connectées',
    ask: 'Quel KPI ? Tapez son numéro ou son nom. Une nouvelle feuille contiendra sa requête BigQuery, comptée jusqu’au {asOf}.\n\n{list}',
    unknownKpi:
      '« {answer} » n’est pas un des KPI listés : tapez un numéro de 1 à {count}. Rien n’a été inséré.',
    noKpi:
      'Aucun KPI ne peut être interrogé avec les réglages de l’entrepôt enregistrés ({errors}). Associez les tables sur la page Entrepôt, puis réessayez.',
    sheetName: '{kpi} (BigQuery)',
    inserted:
      'La feuille « {sheet} » contient {kpi} depuis BigQuery (projet {project}), compté jusqu’au {asOf}. Sheets la charge maintenant et facture la requête à {project} ; si la feuille affiche une erreur, votre compte a besoin du rôle BigQuery Job User sur le projet et Data Viewer sur le jeu de données. Actualiser relance la même requête ; explorez-le à nouveau depuis ce menu pour un jour plus récent.',
    notPermitted:
      '{kpi} : Google a refusé la feuille de source de données : les feuilles connectées ne sont pas disponibles pour votre compte. Il faut une édition Google Workspace qui les inclut, activées par votre administrateur (voir le README, « Connected Sheets »). Rien n’a été inséré.',
    noScope:
      '{kpi} : le module n’a pas le droit d’exécuter des requêtes BigQuery pour Sheets. Publiez le manifeste entrepôt (appsscript.warehouse.json, avec le champ d’application bigquery.readonly) puis autorisez à nouveau le module. Rien n’a été inséré. ({error})',
    failed:
      '{kpi} : Sheets a refusé la feuille de source de données : {error}. Vérifiez le projet ({project}) sur la page Entrepôt et vos rôles BigQuery (Job User sur le projet, Data Viewer sur le jeu de données). Rien n’a été inséré.',
  },
} as const;

const say = textsOf(TEXTS);

/**
 * True in warehouse mode: the BigQuery service is present and warehouse settings are saved.
 * False whenever that cannot be read (onOpen before the add-on is authorised in the document).
 */
export function connectedSheetsOffered(): boolean {
  try {
    return bigQueryJobs() !== undefined && readSettings() !== undefined;
  } catch {
    return false;
  }
}

/** A sheet name no sheet has: the wanted one, else "Name 2", "Name 3", … */
function freeName(spreadsheet: Spreadsheet, wanted: string): string {
  if (!spreadsheet.getSheetByName(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} ${n}`;
    if (!spreadsheet.getSheetByName(candidate)) return candidate;
  }
}

/** The KPI an answer names: its number in the list, its label or its id (any case). */
function chosenKpi(answer: string, kpis: readonly KpiId[], language: Language): KpiId | undefined {
  const text = answer.trim().toLowerCase();
  if (/^\d+$/.test(text)) return kpis[Number(text) - 1];
  return kpis.find((k) => k === text || warehouseKpiLabel(k, language).toLowerCase() === text);
}

/** What a refused insertion tells the user, by the error Google gives. */
function refusal(
  error: unknown,
  kpi: string,
  settings: WarehouseSettings,
  language: Language,
): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Not permitted to act on data sources/i.test(message))
    return say(language, 'notPermitted', { kpi });
  if (/permission|enableBigQuery/i.test(message))
    return say(language, 'noScope', { kpi, error: message });
  return say(language, 'failed', { kpi, error: message, project: settings.project });
}

/** The menu command: asks for a KPI and inserts its data-source sheet. */
export function runExploreInConnectedSheets(): void {
  const language = currentLanguage();
  const title = say(language, 'title');
  const tell = (text: string): void => void ui().alert(title, text, ui().ButtonSet.OK);
  const settings = readSettings();
  if (!settings) return tell(sayWarehouse(language, 'notConfigured'));
  if (!bigQueryJobs()) return tell(sayWarehouse(language, 'notEnabled'));

  const spreadsheet = activeSpreadsheet();
  const asOf = spreadsheetToday(spreadsheet);
  const options = { asOf, timeZone: spreadsheetTimeZone(spreadsheet) };
  const planned = plannedQueries(googleSqlTables(settings), options);
  const ready = planned.flatMap((p) => ('query' in p ? [p] : []));
  if (!ready.length) {
    const errors = planned.flatMap((p) => ('error' in p ? [p.error] : []));
    return tell(say(language, 'noKpi', { errors: [...new Set(errors)].join('; ') }));
  }

  const kpis = ready.map((p) => p.kpi);
  const list = kpis.map((k, i) => `${i + 1}. ${warehouseKpiLabel(k, language)}`).join('\n');
  const response = ui().prompt(
    title,
    say(language, 'ask', { asOf, list }),
    ui().ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui().Button.OK) return;
  const answer = response.getResponseText();
  const kpi = chosenKpi(answer, kpis, language);
  if (!kpi) return tell(say(language, 'unknownKpi', { answer: answer.trim(), count: kpis.length }));

  const label = warehouseKpiLabel(kpi, language);
  const query = ready.find((p) => p.kpi === kpi)!.query;
  const wanted = freeName(spreadsheet, say(language, 'sheetName', { kpi: label }));
  let sheet: Sheet;
  try {
    sheet = insertBigQuerySheet(spreadsheet, {
      projectId: settings.project,
      rawQuery: sqlWithLiterals(query),
    });
  } catch (error) {
    return tell(refusal(error, label, settings, language));
  }
  // Inserted: should the name be taken meanwhile (another editor), Sheets' own name is told.
  let sheetName = wanted;
  try {
    sheet.setName(wanted);
  } catch {
    sheetName = sheet.getName();
  }
  tell(
    say(language, 'inserted', { sheet: sheetName, kpi: label, project: settings.project, asOf }),
  );
}
