// The managed workbook: every sheet the add-on creates, its columns in order, their value types,
// Sheets number formats and dropdown choices, in English and French. Pure data and lookups (no
// Apps Script service): the setup command, the wizard, the alerts and the sample-data generator
// all read the layout from here, so a column is defined once.
//
// Stable keys ('pipeline', 'leadDate', 'referral') never change and never reach the user; the
// English and French texts are what the user sees and may rename (the add-on finds its sheets and
// columns by developer metadata holding these keys, not by their names).
//
// Beyond the DESIGN.md table, Customers, Orders and Surveys also carry the account's Rep and Team
// (appended after the design columns), so that every KPI can be filtered by team or rep on its own
// sheet (per-team NPS needs no lookup through Customers and Pipeline).

import type { Language } from './i18n';

/** How a column's cells are read and written. */
export type ValueType =
  | 'date' // a Date (local midnight); Sheets shows it with the column's date format
  | 'number' // a plain number (counts, scores, KPI values)
  | 'currency' // an amount of money, in the spreadsheet's currency
  | 'percent' // a fraction (0.25), shown as 25 %
  | 'text'
  | 'email'
  | 'id' // an identifier written as text (leading zeros kept)
  | 'duration'; // minutes, as a number

/** One dropdown choice: a stable key and the label shown in each language. */
export interface Choice {
  readonly key: string;
  readonly en: string;
  readonly fr: string;
}

export interface ColumnSpec {
  /** Stable key, unique within the sheet (camelCase). */
  readonly key: string;
  /** Header text in English and French. */
  readonly en: string;
  readonly fr: string;
  readonly type: ValueType;
  /** Sheets number-format pattern for the data cells. */
  readonly format: string;
  /** Dropdown choices (data validation); absent when the column takes free input. */
  readonly choices?: readonly Choice[];
}

/**
 * data: rows the user (or the sample generator) fills; config: settings the add-on reads (teams,
 * objectives, alert rules); log: rows the add-on appends (actions); dashboard: a free layout the
 * dashboard feature draws, with no column model (its columns list is empty).
 */
export type SheetKind = 'data' | 'config' | 'log' | 'dashboard';

export interface SheetSpec {
  readonly key: string;
  readonly kind: SheetKind;
  /** Sheet (tab) name in English and French. */
  readonly en: string;
  readonly fr: string;
  readonly columns: readonly ColumnSpec[];
}

/** The default Sheets number format of each value type. */
export const DEFAULT_FORMATS: Readonly<Record<ValueType, string>> = {
  date: 'yyyy-mm-dd',
  number: '#,##0',
  currency: '#,##0.00',
  percent: '0.0%',
  // Text formats keep identifiers such as 00123 as typed and show user text literally.
  text: '@',
  email: '@',
  id: '@',
  duration: '0',
};

// ---------------------------------------------------------------------------------------------
// Dropdown choices. Labels that the =KPI_* functions recognise by default (Call/Appel,
// Positive reply/Réponse positive, Attended/Présent, Referral/Recommandation) are spelled exactly
// as the functions' defaults expect, so the default rules work on a set-up workbook in both
// languages.

export const ACTIVITY_TYPES = [
  { key: 'call', en: 'Call', fr: 'Appel' },
  { key: 'email', en: 'Email', fr: 'Email' },
  { key: 'meeting', en: 'Meeting', fr: 'Rendez-vous' },
  { key: 'proposal', en: 'Proposal', fr: 'Proposition' },
  { key: 'webinar', en: 'Webinar', fr: 'Webinaire' },
] as const satisfies readonly Choice[];

