// The alerts a summary reports: the Actions rows logged since the previous summary, for the
// summary's scope. A team's summary gets the alerts on the team and on its reps; the company's
// gets every alert. The Actions sheet names a scope in words ("Lyon", "team Lyon", "équipe
// Lyon", a rep's name, "company"), so the scope is matched by name, in either language. Pure.
import { compareNames } from '../../kpi/results';
import { type Scope, scopeKey, type ScopesInData } from '../metrics';
import { foldLabel } from '../metrics/choices';
import type { ActionRow } from './action-rows';
import type { AlertLine } from './model';

const PREFIX = /^(?:team|equipe|rep|commercial|segment)\s*[:\-–]?\s+/;
const COMPANY_WORDS = new Set(['', 'company', 'entreprise', 'societe', 'all', 'tous']);

/** The team an Actions scope text belongs to ('' for company-wide or unknown scopes). */
export function teamOfScopeText(text: string, scopes: ScopesInData): string {
  const folded = foldLabel(text);
  const name = folded.replace(PREFIX, '');
  if (COMPANY_WORDS.has(folded)) return '';
  for (const team of scopes.teams) {
    if (foldLabel(team.name) === name || foldLabel(team.name) === folded) return team.name;
    for (const rep of team.reps)
      if (foldLabel(rep) === name || foldLabel(rep) === folded) return team.name;
  }
  return '';
}

export function alertsFor(
  actions: readonly ActionRow[],
  scopes: ScopesInData,
  scope: Scope,
  fromDay: number,
  toDay: number,
): AlertLine[] {
  const wanted = scope.type === 'company' ? undefined : scopeKey(scope);
  return actions
    .filter((a) => a.day >= fromDay && a.day <= toDay)
    .filter((a) => {
      if (wanted === undefined) return true;
      const team = teamOfScopeText(a.scopeText, scopes);
      return team !== '' && scopeKey({ type: 'team', name: team }) === wanted;
    })
    .map((a): AlertLine => ({ ...a }))
    .sort((a, b) => b.day - a.day || compareNames(a.kpiText, b.kpiText));
}
