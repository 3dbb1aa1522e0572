// Why: Connected Sheets (BigQuery data-source sheets) in the SpreadsheetApp fake, as strict as
// Google documents it (pages cited in local/README-services.md, "Connected Sheets"):
// - SpreadsheetApp.enableBigQueryExecution() turns BigQuery data execution on for the execution
//   that calls it; it needs the bigquery.readonly scope (the only one its reference lists) and a
//   user's authorisation, so it is refused in custom functions and simple triggers.
// - Spreadsheet.insertDataSourceSheet(spec) throws "Use enableBigQuery() to enable data
//   executions for BIGQUERY data sources." when it was not called, and "Not permitted to act on
//   data sources. …" for an account without Connected Sheets: locally no account has it unless
//   the harness says so for the workbook (allowConnectedSheets). It inserts a sheet, makes it
//   active, records the spec (project, raw query, parameters) and starts the data execution.
// - The data execution never finishes offline (BigQuery is not reachable): the status stays
//   RUNNING and waitForCompletion(t) times out after t seconds (at most 300) with an exception,
//   as the reference says it does for an execution not completed in time.
import { notImplemented, permissionError, type RuntimeContext } from '../../runtime/context';
import type { LocalWorkbook } from '../../workbook';
import { checkScopes } from '../access';
import { enumOf } from './enums';
import type { GSheet, Scope } from './scope';

export const BIGQUERY_READONLY = 'https://www.googleapis.com/auth/bigquery.readonly';

type GSpec = GoogleAppsScript.Spreadsheet.DataSourceSpec;
type GSpecBuilder = GoogleAppsScript.Spreadsheet.DataSourceSpecBuilder;
type GBigQueryBuilder = GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpecBuilder;
type GBigQuerySpec = GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpec;
type GParameter = GoogleAppsScript.Spreadsheet.DataSourceParameter;
export type GDataSourceSheet = GoogleAppsScript.Spreadsheet.DataSourceSheet;
type GStatus = GoogleAppsScript.Spreadsheet.DataExecutionStatus;

export const DataSourceType = enumOf('DataSourceType', [
  'DATA_SOURCE_TYPE_UNSUPPORTED',
  'BIGQUERY',
] as const);
export const DataSourceParameterType = enumOf('DataSourceParameterType', [
  'DATA_SOURCE_PARAMETER_TYPE_UNSUPPORTED',
  'CELL',
] as const);
export const DataExecutionState = enumOf('DataExecutionState', [
  'DATA_EXECUTION_STATE_UNSUPPORTED',
  'RUNNING',
  'SUCCESS',
  'ERROR',
  'NOT_STARTED',
] as const);

/** What a data-source sheet was inserted with, as a test reads it. */
export interface RecordedDataSource {
  sheetId: number;
  type: 'BIGQUERY';
  projectId: string;
  rawQuery: string;
  /** Parameter name -> source cell (A1 notation). */
  parameters: Record<string, string>;
}

const RECORDS = Symbol('local.dataSourceSheets');
const ALLOWED = Symbol('local.connectedSheetsAllowed');
type Marked = { [RECORDS]?: RecordedDataSource[]; [ALLOWED]?: true };

/** The executions that called enableBigQueryExecution() (it lasts for one execution). */
const enabled = new WeakSet<RuntimeContext>();

/**
 * The accounts using this workbook have Connected Sheets (a Workspace edition that includes it,
 * turned on by their administrator). Without it every insertion is refused, as Google refuses it.
 */
export function allowConnectedSheets(workbook: LocalWorkbook): void {
  (workbook as unknown as Marked)[ALLOWED] = true;
}

/** The data-source sheets inserted in the workbook (and still there), in insertion order. */
export function dataSourceSheets(workbook: LocalWorkbook): RecordedDataSource[] {
  const records = (workbook as unknown as Marked)[RECORDS] ?? [];
  return records.filter((r) => workbook.findSheet(r.sheetId) !== undefined);
}