/** Activity outcomes; each belongs to one activity type (see OUTCOMES_BY_TYPE). */
export const OUTCOMES = [
  { key: 'connected', en: 'Connected', fr: 'Joint' },
  { key: 'voicemail', en: 'Voicemail', fr: 'Messagerie' },
  { key: 'noAnswer', en: 'No answer', fr: 'Pas de réponse' },
  { key: 'positiveReply', en: 'Positive reply', fr: 'Réponse positive' },
  { key: 'negativeReply', en: 'Negative reply', fr: 'Réponse négative' },
  { key: 'noReply', en: 'No reply', fr: 'Sans réponse' },
  { key: 'held', en: 'Held', fr: 'Tenu' },
  { key: 'rescheduled', en: 'Rescheduled', fr: 'Reporté' },
  { key: 'noShow', en: 'No-show', fr: 'Absent' },
  { key: 'sent', en: 'Sent', fr: 'Envoyée' },
  { key: 'accepted', en: 'Accepted', fr: 'Acceptée' },
  { key: 'rejected', en: 'Rejected', fr: 'Refusée' },
  { key: 'attended', en: 'Attended', fr: 'Présent' },
  { key: 'registered', en: 'Registered', fr: 'Inscrit' },
] as const satisfies readonly Choice[];

export type ActivityTypeKey = (typeof ACTIVITY_TYPES)[number]['key'];
export type OutcomeKey = (typeof OUTCOMES)[number]['key'];

/** Which outcomes make sense for which activity type (the sheet's dropdown lists them all). */
export const OUTCOMES_BY_TYPE: Readonly<Record<ActivityTypeKey, readonly OutcomeKey[]>> = {
  call: ['connected', 'voicemail', 'noAnswer'],
  email: ['positiveReply', 'negativeReply', 'noReply'],
  meeting: ['held', 'rescheduled', 'noShow'],
  proposal: ['sent', 'accepted', 'rejected'],
  webinar: ['attended', 'registered'],
};

/** Lead sources; Spend uses the same list as its channels, so CAC can be computed per source. */
export const SOURCES = [
  { key: 'website', en: 'Website', fr: 'Site web' },
  { key: 'outbound', en: 'Outbound', fr: 'Prospection' },
  { key: 'referral', en: 'Referral', fr: 'Recommandation' },
  { key: 'event', en: 'Event', fr: 'Salon' },
  { key: 'partner', en: 'Partner', fr: 'Partenaire' },
  { key: 'paidAds', en: 'Paid ads', fr: 'Publicité' },
] as const satisfies readonly Choice[];

export const SEGMENTS = [
  { key: 'smb', en: 'SMB', fr: 'PME' },
  { key: 'midMarket', en: 'Mid-market', fr: 'ETI' },
  { key: 'enterprise', en: 'Enterprise', fr: 'Grand compte' },
] as const satisfies readonly Choice[];

/** Content a lead consumed before qualification (KPI_CONTENT_PROGRESSION groups by it). */
export const CONTENT_TYPES = [
  { key: 'caseStudy', en: 'Case study', fr: 'Étude de cas' },
  { key: 'webinar', en: 'Webinar', fr: 'Webinaire' },
  { key: 'whitepaper', en: 'Whitepaper', fr: 'Livre blanc' },
  { key: 'demoVideo', en: 'Demo video', fr: 'Vidéo de démo' },
  { key: 'pricingPage', en: 'Pricing page', fr: 'Page tarifs' },
] as const satisfies readonly Choice[];

export const LOST_REASONS = [
  { key: 'price', en: 'Price', fr: 'Prix' },
  { key: 'competitor', en: 'Competitor', fr: 'Concurrent' },
  { key: 'noDecision', en: 'No decision', fr: 'Pas de décision' },
  { key: 'timing', en: 'Timing', fr: 'Calendrier' },
  { key: 'productFit', en: 'Product fit', fr: 'Adéquation produit' },
] as const satisfies readonly Choice[];

export const SURVEY_KINDS = [
  { key: 'nps', en: 'NPS', fr: 'NPS' },
  { key: 'csat', en: 'CSAT', fr: 'CSAT' },
] as const satisfies readonly Choice[];

