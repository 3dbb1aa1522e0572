// ConditionalFormatRuleBuilder, ConditionalFormatRule and BooleanCondition. Rules are stored
// per sheet in the workbook (which evaluates them for display: LocalWorkbook.getCellStyle).
import { clone } from '../../workbook/clone';
import type { ConditionalRule, ConditionalStyle, GridRange } from '../../workbook';
import { BooleanCriteria, EnumValue, RelativeDate, enumName } from './enums';
import { unwrap } from './guard';
import type { RangeBase } from './range-base';
import type {
  GBooleanCondition,
  GConditionalFormatRule,
  GConditionalFormatRuleBuilder,
  GRange,
  Scope,
} from './scope';

type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

/** A rule as scripts hold it: the stored rule plus the sheet its ranges belong to. */
export interface RuleState {
  sheetId: number | undefined;
  rule: ConditionalRule;
}

type BuilderPart =
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getGradientCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setRanges'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenDateAfter'
  | 'whenDateBefore'
  | 'whenDateEqualTo'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'withCriteria';

function rangesOf(scope: Scope, state: RuleState): GRange[] {
  if (state.sheetId === undefined) return [];
  return state.rule.ranges.map((g) => scope.range(state.sheetId as number, g));
}

export class ConditionalFormatRuleBuilderImpl implements Pick<
  GConditionalFormatRuleBuilder,
  BuilderPart
