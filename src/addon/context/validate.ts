// Checks a note typed on the "Add a note…" page, field by field, in the user's language: every
// argument from google.script.run is untrusted. Pure: the days are ISO texts ("2026-10-01").
import { dayOfIsoText } from '../../functions/values/dates';
import { CONTEXT_KINDS, findChoice, SCOPE_TYPES } from '../schema';
import type { Language } from '../i18n';
import type { ContextKind } from './notes';

/** What the page sends (the JSON of its form). */
export interface NoteInput {
  start?: unknown;
  end?: unknown;
  scopeType?: unknown;
  scope?: unknown;
  kind?: unknown;
  note?: unknown;
}

export type NoteField = 'start' | 'end' | 'scopeType' | 'scope' | 'kind' | 'note';

export interface CheckedNote {
  readonly start: number;
  readonly end: number;
  readonly scopeType: (typeof SCOPE_TYPES)[number]['key'];
  /** '' for the company. */
  readonly scope: string;
  readonly kind: ContextKind;
  readonly note: string;
}

export type NoteCheck =
  | { readonly ok: true; readonly note: CheckedNote }
  | { readonly ok: false; readonly field: NoteField; readonly message: string };

/** A note longer than this is refused (a note is a line, not a report). */
export const MAX_NOTE_LENGTH = 500;
const MAX_SCOPE_LENGTH = 100;

const MESSAGES: Record<Language, Record<string, string>> = {
  en: {
    start: 'Start date: enter a date (yyyy-mm-dd).',
    end: 'End date: enter a date (yyyy-mm-dd), or leave it empty for one day.',
    order: 'End date: it is before the start date.',
    scopeType: 'Scope: choose company, team, rep or segment.',
    scope: 'Scope name: enter the team, rep or segment the note is about.',
    scopeLong: `Scope name: at most ${MAX_SCOPE_LENGTH} characters.`,
    kind: 'Kind: choose one from the list.',
    note: 'Note: say what happened.',
    noteLong: `Note: at most ${MAX_NOTE_LENGTH} characters.`,
  },
  fr: {
    start: 'Date de début : saisissez une date (aaaa-mm-jj).',
    end: 'Date de fin : saisissez une date (aaaa-mm-jj), ou laissez vide pour un seul jour.',
    order: 'Date de fin : elle précède la date de début.',
    scopeType: 'Périmètre : choisissez entreprise, équipe, commercial ou segment.',
    scope: 'Nom du périmètre : saisissez l’équipe, le commercial ou le segment concerné.',
    scopeLong: `Nom du périmètre : ${MAX_SCOPE_LENGTH} caractères au plus.`,
    kind: 'Type : choisissez-en un dans la liste.',
    note: 'Note : dites ce qui s’est passé.',
    noteLong: `Note : ${MAX_NOTE_LENGTH} caractères au plus.`,
  },
};

export function checkNote(input: NoteInput, language: Language): NoteCheck {
  const fail = (field: NoteField, key: string = field): NoteCheck => ({
    ok: false,
    field,
    message: MESSAGES[language][key],
  });
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const start = dayOfIsoText(text(input.start));
  if (start === undefined) return fail('start');
  const endText = text(input.end);
  const end = endText === '' ? start : dayOfIsoText(endText);
  if (end === undefined) return fail('end');
  if (end < start) return fail('end', 'order');
  const scopeType = findChoice(SCOPE_TYPES, input.scopeType)?.key;
  if (!scopeType) return fail('scopeType');
  const scope = scopeType === 'company' ? '' : text(input.scope);
  if (scopeType !== 'company' && scope === '') return fail('scope');
  if (scope.length > MAX_SCOPE_LENGTH) return fail('scope', 'scopeLong');
  const kind = findChoice(CONTEXT_KINDS, input.kind)?.key;
  if (!kind) return fail('kind');
  const note = text(input.note);
  if (note === '') return fail('note');
  if (note.length > MAX_NOTE_LENGTH) return fail('note', 'noteLong');
  return { ok: true, note: { start, end, scopeType, scope, kind, note } };
}
