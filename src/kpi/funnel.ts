// Funnel and conversion mathematics on plain arrays: reached flags (1/0), labels already
// normalised, calendar-day numbers (NaN = blank). Undefined ratios are NaN here; the =KPI_*
// layer turns them into errors or '' as the spec asks.

/** How many positions reached `from`, and how many of those also reached `to`. */
export function conversionCounts(
  from: Uint8Array,
  to: Uint8Array,
): { reached: number; converted: number } {
  let reached = 0;
  let converted = 0;
  for (let i = 0; i < from.length; i++) {
    if (from[i]) {
      reached++;
      if (to[i]) converted++;
    }
  }
  return { reached, converted };
}

/**
 * Reached count per stage. `cells` is row-major (row r, stage s at r × stages + s). In strict
 * mode a row counts for a stage only while every stage up to it is reached.
 */
export function funnelCounts(cells: Uint8Array, stages: number, strict: boolean): Float64Array {
  const counts = new Float64Array(stages);
  if (stages === 0) return counts;
  const rows = Math.floor(cells.length / stages);
  for (let r = 0, base = 0; r < rows; r++, base += stages) {
    for (let s = 0; s < stages; s++) {
      if (cells[base + s]) counts[s]++;
      else if (strict) break;
    }
  }
  return counts;
}

/** Conversion from the previous stage and from the first stage; NaN where the denominator is 0. */
export function funnelConversions(counts: ArrayLike<number>): {
  fromPrevious: Float64Array;
  fromFirst: Float64Array;
} {
  const n = counts.length;
  const fromPrevious = new Float64Array(n);
  const fromFirst = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    // The first stage is its own previous stage: 1 when anything reached it.
    const previous = s === 0 ? counts[0] : counts[s - 1];
    fromPrevious[s] = previous > 0 ? counts[s] / previous : NaN;
    fromFirst[s] = counts[0] > 0 ? counts[s] / counts[0] : NaN;
  }
  return { fromPrevious, fromFirst };
}

/** Won and lost counts among outcome labels; any other label (open deals) is ignored. */
export function winLossCounts(
  outcomes: readonly string[],
  won: ReadonlySet<string>,
  lost: ReadonlySet<string>,
): { won: number; lost: number } {
  let w = 0;
  let l = 0;
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i];
    if (o === '') continue;
    if (won.has(o)) w++;
    else if (lost.has(o)) l++;
  }
  return { won: w, lost: l };
}

/**
 * Days from start to end at every position where both days are present (NaN = blank), and the
 * first position whose end comes before its start (−1 when there is none).
 */
export function cycleLengths(
  start: Float64Array,
  end: Float64Array,
): { days: Float64Array; endBeforeStart: number } {
  const days = new Float64Array(start.length);
  let n = 0;
  for (let i = 0; i < start.length; i++) {
    const a = start[i];
    const b = end[i];
    if (a !== a || b !== b) continue; // NaN: a blank on either side skips the position
    if (b < a) return { days: days.subarray(0, n), endBeforeStart: i };
    days[n++] = b - a;
  }
  return { days: days.subarray(0, n), endBeforeStart: -1 };
}

/** Revenue per day that the open pipeline produces. */
export function salesVelocity(
  openOpportunities: number,
  winRate: number,
  avgDealSize: number,
  cycleDays: number,
): number {
  return (openOpportunities * winRate * avgDealSize) / cycleDays;
}
