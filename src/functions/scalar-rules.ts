// The rules a single-number argument of a =KPI_* function must follow (not negative, a fraction
// from 0 to 1, a whole number), each with the one sentence that says so. The functions read all
// their arguments first and check them after, so that an unreadable argument is reported before
// a readable one out of range, as before these rules were shared.
import { readScalarNumber } from './columns';
import { fail } from './errors';

/** Fails with "<name> is <value>; <what> cannot be negative" for a value below 0. */
export function checkNotNegative(fn: string, name: string, value: number, what: string): void {
  if (value < 0) fail(fn, `${name} is ${value}; ${what} cannot be negative`);
}

/**
 * Fails for a value outside [0, 1]; `instance` shows how a percentage is written as a fraction
 * ("25 % is 0.25"), since users type 25 where 0.25 is meant.
 */
export function checkFraction(fn: string, name: string, value: number, instance: string): void {
  if (value < 0 || value > 1) {
    fail(fn, `${name} is ${value}; give a fraction from 0 to 1 (${instance})`);
  }
}

/** Fails unless the value is a whole number of `unit`, 0 or more. */
export function checkWholeCount(fn: string, name: string, value: number, unit: string): void {
  if (!Number.isInteger(value) || value < 0) {
    fail(fn, `${name} is ${value}; give a whole number of ${unit}, 0 or more`);
  }
}

/** A rule a single-number argument follows, given the function's and the argument's names. */
export type ScalarRule = (fn: string, name: string, value: number) => void;

export const notNegative =
  (what: string): ScalarRule =>
  (fn, name, value) =>
    checkNotNegative(fn, name, value, what);

export const fraction =
  (instance: string): ScalarRule =>
  (fn, name, value) =>
    checkFraction(fn, name, value, instance);

/** One single-number argument: its value, the rule it follows, its value when blank (or required). */
export type ScalarSpec = readonly [arg: unknown, rule?: ScalarRule, fallback?: number];

/**
 * Reads every single-number argument of a call, then checks each against its rule, in the order
 * given: an unreadable argument is reported before a readable one out of range.
 */
export function readScalars<S extends Record<string, ScalarSpec>>(
  fn: string,
  specs: S,
): { [N in keyof S]: number } {
  const values: Record<string, number> = {};
  for (const [name, [arg, , fallback]] of Object.entries(specs))
    values[name] = readScalarNumber(fn, name, arg, fallback);
  for (const [name, [, rule]] of Object.entries(specs)) rule?.(fn, name, values[name]);
  return values as { [N in keyof S]: number };
}
