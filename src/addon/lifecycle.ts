// The add-on's entry points in Sheets: onInstall and onOpen build the menu. onOpen runs in every
// authorisation mode, including NONE (before the user has authorised the add-on in this
// document), where only the menu may be built; so it reads nothing but the locale, guarded.
import { ui, userLocale } from './adapters/services';
import { say, languageOfLocale, type MessageKey } from './i18n';

/**
 * The menu in order: each item's caption (a message key) and the top-level function it runs
 * (exposed by src/main.ts).
 */
const MENU: ReadonlyArray<readonly [MessageKey, string]> = [
  ['menu.setup', 'menuSetupWorkbook'],
  ['menu.setupSample', 'menuSetupWorkbookWithSample'],
  ['menu.wizard', 'menuShowWizard'],
  ['menu.applyAlerts', 'menuApplyAlerts'],
  ['menu.alertSettings', 'menuShowAlertSettings'],
  ['menu.summaries', 'menuEmailSummaries'],
  ['menu.dashboard', 'menuRefreshDashboard'],
  ['menu.experiments', 'menuShowExperiments'],
  ['menu.importData', 'menuImportData'],
  ['menu.contextNote', 'menuAddContextNote'],
  ['menu.review', 'menuBuildReviewPack'],
  ['menu.relevance', 'menuReviewKpis'],
  ['menu.warehouse', 'menuWarehouse'],
];

/** Menu captions in the locale's language and the functions they run. */
export function menuItems(locale: string): Array<{ caption: string; functionName: string }> {
  const language = languageOfLocale(locale);
  return MENU.map(([key, functionName]) => ({ caption: say(language, key), functionName }));
}

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = ui().createAddonMenu();
  for (const item of menuItems(userLocale())) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
