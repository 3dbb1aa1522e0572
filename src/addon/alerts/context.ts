// An alert raised during a logged event says so: each new Actions row gets the Context notes
// that concern its scope over its period (from the period's first day to the day it is raised),
// as one line ("Context: competitor promotion in Lyon, 1–20 Oct"). Pure.
import { type ContextNote, contextLine, notesFor } from '../context/notes';
import type { Language } from '../i18n';
import type { Evaluation } from './evaluate';

export function withContext(
  evaluation: Evaluation,
  notes: readonly ContextNote[],
  language: Language,
): Evaluation {
  if (notes.length === 0 || evaluation.raised.length === 0) return evaluation;
  const raised = evaluation.raised.map((action) => {
    const context = contextLine(
      notesFor(notes, action.scope, action.periodStart, action.day),
      language,
    );
    return context ? { ...action, context } : action;
  });
  return { ...evaluation, raised };
}
