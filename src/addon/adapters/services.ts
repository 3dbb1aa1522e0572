// The only place the add-on features touch Apps Script globals. Each accessor is a function, so
// nothing runs at load (every =KPI_* call loads the whole script, in any authorisation mode).

import { knowSpreadsheetZone } from '../../functions/values/spreadsheet-zone';

/**
 * Answers that cannot change during one execution, asked of Apps Script once (each call is a
 * round trip). Kept per service object: every execution gets its own globals, so nothing is
 * carried from one execution (or one user, or one spreadsheet) to the next.
 */
const asked = new WeakMap<object, Map<string, unknown>>();
function once<T>(service: object, key: string, ask: () => T): T {
  let answers = asked.get(service);
  if (!answers) asked.set(service, (answers = new Map()));
  if (!answers.has(key)) answers.set(key, ask());
  return answers.get(key) as T;
}

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return once(SpreadsheetApp, 'active', () => SpreadsheetApp.getActiveSpreadsheet());
}

export function ui(): GoogleAppsScript.Base.Ui {
  return once(SpreadsheetApp, 'ui', () => SpreadsheetApp.getUi());
}

/**
 * The spreadsheet's time zone, asked once per execution; the custom-function layer's dates are
 * told it too, so they do not ask again.
 */
export function spreadsheetTimeZone(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return once(spreadsheet, 'timeZone', () => {
    const zone = spreadsheet.getSpreadsheetTimeZone();
    knowSpreadsheetZone(zone);
    return zone;
  });
}

/** The spreadsheet's locale ("fr_FR"), asked once per execution. */
export function spreadsheetLocale(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return once(spreadsheet, 'locale', () => spreadsheet.getSpreadsheetLocale());
}

/**
 * The document lock, or null outside the context of a containing document (Google's reference
 * types it Lock|null). Take it through src/addon/workbook/lock.ts, which flushes before release.
 */
export function documentLock(): GoogleAppsScript.Lock.Lock | null {
  return (LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null) ?? null;
}

export function newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return SpreadsheetApp.newDataValidation();
}

/**
 * A dropdown of these values (shown as a list). One builder per execution and allowInvalid
 * setting: build() makes a rule of the builder's settings as they are, so the next list reuses
 * it, and a dropdown costs two calls instead of four.
 */
export function listValidation(
  values: string[],
  allowInvalid: boolean,
): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = once(SpreadsheetApp, `listValidation/${allowInvalid}`, () =>
    SpreadsheetApp.newDataValidation().setAllowInvalid(allowInvalid),
  );
  return builder.requireValueInList(values, true).build();
}

/** Developer-metadata location types, read lazily (the enum is a service global). */
export function metadataLocationType(): typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
  return SpreadsheetApp.DeveloperMetadataLocationType;
}

/**
 * The user's locale ("fr_FR", "en_US"), or '' when it cannot be read (in AuthMode.NONE, where
 * only the add-on menu may be built, the Session service is not available).
 */
export function userLocale(): string {
  try {
    return Session.getActiveUserLocale() || '';
  } catch {
    return '';
  }
}

export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return once(PropertiesService, 'document', () => PropertiesService.getDocumentProperties());
}

/**
 * The add-on's own document properties (the stored layout, the write memo), all read in one
 * getProperties the first time one is needed in an execution, and kept up to date by
 * setDocumentProperty.
 */
function documentPropertyCache(): Map<string, string> {
  const properties = documentProperties();
  return once(properties, 'all', () => new Map(Object.entries(properties.getProperties())));
}

export function documentProperty(key: string): string | null {
  return documentPropertyCache().get(key) ?? null;
}

export function setDocumentProperty(key: string, value: string): void {
  documentProperties().setProperty(key, value);
  documentPropertyCache().set(key, value);
}

export function deleteDocumentProperty(key: string): void {
  documentProperties().deleteProperty(key);
  documentPropertyCache().delete(key);
}

export function userProperties(): GoogleAppsScript.Properties.Properties {
  return once(PropertiesService, 'user', () => PropertiesService.getUserProperties());
}

/** The email of the user running the code ('' when Google does not reveal it). */
export function activeUserEmail(): string {
  return once(Session, 'activeOrEffective', () => {
    try {
      return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '';
    } catch {
      return '';
    }
  });
}

/**
 * The current user's triggers in the active spreadsheet only. An add-on is one script project for
 * all of a user's spreadsheets: ScriptApp.getProjectTriggers() would list their triggers in every
 * one of them.
 */
export function spreadsheetTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(activeSpreadsheet());
}

export function installHourlyTrigger(handler: string): GoogleAppsScript.Script.Trigger {
  return ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
}

export function deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
  ScriptApp.deleteTrigger(trigger);
}

/** True when the user must authorise the add-on again (new scopes) before it can run unattended. */
export function needsReauthorization(): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
}

/** The signed-in user's email, or '' when Google does not reveal it (consumer accounts, NONE). */
export function userEmail(): string {
  return once(Session, 'active', () => {
    try {
      return Session.getActiveUser().getEmail() || '';
    } catch {
      return '';
    }
  });
}

/** Today as an ISO day ("2026-03-31") in a time zone (the spreadsheet's). */
export function todayIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

/**
 * Today in the spreadsheet's time zone (yyyy-MM-dd), asked once per execution: the hourly run's
 * jobs share the day the KPI date cell was kept at, and the clock is read once.
 */
export function spreadsheetToday(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return once(spreadsheet, 'today', () => todayIn(spreadsheetTimeZone(spreadsheet)));
}

/** Shows a page built into the project (dist/<file>.html) in the sidebar. */
export function showSidebar(file: string, title: string): void {
  ui().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}

/**
 * Shows a page as a modal dialog; `data` reaches the page as the JSON of its `data-page` attribute
 * (the page's HTML holds `<?= data ?>` there; the template escapes it).
 */
export function showModalDialog(file: string, title: string, data: unknown): void {
  const template = HtmlService.createTemplateFromFile(file);
  template.data = JSON.stringify(data);
  ui().showModalDialog(template.evaluate().setWidth(420).setHeight(260), title);
}

/** A conditional-format rule builder (the alerts' and the dashboard's colours). */
export function newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  return SpreadsheetApp.newConditionalFormatRule();
}

/** The wall clock of a time zone as "yyyy-MM-dd-HH" (the summaries' schedule reads it). */
export function wallClockIn(date: Date, timeZone: string): string {
  return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd-HH');
}

/** Recipients the effective user may still email today (MailApp's daily quota). */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends one email with an HTML body and its plain-text alternative. */
export function sendMail(message: {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
}): void {
  MailApp.sendEmail(message);
}

/** Applies pending spreadsheet writes now (before a lock is released, so others read them). */
export function flushWrites(): void {
  SpreadsheetApp.flush();
}

/** A line in the execution's log (Apps Script's executions page), for skipped work. */
export function logWarning(text: string): void {
  console.warn(text);
}
