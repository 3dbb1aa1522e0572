// Evaluates conditional-format rules for display, as Sheets does: rules are tried in order and
// the first whose condition holds for the cell gives its format (later rules do not combine).
// Custom formulas are written for the top-left cell of the rule's first range and applied to
// other cells with their relative references moved.
import { isDate } from './is-date';
import type { GridRange } from './a1';
import { shiftFormula } from './formula-shift';
import type { ConditionalRule, ConditionalStyle } from './types';

export interface RuleContext {
  /** The cell's plain value: number (date serial for dates), string, boolean, '' or an error. */
  value(row: number, col: number): unknown;
  /** Evaluates a formula in the sheet (references as written, no relative shifting). */
  evaluate(formula: string): unknown;
  /** A date criterion value (Date or RelativeDate name) as a serial. */
  serialOf(date: unknown): number | undefined;
}

const contains = (r: GridRange, row: number, col: number): boolean =>
  row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;

/** The style of the first rule that matches the cell, or undefined. */
export function conditionalStyleAt(
  rules: ConditionalRule[],
  row: number,
  col: number,
  ctx: RuleContext,
): ConditionalStyle | undefined {
  for (const rule of rules) {
    if (!rule.ranges.some((r) => contains(r, row, col))) continue;
    if (ruleMatches(rule, row, col, ctx)) return rule.style;
  }
  return undefined;
}

export function ruleMatches(
  rule: ConditionalRule,
  row: number,
  col: number,
  ctx: RuleContext,
): boolean {
  const anchor = rule.ranges[0];
  const at = (formula: string): unknown =>
    ctx.evaluate(shiftFormula(formula, row - anchor.row, col - anchor.col));
  const arg = (i: number): unknown => {
    const v = rule.values[i];
    return typeof v === 'string' && v.startsWith('=') ? at(v) : v;
  };
  const value = ctx.value(row, col);
  if (isError(value) && rule.criteria !== 'CUSTOM_FORMULA') return false;
  const num = typeof value === 'number' ? value : undefined;
  const text = typeof value === 'string' ? value.toLowerCase() : String(value).toLowerCase();
  const argText = (i: number): string => String(arg(i) ?? '').toLowerCase();
  const argNum = (i: number): number => Number(arg(i));
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'NUMBER_GREATER_THAN':
      return num !== undefined && num > argNum(0);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== undefined && num >= argNum(0);
    case 'NUMBER_LESS_THAN':
      return num !== undefined && num < argNum(0);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== undefined && num <= argNum(0);
    case 'NUMBER_EQUAL_TO':
      return num !== undefined && num === argNum(0);
    case 'NUMBER_NOT_EQUAL_TO':
      return num !== undefined && num !== argNum(0);
    case 'NUMBER_BETWEEN':
      return num !== undefined && between(num, argNum(0), argNum(1));
    case 'NUMBER_NOT_BETWEEN':
      return num !== undefined && !between(num, argNum(0), argNum(1));
    case 'TEXT_CONTAINS':
      return value !== '' && text.includes(argText(0));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(argText(0));
    case 'TEXT_STARTS_WITH':
      return value !== '' && text.startsWith(argText(0));
    case 'TEXT_ENDS_WITH':
      return value !== '' && text.endsWith(argText(0));
    case 'TEXT_EQUAL_TO':
      return value !== '' && text === argText(0);
    case 'DATE_BEFORE':
    case 'DATE_BEFORE_RELATIVE':
      return compareDate(num, ctx.serialOf(rule.values[0]), (a, b) => a < b);
    case 'DATE_AFTER':
    case 'DATE_AFTER_RELATIVE':
      return compareDate(num, ctx.serialOf(rule.values[0]), (a, b) => a > b);
    case 'DATE_EQUAL_TO':
    case 'DATE_EQUAL_TO_RELATIVE':
      return compareDate(num, ctx.serialOf(rule.values[0]), (a, b) => a === b);
    case 'CUSTOM_FORMULA':
      return truthy(at(String(rule.values[0] ?? '')));
    default:
      return false;
  }
}

function between(n: number, a: number, b: number): boolean {
  return n >= Math.min(a, b) && n <= Math.max(a, b);
}

function compareDate(
  num: number | undefined,
  target: number | undefined,
  test: (a: number, b: number) => boolean,
): boolean {
  if (num === undefined || target === undefined) return false;
  return test(Math.floor(num), Math.floor(target));
}

function isError(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !isDate(v);
}

/** A custom formula holds when it evaluates to TRUE or a non-zero number. */
function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return truthy(v[0]?.[0]);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.toUpperCase() === 'TRUE';
  return false;
}
