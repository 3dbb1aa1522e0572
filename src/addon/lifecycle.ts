// The add-on's entry points in Sheets: onInstall and onOpen build the menu. onOpen runs in every
// authorisation mode, including NONE (before the user has authorised the add-on in this
// document), where only the menu may be built; so it reads nothing but the locale, guarded.
import { ui, userLocale } from './adapters/services';
import { t, languageOfLocale } from './i18n';

/** Menu captions and the top-level functions they run (exposed by src/main.ts). */
export function menuItems(locale: string): Array<{ caption: string; functionName: string }> {
  const language = languageOfLocale(locale);
  return [
    { caption: t(language, 'menu.setup'), functionName: 'menuSetupWorkbook' },
    { caption: t(language, 'menu.setupSample'), functionName: 'menuSetupWorkbookWithSample' },
    { caption: t(language, 'menu.wizard'), functionName: 'menuShowWizard' },
    { caption: t(language, 'menu.applyAlerts'), functionName: 'menuApplyAlerts' },
    { caption: t(language, 'menu.alertSettings'), functionName: 'menuShowAlertSettings' },
    { caption: t(language, 'menu.summaries'), functionName: 'menuEmailSummaries' },
    { caption: t(language, 'menu.dashboard'), functionName: 'menuRefreshDashboard' },
    { caption: t(language, 'menu.experiments'), functionName: 'menuShowExperiments' },
    { caption: t(language, 'menu.importData'), functionName: 'menuImportData' },
    { caption: t(language, 'menu.contextNote'), functionName: 'menuAddContextNote' },
    { caption: t(language, 'menu.review'), functionName: 'menuBuildReviewPack' },
    { caption: t(language, 'menu.relevance'), functionName: 'menuReviewKpis' },
    { caption: t(language, 'menu.warehouse'), functionName: 'menuWarehouse' },
  ];
}

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = ui().createAddonMenu();
  for (const item of menuItems(userLocale())) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
