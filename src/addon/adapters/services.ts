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
