// The SpreadsheetApp fake's Connected Sheets (local/services/spreadsheet/data-sources.ts) is as
// strict as Google's pages: no insertion without enableBigQueryExecution() in the execution, no
// enableBigQueryExecution() without the bigquery.readonly scope or outside a user's authorised
// run, no insertion in a custom function, no insertion for an account without Connected Sheets;
// a spec needs its type and a cell for each parameter; the execution never finishes offline.
import type { AuthModeName } from '../../local/runtime/context';
import {
  allowConnectedSheets,
  dataSourceSheets,
} from '../../local/services/spreadsheet/data-sources';
import { harness } from './spreadsheet-helpers';

const READONLY = 'https://www.googleapis.com/auth/bigquery.readonly';
const DEFAULT_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];
const QUERY = 'SELECT region, COUNT(*) AS n FROM `acme.crm.orders` WHERE day <= @as_of GROUP BY 1';

type WithInsert = GoogleAppsScript.Spreadsheet.Spreadsheet & {
  insertDataSourceSheet(
    spec: GoogleAppsScript.Spreadsheet.DataSourceSpec,
  ): GoogleAppsScript.Spreadsheet.DataSourceSheet;
};

function setup(o: { mode?: AuthModeName; scopes?: string[]; allowed?: boolean } = {}) {
  const h = harness({}, o.mode ?? 'FULL');
  h.ctx.grantedScopes = new Set(o.scopes ?? [...DEFAULT_SCOPES, READONLY]);
  if (o.allowed ?? true) allowConnectedSheets(h.wb);
  const spec = () =>
    h.app
      .newDataSourceSpec()
      .asBigQuery()
      .setProjectId('acme-sales')
      .setRawQuery(QUERY)
      .setParameterFromCell('as_of', 'Sheet1!A1')
      .build();
  return { ...h, ss: h.ss as WithInsert, spec };
}

test('inserting needs enableBigQueryExecution() first (Google’s message), then records the spec', () => {
  const { app, ss, wb, spec } = setup();
  expect(() => ss.insertDataSourceSheet(spec())).toThrow(
    'Use enableBigQuery() to enable data executions for BIGQUERY data sources.',
  );
  app.enableBigQueryExecution();
  const inserted = ss.insertDataSourceSheet(spec());
  const [record] = dataSourceSheets(wb);
  expect(record).toEqual({
    sheetId: wb.activeSheetId,
    type: 'BIGQUERY',
    projectId: 'acme-sales',
    rawQuery: QUERY,
    parameters: { as_of: 'Sheet1!A1' },
  });
  expect(inserted.asSheet().setName('Orders by region').getName()).toBe('Orders by region');
  const read = inserted.getDataSource().getSpec().asBigQuery();
  expect([read.getProjectId(), read.getRawQuery()]).toEqual(['acme-sales', QUERY]);
});

test('enableBigQueryExecution() needs bigquery.readonly in the manifest and a FULL run', () => {
  const noScope = setup({ scopes: DEFAULT_SCOPES });
  expect(() => noScope.app.enableBigQueryExecution()).toThrow(
    `You do not have permission to call SpreadsheetApp.enableBigQueryExecution. Required permissions: ${READONLY}`,
  );
  for (const mode of ['CUSTOM_FUNCTION', 'LIMITED'] as const)
    expect(() => setup({ mode }).app.enableBigQueryExecution()).toThrow(
      'You do not have permission to call SpreadsheetApp.enableBigQueryExecution',
    );
});

test('a custom function cannot insert one; an account without Connected Sheets is refused', () => {
  const custom = setup({ mode: 'CUSTOM_FUNCTION' });
  // Read-only there: the builder's setters and the insertion are refused alike.
  expect(() => custom.spec()).toThrow('You do not have permission to call');
  expect(() =>
    custom.ss.insertDataSourceSheet({} as GoogleAppsScript.Spreadsheet.DataSourceSpec),
  ).toThrow('You do not have permission to call Spreadsheet.insertDataSourceSheet');
  const denied = setup({ allowed: false });
  denied.app.enableBigQueryExecution();
  expect(() => denied.ss.insertDataSourceSheet(denied.spec())).toThrow(
    'Not permitted to act on data sources. Please contact your administrator to enable the feature.',
  );
  expect(dataSourceSheets(denied.wb)).toEqual([]);
});

test('a spec needs its type and a source cell for each parameter of its query', () => {
  const { app, ss } = setup();
  app.enableBigQueryExecution();
  expect(() => app.newDataSourceSpec().build()).toThrow('The data source type is not set');
  const unbound = app
    .newDataSourceSpec()
    .asBigQuery()
    .setProjectId('acme-sales')
    .setRawQuery(QUERY)
    .build();
  expect(() => ss.insertDataSourceSheet(unbound)).toThrow(
    'Query parameter @as_of has no source cell',
  );
});

test('offline the data execution never completes: waiting times out after the time given', () => {
  const { app, ss, ctx, spec } = setup();
  app.enableBigQueryExecution();
  const inserted = ss.insertDataSourceSheet(spec());
  expect(String(inserted.getStatus().getExecutionState())).toBe('RUNNING');
  const before = ctx.clock.now().getTime();
  expect(() => inserted.waitForCompletion(60)).toThrow(
    'Data execution did not complete in 60 seconds',
  );
  expect(ctx.clock.now().getTime() - before).toBe(60_000);
  expect(() => inserted.waitForCompletion(301)).toThrow('at most 300');
});