export function enableBigQueryExecution(scope: Scope): void {
  const what = 'SpreadsheetApp.enableBigQueryExecution';
  // A scope that needs the user's authorisation: custom functions and simple triggers have none.
  if (scope.ctx.authMode !== 'FULL') throw permissionError(what, [BIGQUERY_READONLY]);
  checkScopes(scope.ctx, what, [BIGQUERY_READONLY]);
  enabled.add(scope.ctx);
}

function requireEnabled(scope: Scope): void {
  if (!enabled.has(scope.ctx))
    throw new Error('Use enableBigQuery() to enable data executions for BIGQUERY data sources.');
}

interface SpecData {
  type?: 'BIGQUERY';
  projectId: string;
  rawQuery: string;
  parameters: Map<string, string>;
}

const SPECS = new WeakMap<object, SpecData>();

function parameterObjects(scope: Scope, data: SpecData): GParameter[] {
  return [...data.parameters].map(([name, cell]) =>
    scope.expose<GParameter>('DataSourceParameter', {
      getName: () => name,
      getSourceCell: () => cell,
      getType: () => DataSourceParameterType.CELL,
    }),
  );
}

type BuilderPart =
  | 'setProjectId'
  | 'getProjectId'
  | 'setRawQuery'
  | 'getRawQuery'
  | 'setParameterFromCell'
  | 'removeParameter'
  | 'removeAllParameters'
  | 'getParameters'
  | 'build';

/** SpreadsheetApp.newDataSourceSpec(): a builder; build() needs a type chosen with as...(). */
class SpecBuilderImpl
  implements Pick<GBigQueryBuilder, BuilderPart>, Pick<GSpecBuilder, 'asBigQuery'>
{
  private readonly _data: SpecData = { projectId: '', rawQuery: '', parameters: new Map() };
  private _proxy?: GBigQueryBuilder;
  constructor(private readonly _scope: Scope) {}
  private _self(): GBigQueryBuilder {
    return (this._proxy ??= this._scope.expose<GBigQueryBuilder>(
      'BigQueryDataSourceSpecBuilder',
      this,
    ));
  }
  asBigQuery(): GBigQueryBuilder {
    this._data.type = 'BIGQUERY';
    return this._self();
  }
  setProjectId(projectId: string): GBigQueryBuilder {
    this._data.projectId = String(projectId);
    return this._self();
  }
  getProjectId(): string {
    return this._data.projectId;
  }
  setRawQuery(rawQuery: string): GBigQueryBuilder {
    this._data.rawQuery = String(rawQuery);
    return this._self();
  }
  getRawQuery(): string {
    return this._data.rawQuery;
  }
  setParameterFromCell(parameterName: string, sourceCell: string): GBigQueryBuilder {
    this._data.parameters.set(String(parameterName), String(sourceCell));
    return this._self();
  }
  removeParameter(parameterName: string): GBigQueryBuilder {
    this._data.parameters.delete(String(parameterName));
    return this._self();
  }
  removeAllParameters(): GBigQueryBuilder {
    this._data.parameters.clear();
    return this._self();
  }
  getParameters(): GParameter[] {
    return parameterObjects(this._scope, this._data);
  }
  build(): GSpec {
    // "You must specify the data source type with as...() before building" (build()).
    if (!this._data.type) throw new Error('The data source type is not set: call as...() first.');
    const data = { ...this._data, parameters: new Map(this._data.parameters) };
    return specObject(this._scope, data);
  }
}

function specObject(scope: Scope, data: SpecData): GSpec {
  const bigQuery = (): GBigQuerySpec =>
    scope.expose<GBigQuerySpec>('BigQueryDataSourceSpec', {
      getProjectId: () => data.projectId,
      getRawQuery: () => data.rawQuery,
      getParameters: () => parameterObjects(scope, data),
      getType: () => DataSourceType.BIGQUERY,
    });
  const spec = scope.expose<GSpec>('DataSourceSpec', {
    asBigQuery: bigQuery,
    getParameters: () => parameterObjects(scope, data),
    getType: () => DataSourceType.BIGQUERY,
  });
  SPECS.set(spec, data);
  return spec;
}

