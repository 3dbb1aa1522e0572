// The scopes the dashboard's selector offers: the company, each team followed by its reps, then
// reps that belong to no team, as labels in the user's language ("Team: Lyon", "Équipe : Lyon").
// A refresh keeps the scope chosen before, even when the dashboard was built in the other
// language; a label that names no scope any more falls back to the company.
import type { ScopesInData } from '../metrics';
import type { Language } from '../i18n';
import { say } from './texts';

export type ScopeOptionType = 'company' | 'team' | 'rep';

export interface ScopeOption {
  readonly type: ScopeOptionType;
  /** '' for the company. */
  readonly name: string;
  readonly label: string;
}

export const TYPE_LABELS: Readonly<Record<ScopeOptionType, { en: string; fr: string }>> = {
  company: { en: 'Company', fr: 'Entreprise' },
  team: { en: 'Team', fr: 'Équipe' },
  rep: { en: 'Rep', fr: 'Commercial' },
};

export function scopeLabel(type: ScopeOptionType, name: string, language: Language): string {
  if (type === 'company') return say(language, 'company');
  return say(language, type === 'team' ? 'teamScope' : 'repScope', { name });
}

export function scopeOptions(scopes: ScopesInData, language: Language): ScopeOption[] {
  const option = (type: ScopeOptionType, name: string): ScopeOption => ({
    type,
    name,
    label: scopeLabel(type, name, language),
  });
  const out = [option('company', '')];
  const placed = new Set<string>();
  for (const team of scopes.teams) {
    out.push(option('team', team.name));
    for (const rep of team.reps) {
      out.push(option('rep', rep));
      placed.add(rep);
    }
  }
  for (const rep of scopes.reps) if (!placed.has(rep)) out.push(option('rep', rep));
  return out;
}

/**
 * The sheets' scopes with the teams and reps another source names too (warehouse mode: a team
 * whose data is only in BigQuery): added after them, a rep under no team unless the sheets say
 * which; names compared as the metrics engine compares them (trimmed, any case).
 */
export function withNames(
  scopes: ScopesInData,
  names: { readonly teams: readonly string[]; readonly reps: readonly string[] } | undefined,
): ScopesInData {
  if (!names) return scopes;
  const key = (name: string) => name.trim().toLowerCase();
  const teams = new Set(scopes.teams.map((t) => key(t.name)));
  const reps = new Set(scopes.reps.map(key));
  return {
    ...scopes,
    teams: [
      ...scopes.teams,
      ...names.teams.filter((t) => !teams.has(key(t))).map((name) => ({ name, reps: [] })),
    ],
    reps: [...scopes.reps, ...names.reps.filter((r) => !reps.has(key(r)))],
  };
}

/** The option a label written by an earlier refresh (in either language) stands for. */
export function keptScope(options: readonly ScopeOption[], previous: unknown): ScopeOption {
  const wanted = typeof previous === 'string' ? previous.trim().toLowerCase() : '';
  if (wanted !== '') {
    for (const option of options) {
      for (const language of ['en', 'fr'] as const) {
        if (scopeLabel(option.type, option.name, language).toLowerCase() === wanted) return option;
      }
    }
  }
  return options[0];
}
