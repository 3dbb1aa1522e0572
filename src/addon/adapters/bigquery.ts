// Where the add-on reaches the BigQuery advanced service (and the sleep between polls). The
// service exists only when the manifest enables it (appsscript.warehouse.json): Apps Script then
// defines the `BigQuery` global; otherwise it is undefined and warehouse mode says how to enable it.

export type BigQueryJobs = Pick<
  GoogleAppsScript.BigQuery.Collection.JobsCollection,
  'query' | 'getQueryResults'
>;

/** The Jobs collection, or undefined when the advanced service is not enabled. */
export function bigQueryJobs(): BigQueryJobs | undefined {
  return typeof BigQuery === 'undefined' || !BigQuery ? undefined : BigQuery.Jobs;
}

export function sleep(ms: number): void {
  Utilities.sleep(ms);
}
