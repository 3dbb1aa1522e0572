// Side tables of a local workbook seen through its API: named ranges, data validation,
// conditional formats (evaluated for display), embedded charts, sparklines, error lists.
import { EmptyValue } from 'hyperformula';
import { isDate } from './is-date';
import type { GridRange } from './a1';
import { addressKey, type SparklineData } from './adapter-context';
import { storeInput } from './cell-content';
import { clone } from './clone';
import { conditionalStyleAt, type RuleContext } from './conditional-format';
import { BOOLEAN_NAMES } from './engine';
import { readScalars, type ScalarGraph } from './hf-cells';
import {
  isCellError,
  isEmptyValue,
  isRichNumber,
  sheetsErrorCode,
  sheetsErrorMessage,
} from './hf-values';
import { closeFormula } from './open-ranges';
import { isValidRangeName, readNamedExpression, setNamedExpression } from './named-ranges';
import type { SheetState } from './sheet-state';
import { dateToSerial } from './time-zone';
import type {
  CellInput,
  CellProps,
  ChartSpec,
  ConditionalRule,
  ConditionalStyle,
  NamedRangeInfo,
  SheetKey,
  ValidationRule,
} from './types';
import { checkValidation } from './validation';
import { WorkbookSheets } from './workbook-sheets';

/** The effective look of a cell: its formatting with conditional formats applied. */
export interface CellStyle {
  background?: string;
  fontColor?: string;
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontLine?: 'none' | 'underline' | 'line-through';
  fontSize?: number;
  fontFamily?: string;
  horizontalAlignment?: CellProps['horizontalAlignment'];
  verticalAlignment?: CellProps['verticalAlignment'];
  wrap?: boolean;
}

export class WorkbookTables extends WorkbookSheets {
  /** The clock used for TODAY-relative rules (the runtime sets it to its simulated clock). */
  now: () => Date = () => new Date();

  // ---- named ranges -------------------------------------------------------------------------

  setNamedRange(name: string, key: SheetKey, range: GridRange): void {
    if (!isValidRangeName(name)) {
      throw new Error(
        `Range name "${name}" is not valid: use letters, numbers and underscores, not a cell reference.`,
      );
    }
    setNamedExpression(this.hf, name, this.state(key).name, range);
    this.settle();
    this.emit({ kind: 'names' });
  }

  /** A named range (names compare case-insensitively); undefined if absent or its sheet is gone. */
  getNamedRange(name: string): NamedRangeInfo | undefined {
    const found = this.hf
      .listNamedExpressions()
      .find((n) => n.toLowerCase() === name.toLowerCase());
    if (!found) return undefined;
    const target = readNamedExpression(this.hf, found);
    const s = target && this.findState(target.sheetName);
    return s && target ? { name: found, sheetId: s.id, range: target.range } : undefined;
  }

  listNamedRanges(): NamedRangeInfo[] {
    return this.hf
      .listNamedExpressions()
      .filter((n) => !BOOLEAN_NAMES.includes(n.toUpperCase()))
      .map((n) => this.getNamedRange(n))
      .filter((n): n is NamedRangeInfo => n !== undefined);
  }

  removeNamedRange(name: string): void {
    const found = this.hf
      .listNamedExpressions()
      .find((n) => n.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`No named range "${name}".`);
    this.hf.removeNamedExpression(found);
    this.emit({ kind: 'names' });
  }

  // ---- data validation ----------------------------------------------------------------------

  /** Sets (or with null removes) the validation rule of every cell of the range. */
  setValidation(key: SheetKey, range: GridRange, rule: ValidationRule | null): void {
    const s = this.state(key);
    for (let r = range.row; r < range.row + range.numRows; r++) {
      for (let c = range.col; c < range.col + range.numCols; c++) {
        s.validations.set(r, c, rule ?? undefined);
      }
    }
    this.emit({ kind: 'rules', sheetId: s.id });
  }

  getValidation(key: SheetKey, row: number, col: number): ValidationRule | undefined {
    return this.state(key).validations.get(row, col);
  }

  /**
   * Whether typing this input would be accepted: the warning text when the cell's rule rejects
   * it (a rule with allowInvalid still shows the warning), undefined when valid.
   */
  checkInput(key: SheetKey, row: number, col: number, input: CellInput): string | undefined {
    const rule = this.getValidation(key, row, col);
    if (!rule) return undefined;
    const stored = storeInput(input, undefined, this.locale, this.timeZone);
    const value =
      typeof stored.content === 'string' && stored.content.startsWith("'")
        ? stored.content.slice(1)
        : stored.content;
    return checkValidation(rule, value, (r) =>
      this.getDisplayValues(r.sheetId, r.row, r.col, r.numRows, r.numCols),
    );
  }

  // ---- conditional formats ------------------------------------------------------------------

  getConditionalRules(key: SheetKey): ConditionalRule[] {
    return clone(this.state(key).conditionalRules);
  }

  /** Replaces the sheet's rules (order matters: the first matching rule wins). */
  setConditionalRules(key: SheetKey, rules: ConditionalRule[]): void {
    const s = this.state(key);
    s.conditionalRules = clone(rules);
    this.emit({ kind: 'rules', sheetId: s.id });
  }

  /** The format the first matching conditional rule gives the cell, if any. */
  getConditionalStyle(key: SheetKey, row: number, col: number): ConditionalStyle | undefined {
    const s = this.state(key);
    if (s.conditionalRules.length === 0) return undefined;
    return conditionalStyleAt(s.conditionalRules, row, col, this.ruleContext(s));
  }

