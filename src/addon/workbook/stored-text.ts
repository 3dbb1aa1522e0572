// Texts the add-on stores in the Actions log, read back in a reader's language whichever language
// they were written in (the row's sheet may have been set up in the other language, or written
// before rows followed the sheet's language): a status ("Open" / "Ouverte"), a kind, a scope
// ("team Lyon" / "équipe Lyon"), a KPI name, and a corrective action that is one of the
// catalogue's defaults. Anything else (a team's own wording) is the user's text, shown as typed.
import { CATALOGUE, describeScope, type Scope, type ScopeType } from '../metrics';
import { ACTION_KINDS, ACTION_STATUSES, findChoice } from '../schema';
import type { Language } from '../i18n';
import { kpiOfText } from './labels';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const DEFAULT_ACTIONS = new Map<string, (typeof CATALOGUE)[number]['alert']['action']>();
for (const entry of CATALOGUE) {
  DEFAULT_ACTIONS.set(fold(entry.alert.action.en), entry.alert.action);
  DEFAULT_ACTIONS.set(fold(entry.alert.action.fr), entry.alert.action);
}

/** A catalogue default action in the reader's language; the user's own text as it is. */
export function actionIn(text: string, language: Language): string {
  return DEFAULT_ACTIONS.get(fold(text))?.[language] ?? text;
}

export function statusIn(text: string, language: Language): string {
  return findChoice(ACTION_STATUSES, text)?.[language] ?? text;
}

export function kindIn(text: string, language: Language): string {
  return findChoice(ACTION_KINDS, text)?.[language] ?? text;
}

export function kpiNameIn(text: string, language: Language): string {
  const kpi = kpiOfText(text);
  return kpi ? (CATALOGUE.find((e) => e.key === kpi)?.name[language] ?? text) : text;
}

const SCOPE_WORDS: ReadonlyArray<readonly [string, ScopeType]> = (
  ['company', 'team', 'rep', 'segment'] as const
).flatMap((type) =>
  (['en', 'fr'] as const).map(
    (l) => [fold(describeScope({ type, name: '' } as Scope, l)), type] as const,
  ),
);

/** "team Lyon" or "équipe Lyon" (as describeScope wrote it in either language), as a Scope. */
export function scopeOfStoredText(text: string): Scope | undefined {
  const folded = fold(text);
  for (const [word, type] of SCOPE_WORDS) {
    if (type === 'company') {
      if (folded === word) return { type };
      continue;
    }
    if (folded.startsWith(`${word} `)) {
      const name = text.trim().slice(word.length).trim();
      if (name) return { type, name };
    }
  }
  return undefined;
}

export function scopeIn(text: string, language: Language): string {
  const scope = scopeOfStoredText(text);
  return scope ? describeScope(scope, language) : text;
}
