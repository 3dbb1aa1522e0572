// The scopes an objective can target: the teams, reps and segments the data holds (and the teams
// the Teams sheet lists, even before they have rows), matched as the metrics engine matches them:
// trimmed and without regard to case, segments also across languages ("SMB" is "PME").
import { normalizeLabel } from '../../functions/values/labels';
import { compareNames } from '../../kpi/results';
import { type Scope, type ScopeType, scopesInData, type WorkbookData } from '../metrics';
import { BLANK, choiceMatcher } from '../metrics/choices';
import { SEGMENTS } from '../schema';
import type { TeamLead } from '../workbook/read-data';

export interface KnownScopes {
  readonly teams: readonly string[];
  readonly reps: ReadonlyArray<{ readonly name: string; readonly team: string }>;
  readonly segments: readonly string[];
}

export function knownScopes(data: WorkbookData, leads: readonly TeamLead[]): KnownScopes {
  const inData = scopesInData(data);
  const teams = [...inData.teams.map((t) => t.name)];
  for (const lead of leads) {
    if (!teams.some((t) => normalizeLabel(t) === normalizeLabel(lead.team))) teams.push(lead.team);
  }
  const reps = inData.teams.flatMap((t) => t.reps.map((name) => ({ name, team: t.name })));
  for (const name of inData.reps) {
    if (!reps.some((r) => r.name === name)) reps.push({ name, team: '' });
  }
  return {
    teams: teams.sort(compareNames),
    reps: reps.sort((a, b) => compareNames(a.name, b.name)),
    segments: inData.segments,
  };
}

const segmentChoice = choiceMatcher(SEGMENTS);

/** How a scope name is compared: a segment by its dropdown choice, any name trimmed, any case. */
function nameKey(type: ScopeType, name: string): string {
  if (type === 'segment') {
    const i = segmentChoice(name);
    if (i >= 0) return `choice:${SEGMENTS[i].key}`;
    if (i === BLANK) return '';
  }
  return normalizeLabel(name);
}

/** The data's spelling of a scope name, or undefined when the data has no such scope. */
export function findScopeName(
  known: KnownScopes,
  type: Exclude<ScopeType, 'company'>,
  name: string,
): string | undefined {
  const wanted = nameKey(type, name);
  if (wanted === '') return undefined;
  const names =
    type === 'team' ? known.teams : type === 'rep' ? known.reps.map((r) => r.name) : known.segments;
  return names.find((n) => nameKey(type, n) === wanted);
}

export function sameScope(a: Scope, b: Scope): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'company' || b.type === 'company') return true;
  return nameKey(a.type, a.name) === nameKey(b.type, b.name);
}
