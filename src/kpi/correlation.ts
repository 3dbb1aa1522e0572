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
  const end = Math.min(x.length, y.length - lag);
  let pairs = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < end; i++) {
    const a = x[i];
    const b = y[i + lag];
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    pairs++;
    if (a < minX) minX = a;
    if (a > maxX) maxX = a;
    if (b < minY) minY = b;
    if (b > maxY) maxY = b;
  }
  if (pairs < 3) return { problem: 'too few pairs', pairs };
  if (minX === maxX) return { problem: 'constant', series: 'x', pairs };
  if (minY === maxY) return { problem: 'constant', series: 'y', pairs };
  const [x1, x2] = powerOfTwoScale(Math.max(Math.abs(minX), Math.abs(maxX)));
  const [y1, y2] = powerOfTwoScale(Math.max(Math.abs(minY), Math.abs(maxY)));
  // Means of the scaled values (each of magnitude below 1: the sums cannot overflow).
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < end; i++) {
    const a = x[i];
    const b = y[i + lag];
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    sumX += a * x1 * x2;
    sumY += b * y1 * y2;
  }
  const meanX = sumX / pairs;
  const meanY = sumY / pairs;
  // The largest deviations, so that centred values lie within [−1, 1].
  const spreadX = Math.max(maxX * x1 * x2 - meanX, meanX - minX * x1 * x2);
  const spreadY = Math.max(maxY * y1 * y2 - meanY, meanY - minY * y1 * y2);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < end; i++) {
    const a = x[i];
    const b = y[i + lag];
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    const dx = (a * x1 * x2 - meanX) / spreadX;
    const dy = (b * y1 * y2 - meanY) / spreadY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  // Each sum of squares is at least 1 (the largest deviation) and at most the number of pairs:
  // one root of their product is safe, and exact for perfect relations (r = 1, not 0.99…98).
  const r = sxy / Math.sqrt(sxx * syy);
  // Rounding can push a perfect correlation a hair past ±1.
  return { r: Math.max(-1, Math.min(1, r)), pairs };
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
