// The SpreadsheetApp global of the fake: the bound spreadsheet, the Ui, builders and enums.
import { ConditionalFormatRuleBuilderImpl } from './conditional-format';
import { DataValidationBuilderImpl } from './data-validation';
import * as DS from './data-sources';
import * as E from './enums';
import { unwrap } from './guard';
import type {
  GConditionalFormatRuleBuilder,
  GDataValidationBuilder,
  GRange,
  GSheet,
  GSpreadsheet,
  GSpreadsheetApp,
  GUi,
  Scope,
} from './scope';
import type { SheetImpl } from './sheet';
import { UiImpl } from './ui';

type AppPart =
  | 'BooleanCriteria'
  | 'BorderStyle'
  | 'CopyPasteType'
  | 'DataValidationCriteria'
  | 'DeveloperMetadataLocationType'
  | 'DeveloperMetadataVisibility'
  | 'Dimension'
  | 'Direction'
  | 'InterpolationType'
  | 'ProtectionType'
  | 'RelativeDate'
  | 'SheetType'
  | 'ValueType'
  | 'WrapStrategy'
  | 'DataExecutionState'
  | 'DataSourceParameterType'
  | 'DataSourceType'
  | 'enableBigQueryExecution'
  | 'newDataSourceSpec'
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'openById'
  | 'openByUrl'
  | 'setActiveSheet';

const as = <T>(v: unknown): T => v as T;

export class SpreadsheetAppImpl implements Pick<GSpreadsheetApp, AppPart> {
  readonly BooleanCriteria = as<GSpreadsheetApp['BooleanCriteria']>(E.BooleanCriteria);
  readonly BorderStyle = as<GSpreadsheetApp['BorderStyle']>(E.BorderStyle);
  readonly CopyPasteType = as<GSpreadsheetApp['CopyPasteType']>(E.CopyPasteType);
  readonly DataValidationCriteria = as<GSpreadsheetApp['DataValidationCriteria']>(
    E.DataValidationCriteria,
  );
  readonly DeveloperMetadataLocationType = as<GSpreadsheetApp['DeveloperMetadataLocationType']>(
    E.DeveloperMetadataLocationType,
  );
  readonly DeveloperMetadataVisibility = as<GSpreadsheetApp['DeveloperMetadataVisibility']>(
    E.DeveloperMetadataVisibility,
  );
  readonly Dimension = as<GSpreadsheetApp['Dimension']>(E.Dimension);
  readonly Direction = as<GSpreadsheetApp['Direction']>(E.Direction);
  readonly InterpolationType = as<GSpreadsheetApp['InterpolationType']>(E.InterpolationType);
  readonly ProtectionType = as<GSpreadsheetApp['ProtectionType']>(E.ProtectionType);
  readonly RelativeDate = as<GSpreadsheetApp['RelativeDate']>(E.RelativeDate);
  readonly SheetType = as<GSpreadsheetApp['SheetType']>(E.SheetType);
  readonly ValueType = as<GSpreadsheetApp['ValueType']>(E.ValueType);
  readonly WrapStrategy = as<GSpreadsheetApp['WrapStrategy']>(E.WrapStrategy);
  readonly DataExecutionState = as<GSpreadsheetApp['DataExecutionState']>(DS.DataExecutionState);
  readonly DataSourceParameterType = as<GSpreadsheetApp['DataSourceParameterType']>(
    DS.DataSourceParameterType,
  );
  readonly DataSourceType = as<GSpreadsheetApp['DataSourceType']>(DS.DataSourceType);

  constructor(private readonly _scope: Scope) {}

  getActiveSpreadsheet(): GSpreadsheet {
    return this._scope.spreadsheet();
  }
  getActive(): GSpreadsheet {
    return this._scope.spreadsheet();
  }
  getActiveSheet(): GSheet {
    return this._scope.sheet(this._scope.wb.activeSheetId);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this._scope.wb.activeSheetId = unwrap<SheetImpl>(sheet)._id;
    return sheet;
  }
  /** The active range: A1 of the active sheet (this runtime keeps no selection). */
  getActiveRange(): GRange {
    return this._scope.range(this._scope.wb.activeSheetId, {
      row: 0,
      col: 0,
      numRows: 1,
      numCols: 1,
    });
  }
  getUi(): GUi {
    return this._scope.expose('Ui', new UiImpl(this._scope));
  }
  newDataValidation(): GDataValidationBuilder {
    return this._scope.expose('DataValidationBuilder', new DataValidationBuilderImpl(this._scope));
  }
  newConditionalFormatRule(): GConditionalFormatRuleBuilder {
    return this._scope.expose(
      'ConditionalFormatRuleBuilder',
      new ConditionalFormatRuleBuilderImpl(this._scope),
    );
  }
  /** Connected Sheets (data-sources.ts): BigQuery data execution for this execution. */
  enableBigQueryExecution(): void {
    DS.enableBigQueryExecution(this._scope);
  }
  newDataSourceSpec(): GoogleAppsScript.Spreadsheet.DataSourceSpecBuilder {
    return DS.newDataSourceSpec(this._scope);
  }
  /** Applies the execution's pending writes, so that other executions see them. */
  flush(): void {
    this._scope.flush();
  }
  openById(id: string): GSpreadsheet {
    if (id === this._scope.wb.id) return this._scope.spreadsheet();
    throw new Error(
      `not implemented in the local runtime: SpreadsheetApp.openById for another spreadsheet (${id})`,
    );
  }
  openByUrl(url: string): GSpreadsheet {
    if (String(url).includes(`/d/${this._scope.wb.id}`)) return this._scope.spreadsheet();
    throw new Error(
      `not implemented in the local runtime: SpreadsheetApp.openByUrl for another spreadsheet (${url})`,
    );
  }
}
