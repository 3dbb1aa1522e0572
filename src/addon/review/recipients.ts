// Who a review pack is mailed to: the members of the scope the workbook knows by address (the
// team's leads in the Teams sheet, the owners of its open actions and of its objectives; for the
// company pack, every lead and the summaries' company recipients), each in their summary
// language. Only those the trigger owner approved for the summaries receive it; the others wait
// for approval, as for the summaries. Pure.
import { type Scope, scopeKey, type ScopesInData } from '../metrics';
import type { Language } from '../i18n';
import { teamOfScopeText } from '../summaries/alerts';
import { normalizeEmail, type SummarySettings } from '../summaries/settings';
import type { ActionRecord } from '../workbook/actions-sheet';
import type { ObjectiveRecord } from '../workbook/objectives-sheet';
import type { TeamLead } from '../workbook/read-data';

export interface PackRecipient {
  readonly email: string;
  readonly language: Language;
}

export interface PackAudience {
  readonly teams: readonly TeamLead[];
  readonly actions: readonly ActionRecord[];
  readonly objectives: readonly ObjectiveRecord[];
  readonly scopes: ScopesInData;
}

export function packRecipients(
  audience: PackAudience,
  settings: SummarySettings,
  scope: Scope,
): PackRecipient[] {
  const key = scopeKey(scope);
  const inScope = (team: string) =>
    scope.type === 'company' || (team !== '' && scopeKey({ type: 'team', name: team }) === key);
  const emails: unknown[] = [];
  for (const t of audience.teams) if (inScope(t.team)) emails.push(t.leadEmail);
  for (const a of audience.actions)
    if (
      a.status !== 'done' &&
      a.status !== 'recovered' &&
      inScope(teamOfScopeText(a.scopeText, audience.scopes))
    )
      emails.push(a.owner);
  for (const o of audience.objectives) {
    if (o.status !== 'active' || !o.scope) continue;
    const team =
      o.scope.type === 'team'
        ? o.scope.name
        : o.scope.type === 'rep'
          ? teamOfScopeText(o.scope.name, audience.scopes)
          : '';
    if (scope.type === 'company' || inScope(team)) emails.push(o.owner);
  }
  const companyLanguages = new Map(settings.company.map((c) => [c.email, c.language] as const));
  if (scope.type === 'company') emails.push(...settings.company.map((c) => c.email));
  const out = new Map<string, PackRecipient>();
  for (const raw of emails) {
    const email = normalizeEmail(raw);
    if (!email || out.has(email)) continue;
    const language =
      settings.leadLanguages[email] ?? companyLanguages.get(email) ?? settings.defaultLanguage;
    out.set(email, { email, language });
  }
  return [...out.values()].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}
