// The alerts a summary reports: the Actions rows logged since the previous summary, for the
// summary's scope. A team's summary gets the alerts on the team and on its reps; the company's
// gets every alert. The Actions sheet names a scope in words ("Lyon", "team Lyon", "équipe
// Lyon", a rep's name, "company"), so the scope is matched by name, in either language. Pure.
import { compareNames } from '../../kpi/results';
import { type Scope, scopeKey, type ScopesInData } from '../metrics';
import { foldLabel } from '../metrics/choices';
import type { ActionRecord } from '../workbook/actions-sheet';
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

/** True when an Actions scope text names this rep ("Léa Robert", "rep Léa Robert"). */
export function namesRep(text: string, rep: string): boolean {
  const folded = foldLabel(text);
  const name = foldLabel(rep);
  return folded === name || folded.replace(PREFIX, '') === name;
}

export function alertsFor(
  actions: readonly ActionRecord[],
  scopes: ScopesInData,
  scope: Scope,
  fromDay: number,
  toDay: number,
): AlertLine[] {
  const wanted = scope.type === 'company' ? undefined : scopeKey(scope);
  return actions
    .flatMap((a) => {
      // Forgiving: a row without a date or a KPI is left out, never an error.
      const line = lineOf(a);
      return line && line.day >= fromDay && line.day <= toDay ? [line] : [];
    })
    .filter((a) => {
      if (wanted === undefined) return true;
      const team = teamOfScopeText(a.scopeText, scopes);
      return team !== '' && scopeKey({ type: 'team', name: team }) === wanted;
    })
    .sort((a, b) => b.day - a.day || compareNames(a.kpiText, b.kpiText));
}

/** The row as a summary reports it; undefined for a row without a date or a KPI. */
export function lineOf(a: ActionRecord): AlertLine | undefined {
  if (a.day === null || a.kpiText === '') return undefined;
  return {
    day: a.day,
    kind: a.kind,
    kpi: a.kpi,
    kpiText: a.kpiText,
    scopeText: a.scopeText,
    previous: a.previous,
    current: a.current,
    action: a.action,
    owner: a.owner,
    status: a.statusText,
    recovered: a.recoveredDay,
    context: a.context ?? '',
    comment: a.comment ?? '',
  };
}