export const SCOPE_TYPES = [
  { key: 'company', en: 'Company', fr: 'Entreprise' },
  { key: 'team', en: 'Team', fr: 'Équipe' },
  { key: 'rep', en: 'Rep', fr: 'Commercial' },
  { key: 'segment', en: 'Segment', fr: 'Segment' },
] as const satisfies readonly Choice[];

export const UNITS = [
  { key: 'percent', en: 'Percent', fr: 'Pourcentage' },
  { key: 'points', en: 'Points', fr: 'Points' },
  { key: 'count', en: 'Count', fr: 'Nombre' },
  { key: 'amount', en: 'Amount', fr: 'Montant' },
  { key: 'days', en: 'Days', fr: 'Jours' },
] as const satisfies readonly Choice[];

export const FREQUENCIES = [
  { key: 'weekly', en: 'Weekly', fr: 'Hebdomadaire' },
  { key: 'monthly', en: 'Monthly', fr: 'Mensuelle' },
  { key: 'quarterly', en: 'Quarterly', fr: 'Trimestrielle' },
] as const satisfies readonly Choice[];

export const STRATEGIC_GOALS = [
  { key: 'marketShare', en: 'Win market share', fr: 'Gagner des parts de marché' },
  { key: 'retention', en: 'Retain customers', fr: 'Fidéliser les clients' },
  { key: 'profitability', en: 'Raise profitability', fr: 'Améliorer la rentabilité' },
  { key: 'shorterCycle', en: 'Shorten the sales cycle', fr: 'Raccourcir le cycle de vente' },
  { key: 'revenue', en: 'Grow revenue', fr: "Augmenter le chiffre d'affaires" },
  { key: 'satisfaction', en: 'Improve satisfaction', fr: 'Améliorer la satisfaction' },
] as const satisfies readonly Choice[];

export const OBJECTIVE_STATUSES = [
  { key: 'active', en: 'Active', fr: 'Actif' },
  { key: 'achieved', en: 'Achieved', fr: 'Atteint' },
  { key: 'missed', en: 'Missed', fr: 'Manqué' },
  { key: 'cancelled', en: 'Cancelled', fr: 'Annulé' },
] as const satisfies readonly Choice[];

/** KPI_ALERT's modes: a relative change (fraction) or a change in the KPI's own points. */
export const ALERT_MODES = [
  { key: 'relative', en: 'Relative', fr: 'Relatif' },
  { key: 'points', en: 'Points', fr: 'Points' },
] as const satisfies readonly Choice[];

/** KPI_ALERT's directions: alert on a fall (most KPIs) or on a rise (costs such as CAC). */
export const DIRECTIONS = [
  { key: 'down', en: 'Down', fr: 'Baisse' },
  { key: 'up', en: 'Up', fr: 'Hausse' },
] as const satisfies readonly Choice[];

export const YES_NO = [
  { key: 'yes', en: 'Yes', fr: 'Oui' },
  { key: 'no', en: 'No', fr: 'Non' },
] as const satisfies readonly Choice[];

export const ACTION_STATUSES = [
  { key: 'open', en: 'Open', fr: 'Ouverte' },
  { key: 'inProgress', en: 'In progress', fr: 'En cours' },
  { key: 'done', en: 'Done', fr: 'Terminée' },
  // Set by the alert check when the KPI is back within its threshold (see src/addon/alerts).
  { key: 'recovered', en: 'Recovered', fr: 'Rétablie' },
] as const satisfies readonly Choice[];

/** What raised an Actions row: a KPI_ALERT breach, or an objective behind its pace. */
export const ACTION_KINDS = [
  { key: 'alert', en: 'Alert', fr: 'Alerte' },
  { key: 'pace', en: 'Behind pace', fr: 'Retard sur objectif' },
] as const satisfies readonly Choice[];

