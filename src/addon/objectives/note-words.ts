// The edge's half of notes.ts: a draft's field messages and warnings said in the reader's
// language, for the wizard's page and the server's refusals.
import { formatValue, kpiEntry } from '../metrics';
import { SCOPE_TYPES } from '../schema';
import type { Language, TextParams } from '../i18n';
import { longDate } from './dates';
import { say } from './messages';
import type { FieldNote, FieldWord } from './notes';

export function fieldText(note: FieldNote, language: Language): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(note.params ?? {}))
    params[name] = typeof value === 'object' ? wordOf(value, language) : value;
  return say(language, note.key, params satisfies TextParams);
}

/** Each field's message in the reader's language. */
export function fieldTexts(
  errors: Readonly<Record<string, FieldNote>>,
  language: Language,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, note] of Object.entries(errors)) out[path] = fieldText(note, language);
  return out;
}

function wordOf(word: FieldWord, language: Language): string {
  if ('kpi' in word) return kpiEntry(word.kpi).name[language];
  if ('kpis' in word)
    return word.kpis
      .map((k) => kpiEntry(k).name[language])
      .join(language === 'fr' ? ' ou ' : ' or ');
  if ('scopeType' in word) return typeWord(word.scopeType, language);
  if ('scopeTypes' in word) return word.scopeTypes.map((t) => typeWord(t, language)).join(', ');
  if ('day' in word) return longDate(word.day, language);
  return formatValue(word.value, word.unit, language);
}

function typeWord(type: string, language: Language): string {
  const choice = SCOPE_TYPES.find((s) => s.key === type);
  return (choice ? choice[language] : type).toLowerCase();
}
