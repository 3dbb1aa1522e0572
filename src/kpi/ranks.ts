// Orders the rows of a grouped table (hundreds of thousands of groups for a column of distinct
// texts) without a comparison function: Array.prototype.sort calls one about 20 times per row,
// which alone took longer than the whole table. Values become dense ranks through a typed-array
// sort, and rows are then placed by counting.

/**
 * The rank of each value among the distinct values, smallest first (0, 1, …). Values must not
 * be NaN; −0 and 0 are the same value.
 */
export function denseRanks(values: Float64Array): {
  ranks: Int32Array;
  distinct: number;
  /** The distinct values, smallest first: sorted[0 … distinct − 1]. */
  sorted: Float64Array;
} {
  const sorted = values.slice().sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[distinct - 1]) sorted[distinct++] = sorted[k];
  }
  const ranks = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
  }
  return { ranks, distinct, sorted: sorted.subarray(0, distinct) };
}

/**
 * The rows ordered by rank (smallest first), rows of equal rank in the order of `tieOrder` (a
 * permutation of the rows, such as their names' order): a stable counting sort.
 */
export function orderByRank(ranks: Int32Array, distinct: number, tieOrder: Int32Array): Int32Array {
  const starts = new Int32Array(distinct + 1);
  for (let i = 0; i < ranks.length; i++) starts[ranks[i] + 1]++;
  for (let r = 0; r < distinct; r++) starts[r + 1] += starts[r];
  const out = new Int32Array(tieOrder.length);
  for (let k = 0; k < tieOrder.length; k++) {
    const row = tieOrder[k];
    out[starts[ranks[row]]++] = row;
  }
  return out;
}
