// The only place the add-on features touch Apps Script globals. Each accessor is a function, so
// nothing runs at load (every =KPI_* call loads the whole script, in any authorisation mode).

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function ui(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

export function documentLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock();
}

export function newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return SpreadsheetApp.newDataValidation();
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
  return PropertiesService.getDocumentProperties();
}

export function userProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

/** The email of the user running the code ('' when Google does not reveal it). */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

export function projectTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers();
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
