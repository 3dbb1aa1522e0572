// How each source sheet is read: which of its columns, as what (calendar days, numbers, IDs,
// shared name codes, or dropdown choices), and the typed tables that come out.
import { ACTIVITY_TYPES, OUTCOMES, SOURCES, SURVEY_KINDS } from '../schema';
import { choiceMatcher } from './choices';
import type { SourceSheet } from './data';

// Typed tables: a column the sheet lacks is undefined. Days and numbers are NaN when blank;
// codes are BLANK (-1) when blank, OTHER (-2) for a label that is none of the schema's choices,
// otherwise the choice's index (type, outcome, source, kind) or the shared name code (team,
// rep, segment).
export interface ActivitiesTable {
  readonly length: number;
  readonly date?: Float64Array;
  readonly rep?: Int32Array;
  readonly team?: Int32Array;
  readonly type?: Int32Array;
  readonly outcome?: Int32Array;
  readonly duration?: Float64Array;
}
export interface PipelineTable {
  readonly length: number;
  readonly segment?: Int32Array;
  readonly rep?: Int32Array;
  readonly team?: Int32Array;
  readonly source?: Int32Array;
  readonly amount?: Float64Array;
  readonly cost?: Float64Array;
  readonly leadDate?: Float64Array;
  readonly opportunityDate?: Float64Array;
  readonly proposalDate?: Float64Array;
  readonly wonDate?: Float64Array;
  readonly lostDate?: Float64Array;
}
export interface CustomersTable {
  readonly length: number;
  readonly customerId?: string[];
  readonly segment?: Int32Array;
  readonly acquiredDate?: Float64Array;
  readonly churnedDate?: Float64Array;
  readonly source?: Int32Array;
  readonly rep?: Int32Array;
  readonly team?: Int32Array;
}
/** Orders and surveys carry no segment: it is the customer's, joined through Customer ID. */
export interface OrdersTable {
  readonly length: number;
  readonly customerId?: string[];
  readonly date?: Float64Array;
  readonly amount?: Float64Array;
  readonly cost?: Float64Array;
  readonly rep?: Int32Array;
  readonly team?: Int32Array;
  readonly segment?: Int32Array;
}
export interface SurveysTable {
  readonly length: number;
  readonly date?: Float64Array;
  readonly customerId?: string[];
  readonly kind?: Int32Array;
  /** NaN where the score is blank or not valid for its kind (NPS 0–10, CSAT 1–5). */
  readonly score?: Float64Array;
  readonly rep?: Int32Array;
  readonly team?: Int32Array;
  readonly segment?: Int32Array;
}
export interface TableOf {
  activities: ActivitiesTable;
  pipeline: PipelineTable;
  customers: CustomersTable;
  orders: OrdersTable;
  surveys: SurveysTable;
}

/** Referral spellings beyond the schema's labels, as KPI_REFERRAL_RATE accepts by default. */
const REFERRAL_ALIASES = { referral: ['Bouche-à-oreille', 'Bouche à oreille'] };

export type Kind =
  | 'day'
  | 'number'
  | 'id'
  | 'team'
  | 'rep'
  | 'segment'
  | { readonly choice: (text: string) => number };

const choice = (...args: Parameters<typeof choiceMatcher>) => ({ choice: choiceMatcher(...args) });
export const LAYOUT: { readonly [S in SourceSheet]: { readonly [C in keyof TableOf[S]]?: Kind } } =
  {
    activities: {
      date: 'day',
      rep: 'rep',
      team: 'team',
      type: choice(ACTIVITY_TYPES),
      outcome: choice(OUTCOMES),
      duration: 'number',
    },
    pipeline: {
      segment: 'segment',
      rep: 'rep',
      team: 'team',
      source: choice(SOURCES, REFERRAL_ALIASES),
      amount: 'number',
      cost: 'number',
      leadDate: 'day',
      opportunityDate: 'day',
      proposalDate: 'day',
      wonDate: 'day',
      lostDate: 'day',
    },
    customers: {
      customerId: 'id',
      segment: 'segment',
      acquiredDate: 'day',
      churnedDate: 'day',
      source: choice(SOURCES, REFERRAL_ALIASES),
      rep: 'rep',
      team: 'team',
    },
    orders: {
      customerId: 'id',
      date: 'day',
      amount: 'number',
      cost: 'number',
      rep: 'rep',
      team: 'team',
    },
    surveys: {
      date: 'day',
      customerId: 'id',
      kind: choice(SURVEY_KINDS),
      score: 'number',
      rep: 'rep',
      team: 'team',
    },
  };
