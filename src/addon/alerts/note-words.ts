// The edge's half of notes.ts: an alert note said in the reader's language, for the report of
// "Apply alerts", its one-line record and the settings page.
import { CATALOGUE, kpiEntry, metricMessage } from '../metrics';
import { ALERT_MODES, findChoice, SCOPE_TYPES } from '../schema';
import type { Language, TextParams } from '../i18n';
import { say } from './messages';
import type { AlertNote, NoteWord } from './notes';

export function noteText(note: AlertNote, language: Language): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(note.params ?? {}))
    params[name] = typeof value === 'object' ? wordOf(value, language) : value;
  return say(language, note.key, params satisfies TextParams);
}

function wordOf(word: NoteWord, language: Language): string {
  if ('kpi' in word) return kpiEntry(word.kpi).name[language];
  if ('scopeType' in word) {
    const text = findChoice(SCOPE_TYPES, word.scopeType)![language];
    return word.lower ? text.toLowerCase() : text;
  }
  if ('mode' in word) return findChoice(ALERT_MODES, word.mode)![language];
  if ('periods' in word) {
    const { periods } = word;
    return say(
      language,
      periods === 'week' ? 'periodsWeek' : periods === 'month' ? 'periodsMonth' : 'periodsQuarter',
    );
  }
  if ('kpiExamples' in word) {
    const examples = CATALOGUE.slice(0, word.kpiExamples).map((e) => `"${e.name[language]}"`);
    return `${examples.join(', ')}…`;
  }
  if ('error' in word) return metricMessage(word.error, language);
  return say(language, word.text);
}
