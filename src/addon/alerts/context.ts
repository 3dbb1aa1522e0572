// An alert raised during a logged event says so: each new Actions row gets the Context notes
// that concern its scope over its period (from the period's first day to the day it is raised).
// Pure, and kept as notes: the Actions log and the report write them as one line ("Context:
// competitor promotion in Lyon, 1–20 Oct", context/notes.ts's contextLine) in their language.
import { type ContextNote, notesFor } from '../context/notes';
import type { Evaluation } from './evaluate';

export function withContext(evaluation: Evaluation, notes: readonly ContextNote[]): Evaluation {
  if (notes.length === 0 || evaluation.raised.length === 0) return evaluation;
  const raised = evaluation.raised.map((action) => {
    const context = notesFor(notes, action.scope, action.periodStart, action.day);
    return context.length > 0 ? { ...action, context } : action;
  });
  return { ...evaluation, raised };
}
