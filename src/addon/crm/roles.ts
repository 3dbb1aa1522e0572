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

export const ROLES: Readonly<Record<TargetSheet, readonly (readonly [Role, Labels])[]>> = {
  pipeline: [
    ['id', { en: 'Record ID', fr: 'ID de la fiche' }],
    ['account', { en: 'Account', fr: 'Compte' }],
    ['rep', { en: 'Rep (owner)', fr: 'Commercial (propriétaire)' }],
    ['team', { en: 'Team', fr: 'Équipe' }],
    ['segment', { en: 'Segment', fr: 'Segment' }],
    ['source', { en: 'Source', fr: 'Source' }],
    ['amount', { en: 'Amount', fr: 'Montant' }],
    ['lostReason', { en: 'Lost reason', fr: 'Motif de perte' }],
    ['created', { en: 'Created (lead date)', fr: 'Création (date lead)' }],
    ['closed', { en: 'Close date', fr: 'Date de clôture' }],
    ['stage', { en: 'Current stage', fr: 'Étape actuelle' }],
    ['status', { en: 'Status (open/won/lost)', fr: 'Statut (ouvert/gagné/perdu)' }],
    ['won', { en: 'Won time', fr: 'Date gagnée' }],
    ['lost', { en: 'Lost time', fr: 'Date perdue' }],
  ],
  activities: [
    ['id', { en: 'Record ID', fr: 'ID de la fiche' }],
    ['date', { en: 'Date', fr: 'Date' }],
    ['rep', { en: 'Rep (assigned to)', fr: 'Commercial (assigné)' }],
    ['team', { en: 'Team', fr: 'Équipe' }],
    ['type', { en: 'Type', fr: 'Type' }],
    ['duration', { en: 'Duration', fr: 'Durée' }],
    ['outcome', { en: 'Outcome', fr: 'Résultat' }],
    ['dealId', { en: 'Deal ID', fr: 'ID affaire' }],
  ],
  customers: [
    ['id', { en: 'Record ID', fr: 'ID de la fiche' }],
    ['account', { en: 'Account', fr: 'Compte' }],
    ['segment', { en: 'Segment', fr: 'Segment' }],
    ['source', { en: 'Source', fr: 'Source' }],
    ['acquired', { en: 'Became a customer', fr: 'Devenu client' }],
    ['churned', { en: 'Churned', fr: 'Parti' }],
    ['rep', { en: 'Rep (owner)', fr: 'Commercial (propriétaire)' }],
    ['team', { en: 'Team', fr: 'Équipe' }],
  ],
};

export const FUNNEL_STAGES = ['lead', 'opportunity', 'proposal', 'won', 'lost'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