/** A deal's stage in the Pipeline history (src/addon/history): derived from its stage dates. */
export const PIPELINE_STAGES = [
  { key: 'lead', en: 'Lead', fr: 'Lead' },
  { key: 'opportunity', en: 'Opportunity', fr: 'Opportunité' },
  { key: 'proposal', en: 'Proposal', fr: 'Proposition' },
  { key: 'won', en: 'Won', fr: 'Gagnée' },
  { key: 'lost', en: 'Lost', fr: 'Perdue' },
  // An open deal that left the Pipeline sheet (deleted, or its ID changed).
  { key: 'removed', en: 'Removed', fr: 'Retirée' },
] as const satisfies readonly Choice[];

/** Who an experiment compares: two teams, or two reps (src/addon/experiments). */
export const GROUP_TYPES = [
  { key: 'team', en: 'Team', fr: 'Équipe' },
  { key: 'rep', en: 'Rep', fr: 'Commercial' },
] as const satisfies readonly Choice[];

/** An experiment runs until its end date; concluded rows keep their verdict (never deleted). */
export const EXPERIMENT_STATUSES = [
  { key: 'running', en: 'Running', fr: 'En cours' },
  { key: 'concluded', en: 'Concluded', fr: 'Terminée' },
] as const satisfies readonly Choice[];

/** What a Context note records (src/addon/context): the story behind a number. */
export const CONTEXT_KINDS = [
  { key: 'season', en: 'Season', fr: 'Saison' },
  { key: 'competitor', en: 'Competitor', fr: 'Concurrence' },
  { key: 'campaign', en: 'Campaign', fr: 'Campagne' },
  { key: 'productIssue', en: 'Product issue', fr: 'Problème produit' },
  { key: 'staffing', en: 'Staffing', fr: 'Effectifs' },
  { key: 'customerFeedback', en: 'Customer feedback', fr: 'Retour client' },
  { key: 'other', en: 'Other', fr: 'Autre' },
] as const satisfies readonly Choice[];

// ---------------------------------------------------------------------------------------------
// Sheets and columns. `col` and `sheet` keep the literal keys in the types, so that
// ColumnKey<'pipeline'> is the union of Pipeline's column keys.

interface ColumnOptions {
  format?: string;
  choices?: readonly Choice[];
}

function col<const K extends string>(
  key: K,
  type: ValueType,
  en: string,
  fr: string,
  options: ColumnOptions = {},
): ColumnSpec & { readonly key: K } {
  const spec = { key, type, en, fr, format: options.format ?? DEFAULT_FORMATS[type] };
  return options.choices ? { ...spec, choices: options.choices } : spec;
}

function sheet<const K extends string, const C extends readonly ColumnSpec[]>(
  key: K,
  kind: SheetKind,
  en: string,
  fr: string,
  columns: C,
): SheetSpec & { readonly key: K; readonly columns: C } {
  return { key, kind, en, fr, columns };
}

// Values measured in the KPI's own unit (a rate, points, an amount): two decimals show them all.
const KPI_VALUE = { format: '#,##0.00' };

// Columns several sheets have, defined once: the same key, type, headers and format wherever
// they appear.
const SHARED = {
  date: col('date', 'date', 'Date', 'Date'),
  rep: col('rep', 'text', 'Rep', 'Commercial'),
  team: col('team', 'text', 'Team', 'Équipe'),
  account: col('account', 'text', 'Account', 'Compte'),
  segment: col('segment', 'text', 'Segment', 'Segment', { choices: SEGMENTS }),
  source: col('source', 'text', 'Source', 'Source', { choices: SOURCES }),
  amount: col('amount', 'currency', 'Amount', 'Montant'),
  cost: col('cost', 'currency', 'Cost', 'Coût'),
  dealId: col('dealId', 'id', 'Deal ID', 'ID affaire'),
  customerId: col('customerId', 'id', 'Customer ID', 'ID client'),
  // The CRM record an imported row came from ("hubspot:activities:512"; src/addon/crm); blank
  // on rows the user typed, which the import never touches.
  crmId: col('crmId', 'id', 'CRM ID', 'ID CRM'),
  expectedClose: col('expectedClose', 'date', 'Expected close', 'Clôture prévue'),
  id: col('id', 'id', 'ID', 'ID'),
  kpi: col('kpi', 'text', 'KPI', 'KPI'),
  scopeType: col('scopeType', 'text', 'Scope type', 'Type de périmètre', { choices: SCOPE_TYPES }),
  scope: col('scope', 'text', 'Scope', 'Périmètre'),
  owner: col('owner', 'email', 'Owner', 'Responsable'),
  correctiveAction: col('correctiveAction', 'text', 'Corrective action', 'Action corrective'),
  start: col('start', 'date', 'Start', 'Début'),
  end: col('end', 'date', 'End', 'Fin'),
  comment: col('comment', 'text', 'Comment', 'Commentaire'),
} as const;