  /** The cell's look after conditional formats (what the playground paints). */
  getCellStyle(key: SheetKey, row: number, col: number): CellStyle {
    const s = this.state(key);
    const { numberFormat: _n, note: _note, ...base } = { ...s.props.get(row, col) };
    const style: CellStyle = base;
    const cf = this.getConditionalStyle(key, row, col);
    if (cf) {
      if (cf.background) style.background = cf.background;
      if (cf.fontColor) style.fontColor = cf.fontColor;
      if (cf.bold !== undefined && cf.bold !== null) style.fontWeight = cf.bold ? 'bold' : 'normal';
      if (cf.italic !== undefined && cf.italic !== null)
        style.fontStyle = cf.italic ? 'italic' : 'normal';
      if (cf.strikethrough) style.fontLine = 'line-through';
      else if (cf.underline) style.fontLine = 'underline';
    }
    return style;
  }

  getCellStyles(key: SheetKey, range: GridRange): CellStyle[][] {
    return Array.from({ length: range.numRows }, (_, r) =>
      Array.from({ length: range.numCols }, (_, c) =>
        this.getCellStyle(key, range.row + r, range.col + c),
      ),
    );
  }

  private ruleContext(s: SheetState): RuleContext {
    return {
      value: (r, c) => {
        const v = this.internal(s, r, c);
        if (isRichNumber(v)) return v.val;
        if (isEmptyValue(v)) return '';
        return v;
      },
      evaluate: (formula) => this.calculate(s, formula),
      serialOf: (date) => this.serialOfDateCriterion(date),
    };
  }

  private serialOfDateCriterion(date: unknown): number | undefined {
    if (isDate(date)) return dateToSerial(date, this.timeZone);
    const today = Math.floor(dateToSerial(this.now(), this.timeZone));
    const offsets: Record<string, number> = {
      TODAY: 0,
      TOMORROW: 1,
      YESTERDAY: -1,
      PAST_WEEK: -7,
      PAST_MONTH: -30,
      PAST_YEAR: -365,
    };
    return typeof date === 'string' && date in offsets ? today + offsets[date] : undefined;
  }

  private plainResult(v: unknown): unknown {
    if (Array.isArray(v)) return v.map((row: unknown[]) => row.map((x) => this.plainResult(x)));
    if (v !== null && typeof v === 'object' && 'type' in v)
      return { error: (v as unknown as { value: string }).value };
    return v ?? '';
  }

  /** Evaluates a formula in the context of a sheet (the engine's exported values). */
  evaluateFormula(key: SheetKey, formula: string): unknown {
    return this.calculate(this.state(key), formula);
  }

  private calculate(s: SheetState, formula: string): unknown {
    const closed = closeFormula(formula, this.boundsFor(s));
    return this.plainResult(this.hf.calculateFormula(closed.text, this.hfSheet(s)));
  }

  // ---- charts -------------------------------------------------------------------------------

  getCharts(key: SheetKey): ChartSpec[] {
    return clone(this.state(key).charts);
  }

  insertChart(key: SheetKey, spec: Omit<ChartSpec, 'id'>): ChartSpec {
    const s = this.state(key);
    const id = 1 + Math.max(0, ...this.states.flatMap((x) => x.charts.map((c) => c.id)));
    const chart: ChartSpec = { ...clone(spec), id };
    s.charts.push(chart);
    this.emit({ kind: 'charts', sheetId: s.id });
    return clone(chart);
  }

  updateChart(key: SheetKey, spec: ChartSpec): void {
    const s = this.state(key);
    const i = s.charts.findIndex((c) => c.id === spec.id);
    if (i < 0) throw new Error(`No chart with id ${spec.id} on sheet "${s.name}".`);
    s.charts[i] = clone(spec);
    this.emit({ kind: 'charts', sheetId: s.id });
  }

  removeChart(key: SheetKey, id: number): void {
    const s = this.state(key);
    const before = s.charts.length;
    s.charts = s.charts.filter((c) => c.id !== id);
    if (s.charts.length === before) throw new Error(`No chart with id ${id} on sheet "${s.name}".`);
    this.emit({ kind: 'charts', sheetId: s.id });
  }

  // ---- sparklines and errors ----------------------------------------------------------------

  /** The evaluated data of a =SPARKLINE(…) cell, for drawing; undefined for other cells. */
  getSparkline(key: SheetKey, row: number, col: number): SparklineData | undefined {
    const s = this.state(key);
    if (!/^=\s*SPARKLINE\s*\(/i.test(this.getFormula(key, row, col))) return undefined;
    return this.ctx.sparklines.get(addressKey(this.address(s, row, col)));
  }

  /** Every cell showing an error, with its code and message (for diagnostics). */
  listErrors(key: SheetKey): Array<{ row: number; col: number; code: string; message: string }> {
    const s = this.state(key);
    const sheet = this.hfSheet(s);
    const { height, width } = this.hf.getSheetDimensions(sheet);
    const out: Array<{ row: number; col: number; code: string; message: string }> = [];
    // Every cell's value as getScalarValue gives it, the sheet looked up once (hf-cells.ts).
    const graph = this.hf.dependencyGraph as unknown as ScalarGraph;
    readScalars(graph, sheet, 0, 0, height, width, EmptyValue, (r, c, v) => {
      if (isCellError(v))
        out.push({ row: r, col: c, code: sheetsErrorCode(v), message: sheetsErrorMessage(v) });
    });
    return out;
  }
}
