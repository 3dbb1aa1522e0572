// What the warehouse tests on the demo share: the source sheets as the add-on reads them (one
// getValues each, columns by their header), compared with what the warehouse gives for the same
// rows; and the fake BigQuery's jobs as the add-on's adapter sees them, with each real run told.
import type { Clock } from '../../../local/runtime/context';
import type { WarehouseFake } from '../../../local/harness/warehouse-fake';
import type { LocalWorkbook } from '../../../local/workbook';
import type { BigQueryJobs } from '../../../src/addon/adapters/bigquery';
import { columnsFromHeader, SOURCE_SHEETS, type WorkbookData } from '../../../src/addon/metrics';
import { SCHEMA } from '../../../src/addon/schema';

export function workbookData(workbook: LocalWorkbook): WorkbookData {
  const data: Record<string, unknown> = {};
  for (const sheet of SOURCE_SHEETS) {
    const found = workbook.findSheet(SCHEMA[sheet].en) ?? workbook.findSheet(SCHEMA[sheet].fr);
    if (!found) continue;
    const values = workbook.getValues(
      found.id,
      0,
      0,
      workbook.getLastRow(found.id),
      workbook.getLastColumn(found.id),
    );
    data[sheet] = { rows: values.slice(1), columns: columnsFromHeader(sheet, values[0]) };
  }
  return data as WorkbookData;
}

/** The fake's jobs on a clock; `onRun` hears each request that is not a dry run. */
export function fakeJobs(
  fake: WarehouseFake['fake'],
  clock: Clock,
  onRun: (request: GoogleAppsScript.BigQuery.Schema.QueryRequest) => void = () => {},
): BigQueryJobs {
  return {
    query: (request: GoogleAppsScript.BigQuery.Schema.QueryRequest, project: string) => {
      if (!request.dryRun) onRun(request);
      return fake.query(request, project, clock);
    },
    getQueryResults: (project: string, job: string, args?: object) =>
      fake.getQueryResults(project, job, args ?? {}, clock),
  } as BigQueryJobs;
}
