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
  /**
   * The values as they were compared: multiplied by these two powers of two (exact), which bring
   * the largest magnitude near 1, so that deviations neither overflow (values near 1e308 of both
   * signs) nor lose digits to the subnormal range (values near 1e-320).
   */
  readonly factors: readonly [number, number];
  /** The median and the MAD of the values multiplied by the factors. */
  readonly scaledMedian: number;
  readonly scaledMad: number;
}

/** The median and MAD of the values that are not NaN; undefined when there are none. */
export function anomalyScale(values: ArrayLike<number>): AnomalyScale | undefined {
  let n = 0;
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x)) continue;
    n++;
    if (Math.abs(x) > largest) largest = Math.abs(x);
  }
  if (n === 0) return undefined;
  const [f1, f2] = powerOfTwoScale(largest);
  const kept = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i++)
    if (!Number.isNaN(values[i])) kept[k++] = values[i] * f1 * f2;
  const mid = medianInPlace(kept);
  for (let k = 0; k < n; k++) kept[k] = Math.abs(kept[k] - mid);
  const mad = medianInPlace(kept);
  // Back to the values' own scale for display (the MAD of values near ±1e308 may be Infinity).
  const back = (v: number) => v / f1 / f2;
  return {
    median: back(mid),
    mad: back(mad),
    factors: [f1, f2],
    scaledMedian: mid,
    scaledMad: mad,
  };
}

/**
 * Two powers of two whose product brings a magnitude into about [0.5, 1] (two, because the one
 * for the smallest subnormals, 2^1074, is beyond a double). 1 for a magnitude of 0.
 */
function powerOfTwoScale(magnitude: number): [number, number] {
  if (magnitude === 0) return [1, 1];
  const exponent = Math.floor(Math.log2(magnitude)) + 1;
  const half = Math.trunc(-exponent / 2);
  return [Math.pow(2, half), Math.pow(2, -exponent - half)];
}

/**
 * Whether x is an outlier: |modified z| above the threshold. With a MAD of 0 (more than half the
 * values equal), the score is infinite for any other value, so any value off the median is one.
 */
export function isAnomaly(x: number, scale: AnomalyScale, threshold: number): boolean {
  const [f1, f2] = scale.factors;
  const deviation = x * f1 * f2 - scale.scaledMedian;
  if (scale.scaledMad === 0) return deviation !== 0;
  return Math.abs((MODIFIED_Z_FACTOR * deviation) / scale.scaledMad) > threshold;
}
