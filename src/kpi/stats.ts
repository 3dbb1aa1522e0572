// Averages shared by several KPIs (AOV, cycle length, anomaly detection, trends).

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
 * array keeps its order. Selection instead of a full sort: linear time on a million values.
 */
export function median(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return NaN;
  const a = Float64Array.from(values);
  const mid = n >> 1;
  const upper = select(a, mid);
  if (n % 2 === 1) return upper;
  // After the selection every value before `mid` is ≤ a[mid]: the lower middle is their maximum.
  let lower = a[0];
  for (let i = 1; i < mid; i++) if (a[i] > lower) lower = a[i];
  // Halved first when the sum overflows (two middles near the largest double).
  const sum = lower + upper;
  return Number.isFinite(sum) ? sum / 2 : lower / 2 + upper / 2;
}

/**
 * Rearranges `a` so that a[k] holds the k-th smallest value, smaller or equal values before it
 * and greater or equal after it (Hoare's selection with a median-of-three pivot). Should the
 * pivots keep being poor, the remaining slice is sorted, which bounds the work at n log n.
 */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let rounds = 2 * Math.ceil(Math.log2(a.length + 1)) + 8;
  while (lo < hi) {
    if (rounds-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return a[k];
    }
    const pivot = medianOfThree(a[lo], a[(lo + hi) >> 1], a[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi], and anything between j and i equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}
