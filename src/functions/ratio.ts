// Most =KPI_* results are a ratio (conversions over reached, matches over sources, spend over new
// customers) that is not defined when there is nothing to divide by: one helper says so, in the
// function's own words, instead of a check written again before each division.
import { fail } from './errors';

/** part / whole; fails with `undefinedWhy` when whole is 0 (the ratio is then not defined). */
export function ratio(fn: string, part: number, whole: number, undefinedWhy: string): number {
  if (whole === 0) fail(fn, undefinedWhy);
  return part / whole;
}
