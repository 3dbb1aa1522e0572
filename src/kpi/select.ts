// The median of a scratch array by selection (Hoare's quickselect), O(n) on average instead of
// the O(n log n) of a sort: KPI_ANOMALIES takes two medians of up to a million values per call.

/**
 * The median of `values`, reordering them (pass a copy you own). NaN for no values; the values
 * must not hold NaN. Degrades to a sort of the remaining slice if partitioning goes badly
 * (introselect), so no input can make it quadratic.
 */
export function medianInPlace(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return NaN;
  const k = n >> 1;
  selectInPlace(values, k);
  const upper = values[k];
  if (n % 2 === 1) return upper;
  // Everything before k is ≤ values[k]: the lower middle is the largest of them.
  let lower = -Infinity;
  for (let i = 0; i < k; i++) if (values[i] > lower) lower = values[i];
  // Halved first when the sum overflows (two middles near the largest double).
  const sum = lower + upper;
  return Number.isFinite(sum) ? sum / 2 : lower / 2 + upper / 2;
}

/** Puts the k-th smallest value at index k, smaller-or-equal values before, larger after. */
export function selectInPlace(a: Float64Array, k: number): void {
  let lo = 0;
  let hi = a.length - 1;
  let budget = 2 * Math.ceil(Math.log2(a.length + 1)) + 8;
  while (hi > lo) {
    if (budget-- === 0) {
      a.subarray(lo, hi + 1).sort(); // a view: sorts this slice of `a` in place
      return;
    }
    const pivot = medianOf3(a[lo], a[(lo + hi) >>> 1], a[hi]);
    // Hoare partition: equal keys are swapped too, which keeps runs of ties balanced.
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi], and a[j+1..i-1] all equal the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function medianOf3(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
