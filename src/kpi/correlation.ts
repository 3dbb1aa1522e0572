// Pearson correlation of x[i] with y[i + lag]: does a leading activity (calls this week) move
// with a later result (meetings next week)?

export type CorrelationResult =
  | { readonly r: number; readonly pairs: number }
  | { readonly problem: 'too few pairs'; readonly pairs: number }
  | { readonly problem: 'constant'; readonly series: 'x' | 'y'; readonly pairs: number };

/**
 * Pairs x[i] with y[i + lag] (lag ≥ 0, whole) where both are numbers (NaN = blank, skipped).
 * Correlation does not depend on the scale of either series, so each is first brought near 1
 * (divided by a power of two of its largest magnitude, which is exact), then centred on its mean
 * and divided by its largest deviation: products of deviations then neither overflow (values of
 * 1e154 and more) nor underflow (values of 1e-170), whatever the magnitude. Two passes (means,
 * then centred sums) so that large, close values (revenue around 1e9) keep their digits. A series
 * is constant when all its paired values are equal: checked exactly, because centred sums of
 * equal decimals are rounding noise, not 0.
 */
export function correlation(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  lag: number,
): CorrelationResult {
  const [xs, ys] = pairedValues(x, y, lag);
  const pairs = xs.length;
  if (pairs < 3) return { problem: 'too few pairs', pairs };
  const dx = deviations(xs);
  if (!dx) return { problem: 'constant', series: 'x', pairs };
  const dy = deviations(ys);
  if (!dy) return { problem: 'constant', series: 'y', pairs };
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < pairs; i++) {
    sxx += dx[i] * dx[i];
    syy += dy[i] * dy[i];
    sxy += dx[i] * dy[i];
  }
  // Each sum of squares is at least 1 (the largest deviation) and at most the number of pairs:
  // one root of their product is safe, and exact for perfect relations (r = 1, not 0.99…98).
  const r = sxy / Math.sqrt(sxx * syy);
  // Rounding can push a perfect correlation a hair past ±1.
  return { r: Math.max(-1, Math.min(1, r)), pairs };
}

/** x[i] and y[i + lag] side by side, for the i where both are numbers. */
function pairedValues(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  lag: number,
): [Float64Array, Float64Array] {
  const end = Math.max(0, Math.min(x.length, y.length - lag));
  const xs = new Float64Array(end);
  const ys = new Float64Array(end);
  let pairs = 0;
  for (let i = 0; i < end; i++) {
    const a = x[i];
    const b = y[i + lag];
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    xs[pairs] = a;
    ys[pairs] = b;
    pairs++;
  }
  return [xs.subarray(0, pairs), ys.subarray(0, pairs)];
}

/**
 * A series' values scaled near 1 (by a power of two), centred on their mean (the means of
 * scaled values, each of magnitude below 1: the sum cannot overflow) and divided by the largest
 * deviation, so that they lie within [−1, 1]; undefined when all the values are equal.
 */
function deviations(values: Float64Array): Float64Array | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return undefined;
  const [s1, s2] = powerOfTwoScale(Math.max(Math.abs(min), Math.abs(max)));
  let sum = 0;
  for (const v of values) sum += v * s1 * s2;
  const mean = sum / values.length;
  const spread = Math.max(max * s1 * s2 - mean, mean - min * s1 * s2);
  return values.map((v) => (v * s1 * s2 - mean) / spread);
}

/**
 * A power of two, as two factors to multiply by in turn, that brings a magnitude into about
 * [0.5, 1]: multiplying by a power of two is exact. Two factors, because the one for the smallest
 * subnormals (2^1074) is beyond a double.
 */
function powerOfTwoScale(magnitude: number): [number, number] {
  const exponent = Math.floor(Math.log2(magnitude)) + 1;
  const half = Math.trunc(-exponent / 2);
  return [Math.pow(2, half), Math.pow(2, -exponent - half)];
}
