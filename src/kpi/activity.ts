// Activity and engagement KPIs on plain arrays: the significant-interactions score and the
// progression rate per content type. Labels arrive normalised (trimmed, lower case); a blank
// label is '' and a blank duration is NaN.
import { compareNames, nameOrder } from './names';
import { denseRanks, orderByRank } from './ranks';

/** One scoring rule; the first rule that matches an activity gives its points. */
export interface InteractionRule {
  /** Activity types the rule applies to (normalised labels). */
  types: ReadonlySet<string>;
  /** Minimum duration in minutes, or null for no duration condition. */
  minMinutes: number | null;
  /** Outcomes that match (normalised labels), or null for any outcome. */
  outcomes: ReadonlySet<string> | null;
  points: number;
}

/** Total points of the activities: each scores the points of its first matching rule, or 0. */
export function interactionPoints(
  types: readonly string[],
  durations: ArrayLike<number>,
  outcomes: readonly string[],
  rules: readonly InteractionRule[],
): number {
  // Rules grouped by type, keeping their order, so each activity looks at its own rules only.
  const byType = new Map<string, InteractionRule[]>();
  for (const rule of rules) {
    for (const type of rule.types) {
      const list = byType.get(type);
      if (list) list.push(rule);
      else byType.set(type, [rule]);
    }
  }
  let total = 0;
  for (let i = 0; i < types.length; i++) {
    const candidates = byType.get(types[i]);
    if (candidates === undefined) continue;
    for (const rule of candidates) {
      // A blank duration (NaN) fails any minimum.
      if (rule.minMinutes !== null && !(durations[i] >= rule.minMinutes)) continue;
      if (rule.outcomes !== null && !rule.outcomes.has(outcomes[i])) continue;
      total += rule.points;
      break;
    }
  }
  return total;
}

export interface ContentRow {
  /** The content type as first written. */
  name: string;
  leads: number;
  progressed: number;
}

/**
 * Leads and progressed leads per content type, grouped without regard to case ('' is skipped),
 * sorted by progression rate (highest first), then leads (most first), then name (A→Z).
 */
export function contentProgression(
  names: readonly string[],
  progressed: ArrayLike<number>,
): ContentRow[] {
  const groups = new Int32Array(names.length);
  const firstNames: string[] = [];
  const groupOf = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name === '') {
      groups[i] = -1;
      continue;
    }
    const key = name.toLowerCase();
    let g = groupOf.get(key);
    if (g === undefined) {
      g = firstNames.length;
      groupOf.set(key, g);
      firstNames.push(name);
    }
    groups[i] = g;
  }
  return contentProgressionOfGroups(groups, firstNames, progressed);
}

/**
 * contentProgression on rows already grouped: row i is in group groups[i] (−1: blank), shown as
 * names[groups[i]].
 */
export function contentProgressionOfGroups(
  groups: Int32Array,
  names: readonly string[],
  progressed: ArrayLike<number>,
): ContentRow[] {
  const leads = new Float64Array(names.length);
  const progress = new Float64Array(names.length);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (g < 0) continue;
    leads[g]++;
    if (progressed[i]) progress[g]++;
  }
  const order = progressionOrder(names, leads, progress);
  const rows: ContentRow[] = new Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const g = order[k];
    rows[k] = { name: names[g], leads: leads[g], progressed: progress[g] };
  }
  return rows;
}

/** Up to this many groups are sorted by comparing them, which is quicker for a few. */
const FEW_GROUPS = 32;
/**
 * Rates as doubles order exactly while leads stay below 2^26: distinct fractions p/l then differ
 * by at least 2^−52, more than their rounding, and equal ones (1/3, 2/6) round alike.
 */
const MAX_EXACT_LEADS = 2 ** 26;

/** The groups in table order: rate (highest first), leads (most first), name (A→Z). */
function progressionOrder(
  names: readonly string[],
  leads: Float64Array,
  progress: Float64Array,
): Int32Array {
  const groups = names.length;
  let maxLeads = 0;
  for (let g = 0; g < groups; g++) if (leads[g] > maxLeads) maxLeads = leads[g];
  if (groups <= FEW_GROUPS || maxLeads >= MAX_EXACT_LEADS) {
    const order = Array.from({ length: groups }, (_, g) => g);
    order.sort((a, b) => {
      // Rates compared by cross-multiplying whole counts: 1/3 and 2/6 tie exactly.
      const byRate = progress[b] * leads[a] - progress[a] * leads[b];
      if (byRate !== 0) return byRate;
      if (leads[a] !== leads[b]) return leads[b] - leads[a];
      return compareNames(names[a], names[b]);
    });
    return Int32Array.from(order);
  }
  const rates = new Float64Array(groups);
  for (let g = 0; g < groups; g++) rates[g] = progress[g] / leads[g];
  const byRate = denseRanks(rates);
  // One number per group for rate (highest first) and then leads (most first): exact, as it
  // stays below groups × (maxLeads + 1) ≤ 2^52.
  const keys = new Float64Array(groups);
  for (let g = 0; g < groups; g++)
    keys[g] = (byRate.distinct - 1 - byRate.ranks[g]) * (maxLeads + 1) + (maxLeads - leads[g]);
  const byKey = denseRanks(keys);
  return orderByRank(byKey.ranks, byKey.distinct, nameOrder(names));
}
