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
  const order = ascendingOrder(values);
  const ranks = new Int32Array(values.length);
  const sorted = new Float64Array(values.length);
  let distinct = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const v = values[i];
    if (distinct === 0 || v !== sorted[distinct - 1]) sorted[distinct++] = v + 0; // −0 is 0
    ranks[i] = distinct - 1;
  }
  return { ranks, distinct, sorted: sorted.subarray(0, distinct) };
}

/** Below this many values a comparison sort is quicker than four radix passes. */
const RADIX_FROM = 2048;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The indices of the values in ascending order. Large arrays are sorted by their bits (an
 * LSD radix sort, 16 bits a pass, on the doubles' bits turned so that they order as the values
 * do): sorting indices by comparing their values took most of the time of a big table.
 */
function ascendingOrder(values: Float64Array): Int32Array {
  const n = values.length;
  if (n < RADIX_FROM) {
    return Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  }
  const words = new Uint32Array(Float64Array.from(values).buffer);
  const hiAt = LITTLE_ENDIAN ? 1 : 0;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + hiAt];
    const l = words[2 * i + 1 - hiAt];
    // Negative doubles order backwards: all their bits flipped; positive ones: the sign set.
    if (h >>> 31) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  let order = Int32Array.from({ length: n }, (_, i) => i);
  let next = new Int32Array(n);
  const counts = new Int32Array(65_537);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((word[i] >>> shift) & 0xffff) + 1]++;
    if (counts[((word[0] >>> shift) & 0xffff) + 1] === n) continue; // a digit all share
    for (let d = 0; d < 65_536; d++) counts[d + 1] += counts[d];
    for (let k = 0; k < n; k++) {
      const i = order[k];
      next[counts[(word[i] >>> shift) & 0xffff]++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
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
