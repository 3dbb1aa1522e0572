// Pearson correlation of x[i] with y[i + lag]: does a leading activity (calls this week) move
// with a later result (meetings next week)?

export type CorrelationResult =
  | { readonly r: number; readonly pairs: number }
  | { readonly problem: 'too few pairs'; readonly pairs: number }
  | { readonly problem: 'constant'; readonly series: 'x' | 'y'; readonly pairs: number };

/**
 * Pairs x[i] with y[i + lag] (lag ≥ 0, whole) where both are numbers (NaN = blank, skipped).
 * Two passes (means, then centred sums) so that large, close values (revenue around 1e9) do not
 * lose their digits to cancellation. A series is constant when all its paired values are
 * equal: checked exactly, because centred sums of equal decimals are rounding noise, not 0.
 */
export function correlation(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  lag: number,
): CorrelationResult {
  const end = Math.min(x.length, y.length - lag);
  let pairs = 0;
  let sumX = 0;
  let sumY = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < end; i++) {
    const a = x[i];
    const b = y[i + lag];
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    pairs++;
    sumX += a;
    sumY += b;
    if (a < minX) minX = a;
    if (a > maxX) maxX = a;
    if (b < minY) minY = b;
    if (b > maxY) maxY = b;
  }
  if (pairs < 3) return { problem: 'too few pairs', pairs };
  if (minX === maxX) return { problem: 'constant', series: 'x', pairs };
  if (minY === maxY) return { problem: 'constant', series: 'y', pairs };
  const meanX = sumX / pairs;
  const meanY = sumY / pairs;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < end; i++) {
    const a = x[i];
    const b = y[i + lag];
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    const dx = a - meanX;
    const dy = b - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  // One root is exact for perfect relations (r = 1, not 0.9999999999999998); two roots only
  // when sxx × syy overflows.
  const product = sxx * syy;
  const r = sxy / (Number.isFinite(product) ? Math.sqrt(product) : Math.sqrt(sxx) * Math.sqrt(syy));
  // Rounding can push a perfect correlation a hair past ±1.
  return { r: Math.max(-1, Math.min(1, r)), pairs };
}