// The managed sheets, declared in workbook (tab) order (SHEET_KEYS is their keys in turn).
export const SCHEMA = {
  activities: sheet('activities', 'data', 'Activities', 'Activités', [
    SHARED.date,
    SHARED.rep,
    SHARED.team,
    col('type', 'text', 'Type', 'Type', { choices: ACTIVITY_TYPES }),
    col('duration', 'duration', 'Duration (min)', 'Durée (min)'),
    col('outcome', 'text', 'Outcome', 'Résultat', { choices: OUTCOMES }),
    SHARED.dealId,
    SHARED.crmId,
  ]),
  pipeline: sheet('pipeline', 'data', 'Pipeline', 'Pipeline', [
    SHARED.dealId,
    SHARED.account,
    SHARED.segment,
    SHARED.rep,
    SHARED.team,
    SHARED.source,
    col('content', 'text', 'Content consumed', 'Contenu consulté', { choices: CONTENT_TYPES }),
    SHARED.amount,
    SHARED.cost,
    col('leadDate', 'date', 'Lead date', 'Date lead'),
    col('opportunityDate', 'date', 'Opportunity date', 'Date opportunité'),
    col('proposalDate', 'date', 'Proposal date', 'Date proposition'),
    col('wonDate', 'date', 'Won date', 'Date gagnée'),
    col('lostDate', 'date', 'Lost date', 'Date perdue'),
    col('lostReason', 'text', 'Lost reason', 'Motif de perte', { choices: LOST_REASONS }),
    // When the rep expects the deal to close; the Pipeline history tracks when it slips.
    SHARED.expectedClose,
    SHARED.crmId,
  ]),
  customers: sheet('customers', 'data', 'Customers', 'Clients', [
    SHARED.customerId,
    SHARED.account,
    SHARED.segment,
    col('acquiredDate', 'date', 'Acquired date', "Date d'acquisition"),
    col('churnedDate', 'date', 'Churned date', 'Date de départ'),
    SHARED.source,
    SHARED.dealId,
    SHARED.rep,
    SHARED.team,
    SHARED.crmId,
  ]),
  orders: sheet('orders', 'data', 'Orders', 'Commandes', [
    col('orderId', 'id', 'Order ID', 'ID commande'),
    SHARED.customerId,
    SHARED.date,
    SHARED.amount,
    SHARED.cost,
    SHARED.rep,
    SHARED.team,
  ]),
  surveys: sheet('surveys', 'data', 'Surveys', 'Enquêtes', [
    SHARED.date,
    SHARED.customerId,
    col('kind', 'text', 'Kind', 'Type', { choices: SURVEY_KINDS }),
    // NPS 0–10 or CSAT 1–5, whole numbers.
    col('score', 'number', 'Score', 'Note', { format: '0' }),
    SHARED.comment,
    SHARED.rep,
    SHARED.team,
  ]),
  spend: sheet('spend', 'data', 'Spend', 'Dépenses', [
    // The first day of the month, shown as the month.
    col('month', 'date', 'Month', 'Mois', { format: 'yyyy-mm' }),
    col('channel', 'text', 'Channel', 'Canal', { choices: SOURCES }),
    SHARED.amount,
  ]),
  teams: sheet('teams', 'config', 'Teams', 'Équipes', [
    SHARED.team,
    col('leadName', 'text', 'Lead name', 'Responsable'),
    // Who receives that team's scheduled summary.
    col('leadEmail', 'email', 'Lead email', 'Email du responsable'),
  ]),
  objectives: sheet('objectives', 'config', 'Objectives', 'Objectifs', [
    SHARED.id,
    SHARED.kpi,
    SHARED.scopeType,
    SHARED.scope,
    col('baseline', 'number', 'Baseline', 'Valeur de départ', KPI_VALUE),
    col('target', 'number', 'Target', 'Cible', KPI_VALUE),
    col('unit', 'text', 'Unit', 'Unité', { choices: UNITS }),
    SHARED.start,
    col('deadline', 'date', 'Deadline', 'Échéance'),
    col('frequency', 'text', 'Frequency', 'Fréquence', { choices: FREQUENCIES }),
    SHARED.owner,
    // The five SMART answers, in the user's words.
    col('specific', 'text', 'Specific', 'Spécifique'),
    col('measurable', 'text', 'Measurable', 'Mesurable'),
    col('achievable', 'text', 'Achievable', 'Atteignable'),
    col('realistic', 'text', 'Realistic', 'Réaliste'),
    col('timeBound', 'text', 'Time-bound', 'Temporel'),
    col('strategicGoal', 'text', 'Strategic goal', 'Objectif stratégique', {
      choices: STRATEGIC_GOALS,
    }),
    // The quality or conversion KPI that guards an activity-volume KPI (Goodhart).
    col('pairedKpi', 'text', 'Paired KPI', 'KPI associé'),
    col('status', 'text', 'Status', 'Statut', { choices: OBJECTIVE_STATUSES }),
    // The KPI's live value for the scope over the objective's window (start → deadline), a
    // formula over the source sheets that the wizard writes (see objectives/formulas.ts).
    col('current', 'number', 'Current', 'Valeur actuelle', KPI_VALUE),
    // The achieved share, computed live by a =KPI_PROGRESS formula the add-on writes.
    col('progress', 'percent', 'Progress', 'Progression', { format: '0%' }),
    // KPI_PROGRESS's status at today's pace: ahead, on track, behind or done. Written by a
    // formula, so not in the text format (Sheets keeps what is typed into a text cell as text).
    col('pace', 'number', 'Pace', 'Rythme', { format: 'General' }),
  ]),
  alerts: sheet('alerts', 'config', 'Alerts', 'Alertes', [
    SHARED.id,
    col('objectiveId', 'id', 'Objective ID', 'ID objectif'),
    SHARED.kpi,
    SHARED.scopeType,
    SHARED.scope,
    col('mode', 'text', 'Mode', 'Mode', { choices: ALERT_MODES }),
    // A fraction in relative mode (0.1 = 10 %), KPI points in points mode.
    col('threshold', 'number', 'Threshold', 'Seuil', KPI_VALUE),
    col('direction', 'text', 'Direction', 'Sens', { choices: DIRECTIONS }),
    // Periods with fewer underlying rows than this do not alert (too little data to judge).
    col('minVolume', 'number', 'Minimum volume', 'Volume minimum'),
    SHARED.correctiveAction,
    SHARED.owner,
    col('active', 'text', 'Active', 'Active', { choices: YES_NO }),
  ]),
  actions: sheet('actions', 'log', 'Actions', 'Actions', [
    SHARED.date,
    col('alertId', 'id', 'Alert ID', 'ID alerte'),
    SHARED.kpi,
    SHARED.scope,
    col('previous', 'number', 'Previous', 'Précédent', KPI_VALUE),
    col('current', 'number', 'Current', 'Actuel', KPI_VALUE),
    col('change', 'number', 'Change', 'Variation', KPI_VALUE),
    SHARED.correctiveAction,
    SHARED.owner,
    col('status', 'text', 'Status', 'Statut', { choices: ACTION_STATUSES }),
    col('recoveredDate', 'date', 'Recovered date', 'Date de rétablissement'),
    col('kind', 'text', 'Kind', 'Type', { choices: ACTION_KINDS }),
    // The first day of the period the row is about: one row per rule and period (cooldown).
    col('period', 'date', 'Period', 'Période'),
    // The Context notes (below) overlapping the alert's period and scope, when it was raised.
    col('context', 'text', 'Context', 'Contexte'),
    // Typed by the action's owner: what was done and what it gave (the summaries show it).
    SHARED.comment,
  ]),
  // Sales-technique experiments (src/addon/experiments): one row per experiment, appended by the
  // sidebar and never deleted (losing and null results stay logged). The counts are written by
  // the add-on from the source sheets; sample size, rates, lift, p-value and verdict are
  // formulas (=KPI_SAMPLE_SIZE, =KPI_EXPERIMENT), so formula columns are not in the text format.
  experiments: sheet('experiments', 'log', 'Experiments', 'Expériences', [
    SHARED.id,
    col('technique', 'text', 'Technique', 'Technique'),
    SHARED.kpi,
    col('hypothesis', 'text', 'Hypothesis', 'Hypothèse'),
    col('groupType', 'text', 'Groups', 'Groupes', { choices: GROUP_TYPES }),
    col('control', 'text', 'Control group', 'Groupe témoin'),
    col('variant', 'text', 'Variant group', 'Groupe test'),
    SHARED.start,
    SHARED.end,
    col('baselineRate', 'percent', 'Baseline rate', 'Taux de référence'),
    col('minLift', 'percent', 'Minimum lift', 'Hausse minimale', { format: '0%' }),
    col('sampleSize', 'number', 'Sample size per group', 'Échantillon par groupe'),
    col('controlSuccesses', 'number', 'Control successes', 'Succès témoin'),
    col('controlTotal', 'number', 'Control total', 'Total témoin'),
    col('variantSuccesses', 'number', 'Variant successes', 'Succès test'),
    col('variantTotal', 'number', 'Variant total', 'Total test'),
    col('controlRate', 'percent', 'Control rate', 'Taux témoin'),
    col('variantRate', 'percent', 'Variant rate', 'Taux test'),
    col('lift', 'percent', 'Lift', 'Hausse', { format: '+0.0%;-0.0%;0.0%' }),
    col('pValue', 'number', 'p-value', 'p-valeur', { format: '0.0000' }),
    col('verdict', 'number', 'Verdict', 'Verdict', { format: 'General' }),
    col('status', 'text', 'Status', 'Statut', { choices: EXPERIMENT_STATUSES }),
    SHARED.owner,
    col('updated', 'date', 'Counts updated', 'Comptes mis à jour'),
  ]),
  dashboard: sheet('dashboard', 'dashboard', 'Dashboard', 'Tableau de bord', []),
  // The scheduled email summaries' status (src/addon/summaries): one row per run that sent,
  // deferred or failed, newest first, rewritten whole by each run (the last 20 runs).
  summaryLog: sheet('summaryLog', 'log', 'Summary log', 'Journal des résumés', [
    col('time', 'date', 'Time', 'Heure', { format: 'yyyy-mm-dd hh:mm' }),
    col('period', 'date', 'Summary of', 'Résumé du'),
    col('trigger', 'text', 'Run', 'Exécution'),
    col('sent', 'number', 'Sent', 'Envoyés'),
    col('deferred', 'number', 'Deferred', 'Reportés'),
    col('awaiting', 'number', 'Awaiting approval', 'En attente d’approbation'),
    col('error', 'text', 'Error', 'Erreur'),
  ]),
  // The Pipeline history (src/addon/history): append-only, one row per deal per day on which its
  // stage, amount, expected close, rep or team changed, written by the hourly run once a day.
  pipelineHistory: sheet('pipelineHistory', 'log', 'Pipeline history', 'Historique du pipeline', [
    SHARED.date,
    SHARED.dealId,
    col('stage', 'text', 'Stage', 'Étape', { choices: PIPELINE_STAGES }),
    SHARED.amount,
    SHARED.expectedClose,
    SHARED.rep,
    SHARED.team,
  ]),
  // What the Pipeline history and the Pipeline say (src/addon/history/insights.ts): forecast, why
  // it moved, waterfall, time in stage, ageing, slipped close dates; rewritten by the daily
  // snapshot, a free layout like the dashboard.
  pipelineInsights: sheet(
    'pipelineInsights',
    'dashboard',
    'Pipeline insights',
    'Analyse du pipeline',
    [],
  ),
  // The context log (src/addon/context): events behind the numbers (a season, a competitor's
  // promotion, a product issue), each over a date range and a scope; appended by the "Add a note"
  // page or typed by anyone, shown beside alerts, in the emails and on the dashboard.
  context: sheet('context', 'log', 'Context', 'Contexte', [
    SHARED.start,
    SHARED.end,
    SHARED.scopeType,
    SHARED.scope,
    col('kind', 'text', 'Kind', 'Type', { choices: CONTEXT_KINDS }),
    col('note', 'text', 'Note', 'Note'),
    col('author', 'email', 'Author', 'Auteur'),
  ]),
} as const;

