// The rules a single-number argument of a =KPI_* function must follow (not negative, a fraction
// from 0 to 1, a whole number), each with the one sentence that says so. The functions read all
// their arguments first and check them after, so that an unreadable argument is reported before
// a readable one out of range, as before these rules were shared.
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
