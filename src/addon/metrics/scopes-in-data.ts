// The scopes the data holds: its teams with their reps, and its segments, for the dashboard's
// scope selector, the wizard's scope list and the per-team summaries. A rep belongs to the team
// most of their rows name (a rep who moved keeps their history under the scope "rep").
import { compareNames } from '../../kpi/results';
import { readTables, SOURCE_SHEETS, type WorkbookData } from './data';
import type { Scope } from './scope';

export interface ScopesInData {
  /** Teams A→Z, each with its reps A→Z. */
  readonly teams: readonly { readonly name: string; readonly reps: readonly string[] }[];
  readonly reps: readonly string[];
  readonly segments: readonly string[];
}

export function scopesInData(data: WorkbookData): ScopesInData {
  const tables = readTables(data);
  // Each table's name columns only (read with the table): no date or amount is parsed for this.
  for (const sheet of SOURCE_SHEETS) tables.table(sheet);
  const teamNames = tables.teams.names();
  const repNames = tables.reps.names();
  // rows[rep][team]: how many rows name that pair, over every sheet with both columns.
  const pairs = new Map<number, Map<number, number>>();
  for (const sheet of SOURCE_SHEETS) {
    const { rep, team } = tables.table(sheet) as { rep?: Int32Array; team?: Int32Array };
    if (!rep || !team) continue;
    for (let i = 0; i < rep.length; i++) {
      if (rep[i] < 0 || team[i] < 0) continue;
      let counts = pairs.get(rep[i]);
      if (!counts) pairs.set(rep[i], (counts = new Map()));
      counts.set(team[i], (counts.get(team[i]) ?? 0) + 1);
    }
  }
  const repsOf = new Map<string, string[]>(teamNames.map((t) => [t, []]));
  for (const name of repNames) {
    const counts = pairs.get(tables.reps.find(name)!);
    if (!counts) continue;
    let bestTeam = -1;
    let most = 0;
    for (const [team, n] of counts) if (n > most) [bestTeam, most] = [team, n];
    const teamName = teamNames.find((t) => tables.teams.find(t) === bestTeam);
    if (teamName !== undefined) repsOf.get(teamName)!.push(name);
  }
  return {
    teams: teamNames.map((name) => ({ name, reps: repsOf.get(name)!.sort(compareNames) })),
    reps: repNames,
    segments: tables.segments.names(),
  };
}

/** Every scope of the data: the company, each team, each rep, each segment. */
export function listScopes(data: WorkbookData): Scope[] {
  const { teams, reps, segments } = scopesInData(data);
  return [
    { type: 'company' },
    ...teams.map((t): Scope => ({ type: 'team', name: t.name })),
    ...reps.map((name): Scope => ({ type: 'rep', name })),
    ...segments.map((name): Scope => ({ type: 'segment', name })),
  ];
}
