// A/B tests: the pooled two-proportion z-test of an experiment that ran, and the sample size an
// experiment needs. Both need the normal distribution to about full double precision: p-values
// of 1e-8 are read and compared, and a sample size is a ceiling that a rounding error can move.

const SQRT_PI = Math.sqrt(Math.PI);
const SQRT_2 = Math.SQRT2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * The complementary error function, to about 1e-15 relative. Below 1, the Taylor series of erf
 * (erfc ≥ 0.157 there, so 1 − erf loses nothing); from 1 up, Laplace's continued fraction
 * erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + 3⁄2/(x + …)))), evaluated by the modified Lentz
 * method: it keeps full relative precision far into the tail (erfc(26) ≈ 5.7e-296), where
 * 1 − erf would round to 0. At most about 200 steps (at x = 1), far fewer further out.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 1) {
    // erf(x) = 2/√π · Σ (−1)ⁿ x^(2n+1) / (n! (2n+1))
    const x2 = x * x;
    let power = x; // (−1)ⁿ x^(2n+1) / n!
    let sum = x;
    for (let n = 1; n < 60; n++) {
      power *= -x2 / n;
      const term = power / (2 * n + 1);
      sum += term;
      if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - (2 / SQRT_PI) * sum;
  }
  if (x > 27) return 0; // e^(−729) underflows: erfc(27) ≈ 5e-319
  // f = x + a₁/(x + a₂/(x + …)) with aⱼ = j/2.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let j = 1; j < 1000; j++) {
    const a = j / 2;
    d = x + a * d;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (SQRT_PI * f);
}

/** Φ(x), the standard normal cumulative distribution, accurate in relative terms in both tails. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / SQRT_2);
}

// P. J. Acklam's rational approximation of the normal quantile (relative error < 1.15e-9).
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
];
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/**
 * Φ⁻¹(p) for 0 < p < 1 (NaN outside). Acklam's approximation, then one Halley step against the
 * accurate Φ above, which brings it to about full double precision. The upper half is taken by
 * symmetry from the lower, where Φ(x) − p is computed without cancellation (1 − p is exact for
 * p ≥ 0.5).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return NaN;
  if (p > 0.5) return -normalQuantile(1 - p);
  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
      (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
  // Halley's step: u = (Φ(x) − p) / φ(x).
  const u = (normalCdf(x) - p) * SQRT_2PI * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

export interface ExperimentResult {
  readonly controlRate: number;
  readonly variantRate: number;
  /** variant rate / control rate − 1; NaN when the control rate is 0. */
  readonly lift: number;
  /** Two-sided p-value of the pooled two-proportion z-test. */
  readonly pValue: number;
}

/**
 * The pooled two-proportion z-test. Counts are whole, totals > 0, successes ≤ totals (checked by
 * the caller). When every subject (or none) succeeded, the two groups cannot differ: p = 1.
 */
export function experiment(
  controlSuccesses: number,
  controlTotal: number,
  variantSuccesses: number,
  variantTotal: number,
): ExperimentResult {
  const controlRate = controlSuccesses / controlTotal;
  const variantRate = variantSuccesses / variantTotal;
  const lift = controlRate === 0 ? NaN : variantRate / controlRate - 1;
  const pooled = (controlSuccesses + variantSuccesses) / (controlTotal + variantTotal);
  let pValue = 1;
  if (pooled > 0 && pooled < 1) {
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / controlTotal + 1 / variantTotal));
    const z = (variantRate - controlRate) / se;
    pValue = Math.min(1, erfc(Math.abs(z) / SQRT_2));
  }
  return { controlRate, variantRate, lift, pValue };
}

/**
 * Subjects per group for a two-sided two-proportion z-test to detect p1 → p1 × (1 + lift):
 * n = ⌈(z(1−α/2)·√(2p̄(1−p̄)) + z(power)·√(p1(1−p1) + p2(1−p2)))² / (p2 − p1)²⌉.
 * The caller checks 0 < p1 < 1, 0 < p2 < 1, lift ≠ 0, 0 < alpha < 1, 0 < power < 1.
 */
export function sampleSize(baseline: number, lift: number, alpha: number, power: number): number {
  const p1 = baseline;
  const p2 = p1 * (1 + lift);
  const mean = (p1 + p2) / 2;
  // p1 × lift rather than p2 − p1: exact in the formula, and free of the cancellation of
  // subtracting two close rates.
  const difference = p1 * lift;
  const root =
    normalQuantile(1 - alpha / 2) * Math.sqrt(2 * mean * (1 - mean)) +
    normalQuantile(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  // Only a power below 0.5 with a large alpha makes the root ≤ 0: any size meets such a goal.
  if (root <= 0) return 1;
  const n = (root * root) / (difference * difference);
  // A result that is mathematically a whole number may come out a few ulps above it: do not let
  // rounding noise add a subject.
  return Math.max(1, Math.ceil(n * (1 - 1e-12)));
}
