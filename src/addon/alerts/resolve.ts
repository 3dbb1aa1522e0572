// Understanding what people type in the KPI, scope and frequency cells, in either language: a
// KPI by its key ("nps") or its name ("Lead → opportunity conversion", "Conversion lead →
// opportunité"), with any case and accents; a scope type from its dropdown ("Team", "Équipe").
import { normalizeLabel } from '../../functions/labels';
import {
  CATALOGUE,
  type KpiKey,
  type MetricPeriod,
  PERIOD_OF_FREQUENCY,
  type ScopeType,
  type ScopesInData,
} from '../metrics';
import { foldLabel } from '../metrics/choices';
import { findChoice, FREQUENCIES, SCOPE_TYPES, SEGMENTS } from '../schema';

const KPI_BY_TEXT = new Map<string, KpiKey>();
for (const entry of CATALOGUE)
  for (const text of [entry.key, entry.name.en, entry.name.fr])
    KPI_BY_TEXT.set(foldLabel(text), entry.key);

/** The KPI a cell names, or undefined. */
export function kpiOfText(text: string): KpiKey | undefined {
  return KPI_BY_TEXT.get(foldLabel(text));
}

export function scopeTypeOfText(text: string): ScopeType | undefined {
  return findChoice(SCOPE_TYPES, text)?.key;
}

export function periodOfFrequency(text: string): MetricPeriod | undefined {
  const choice = findChoice(FREQUENCIES, text);
  return choice ? PERIOD_OF_FREQUENCY[choice.key] : undefined;
}

/** How a segment name compares: its dropdown key when it is one ("PME" is "SMB"), else folded. */
function segmentKey(name: string): string {
  return findChoice(SEGMENTS, name)?.key ?? normalizeLabel(name);
}

/** Finds which scope types of the data hold a name (a team, a rep, a segment). */
export class KnownScopes {
  private readonly teams: Set<string>;
  private readonly reps: Set<string>;
  private readonly segments: Set<string>;

  constructor(scopes: ScopesInData) {
    this.teams = new Set(scopes.teams.map((t) => normalizeLabel(t.name)));
    this.reps = new Set(scopes.reps.map(normalizeLabel));
    this.segments = new Set(scopes.segments.map(segmentKey));
  }

  has(type: Exclude<ScopeType, 'company'>, name: string): boolean {
    if (type === 'segment') return this.segments.has(segmentKey(name));
    return (type === 'team' ? this.teams : this.reps).has(normalizeLabel(name));
  }

  /** The scope types holding the name, widest first. */
  typesOf(name: string): Exclude<ScopeType, 'company'>[] {
    return (['team', 'rep', 'segment'] as const).filter((type) => this.has(type, name));
  }
}
