// Customer and satisfaction KPIs on plain arrays: retention, NPS, CSAT, referral rate.
// Callers (src/functions/customers.ts) read the cells first; here a blank number is NaN, a blank
// identifier '' and a blank coded label −1, and all are skipped. Scores are checked here, in the
// pass that counts them.

/** Retention from counts: customers kept from the start, over customers at the start. */
export function retentionFromCounts(start: number, end: number, newCustomers: number): number {
  return (end - newCustomers) / start;
}

/**
 * The distinct start customers, and how many of them are among the end customers (blanks, '',
 * are skipped; identifiers compare exactly).
 *
 * A Set of a million identifiers outgrows the processor's caches, and every lookup then waits on
 * memory: the time grew 20-fold for 10 times the identifiers. Instead both lists are sorted by a
 * hash of each identifier (a radix sort, which streams through memory) and merged; identifiers
 * are compared only where their hashes are equal, so the result is exact.
 */
export function retainedCustomers(
  startIds: readonly string[],
  endIds: readonly string[],
): { start: number; retained: number } {
  const s = sortedByHash(startIds);
  const e = sortedByHash(endIds);
  let start = 0;
  let retained = 0;
  let j = 0;
  for (let i = 0; i < s.hashes.length;) {
    const hash = s.hashes[i];
    const iEnd = runEnd(s.hashes, i, hash);
    while (j < e.hashes.length && e.hashes[j] < hash) j++;
    const jEnd = runEnd(e.hashes, j, hash);
    if (iEnd - i === 1 && jEnd === j) {
      // A hash of its own, found nowhere at the end: no text needs to be read.
      start++;
    } else if (iEnd - i <= SMALL_RUN) {
      // Usually one identifier, or one customer repeated a few times.
      for (let a = i; a < iEnd; a++) {
        const id = startIds[s.order[a]];
        if (occursIn(startIds, s.order, i, a, id)) continue;
        start++;
        if (occursIn(endIds, e.order, j, jEnd, id)) retained++;
      }
    } else {
      const ends = new Set<string>();
      for (let b = j; b < jEnd; b++) ends.add(endIds[e.order[b]]);
      const seen = new Set<string>();
      for (let a = i; a < iEnd; a++) {
        const id = startIds[s.order[a]];
        if (seen.has(id)) continue;
        seen.add(id);
        start++;
        if (ends.has(id)) retained++;
      }
    }
    i = iEnd;
    j = jEnd;
  }
  return { start, retained };
}

/** Runs of equal hashes longer than this are matched with Sets, which keeps them linear. */
const SMALL_RUN = 16;

/** The non-blank identifiers of a list in the order of their hashes: order[k] is an index. */
interface HashOrder {
  hashes: Uint32Array;
  order: Int32Array;
}

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;

/** Sorts the non-blank identifiers by hash: a stable radix sort, 11 bits a pass. */
function sortedByHash(ids: readonly string[]): HashOrder {
  let size = 0;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== '') size++;
  let hashes = new Uint32Array(size);
  let order = new Int32Array(size);
  for (let i = 0, k = 0; i < ids.length; i++) {
    if (ids[i] === '') continue;
    hashes[k] = hashOf(ids[i]);
    order[k++] = i;
  }
  let hashesTo = new Uint32Array(size);
  let orderTo = new Int32Array(size);
  const starts = new Int32Array(RADIX);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    starts.fill(0);
    for (let k = 0; k < size; k++) starts[(hashes[k] >>> shift) & (RADIX - 1)]++;
    for (let d = 0, at = 0; d < RADIX; d++) {
      const count = starts[d];
      starts[d] = at;
      at += count;
    }
    for (let k = 0; k < size; k++) {
      const hash = hashes[k];
      const to = starts[(hash >>> shift) & (RADIX - 1)]++;
      hashesTo[to] = hash;
      orderTo[to] = order[k];
    }
    [hashes, hashesTo] = [hashesTo, hashes];
    [order, orderTo] = [orderTo, order];
  }
  return { hashes, order };
}

/** FNV-1a over the UTF-16 code units: 32 bits, well spread for short identifiers. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Where the run of `hash` that starts at `from` ends (`from` itself for an empty run). */
function runEnd(hashes: Uint32Array, from: number, hash: number): number {
  let end = from;
  while (end < hashes.length && hashes[end] === hash) end++;
  return end;
}

/** Whether the identifier is among ids[order[from]] … ids[order[to − 1]]. */
function occursIn(
  ids: readonly string[],
  order: Int32Array,
  from: number,
  to: number,
  id: string,
): boolean {
  for (let k = from; k < to; k++) if (ids[order[k]] === id) return true;
  return false;
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
  const { invalid, counts } = tallyScores(scores, 1, scaleMax);
  const out: CsatCounts = { invalid, responses: 0, top2: 0, sum: 0 };
  // Whole numbers: these sums are exact, equal to adding the scores one by one.
  for (let j = 0; j < counts.length; j++) addResponses(out, j + 1, counts[j], scaleMax);
  return out;
}

/** csatCounts for scales too wide for a slot per score. */
function csatByScore(scores: ArrayLike<number>, scaleMax: number): CsatCounts {
  const out: CsatCounts = { invalid: -1, responses: 0, top2: 0, sum: 0 };
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== s) continue;
    if (!(s >= 1 && s <= scaleMax && Math.floor(s) === s)) return { ...out, invalid: i };
    addResponses(out, s, 1, scaleMax);
  }
  return out;
}

/** Counts `n` responses of `score` into CSAT counts (top two: at least scaleMax − 1). */
function addResponses(counts: CsatCounts, score: number, n: number, scaleMax: number): void {
  counts.responses += n;
  counts.sum += score * n;
  if (score >= scaleMax - 1) counts.top2 += n;
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
