// Who a metric is computed for: the whole company, one team, one rep, or one customer segment.
// Names are what the user typed or picked (team "Lyon", rep "Chloé Dubois", segment "SMB" or
// its French label "PME"); they are matched trimmed and without regard to case.
import type { Language } from '../i18n';

export type Scope =
  | { readonly type: 'company' }
  | { readonly type: 'team'; readonly name: string }
  | { readonly type: 'rep'; readonly name: string }
  | { readonly type: 'segment'; readonly name: string };

export type ScopeType = Scope['type'];

export const COMPANY: Scope = { type: 'company' };

/** Every scope type, from the widest to the narrowest. */
export const SCOPE_TYPE_LIST: readonly ScopeType[] = ['company', 'team', 'rep', 'segment'];

/** A scope as one string, for memo keys and messages ("team:lyon"). */
export function scopeKey(scope: Scope): string {
  return scope.type === 'company' ? 'company' : `${scope.type}:${scope.name.trim().toLowerCase()}`;
}

const WORDS: Readonly<Record<ScopeType, { en: string; fr: string }>> = {
  company: { en: 'company', fr: 'entreprise' },
  team: { en: 'team', fr: 'équipe' },
  rep: { en: 'rep', fr: 'commercial' },
  segment: { en: 'segment', fr: 'segment' },
};

/** "team Lyon", "équipe Lyon", "company" / "entreprise": for reasons and messages. */
export function describeScope(scope: Scope, language: Language): string {
  const word = WORDS[scope.type][language];
  return scope.type === 'company' ? word : `${word} ${scope.name.trim()}`;
}