export function newDataSourceSpec(scope: Scope): GSpecBuilder {
  return scope.expose<GSpecBuilder>('DataSourceSpecBuilder', new SpecBuilderImpl(scope));
}

/** The parameters a raw query names (@name), outside quoted strings and identifiers. */
function namedParameters(sql: string): string[] {
  const unquoted = sql.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, ' ');
  return [...new Set([...unquoted.matchAll(/@([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
}

/** Spreadsheet.insertDataSourceSheet(spec). */
export function insertDataSourceSheet(scope: Scope, spec: GSpec): GDataSourceSheet {
  requireEnabled(scope);
  checkScopes(scope.ctx, 'Spreadsheet.insertDataSourceSheet', [BIGQUERY_READONLY]);
  if (!(scope.wb as unknown as Marked)[ALLOWED])
    throw new Error(
      'Not permitted to act on data sources. Please contact your administrator to enable the feature.',
    );
  const data = SPECS.get(spec);
  if (!data) throw new Error('Invalid argument: spec (not a DataSourceSpec built by this script)');
  // Ours (Google's wording unknown): what BigQuery could not run anyway is refused at once.
  if (!data.projectId) throw new Error('The data source has no billing project ID.');
  if (!data.rawQuery.trim()) throw new Error('The data source has no query.');
  for (const name of namedParameters(data.rawQuery))
    if (!data.parameters.has(name))
      throw new Error(`Query parameter @${name} has no source cell (setParameterFromCell).`);
  const info = scope.wb.addSheet();
  scope.wb.activeSheetId = info.id;
  const record: RecordedDataSource = {
    sheetId: info.id,
    type: 'BIGQUERY',
    projectId: data.projectId,
    rawQuery: data.rawQuery,
    parameters: Object.fromEntries(data.parameters),
  };
  const marked = scope.wb as unknown as Marked;
  (marked[RECORDS] ??= []).push(record);
  return scope.expose<GDataSourceSheet>(
    'DataSourceSheet',
    new DataSourceSheetImpl(scope, data, info.id),
  );
}

type SheetPart = 'asSheet' | 'getDataSource' | 'getStatus' | 'refreshData' | 'waitForCompletion';

/** A data-source sheet whose data execution, started at insertion, never completes offline. */
class DataSourceSheetImpl implements Pick<GDataSourceSheet, SheetPart> {
  constructor(
    private readonly _scope: Scope,
    private readonly _data: SpecData,
    private readonly _sheetId: number,
  ) {}
  asSheet(): GSheet {
    return this._scope.sheet(this._sheetId);
  }
  getDataSource(): GoogleAppsScript.Spreadsheet.DataSource {
    return this._scope.expose('DataSource', { getSpec: () => specObject(this._scope, this._data) });
  }
  getStatus(): GStatus {
    const state =
      DataExecutionState.RUNNING as unknown as GoogleAppsScript.Spreadsheet.DataExecutionState;
    return this._scope.expose<GStatus>('DataExecutionStatus', {
      getExecutionState: () => state,
      getLastRefreshedTime: () => null,
      getErrorMessage: () => '',
      isTruncated: () => false,
    });
  }
  refreshData(): GDataSourceSheet {
    requireEnabled(this._scope);
    return this._scope.expose<GDataSourceSheet>('DataSourceSheet', this);
  }
  waitForCompletion(timeoutInSeconds: number): GStatus {
    requireEnabled(this._scope);
    const seconds = Number(timeoutInSeconds);
    // "The maximum is 300 seconds" (waitForCompletion); the refusal's wording is ours.
    if (!(seconds >= 0 && seconds <= 300))
      throw new Error(`Invalid argument: timeoutInSeconds (${timeoutInSeconds}; at most 300)`);
    this._scope.ctx.clock.advanceMs(seconds * 1000);
    throw new Error(
      `Data execution did not complete in ${seconds} seconds (${notImplemented('BigQuery data execution').message}).`,
    );
  }
}
