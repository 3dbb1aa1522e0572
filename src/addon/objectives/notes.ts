// What the draft's field checks (validate.ts, alert-rule.ts, fields.ts) have to say, kept as data:
// a key of the wizard's table (messages.ts) and its parameters. Parameters that name something in
// a language (a KPI, a scope type, a day, a value in a KPI's unit) stay data here; the edges
// (check.ts for the page, the server's input readers) say them in the reader's language
// (note-words.ts).
import type { KpiKey, KpiUnit } from '../metrics';
import type { WizardMessage } from './messages';

/** A parameter said in the reader's language. */
export type FieldWord =
  /** The KPI's name. */
  | { readonly kpi: KpiKey }
  /** KPI names as alternatives ("A or B", "A ou B"). */
  | { readonly kpis: readonly KpiKey[] }
  /** A scope type's word, lower-cased ("team", "équipe"). */
  | { readonly scopeType: string }
  /** Scope types' words, lower-cased, listed with commas. */
  | { readonly scopeTypes: readonly string[] }
  /** A calendar day as a long date ("1 March 2026", "1er mars 2026"). */
  | { readonly day: number }
  /** A value in a KPI's unit ("100%", "100 %"). */
  | { readonly value: number; readonly unit: KpiUnit };

export type FieldParams = Readonly<Record<string, string | number | FieldWord>>;

/** A field-level message or a warning, not yet said in a language. */
export interface FieldNote {
  readonly key: WizardMessage;
  readonly params?: FieldParams;
}
