// What the import reads from a CRM export, per target sheet: each role is one input column
// (the record id, the deal's account, its current stage, …). A mapping assigns a file column to
// each role; the roles' labels are what the page shows. Pure data.
import type { Language } from '../i18n';

export type TargetSheet = 'pipeline' | 'activities' | 'customers';

export type PipelineRole =
  | 'id'
  | 'account'
  | 'rep'
  | 'team'
  | 'segment'
  | 'source'
  | 'amount'
  | 'lostReason'
  | 'created'
  | 'closed'
  | 'stage'
  | 'status'
  | 'won'
  | 'lost';
export type ActivityRole =
  'id' | 'date' | 'rep' | 'team' | 'type' | 'duration' | 'outcome' | 'dealId';
export type CustomerRole =
  'id' | 'account' | 'segment' | 'source' | 'acquired' | 'churned' | 'rep' | 'team';
export type Role = PipelineRole | ActivityRole | CustomerRole;

type Labels = Readonly<Record<Language, string>>;

/** The roles each target sheet's import reads, in the order the page lists them. */
const SHEET_ROLES: Readonly<Record<TargetSheet, readonly Role[]>> = {
  pipeline: [
    'id',
    'account',
    'rep',
    'team',
    'segment',
    'source',
    'amount',
    'lostReason',
    'created',
    'closed',
    'stage',
    'status',
    'won',
    'lost',
  ],
  activities: ['id', 'date', 'rep', 'team', 'type', 'duration', 'outcome', 'dealId'],
  customers: ['id', 'account', 'segment', 'source', 'acquired', 'churned', 'rep', 'team'],
};

/** The roles' labels, once each (an activity's rep is its assignee, a record's its owner). */
const LABELS: Readonly<Record<Language, Readonly<Record<Role | 'assignee', string>>>> = {
  en: {
    id: 'Record ID',
    account: 'Account',
    rep: 'Rep (owner)',
    assignee: 'Rep (assigned to)',
    team: 'Team',
    segment: 'Segment',
    source: 'Source',
    amount: 'Amount',
    lostReason: 'Lost reason',
    created: 'Created (lead date)',
    closed: 'Close date',
    stage: 'Current stage',
    status: 'Status (open/won/lost)',
    won: 'Won time',
    lost: 'Lost time',
    date: 'Date',
    type: 'Type',
    duration: 'Duration',
    outcome: 'Outcome',
    dealId: 'Deal ID',
    acquired: 'Became a customer',
    churned: 'Churned',
  },
  fr: {
    id: 'ID de la fiche',
    account: 'Compte',
    rep: 'Commercial (propriétaire)',
    assignee: 'Commercial (assigné)',
    team: 'Équipe',
    segment: 'Segment',
    source: 'Source',
    amount: 'Montant',
    lostReason: 'Motif de perte',
    created: 'Création (date lead)',
    closed: 'Date de clôture',
    stage: 'Étape actuelle',
    status: 'Statut (ouvert/gagné/perdu)',
    won: 'Date gagnée',
    lost: 'Date perdue',
    date: 'Date',
    type: 'Type',
    duration: 'Durée',
    outcome: 'Résultat',
    dealId: 'ID affaire',
    acquired: 'Devenu client',
    churned: 'Parti',
  },
};

/** A sheet's roles with their labels, in the page's order. */
function rolesOf(sheet: TargetSheet): readonly (readonly [Role, Labels])[] {
  return SHEET_ROLES[sheet].map((role) => {
    const key = role === 'rep' && sheet === 'activities' ? 'assignee' : role;
    return [role, { en: LABELS.en[key], fr: LABELS.fr[key] }] as const;
  });
}

export const ROLES: Readonly<Record<TargetSheet, readonly (readonly [Role, Labels])[]>> = {
  pipeline: rolesOf('pipeline'),
  activities: rolesOf('activities'),
  customers: rolesOf('customers'),
};

export const FUNNEL_STAGES = ['lead', 'opportunity', 'proposal', 'won', 'lost'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
