// Who receives which summary: each lead of the Teams sheet gets their team's, each company-wide
// recipient the company's, in priority order (leads first, then company recipients; within each,
// alphabetical), which is the order deliveries are made in when the mail quota runs short. Pure.
import { compareNames } from '../../kpi/results';
import type { Language } from '../i18n';
import type { TeamLead } from '../workbook/read-data';
import { deliveryId } from './ledger';
import { normalizeEmail, type SummarySettings } from './settings';

export interface Recipient {
  readonly email: string;
  readonly kind: 'lead' | 'company' | 'rep';
  /** The lead's or rep's name ('' for company recipients). */
  readonly name: string;
  /** The team whose summary a lead gets; absent for the company summary. */
  readonly team?: string;
  /**
   * "company", "team:<name, lower case>" or "rep:<name, lower case>": which summary, and half of
   * the ledger key.
   */
  readonly scopeKey: string;
  readonly language: Language;
  /** The ledger's fingerprint of this delivery. */
  readonly id: string;
}

/** A Teams row that cannot receive anything, shown on the settings page. */
export interface RecipientProblem {
  readonly team: string;
  readonly reason: 'no email' | 'invalid email' | 'too many';
  readonly text: string;
}

/** Summaries a run can build and send stay a bounded amount of work and ledger. */
export const MAX_RECIPIENTS = 200;

export function teamScopeKey(team: string): string {
  return `team:${team.trim().toLowerCase()}`;
}

export const COMPANY_SCOPE_KEY = 'company';

export function repScopeKey(name: string): string {
  return `rep:${name.trim().toLowerCase()}`;
}

export function recipientsOf(
  teams: readonly TeamLead[],
  settings: SummarySettings,
): { recipients: Recipient[]; problems: RecipientProblem[] } {
  const problems: RecipientProblem[] = [];
  const leads: Recipient[] = [];
  const seen = new Set<string>();
  if (settings.includeLeads) {
    for (const row of teams) {
      const team = row.team.trim();
      if (team === '') continue;
      const email = normalizeEmail(row.leadEmail);
      if (email === undefined) {
        const blank = row.leadEmail.trim() === '';
        problems.push({ team, reason: blank ? 'no email' : 'invalid email', text: row.leadEmail });
        continue;
      }
      const scopeKey = teamScopeKey(team);
      const id = deliveryId(email, scopeKey);
      if (seen.has(id)) continue;
      seen.add(id);
      const language = settings.leadLanguages[email] ?? settings.defaultLanguage;
      leads.push({ email, kind: 'lead', name: row.leadName.trim(), team, scopeKey, language, id });
    }
  }
  leads.sort((a, b) => compareNames(a.team!, b.team!) || compareNames(a.email, b.email));
  const company = settings.company
    .map((c): Recipient => ({
      email: c.email,
      kind: 'company',
      name: '',
      scopeKey: COMPANY_SCOPE_KEY,
      language: c.language,
      id: deliveryId(c.email, COMPANY_SCOPE_KEY),
    }))
    .sort((a, b) => compareNames(a.email, b.email));
  // Reps last: their personal summaries wait when the quota runs short.
  const reps = settings.reps
    .map((r): Recipient => {
      const scopeKey = repScopeKey(r.name);
      return {
        email: r.email,
        kind: 'rep',
        name: r.name,
        scopeKey,
        language: r.language,
        id: deliveryId(r.email, scopeKey),
      };
    })
    .sort((a, b) => compareNames(a.name, b.name) || compareNames(a.email, b.email));
  const all = [...leads, ...company, ...reps];
  for (const dropped of all.slice(MAX_RECIPIENTS))
    problems.push({ team: dropped.team ?? '', reason: 'too many', text: dropped.email });
  return { recipients: all.slice(0, MAX_RECIPIENTS), problems };
}

/** Splits recipients into those the trigger owner approved and those awaiting approval. */
export function byApproval(
  recipients: readonly Recipient[],
  approved: { has(email: string): boolean },
): { approved: Recipient[]; awaiting: Recipient[] } {
  const out = { approved: [] as Recipient[], awaiting: [] as Recipient[] };
  for (const r of recipients) (approved.has(r.email) ? out.approved : out.awaiting).push(r);
  return out;
}
