// Where the add-on reaches Connected Sheets: a BigQuery data-source sheet inserted for a query.
// SpreadsheetApp.enableBigQueryExecution() must be called in the execution that inserts it (it
// needs the bigquery.readonly scope, which only the warehouse manifest has); the insertion starts
// the data execution, which Sheets finishes on its own (https://developers.google.com/apps-script/
// guides/sheets/connected-sheets). The typings (@types/google-apps-script) lack
// Spreadsheet.insertDataSourceSheet, which the Spreadsheet reference documents: it is typed here.

type DataSourceSheet = GoogleAppsScript.Spreadsheet.DataSourceSheet;

interface WithDataSourceSheets {
  /** Inserts a new DataSourceSheet and starts data execution; the new sheet becomes active. */
  insertDataSourceSheet(spec: GoogleAppsScript.Spreadsheet.DataSourceSpec): DataSourceSheet;
}

export interface BigQuerySheetRequest {
  /** The billing project. */
  projectId: string;
  /** GoogleSQL, without parameters. */
  rawQuery: string;
}

/** Inserts the data-source sheet; returns it as a sheet (the active one now), to name it. */
export function insertBigQuerySheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  request: BigQuerySheetRequest,
): GoogleAppsScript.Spreadsheet.Sheet {
  SpreadsheetApp.enableBigQueryExecution();
  const spec = SpreadsheetApp.newDataSourceSpec()
    .asBigQuery()
    .setProjectId(request.projectId)
    .setRawQuery(request.rawQuery)
    .build();
  const inserted = (spreadsheet as unknown as WithDataSourceSheets).insertDataSourceSheet(spec);
  return inserted.asSheet();
}
