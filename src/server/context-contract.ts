// The typed contract between the "Add a note…" page and its server functions (google.script.run).
// JSON-safe data only: days travel as ISO texts. The page imports these types only.
import type { Busy } from './busy-contract';

/** A dropdown choice: the stable key and the label in the user's language. */
export interface ContextChoice {
  key: string;
  label: string;
}

/** What the page opens with. */
export interface ContextPageInit {
  language: 'en' | 'fr';
  /** Today in the spreadsheet's zone ("2026-11-16"), the dates' default. */
  today: string;
  scopeTypes: ContextChoice[];
  kinds: ContextChoice[];
  /** Scope names to suggest: the Teams sheet's teams and the segments (reps are typed). */
  scopes: { team: string[]; segment: string[] };
}

/** The note as the page's form holds it. */
export interface ContextNoteForm {
  start: string;
  end: string;
  scopeType: string;
  scope: string;
  kind: string;
  note: string;
}

/**
 * 'added': the row was appended; 'invalid': a field is wrong (named, with the message); Busy
 * ('busy' or 'no document'): the lock could not be had, nothing was written; 'no columns': the
 * Context sheet has none of its columns.
 */
export type ContextAddResult =
  | { outcome: 'added'; row: number; message: string }
  | { outcome: 'invalid'; field: string; message: string }
  | Busy
  | { outcome: 'no columns'; message: string };

export interface ContextPageServer {
  contextPageInit: () => ContextPageInit;
  addContextNote: (form: ContextNoteForm) => ContextAddResult;
}
