// Averages shared by several KPIs (AOV, cycle length, anomaly detection, trends).
import { medianInPlace } from './select';

/** The arithmetic mean; NaN for no values (callers check for "no data" first). */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  if (Number.isFinite(sum) || !allFinite(values)) return sum / n;
  // The sum went past the largest double, the mean did not: each value is divided first.
  let scaled = 0;
  for (let i = 0; i < n; i++) scaled += values[i] / n;
  return scaled;
}

function allFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

/**
 * The median of values that hold no NaN; NaN for no values. Works on a copy, so the caller's
 * array keeps its order; the selection itself is ./select's (linear time on a million values).
 */
export function median(values: Float64Array): number {
  return medianInPlace(Float64Array.from(values));
}
