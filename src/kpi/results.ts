// Results mathematics (order value, margins, acquisition cost, lifetime value, segments) on plain
// arrays where NaN marks a blank cell. Undefined ratios are NaN here; the =KPI_* layer turns them
// into errors or '' as the spec asks.

/** The values that are present (not NaN), packed into a new array. */
export function presentValues(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) out[n++] = v;
  }
  return out.subarray(0, n);
}

/** Σ revenue and Σ cost over positions with a revenue; a blank cost counts as 0. */
export function marginTotals(
  revenue: Float64Array,
  cost: Float64Array,
): { revenue: number; cost: number; rows: number } {
  let r = 0;
  let c = 0;
  let rows = 0;
  for (let i = 0; i < revenue.length; i++) {
    const v = revenue[i];
    if (v !== v) continue;
    const k = cost[i];
    r += v;
    if (k === k) c += k;
    rows++;
  }
  return { revenue: r, cost: c, rows };
}

/** (revenue − cost) / revenue; NaN when revenue is 0. */
export function marginRate(revenue: number, cost: number): number {
  return revenue === 0 ? NaN : (revenue - cost) / revenue;
}

/** Sum of the present values and how many there were. */
export function sumPresent(values: Float64Array): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      sum += v;
      count++;
    }
  }
  return { sum, count };
}

/** How many distinct non-empty identifiers a list holds. */
export function distinctCount(ids: readonly string[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) if (ids[i] !== '') seen.add(ids[i]);
  return seen.size;
}

export function cltv(
  avgOrderValue: number,
  purchaseFrequency: number,
  grossMargin: number,
  lifespan: number,
): number {
  return avgOrderValue * purchaseFrequency * grossMargin * lifespan;
}

export interface SegmentRow {
  segment: string;
  revenue: number;
  margin: number;
  /** margin / revenue; NaN when revenue is 0. */
  rate: number;
  /** margin / total margin; NaN when the total margin is not positive. */
  share: number;
}

/**
 * Groups rows by segment and sums revenue and cost (a blank revenue skips the row, a blank cost
 * is 0). Row i is in segment codes[i] (−1: none, the row is skipped); segments c with the same
 * keys[c] form one group, shown as names[c] of the first row of the group. Sorted by margin,
 * largest first, then by name A→Z.
 */
export function segmentProfitability(
  codes: Int32Array,
  keys: readonly string[],
  names: readonly string[],
  revenue: Float64Array,
  cost: Float64Array,
): SegmentRow[] {
  // The few distinct keys are numbered once; the rows then only index arrays.
  const keyIndex = new Map<string, number>();
  const groupOf = new Int32Array(keys.length);
  for (let c = 0; c < keys.length; c++) {
    let g = keyIndex.get(keys[c]);
    if (g === undefined) keyIndex.set(keys[c], (g = keyIndex.size));
    groupOf[c] = g;
  }
  const groups = keyIndex.size;
  // The code naming each group (−1: no row yet) and the groups in the order they are met, from
  // the first row with a revenue of each: found apart from the sums, as a check per row would
  // slow their loop down, and most often within the first rows.
  const namedBy = new Int32Array(groups).fill(-1);
  const order: number[] = [];
  for (let i = 0; i < codes.length && order.length < groups; i++) {
    const code = codes[i];
    if (code < 0 || revenue[i] !== revenue[i]) continue;
    const g = groupOf[code];
    if (namedBy[g] < 0) {
      namedBy[g] = code;
      order.push(g);
    }
  }
  const rev = new Float64Array(groups);
  const cst = new Float64Array(groups);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    const r = revenue[i];
    if (code < 0 || r !== r) continue;
    const g = groupOf[code];
    rev[g] += r;
    const c = cost[i];
    if (c === c) cst[g] += c;
  }
  let totalMargin = 0;
  for (const g of order) totalMargin += rev[g] - cst[g];
  const rows: SegmentRow[] = order.map((g) => {
    const margin = rev[g] - cst[g];
    return {
      segment: names[namedBy[g]],
      revenue: rev[g],
      margin,
      rate: rev[g] === 0 ? NaN : margin / rev[g],
      // A share of a zero or negative total is not meaningful.
      share: totalMargin > 0 ? margin / totalMargin : NaN,
    };
  });
  return rows.sort((a, b) => {
    if (!nearlyEqual(a.margin, b.margin)) return b.margin - a.margin;
    return compareNames(a.segment, b.segment);
  });
}

/**
 * Sums built in different orders can differ in the last bits (0.1 + 0.2 vs 0.3); such margins
 * are a tie, ordered by name, rather than an arbitrary order.
 */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

let collator: Intl.Collator | undefined;

/** A→Z as people read it: case and accents aside, "Segment 2" before "Segment 10". */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const c = collator.compare(a, b);
  if (c !== 0) return c;
  return a < b ? -1 : a > b ? 1 : 0;
}