export type SheetKey = keyof typeof SCHEMA;
export type ColumnKey<S extends SheetKey> = (typeof SCHEMA)[S]['columns'][number]['key'];

/** The managed sheets in workbook (tab) order: SCHEMA declares them in that order. */
export const SHEET_KEYS = Object.keys(SCHEMA) as readonly SheetKey[];

/** The sheets that hold data rows, which the sample-data generator fills. */
export const SAMPLE_SHEET_KEYS = [
  'teams',
  'activities',
  'pipeline',
  'customers',
  'orders',
  'surveys',
  'spend',
  'context',
] as const satisfies readonly SheetKey[];
export type SampleSheetKey = (typeof SAMPLE_SHEET_KEYS)[number];

// ---------------------------------------------------------------------------------------------
// Lookups.

export function sheetSpec(key: SheetKey): SheetSpec {
  return SCHEMA[key];
}

export function sheetName(key: SheetKey, language: Language): string {
  return SCHEMA[key][language];
}

/** The header row of a sheet in a language, in column order. */
export function headers(key: SheetKey, language: Language): string[] {
  return SCHEMA[key].columns.map((c: ColumnSpec) => c[language]);
}

/** The position (0-based) of each column of a sheet, by key. */
export function columnIndexes<S extends SheetKey>(key: S): Readonly<Record<ColumnKey<S>, number>> {
  const out: Record<string, number> = {};
  SCHEMA[key].columns.forEach((c: ColumnSpec, i: number) => (out[c.key] = i));
  return out as Record<ColumnKey<S>, number>;
}

/** The spec of one column, by key. */
export function columnSpec<S extends SheetKey>(key: S, column: ColumnKey<S>): ColumnSpec {
  const spec = SCHEMA[key].columns.find((c: ColumnSpec) => c.key === column);
  // The types make a miss impossible for literal keys; a cast key gets a clear message.
  if (!spec) throw new Error(`The ${key} sheet has no column "${String(column)}"`);
  return spec;
}

/** A choice's label in a language. */
export function choiceLabel(choice: Choice, language: Language): string {
  return choice[language];
}

/**
 * The choice whose label (in either language) or key matches the text, compared trimmed and
 * without regard to case, so a cell typed in either language is understood; undefined if none.
 */
export function findChoice<C extends Choice>(choices: readonly C[], text: unknown): C | undefined {
  if (typeof text !== 'string') return undefined;
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return undefined;
  return choices.find(
    (c) =>
      c.en.toLowerCase() === wanted ||
      c.fr.toLowerCase() === wanted ||
      c.key.toLowerCase() === wanted,
  );
}
