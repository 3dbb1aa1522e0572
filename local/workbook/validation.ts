// Checks a typed value against a data validation rule, as Sheets does when a user edits a
// cell (scripts' writes are not checked, as in Apps Script), and lists a list rule's choices
// (what Sheets' dropdown offers, and what its rejection names).
import type { SheetRange, ValidationRule } from './types';

type ReadDisplay = (range: SheetRange) => string[][];

/** The warning for an invalid value (the rule's help text, else Sheets' wording); undefined if valid. */
export function checkValidation(
  rule: ValidationRule,
  value: unknown,
  read: ReadDisplay,
): string | undefined {
  const ok = isValid(rule, value, read);
  if (ok) return undefined;
  return rule.helpText ?? defaultMessage(rule, read);
}

/**
 * The choices of a list-of-items or list-from-range rule, in order, blanks and repeats left
 * out (as Sheets' dropdown shows them); undefined for other criteria.
 */
export function listChoices(rule: ValidationRule, read: ReadDisplay): string[] | undefined {
  let items: string[];
  if (rule.criteria === 'VALUE_IN_LIST') items = ((rule.values[0] as unknown[]) ?? []).map(String);
  else if (rule.criteria === 'VALUE_IN_RANGE') items = read(rule.values[0] as SheetRange).flat();
  else return undefined;
  return [...new Set(items.filter((item) => item !== ''))];
}

/** Whether the cell shows a dropdown arrow: a list rule built with showDropdown (the default). */
export function showsDropdown(rule: ValidationRule): boolean {
  return (
    (rule.criteria === 'VALUE_IN_LIST' || rule.criteria === 'VALUE_IN_RANGE') &&
    rule.values[1] !== false
  );
}

function isValid(rule: ValidationRule, value: unknown, read: ReadDisplay): boolean {
  if (value === null || value === '' || value === undefined) return true;
  const v = rule.values;
  const num = typeof value === 'number' ? value : undefined;
  const text = String(value);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return ((v[0] as unknown[]) ?? []).map(String).includes(text);
    case 'VALUE_IN_RANGE':
      return read(v[0] as SheetRange)
        .flat()
        .includes(text);
    case 'CHECKBOX':
      return v.length > 0 ? v.slice(0, 2).map(String).includes(text) : typeof value === 'boolean';
    case 'NUMBER_BETWEEN':
      return num !== undefined && num >= Number(v[0]) && num <= Number(v[1]);
    case 'NUMBER_NOT_BETWEEN':
      return num !== undefined && (num < Number(v[0]) || num > Number(v[1]));
    case 'NUMBER_EQUAL_TO':
      return num === Number(v[0]);
    case 'NUMBER_NOT_EQUAL_TO':
      return num !== undefined && num !== Number(v[0]);
    case 'NUMBER_GREATER_THAN':
      return num !== undefined && num > Number(v[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== undefined && num >= Number(v[0]);
    case 'NUMBER_LESS_THAN':
      return num !== undefined && num < Number(v[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== undefined && num <= Number(v[0]);
    case 'TEXT_CONTAINS':
      return text.includes(String(v[0]));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(String(v[0]));
    case 'TEXT_EQUAL_TO':
      return text === String(v[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'TEXT_IS_VALID_URL':
      return /^https?:\/\/\S+$/.test(text);
    default:
      // Date and custom-formula criteria are stored but not checked by this runtime.
      return true;
  }
}

/** Items named in a rejection at most (Sheets' message names the list's items). */
const MAX_NAMED_CHOICES = 20;

function defaultMessage(rule: ValidationRule, read: ReadDisplay): string {
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
    case 'VALUE_IN_RANGE': {
      // The allowed values are named, so a user who typed "Lyon" sees "Team: Lyon" among them.
      const choices = listChoices(rule, read) ?? [];
      if (choices.length === 0) return 'Input must be an item on the specified list.';
      const named = choices.slice(0, MAX_NAMED_CHOICES).join(', ');
      const more = choices.length > MAX_NAMED_CHOICES ? ', …' : '';
      return `Input must be an item on the specified list: ${named}${more}.`;
    }
    case 'CHECKBOX':
      return 'Input must be a checkbox value.';
    case 'TEXT_IS_VALID_EMAIL':
      return 'Input must be a valid email address.';
    case 'TEXT_IS_VALID_URL':
      return 'Input must be a valid URL.';
    default:
      return 'Input must satisfy the validation rule of this cell.';
  }
}
