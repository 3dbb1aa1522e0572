// Range of the SpreadsheetApp fake: geometry (range-base.ts), values and formulas
// (range-values.ts), and here formats, fonts, backgrounds, notes, data validation and
// developer metadata. Unlisted Range methods throw "not implemented" (guard.ts).
import type { CellProps, PropsPatch } from '../../workbook';
import { DataValidationImpl } from './data-validation';
import { addMetadata, FinderImpl, metadataObjects, rangeLocation } from './developer-metadata';
import { unwrap } from './guard';
import { RangeValues } from './range-values';
import type {
  GDataValidation,
  GDeveloperMetadata,
  GDeveloperMetadataFinder,
  GRange,
} from './scope';
import type { DataValidationImpl as DV } from './data-validation';

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;
type FontLine = GoogleAppsScript.Spreadsheet.FontLine;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

type RangePart =
  | 'getA1Notation'
  | 'getRow'
  | 'getRowIndex'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getHeight'
  | 'getWidth'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getGridId'
  | 'getSheet'
  | 'getCell'
  | 'offset'
  | 'activate'
  | 'getValues'
  | 'getValue'
  | 'setValues'
  | 'setValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'setFormulas'
  | 'clearContent'
  | 'clear'
  | 'clearFormat'
  | 'isBlank'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'getFontStyle'
  | 'getFontStyles'
  | 'setFontStyle'
  | 'setFontStyles'
  | 'getFontLine'
  | 'setFontLine'
  | 'getFontColor'
  | 'setFontColor'
  | 'setFontColors'
  | 'getFontSize'
  | 'getFontSizes'
  | 'setFontSize'
  | 'setFontSizes'
  | 'getFontFamily'
  | 'setFontFamily'
  | 'getBackground'
  | 'getBackgrounds'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'getVerticalAlignment'
  | 'setVerticalAlignment'
  | 'getWrap'
  | 'getWraps'
  | 'setWrap'
  | 'setWraps'
  | 'getNote'
  | 'getNotes'
  | 'setNote'
  | 'setNotes'
  | 'clearNote'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'clearDataValidations'
  | 'getDeveloperMetadata'
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder';

export class RangeImpl extends RangeValues implements Pick<GRange, RangePart> {
  private _prop<K extends keyof CellProps, F>(key: K, fallback: F): NonNullable<CellProps[K]> | F {
    return this._wb.getProps(this._sheetId, this._grid.row, this._grid.col)[key] ?? fallback;
  }

  private _props<K extends keyof CellProps, F>(
    key: K,
    fallback: F,
  ): Array<Array<NonNullable<CellProps[K]> | F>> {
    return this._map((row, col) => this._wb.getProps(this._sheetId, row, col)[key] ?? fallback);
  }

  private _patch(patch: PropsPatch): GRange {
    this._wb.setProps(this._sheetId, this._grid, patch);
    return this._self();
  }

  private _patchGrid<K extends keyof CellProps>(
    key: K,
    values: unknown[][],
    method: string,
  ): GRange {
    this._checkGrid(values, method);
    const g = this._grid;
    this._wb.setPropsGrid(
      this._sheetId,
      g.row,
      g.col,
      values.map((row) => row.map((v) => ({ [key]: v === '' ? null : v }) as PropsPatch)),
    );
    return this._self();
  }

  getNumberFormat(): string {
    return this._wb.getNumberFormat(this._sheetId, this._grid.row, this._grid.col);
  }
  getNumberFormats(): string[][] {
    return this._map((row, col) => this._wb.getNumberFormat(this._sheetId, row, col));
  }
  setNumberFormat(numberFormat: string): GRange {
    return this._patch({ numberFormat: String(numberFormat) });
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    return this._patchGrid('numberFormat', numberFormats, 'setNumberFormats');
  }

