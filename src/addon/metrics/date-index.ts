// The rows of a table sorted by one of its date columns, so that the rows of any period are a
// contiguous slice found by binary search: computing a KPI over one month reads that month's
// rows only, and a 24-month series reads each row once. Built once per (column, scope) and kept.

export interface DateIndex {
  /** Row indexes in date order (rows whose date is blank are left out). */
  readonly rows: Int32Array;
  /** The date of each of those rows, ascending. */
  readonly days: Float64Array;
}

/** Sort keys pack (day, row) into one double: day × 2^23 + row, exact far below 2^53. */
const SHIFT = 2 ** 23;

export function indexByDate(days: Float64Array): DateIndex {
  let n = 0;
  for (let i = 0; i < days.length; i++) if (days[i] === days[i]) n++;
  const rows = new Int32Array(n);
  const sorted = new Float64Array(n);
  if (days.length < SHIFT) {
    // A typed-array sort of packed keys is several times faster than sorting with a comparator.
    const keys = new Float64Array(n);
    for (let i = 0, k = 0; i < days.length; i++) {
      const d = days[i];
      if (d === d) keys[k++] = d * SHIFT + i;
    }
    keys.sort();
    for (let k = 0; k < n; k++) {
      const day = Math.floor(keys[k] / SHIFT);
      rows[k] = keys[k] - day * SHIFT;
      sorted[k] = day;
    }
  } else {
    const order: number[] = [];
    for (let i = 0; i < days.length; i++) if (days[i] === days[i]) order.push(i);
    order.sort((a, b) => days[a] - days[b] || a - b);
    order.forEach((row, k) => {
      rows[k] = row;
      sorted[k] = days[row];
    });
  }
  return { rows, days: sorted };
}

/**
 * An index split by a code column (team, rep or segment) in one pass: entries grouped by code,
 * each group still in date order. Filtering the whole index once per scope would cost
 * scopes × rows, which grows faster than the data when teams and reps grow with it.
 */
export interface PartitionedIndex {
  /** Group c is entries offsets[c] … offsets[c + 1] − 1; codes < 0 (blank) are left out. */
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
  readonly days: Float64Array;
}

export function partitionIndex(index: DateIndex, codes: Int32Array): PartitionedIndex {
  let groups = 0;
  for (let k = 0; k < index.rows.length; k++) {
    const c = codes[index.rows[k]];
    if (c >= groups) groups = c + 1;
  }
  const offsets = new Int32Array(groups + 1);
  for (let k = 0; k < index.rows.length; k++) {
    const c = codes[index.rows[k]];
    if (c >= 0) offsets[c + 1]++;
  }
  for (let c = 0; c < groups; c++) offsets[c + 1] += offsets[c];
  const rows = new Int32Array(offsets[groups]);
  const days = new Float64Array(offsets[groups]);
  const next = offsets.slice(0, groups);
  // A stable counting sort: walking the index in date order keeps each group in date order.
  for (let k = 0; k < index.rows.length; k++) {
    const row = index.rows[k];
    const c = codes[row];
    if (c < 0) continue;
    const at = next[c]++;
    rows[at] = row;
    days[at] = index.days[k];
  }
  return { offsets, rows, days };
}

/** The index of one code's group (empty for a code the partition has no rows of). */
export function groupOf(partition: PartitionedIndex, code: number): DateIndex {
  const { offsets, rows, days } = partition;
  if (!(code >= 0 && code < offsets.length - 1))
    return { rows: rows.subarray(0, 0), days: days.subarray(0, 0) };
  return {
    rows: rows.subarray(offsets[code], offsets[code + 1]),
    days: days.subarray(offsets[code], offsets[code + 1]),
  };
}

/** The rows dated from `fromDay` (included) to `toDay` (excluded), in date order. */
export function rowsBetween(index: DateIndex, fromDay: number, toDay: number): Int32Array {
  return index.rows.subarray(lowerBound(index.days, fromDay), lowerBound(index.days, toDay));
}

/** The first position whose day is ≥ `day` (the length when none is). */
function lowerBound(days: Float64Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
