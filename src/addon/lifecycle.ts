// The add-on's entry points in Sheets: onInstall and onOpen build the menu. onOpen runs in every
// authorisation mode, including NONE (before the user has authorised the add-on in this
// document), where only the menu may be built; so it reads nothing but the locale, guarded.
import { ui, userLocale } from './adapters/services';
import { say, languageOfLocale } from './i18n';

/** Menu captions and the top-level functions they run (exposed by src/main.ts). */
export function menuItems(locale: string): Array<{ caption: string; functionName: string }> {
  const language = languageOfLocale(locale);
  return [
    { caption: say(language, 'menu.setup'), functionName: 'menuSetupWorkbook' },
    { caption: say(language, 'menu.setupSample'), functionName: 'menuSetupWorkbookWithSample' },
    { caption: say(language, 'menu.wizard'), functionName: 'menuShowWizard' },
    { caption: say(language, 'menu.applyAlerts'), functionName: 'menuApplyAlerts' },
    { caption: say(language, 'menu.alertSettings'), functionName: 'menuShowAlertSettings' },
    { caption: say(language, 'menu.summaries'), functionName: 'menuEmailSummaries' },
    { caption: say(language, 'menu.dashboard'), functionName: 'menuRefreshDashboard' },
    { caption: say(language, 'menu.experiments'), functionName: 'menuShowExperiments' },
    { caption: say(language, 'menu.importData'), functionName: 'menuImportData' },
    { caption: say(language, 'menu.contextNote'), functionName: 'menuAddContextNote' },
    { caption: say(language, 'menu.review'), functionName: 'menuBuildReviewPack' },
    { caption: say(language, 'menu.relevance'), functionName: 'menuReviewKpis' },
    { caption: say(language, 'menu.warehouse'), functionName: 'menuWarehouse' },
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
