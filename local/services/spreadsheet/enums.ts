// Apps Script enums: objects whose string form is their name (String(x) === 'CELL_EMPTY',
// x == 'CELL_EMPTY' holds, x === 'CELL_EMPTY' does not), one instance per value so that
// comparisons with SpreadsheetApp.X.Y work.

export class EnumValue {
  constructor(
    readonly enumName: string,
    readonly name: string,
    readonly ordinal: number,
  ) {}
  toString(): string {
    return this.name;
  }
  toJSON(): string {
    return this.name;
  }
}

export type EnumOf<K extends string> = Readonly<Record<K, EnumValue>>;

export function enumOf<K extends string>(enumName: string, names: readonly K[]): EnumOf<K> {
  return Object.freeze(
    Object.fromEntries(names.map((n, i) => [n, new EnumValue(enumName, n, i)])) as Record<
      K,
      EnumValue
    >,
  );
}

/** The name of an enum value given as an EnumValue or its name. */
export function enumName(value: unknown): string {
  return value instanceof EnumValue ? value.name : String(value);
}

export const BooleanCriteria = enumOf('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const);

export const DataValidationCriteria = enumOf('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const);

export const DeveloperMetadataLocationType = enumOf('DeveloperMetadataLocationType', [
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
] as const);

export const DeveloperMetadataVisibility = enumOf('DeveloperMetadataVisibility', [
  'DOCUMENT',
  'PROJECT',
] as const);

export const RelativeDate = enumOf('RelativeDate', [
  'TODAY',
  'TOMORROW',
  'YESTERDAY',
  'PAST_WEEK',
  'PAST_MONTH',
  'PAST_YEAR',
] as const);

export const Dimension = enumOf('Dimension', ['COLUMNS', 'ROWS'] as const);
export const Direction = enumOf('Direction', ['UP', 'DOWN', 'PREVIOUS', 'NEXT'] as const);
export const SheetType = enumOf('SheetType', ['GRID', 'OBJECT'] as const);
export const ProtectionType = enumOf('ProtectionType', ['RANGE', 'SHEET'] as const);
export const WrapStrategy = enumOf('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP'] as const);
export const InterpolationType = enumOf('InterpolationType', [
  'NUMBER',
  'PERCENT',
  'PERCENTILE',
  'MIN',
  'MAX',
] as const);
export const CopyPasteType = enumOf('CopyPasteType', [
  'PASTE_NORMAL',
  'PASTE_NO_BORDERS',
  'PASTE_FORMAT',
  'PASTE_FORMULA',
  'PASTE_DATA_VALIDATION',
  'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING',
  'PASTE_COLUMN_WIDTHS',
] as const);
export const BorderStyle = enumOf('BorderStyle', [
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
] as const);
export const ValueType = enumOf('ValueType', ['IMAGE'] as const);

export const Button = enumOf('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const ButtonSet = enumOf('ButtonSet', [
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
] as const);

/** The Charts service's enums (the `Charts` global of the loader, services/charts.ts). */
export const ChartsEnums = Object.freeze({
  ChartType: enumOf('ChartType', [
    'TIMELINE',
    'AREA',
    'BAR',
    'BUBBLE',
    'CANDLESTICK',
    'COLUMN',
    'COMBO',
    'GAUGE',
    'GEO',
    'HISTOGRAM',
    'RADAR',
    'LINE',
    'ORG',
    'PIE',
    'SCATTER',
    'SPARKLINE',
    'STEPPED_AREA',
    'TABLE',
    'TREEMAP',
    'WATERFALL',
  ] as const),
  ChartHiddenDimensionStrategy: enumOf('ChartHiddenDimensionStrategy', [
    'IGNORE_BOTH',
    'IGNORE_ROWS',
    'IGNORE_COLUMNS',
    'SHOW_BOTH',
  ] as const),
  ChartMergeStrategy: enumOf('ChartMergeStrategy', ['MERGE_COLUMNS', 'MERGE_ROWS'] as const),
  ColumnType: enumOf('ColumnType', ['DATE', 'NUMBER', 'STRING'] as const),
  CurveStyle: enumOf('CurveStyle', ['NORMAL', 'SMOOTH'] as const),
  Position: enumOf('Position', ['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const),
  PointStyle: enumOf('PointStyle', ['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE'] as const),
});
