// The add-on's entry points in Sheets: onInstall and onOpen build the menu. onOpen runs in every
// authorisation mode, including NONE (before the user has authorised the add-on in this
// document), where only the menu may be built; so it reads nothing but the locale and, with the
// BigQuery service present, whether warehouse settings are saved (for the warehouse-mode items),
// both guarded.
import { ui, userLocale } from './adapters/services';
import { say, languageOfLocale, type MessageKey } from './i18n';

/** When an item is offered: always, or only in warehouse mode (settings and BigQuery service). */
type Shown = 'always' | 'warehouse';

/**
 * The menu in order: each item's caption (a message key), the top-level function it runs
 * (exposed by src/main.ts), and when it is offered.
 */
const MENU: ReadonlyArray<readonly [MessageKey, string, Shown?]> = [
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
  ['menu.connectedSheets', 'menuExploreInConnectedSheets', 'warehouse'],
];

/**
 * Menu captions in the locale's language and the functions they run; the warehouse-mode items
 * only when `warehouse` is true (every item when it is not given: the bundle exposes them all).
 */
export function menuItems(
  locale: string,
  warehouse?: boolean,
): Array<{ caption: string; functionName: string }> {
  const language = languageOfLocale(locale);
  return MENU.filter(([, , shown]) => shown !== 'warehouse' || warehouse !== false).map(
    ([key, functionName]) => ({ caption: say(language, key), functionName }),
  );
}

/**
 * Whether the document is in warehouse mode, as onOpen may ask it (src/main.ts sets the
 * warehouse feature's check; none: never). It must answer false rather than throw when it
 * cannot read (AuthMode.NONE).
 */
let warehouseMode: () => boolean = () => false;

export function setWarehouseModeCheck(check: () => boolean): void {
  warehouseMode = check;
}

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = ui().createAddonMenu();
  const items = menuItems(userLocale(), warehouseMode());
  for (const item of items) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
