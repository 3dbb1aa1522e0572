// Customer and satisfaction KPIs on plain arrays: retention, NPS, CSAT, referral rate.
// Callers (src/functions/customers.ts) read and check the cells first; here a blank number is
// NaN and a blank label or identifier is '', and both are skipped.

/** Retention from counts: customers kept from the start, over customers at the start. */
export function retentionFromCounts(start: number, end: number, newCustomers: number): number {
  return (end - newCustomers) / start;
}

/** The distinct start customers, and how many of them are among the end customers. */
export function retainedCustomers(
  startIds: readonly string[],
  endIds: readonly string[],
): { start: number; retained: number } {
  const end = new Set<string>();
  for (const id of endIds) if (id !== '') end.add(id);
  const start = new Set<string>();
  let retained = 0;
  for (const id of startIds) {
    if (id === '' || start.has(id)) continue;
    start.add(id);
    if (end.has(id)) retained++;
  }
  return { start: start.size, retained };
}

/**
 * The index of the first score that is not a whole number from min to max (blanks, NaN, are
 * allowed), or -1 when every score is valid.
 */
export function firstInvalidScore(scores: ArrayLike<number>, min: number, max: number): number {
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== s) continue; // NaN: a blank cell
    if (!(s >= min && s <= max && Math.floor(s) === s)) return i;
  }
  return -1;
}

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
}

/** Promoters (9–10), passives (7–8) and detractors (0–6) among valid scores; NaN is skipped. */
export function npsCounts(scores: ArrayLike<number>): NpsCounts {
  let promoters = 0;
  let detractors = 0;
  let responses = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== s) continue;
    responses++;
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  return { promoters, passives: responses - promoters - detractors, detractors, responses };
}

/** NPS in points, −100 … 100 (NaN when there is no response). */
export function npsOf(counts: NpsCounts): number {
  return (100 * (counts.promoters - counts.detractors)) / counts.responses;
}

export interface CsatCounts {
  responses: number;
  /** Scores in the top two of the scale (at least scaleMax − 1). */
  top2: number;
  sum: number;
}

/** What CSAT needs from valid scores; NaN is skipped. */
export function csatCounts(scores: ArrayLike<number>, scaleMax: number): CsatCounts {
  const threshold = scaleMax - 1;
  let responses = 0;
  let top2 = 0;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== s) continue;
    responses++;
    sum += s;
    if (s >= threshold) top2++;
  }
  return { responses, top2, sum };
}

/** How many non-blank labels there are, and how many of them are in the set. */
export function countMatching(
  labels: readonly string[],
  set: ReadonlySet<string>,
): { total: number; matched: number } {
  let total = 0;
  let matched = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === '') continue;
    total++;
    if (set.has(label)) matched++;
  }
  return { total, matched };
}
