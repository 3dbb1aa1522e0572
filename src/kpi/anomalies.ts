// Outliers by the modified z-score of Iglewicz and Hoaglin: 0.6745 × (x − median) / MAD, where
// MAD is the median absolute deviation. Median-based, so the outliers it looks for cannot hide
// themselves by inflating a mean and a standard deviation.
import { medianInPlace } from './select';

/** 0.6745 ≈ the 75th percentile of the standard normal: it makes MAD comparable to σ. */
export const MODIFIED_Z_FACTOR = 0.6745;
export const DEFAULT_ANOMALY_THRESHOLD = 3.5;

export interface AnomalyScale {
  readonly median: number;
  readonly mad: number;
}

/** The median and MAD of the values that are not NaN; undefined when there are none. */
export function anomalyScale(values: ArrayLike<number>): AnomalyScale | undefined {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  if (n === 0) return undefined;
  const kept = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i++)
    if (!Number.isNaN(values[i])) kept[k++] = values[i];
  const mid = medianInPlace(kept);
  for (let k = 0; k < n; k++) kept[k] = Math.abs(kept[k] - mid);
  return { median: mid, mad: medianInPlace(kept) };
}

/**
 * Whether x is an outlier: |modified z| above the threshold. With a MAD of 0 (more than half the
 * values equal), the score is infinite for any other value, so any value off the median is one.
 */
export function isAnomaly(x: number, scale: AnomalyScale, threshold: number): boolean {
  if (scale.mad === 0) return x !== scale.median;
  return Math.abs((MODIFIED_Z_FACTOR * (x - scale.median)) / scale.mad) > threshold;
}
