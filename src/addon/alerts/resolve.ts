// Which scope types of the source data hold a name typed in the Alerts sheet (a team, a rep, a
// segment), in either language. The KPI, scope-type and frequency cells are read by
// workbook/labels.ts.
import { normalizeLabel } from '../../functions/values/labels';
import type { ScopeType, ScopesInData } from '../metrics';
import { findChoice, SEGMENTS } from '../schema';

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
