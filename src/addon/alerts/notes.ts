// What the alert cores (read-rules, evaluate, pace, apply) have to say, kept as data: a key of
// the alert table (messages.ts) and its parameters. Parameters that name something in a language
// (a KPI, a scope type, a mode, a period, an error) stay keys here; the edges that write the
// report, the sheets and the page say them in the reader's language (note-words.ts).
import type { AlertMode } from '../../kpi/alert';
import type { KpiKey, MetricPeriod, ScopeType } from '../metrics';
import type { AlertMessage } from './messages';

/** A parameter said in the reader's language. */
export type NoteWord =
  /** The KPI's name. */
  | { readonly kpi: KpiKey }
  /** The scope type's word ("Team", "Équipe"), lower-cased when asked. */
  | { readonly scopeType: ScopeType; readonly lower?: boolean }
  /** The mode's word ("Points", "Relatif"). */
  | { readonly mode: AlertMode }
  /** The periods a rule compares ("quarters", "trimestres"). */
  | { readonly periods: MetricPeriod }
  /** The names of the catalogue's first KPIs, as examples of what to type. */
  | { readonly kpiExamples: number }
  /** What went wrong, in the reader's language when the error says it in both. */
  | { readonly error: unknown }
  /** Another text of the alert table (a reason inside a sentence). */
  | { readonly text: AlertMessage };

export type NoteParams = Readonly<Record<string, string | number | NoteWord>>;

/** A sentence of the alert feature, not yet said in a language. */
export interface AlertNote {
  readonly key: AlertMessage;
  readonly params?: NoteParams;
}