> {
  private _state: RuleState;

  constructor(
    private readonly _scope: Scope,
    from?: RuleState,
  ) {
    this._state = from
      ? clone(from)
      : { sheetId: undefined, rule: { ranges: [], criteria: '', values: [], style: {} } };
  }

  private _self(): GConditionalFormatRuleBuilder {
    return this._scope.expose('ConditionalFormatRuleBuilder', this);
  }
  private _when(criteria: string, values: unknown[]): GConditionalFormatRuleBuilder {
    this._state.rule.criteria = criteria;
    this._state.rule.values = values.map((v) => (v instanceof EnumValue ? v.name : v));
    return this._self();
  }
  private _style(patch: ConditionalStyle): GConditionalFormatRuleBuilder {
    Object.assign(this._state.rule.style, patch);
    return this._self();
  }
  private _date(criteria: string, date: unknown): GConditionalFormatRuleBuilder {
    return this._when(date instanceof EnumValue ? `${criteria}_RELATIVE` : criteria, [date]);
  }

  build(): GConditionalFormatRule {
    if (!this._state.rule.criteria)
      throw new Error('A conditional format rule needs a condition (call a when… method).');
    return this._scope.expose(
      'ConditionalFormatRule',
      new ConditionalFormatRuleImpl(this._scope, clone(this._state)),
    );
  }
  copy(): GConditionalFormatRuleBuilder {
    return this._scope.expose(
      'ConditionalFormatRuleBuilder',
      new ConditionalFormatRuleBuilderImpl(this._scope, this._state),
    );
  }
  getBooleanCondition(): GBooleanCondition | null {
    return this._state.rule.criteria ? booleanCondition(this._scope, this._state.rule) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GRange[] {
    return rangesOf(this._scope, this._state);
  }
  setBackground(color: string | null): GConditionalFormatRuleBuilder {
    return this._style({ background: color });
  }
  setBold(bold: boolean | null): GConditionalFormatRuleBuilder {
    return this._style({ bold });
  }
  setFontColor(color: string | null): GConditionalFormatRuleBuilder {
    return this._style({ fontColor: color });
  }
  setItalic(italic: boolean | null): GConditionalFormatRuleBuilder {
    return this._style({ italic });
  }
  setStrikethrough(strikethrough: boolean | null): GConditionalFormatRuleBuilder {
    return this._style({ strikethrough });
  }
  setUnderline(underline: boolean | null): GConditionalFormatRuleBuilder {
    return this._style({ underline });
  }
  setRanges(ranges: GRange[]): GConditionalFormatRuleBuilder {
    const impls = ranges.map((r) => unwrap<RangeBase>(r));
    const sheets = new Set(impls.map((r) => r._sheetId));
    if (sheets.size > 1)
      throw new Error('All ranges of a conditional format rule must be on the same sheet.');
    this._state.sheetId = impls[0]?._sheetId;
    this._state.rule.ranges = impls.map((r) => ({ ...r._grid }) satisfies GridRange);
    return this._self();
  }
  whenCellEmpty(): GConditionalFormatRuleBuilder {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): GConditionalFormatRuleBuilder {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenDateAfter(date: unknown): GConditionalFormatRuleBuilder {
    return this._date('DATE_AFTER', date);
  }
  whenDateBefore(date: unknown): GConditionalFormatRuleBuilder {
    return this._date('DATE_BEFORE', date);
  }
  whenDateEqualTo(date: unknown): GConditionalFormatRuleBuilder {
    return this._date('DATE_EQUAL_TO', date);
  }
  whenFormulaSatisfied(formula: string): GConditionalFormatRuleBuilder {
    const text = String(formula);
    return this._when('CUSTOM_FORMULA', [text.startsWith('=') ? text : `=${text}`]);
  }
  whenNumberBetween(start: number, end: number): GConditionalFormatRuleBuilder {
    return this._when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): GConditionalFormatRuleBuilder {
    return this._when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): GConditionalFormatRuleBuilder {
    return this._when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): GConditionalFormatRuleBuilder {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): GConditionalFormatRuleBuilder {
    return this._when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): GConditionalFormatRuleBuilder {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberNotBetween(start: number, end: number): GConditionalFormatRuleBuilder {
    return this._when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberNotEqualTo(number: number): GConditionalFormatRuleBuilder {
    return this._when('NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenTextContains(text: string): GConditionalFormatRuleBuilder {
    return this._when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): GConditionalFormatRuleBuilder {
    return this._when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextEndsWith(text: string): GConditionalFormatRuleBuilder {
    return this._when('TEXT_ENDS_WITH', [text]);
  }
  whenTextEqualTo(text: string): GConditionalFormatRuleBuilder {
    return this._when('TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): GConditionalFormatRuleBuilder {
    return this._when('TEXT_STARTS_WITH', [text]);
  }
  withCriteria(criteria: Criteria, args: unknown[]): GConditionalFormatRuleBuilder {
    return this._when(enumName(criteria), args);
  }
}

export class ConditionalFormatRuleImpl implements Pick<
  GConditionalFormatRule,
  'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'
> {
  constructor(
    private readonly _scope: Scope,
    readonly _state: RuleState,
  ) {}

  copy(): GConditionalFormatRuleBuilder {
    return this._scope.expose(
      'ConditionalFormatRuleBuilder',
      new ConditionalFormatRuleBuilderImpl(this._scope, this._state),
    );
  }
  getBooleanCondition(): GBooleanCondition {
    return booleanCondition(this._scope, this._state.rule);
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): GRange[] {
    return rangesOf(this._scope, this._state);
  }
}

function booleanCondition(scope: Scope, rule: ConditionalRule): GBooleanCondition {
  const s = rule.style;
  const criteria = rule.criteria;
  const values = rule.values.map((v) =>
    typeof v === 'string' && rule.criteria.endsWith('_RELATIVE')
      ? (RelativeDate as Record<string, EnumValue>)[v]
      : v,
  );
  const impl: Pick<
    GBooleanCondition,
    | 'getBackground'
    | 'getBold'
    | 'getCriteriaType'
    | 'getCriteriaValues'
    | 'getFontColor'
    | 'getItalic'
    | 'getStrikethrough'
    | 'getUnderline'
  > = {
    getBackground: () => s.background ?? null,
    getBold: () => s.bold ?? null,
    getCriteriaType: () =>
      (BooleanCriteria as Record<string, EnumValue>)[criteria] as unknown as Criteria,
    getCriteriaValues: () => [...values],
    getFontColor: () => s.fontColor ?? null,
    getItalic: () => s.italic ?? null,
    getStrikethrough: () => s.strikethrough ?? null,
    getUnderline: () => s.underline ?? null,
  };
  return scope.expose('BooleanCondition', impl);
}
