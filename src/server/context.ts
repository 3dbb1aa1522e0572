// The server side of the "Add a note…" page (ContextPageServer of context-contract.ts): its
// opening data (choices in the user's language, the Teams sheet's teams to suggest) and the
// append of one checked note under the document lock. Every argument is untrusted.
import {
  activeSpreadsheet,
  showSidebar,
  spreadsheetTimeZone,
  todayIn,
  userEmail,
} from '../addon/adapters/services';
import { appendNote } from '../addon/context/append';
import { checkNote, type NoteInput } from '../addon/context/validate';
import { CONTEXT_KINDS, SCOPE_TYPES, SEGMENTS } from '../addon/schema';
import { currentLanguage, format, say, type Language } from '../addon/i18n';
import { readBlock } from '../addon/workbook/block';
import { cellOf, tableOf, textOf } from '../addon/workbook/cells';
import { locateSheets } from '../addon/workbook/locate';
import { busyAnswer } from './busy';
import type { ContextAddResult, ContextPageInit, ContextPageServer } from './context-contract';

export function showContextSidebar(): void {
  showSidebar('Context', say(currentLanguage(), 'context.title'));
}

export function contextPageInit(): ContextPageInit {
  const language = currentLanguage();
  const spreadsheet = activeSpreadsheet();
  const teams = locateSheets(spreadsheet, ['teams']).get('teams');
  const table = tableOf(teams ? readBlock(teams) : undefined);
  const names = table.rows.map((row) => textOf(cellOf(table, row, 'team'))).filter(Boolean);
  return {
    language,
    today: todayIn(spreadsheetTimeZone(spreadsheet)),
    scopeTypes: SCOPE_TYPES.map((c) => ({ key: c.key, label: c[language] })),
    kinds: CONTEXT_KINDS.map((c) => ({ key: c.key, label: c[language] })),
    scopes: { team: [...new Set(names)], segment: SEGMENTS.map((c) => c[language]) },
  };
}

const ADDED: Record<Language, string> = {
  en: 'Note added to the Context sheet (row {row}).',
  fr: 'Note ajoutée à la feuille Contexte (ligne {row}).',
};
const NO_COLUMNS: Record<Language, string> = {
  en: 'The Context sheet has lost its columns: run Set up KPI workbook. Nothing was written.',
  fr: 'La feuille Contexte a perdu ses colonnes : lancez Préparer le classeur KPI. Rien n’a été écrit.',
};

export function addContextNote(form: unknown): ContextAddResult {
  const language = currentLanguage();
  const input: NoteInput = form && typeof form === 'object' ? (form as NoteInput) : {};
  const checked = checkNote(input, language);
  if (!checked.ok) return { outcome: 'invalid', field: checked.field, message: checked.message };
  const locked = appendNote(checked.note, userEmail(), language);
  if (!locked.ok) return busyAnswer(locked.reason, language);
  if (locked.value === 0) return { outcome: 'no columns', message: NO_COLUMNS[language] };
  return {
    outcome: 'added',
    row: locked.value,
    message: format(ADDED[language], { row: locked.value }, language),
  };
}

/**
 * The page's server functions, checked against ContextPageServer by the compiler: each
 * takes at least what the page sends (untrusted input arrives as `unknown` and is checked here)
 * and returns what the page reads. src/main.ts exposes them from this object.
 */
export const CONTEXT_SERVER = {
  contextPageInit,
  addContextNote,
} satisfies ContextPageServer;
