// The context log's notes (the Context sheet) read from its rows, the ones that concern a scope
// over a span of days, and the one line that tells them ("Context: competitor promotion in Lyon,
// 1–20 Oct"). Pure: the alerts, the summaries and the dashboard do the one read of the sheet and
// pass its table here, so a note is understood the same way wherever the numbers are shown.
import { ymdOfDay } from '../../kpi/days';
import type { Scope } from '../metrics/scope';
import { SHORT_MONTH_NAMES } from '../month-names';
import { CONTEXT_KINDS, findChoice, SCOPE_TYPES } from '../schema';
import type { Language } from '../i18n';
import { cellOf, type ConfigTable, readDayCell, textOf } from '../workbook/cells';

export type ContextKind = (typeof CONTEXT_KINDS)[number]['key'];

export interface ContextNote {
  /** First and last day (calendar-day numbers), both included. */
  readonly start: number;
  readonly end: number;
  readonly scope: Scope;
  readonly kind: ContextKind;
  readonly note: string;
  readonly author: string;
}

/**
 * The readable notes of the Context sheet's rows, in row order. A row without a note or a start
 * is skipped; a blank end means the start day only; a blank scope type is the company; an
 * unknown kind is "other" (the dropdown only warns).
 */
export function contextNotes(table: ConfigTable): ContextNote[] {
  const notes: ContextNote[] = [];
  for (const row of table.rows) {
    const note = textOf(cellOf(table, row, 'note'));
    const start = readDayCell(cellOf(table, row, 'start'));
    if (note === '' || !('value' in start)) continue;
    const end = readDayCell(cellOf(table, row, 'end'));
    const last = 'value' in end ? end.value : start.value;
    const scope = scopeOf(cellOf(table, row, 'scopeType'), textOf(cellOf(table, row, 'scope')));
    if (!scope) continue;
    notes.push({
      start: Math.min(start.value, last),
      end: Math.max(start.value, last),
      scope,
      kind: findChoice(CONTEXT_KINDS, cellOf(table, row, 'kind'))?.key ?? 'other',
      note,
      author: textOf(cellOf(table, row, 'author')),
    });
  }
  return notes;
}

function scopeOf(typeCell: unknown, name: string): Scope | undefined {
  const type = textOf(typeCell) === '' ? 'company' : findChoice(SCOPE_TYPES, typeCell)?.key;
  if (type === undefined) return undefined;
  if (type === 'company') return { type };
  return name === '' ? undefined : { type, name };
}

/**
 * The notes that concern a scope over [from, to] (days, both included): a company note concerns
 * every scope; another concerns its own scope only (same type, name compared without case).
 */
export function notesFor(
  notes: readonly ContextNote[],
  scope: Scope,
  from: number,
  to: number,
): ContextNote[] {
  return notes.filter(
    (n) =>
      n.start <= to && n.end >= from && (n.scope.type === 'company' || sameScope(n.scope, scope)),
  );
}

function sameScope(a: Scope, b: Scope): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'company' || b.type === 'company') return true;
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

/** "1–20 Oct", "25 Sep – 5 Oct", "28 Dec 2025 – 3 Jan 2026"; French "1–20 oct.". */
export function dayRangeText(start: number, end: number, language: Language): string {
  const a = ymdOfDay(start);
  const b = ymdOfDay(end);
  const month = (m: number) => SHORT_MONTH_NAMES[language][m - 1];
  if (start === end) return `${a.day} ${month(a.month)}`;
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${month(b.month)}`;
  if (a.year === b.year) return `${a.day} ${month(a.month)} – ${b.day} ${month(b.month)}`;
  return `${a.day} ${month(a.month)} ${a.year} – ${b.day} ${month(b.month)} ${b.year}`;
}

/** One note told briefly: "competitor promotion in Lyon, 1–20 Oct". */
export function noteText(note: ContextNote, language: Language): string {
  return `${note.note}, ${dayRangeText(note.start, note.end, language)}`;
}

const LABEL: Record<Language, string> = { en: 'Context: ', fr: 'Contexte : ' };

/** "Context: a, 1–20 Oct; b, 3 Nov" ('' when there is no note). */
export function contextLine(notes: readonly ContextNote[], language: Language): string {
  if (notes.length === 0) return '';
  return LABEL[language] + notes.map((n) => noteText(n, language)).join('; ');
}