  getFontWeight(): FontWeight {
    return this._prop('fontWeight', 'normal');
  }
  getFontWeights(): FontWeight[][] {
    return this._props('fontWeight', 'normal');
  }
  setFontWeight(fontWeight: FontWeight | null): GRange {
    return this._patch({ fontWeight });
  }
  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): GRange {
    return this._patchGrid('fontWeight', fontWeights, 'setFontWeights');
  }
  getFontStyle(): FontStyle {
    return this._prop('fontStyle', 'normal');
  }
  getFontStyles(): FontStyle[][] {
    return this._props('fontStyle', 'normal');
  }
  setFontStyle(fontStyle: FontStyle | null): GRange {
    return this._patch({ fontStyle });
  }
  setFontStyles(fontStyles: Array<Array<FontStyle | null>>): GRange {
    return this._patchGrid('fontStyle', fontStyles, 'setFontStyles');
  }
  getFontLine(): FontLine {
    return this._prop('fontLine', 'none');
  }
  setFontLine(fontLine: FontLine | null): GRange {
    return this._patch({ fontLine });
  }
  getFontColor(): string {
    return this._prop('fontColor', '#000000');
  }
  setFontColor(color: string | null): GRange {
    return this._patch({ fontColor: color });
  }
  setFontColors(colors: unknown[][]): GRange {
    return this._patchGrid('fontColor', colors, 'setFontColors');
  }
  getFontSize(): number {
    return this._prop('fontSize', 10);
  }
  getFontSizes(): number[][] {
    return this._props('fontSize', 10);
  }
  setFontSize(size: number): GRange {
    return this._patch({ fontSize: size });
  }
  setFontSizes(sizes: unknown[][]): GRange {
    return this._patchGrid('fontSize', sizes, 'setFontSizes');
  }
  getFontFamily(): string {
    return this._prop('fontFamily', 'Arial');
  }
  setFontFamily(fontFamily: string | null): GRange {
    return this._patch({ fontFamily });
  }

  getBackground(): string {
    return this._prop('background', '#ffffff');
  }
  getBackgrounds(): string[][] {
    return this._props('background', '#ffffff');
  }
  setBackground(color: string | null): GRange {
    return this._patch({ background: color });
  }
  setBackgrounds(color: Array<Array<string | null>>): GRange {
    return this._patchGrid('background', color, 'setBackgrounds');
  }

  getHorizontalAlignment(): string {
    return this._prop('horizontalAlignment', 'general');
  }
  getHorizontalAlignments(): string[][] {
    return this._props('horizontalAlignment', 'general');
  }
  setHorizontalAlignment(alignment: HAlign): GRange {
    return this._patch({ horizontalAlignment: alignment });
  }
  setHorizontalAlignments(alignments: HAlign[][]): GRange {
    return this._patchGrid('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }
  getVerticalAlignment(): string {
    return this._prop('verticalAlignment', 'bottom');
  }
  setVerticalAlignment(alignment: VAlign): GRange {
    return this._patch({ verticalAlignment: alignment });
  }
  getWrap(): boolean {
    return this._prop('wrap', false);
  }
  getWraps(): boolean[][] {
    return this._props('wrap', false);
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this._patch({ wrap: Boolean(isWrapEnabled) });
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    return this._patchGrid('wrap', isWrapEnabled, 'setWraps');
  }

  getNote(): string {
    return this._prop('note', '');
  }
  getNotes(): string[][] {
    return this._props('note', '');
  }
  setNote(note: string | null): GRange {
    return this._patch({ note: note === null || note === '' ? null : String(note) });
  }
  setNotes(notes: Array<Array<string | null>>): GRange {
    return this._patchGrid('note', notes, 'setNotes');
  }
  clearNote(): GRange {
    return this._patch({ note: null });
  }

  getDataValidation(): GDataValidation | null {
    const rule = this._wb.getValidation(this._sheetId, this._grid.row, this._grid.col);
    return rule
      ? this._scope.expose('DataValidation', new DataValidationImpl(this._scope, rule))
      : null;
  }
  getDataValidations(): Array<Array<GDataValidation | null>> {
    return this._map((row, col) => {
      const rule = this._wb.getValidation(this._sheetId, row, col);
      return rule
        ? this._scope.expose<GDataValidation>(
            'DataValidation',
            new DataValidationImpl(this._scope, rule),
          )
        : null;
    });
  }
  setDataValidation(rule: GDataValidation | null): GRange {
    this._wb.setValidation(this._sheetId, this._grid, rule ? unwrap<DV>(rule)._stored : null);
    return this._self();
  }
  setDataValidations(rules: Array<Array<GDataValidation | null>>): GRange {
    this._checkGrid(rules, 'setDataValidations');
    rules.forEach((line, r) =>
      line.forEach((rule, c) => {
        const cell = { row: this._grid.row + r, col: this._grid.col + c, numRows: 1, numCols: 1 };
        this._wb.setValidation(this._sheetId, cell, rule ? unwrap<DV>(rule)._stored : null);
      }),
    );
    return this._self();
  }
  clearDataValidations(): GRange {
    this._wb.setValidation(this._sheetId, this._grid, null);
    return this._self();
  }

  /** Metadata located exactly on these whole rows or columns. */
  getDeveloperMetadata(): GDeveloperMetadata[] {
    let loc: ReturnType<typeof rangeLocation>;
    try {
      loc = rangeLocation(this._scope, this);
    } catch {
      return [];
    }
    const found = this._wb.metadata.list().filter((r) => {
      const l = r.location;
      return (
        l.type === loc.type &&
        'sheetId' in loc &&
        l.type !== 'SPREADSHEET' &&
        l.type !== 'SHEET' &&
        l.sheetId === loc.sheetId &&
        'start' in loc &&
        l.start === loc.start &&
        l.count === loc.count
      );
    });
    return metadataObjects(this._scope, found);
  }
  addDeveloperMetadata(...args: unknown[]): GRange {
    addMetadata(this._scope, rangeLocation(this._scope, this), args);
    return this._self();
  }
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return this._scope.expose(
      'DeveloperMetadataFinder',
      new FinderImpl(this._scope, {
        kind: 'range',
        sheetId: this._sheetId,
        grid: { ...this._grid },
      }),
    );
  }
}
