// DataValidationBuilder and DataValidation. Rules are stored in the workbook in a JSON-safe form
// (ranges as sheet ranges); the Apps Script objects convert to and from it.
import type { SheetRange, ValidationRule } from '../../workbook';
import { DataValidationCriteria, enumName, type EnumValue } from './enums';
import { unwrap } from './guard';
import type { RangeBase } from './range-base';
import type { GDataValidation, GDataValidationBuilder, GRange, Scope } from './scope';

type BuilderPart =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateEqualTo'
  | 'requireDateNotBetween'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireNumberNotBetween'
  | 'requireNumberNotEqualTo'
  | 'requireTextContains'
  | 'requireTextDoesNotContain'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

/** Script values (Range objects) → stored values (sheet ranges). */
function storeValues(values: unknown[]): unknown[] {
  return values.map((v) => {
    const impl = unwrap<RangeBase>(v);
    if (impl && typeof impl === 'object' && '_grid' in impl) {
      return { sheetId: impl._sheetId, ...impl._grid } satisfies SheetRange;
    }
    return Array.isArray(v) ? [...v] : v;
  });
}

/** Stored values → script values. */
function scriptValues(scope: Scope, criteria: string, values: unknown[]): unknown[] {
  return values.map((v, i) => {
    if (criteria === 'VALUE_IN_RANGE' && i === 0 && v && typeof v === 'object') {
      const r = v as SheetRange;
      return scope.range(r.sheetId, {
        row: r.row,
        col: r.col,
        numRows: r.numRows,
        numCols: r.numCols,
      });
    }
    return Array.isArray(v) ? [...v] : v;
  });
}

export class DataValidationBuilderImpl implements Pick<GDataValidationBuilder, BuilderPart> {
  private _criteria: string | undefined;
  private _values: unknown[] = [];
  private _allowInvalid = true;
  private _helpText: string | null = null;

  constructor(
    private readonly _scope: Scope,
    from?: ValidationRule,
  ) {
    if (from) {
      this._criteria = from.criteria;
      this._values = [...from.values];
      this._allowInvalid = from.allowInvalid;
      this._helpText = from.helpText;
    }
  }

  private _self(): GDataValidationBuilder {
    return this._scope.expose('DataValidationBuilder', this);
  }

  private _set(criteria: string, values: unknown[]): GDataValidationBuilder {
    this._criteria = criteria;
    this._values = storeValues(values);
    return this._self();
  }

  _rule(): ValidationRule {
    if (!this._criteria)
      throw new Error('A data validation rule needs criteria (call a require… method).');
    return {
      criteria: this._criteria,
      values: this._values,
      allowInvalid: this._allowInvalid,
      helpText: this._helpText,
    };
  }

  build(): GDataValidation {
    return this._scope.expose('DataValidation', new DataValidationImpl(this._scope, this._rule()));
  }
  copy(): GDataValidationBuilder {
    return this._scope.expose(
      'DataValidationBuilder',
      new DataValidationBuilderImpl(this._scope, this._rule()),
    );
  }
  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return criteriaEnum(this._criteria ?? '');
  }
  getCriteriaValues(): unknown[] {
    return scriptValues(this._scope, this._criteria ?? '', this._values);
  }
  getHelpText(): string | null {
    return this._helpText;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GDataValidationBuilder {
    return this._set(
      'CHECKBOX',
      [checkedValue, uncheckedValue].filter((v) => v !== undefined),
    );
  }
  requireDate(): GDataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): GDataValidationBuilder {
    return this._set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): GDataValidationBuilder {
    return this._set('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): GDataValidationBuilder {
    return this._set('DATE_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: Date): GDataValidationBuilder {
    return this._set('DATE_EQUAL_TO', [date]);
  }
  requireDateNotBetween(start: Date, end: Date): GDataValidationBuilder {
    return this._set('DATE_NOT_BETWEEN', [start, end]);
  }
  requireDateOnOrAfter(date: Date): GDataValidationBuilder {
    return this._set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): GDataValidationBuilder {
    return this._set('DATE_ON_OR_BEFORE', [date]);
  }
  requireFormulaSatisfied(formula: string): GDataValidationBuilder {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): GDataValidationBuilder {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): GDataValidationBuilder {
    return this._set('NUMBER_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): GDataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): GDataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): GDataValidationBuilder {
    return this._set('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): GDataValidationBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberNotBetween(start: number, end: number): GDataValidationBuilder {
    return this._set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberNotEqualTo(number: number): GDataValidationBuilder {
    return this._set('NUMBER_NOT_EQUAL_TO', [number]);
  }
  requireTextContains(text: string): GDataValidationBuilder {
    return this._set('TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): GDataValidationBuilder {
    return this._set('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): GDataValidationBuilder {
    return this._set('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): GDataValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): GDataValidationBuilder {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: string[], showDropdown = true): GDataValidationBuilder {
    if (!Array.isArray(values)) throw new Error('requireValueInList expects an array of values.');
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: GRange, showDropdown = true): GDataValidationBuilder {
    return this._set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  setAllowInvalid(allowInvalidData: boolean): GDataValidationBuilder {
    this._allowInvalid = Boolean(allowInvalidData);
    return this._self();
  }
  setHelpText(helpText: string): GDataValidationBuilder {
    this._helpText = String(helpText);
    return this._self();
  }
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): GDataValidationBuilder {
    return this._set(enumName(criteria), args);
  }
}

function criteriaEnum(name: string): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
  return (DataValidationCriteria as Record<string, EnumValue>)[
    name
  ] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
}

export class DataValidationImpl implements Pick<
  GDataValidation,
  'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
> {
  constructor(
    private readonly _scope: Scope,
    readonly _stored: ValidationRule,
  ) {}

  copy(): GDataValidationBuilder {
    return this._scope.expose(
      'DataValidationBuilder',
      new DataValidationBuilderImpl(this._scope, this._stored),
    );
  }
  getAllowInvalid(): boolean {
    return this._stored.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return criteriaEnum(this._stored.criteria);
  }
  getCriteriaValues(): unknown[] {
    return scriptValues(this._scope, this._stored.criteria, this._stored.values);
  }
  getHelpText(): string {
    return this._stored.helpText ?? '';
  }
}
