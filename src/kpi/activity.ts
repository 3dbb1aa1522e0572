// Activity and engagement KPIs on plain arrays: the significant-interactions score and the
// progression rate per content type. Labels arrive normalised (trimmed, lower case); a blank
// label is '' and a blank duration is NaN.

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

// Created on first use: nothing that could throw runs when the bundle loads.
let collator: Intl.Collator | undefined;

/**
 * Leads and progressed leads per content type, grouped without regard to case ('' is skipped),
 * sorted by progression rate (highest first), then leads (most first), then name (A→Z).
 */
export function contentProgression(
  names: readonly string[],
  progressed: ArrayLike<number>,
): ContentRow[] {
  // Exact spellings map to their group first, so lower-casing happens once per spelling.
  const bySpelling = new Map<string, ContentRow>();
  const byKey = new Map<string, ContentRow>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name === '') continue;
    let row = bySpelling.get(name);
    if (row === undefined) {
      const key = name.toLowerCase();
      row = byKey.get(key);
      if (row === undefined) {
        row = { name, leads: 0, progressed: 0 };
        byKey.set(key, row);
      }
      bySpelling.set(name, row);
    }
    row.leads++;
    if (progressed[i]) row.progressed++;
  }
  return [...byKey.values()].sort(compareRows);
}

function compareRows(a: ContentRow, b: ContentRow): number {
  // Rates compared by cross-multiplying whole counts: 1/3 and 2/6 tie exactly.
  const byRate = b.progressed * a.leads - a.progressed * b.leads;
  if (byRate !== 0) return byRate;
  if (a.leads !== b.leads) return b.leads - a.leads;
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const byName = collator.compare(a.name, b.name);
  if (byName !== 0) return byName;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
