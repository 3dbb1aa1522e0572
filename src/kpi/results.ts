// Results mathematics (order value, margins, acquisition cost, lifetime value, segments) on plain
// arrays where NaN marks a blank cell. Undefined ratios are NaN here; the =KPI_* layer turns them
// into errors or '' as the spec asks.
import { compareNames, nameOrder } from './names';
import { denseRanks, orderByRank } from './ranks';
import { TextCodes } from './text-codes';

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
  const groups = new TextCodes();
  const groupOf = Int32Array.from(keys, (key) => groups.codeOf(key));
  const rowGroups = codes.map((code) => (code < 0 ? -1 : groupOf[code]));
  return segmentProfitabilityOfGroups(
    rowGroups,
    groups.texts.length,
    revenue,
    cost,
    (row) => names[codes[row]],
  );
}

/**
 * segmentProfitability on rows already grouped: row i is in group groups[i] (−1: none), and a
 * group is shown as nameAt(i) for its first row i with a revenue.
 */
export function segmentProfitabilityOfGroups(
  groups: Int32Array,
  count: number,
  revenue: Float64Array,
  cost: Float64Array,
  nameAt: (row: number) => string,
): SegmentRow[] {
  // The row naming each group (−1: no row yet) and the groups in the order they are met, from
  // the first row with a revenue of each: found apart from the sums, as a check per row would
  // slow their loop down, and most often within the first rows.
  const namedBy = new Int32Array(count).fill(-1);
  const order: number[] = [];
  for (let i = 0; i < groups.length && order.length < count; i++) {
    const g = groups[i];
    if (g < 0 || revenue[i] !== revenue[i]) continue;
    if (namedBy[g] < 0) {
      namedBy[g] = i;
      order.push(g);
    }
  }
  const rev = new Float64Array(count);
  const cst = new Float64Array(count);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const r = revenue[i];
    if (g < 0 || r !== r) continue;
    rev[g] += r;
    const c = cost[i];
    if (c === c) cst[g] += c;
  }
  let totalMargin = 0;
  for (const g of order) totalMargin += rev[g] - cst[g];
  const rows: SegmentRow[] = order.map((g) => {
    const margin = rev[g] - cst[g];
    return {
      segment: nameAt(namedBy[g]),
      revenue: rev[g],
      margin,
      rate: rev[g] === 0 ? NaN : margin / rev[g],
      // A share of a zero or negative total is not meaningful.
      share: totalMargin > 0 ? margin / totalMargin : NaN,
    };
  });
  return sortSegments(rows);
}

/** Margin (largest first, near-equal margins a tie), then name (A→Z). */
function bySegmentOrder(a: SegmentRow, b: SegmentRow): number {
  if (!nearlyEqual(a.margin, b.margin)) return b.margin - a.margin;
  return compareNames(a.segment, b.segment);
}

/** Up to this many segments are sorted by comparing them, which is quicker for a few. */
const FEW_SEGMENTS = 32;

/**
 * The rows in bySegmentOrder, without calling it 20 times a row for a table of a hundred
 * thousand segments. The margins nearly equal to one margin form an interval of the sorted
 * margins (moving away from it, the gap grows faster than the tolerance), so runs of margins
 * each nearly equal to the next are whole ties when their two ends are nearly equal: the
 * comparison is then a consistent order, runs by margin and names within each. A run whose ends
 * are not (a chain of near margins) is left to the comparison itself, as only it says what it
 * gives.
 */
function sortSegments(rows: SegmentRow[]): SegmentRow[] {
  const n = rows.length;
  if (n <= FEW_SEGMENTS) return rows.sort(bySegmentOrder);
  const margins = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = rows[i].margin;
    if (!Number.isFinite(m)) return rows.sort(bySegmentOrder);
    margins[i] = m + 0; // −0 is 0
  }
  const { ranks, distinct, sorted } = denseRanks(margins);
  // Runs numbered from the largest margins (0) down.
  const runOf = new Int32Array(distinct);
  let runs = 0;
  for (let top = distinct - 1; top >= 0; runs++) {
    let end = top;
    while (end > 0 && nearlyEqual(sorted[end - 1], sorted[end])) end--;
    if (!nearlyEqual(sorted[end], sorted[top])) return rows.sort(bySegmentOrder);
    runOf.fill(runs, end, top + 1);
    top = end - 1;
  }
  const byRun = new Int32Array(n);
  for (let i = 0; i < n; i++) byRun[i] = runOf[ranks[i]];
  const order = orderByRank(byRun, runs, nameOrder(rows.map((r) => r.segment)));
  return Array.from(order, (i) => rows[i]);
}

/**
 * Sums built in different orders can differ in the last bits (0.1 + 0.2 vs 0.3); such margins
 * are a tie, ordered by name, rather than an arbitrary order.
 */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

// Used by the add-on's own lists too, from here.
export { compareNames };
