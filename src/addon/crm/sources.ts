// The CRM exports the import recognises: for each CRM object, which workbook sheet it feeds and
// the column headers its export writes for each role (English first, then the French interface's
// where the CRM translates its headers). Headers are matched without case, accents or extra
// spaces (see headerKey). Sources of the field names are cited on each entry; the exports write a
// property's label, which is what is listed. Pure data.
import type { ActivityTypeKey } from '../schema';
import type { Role, TargetSheet } from './roles';

export type Crm = 'hubspot' | 'pipedrive' | 'salesforce';

export interface SourceSpec {
  /** Stable key, also the key the remembered mapping is stored under. */
  readonly key: string;
  readonly crm: Crm;
  readonly label: string;
  readonly sheet: TargetSheet;
  /** Header aliases by role, best first. */
  readonly headers: Readonly<Partial<Record<Role, readonly string[]>>>;
  /** Activities of an export of one kind (HubSpot's calls) all have this type. */
  readonly activityType?: ActivityTypeKey;
  /** The unit of an activity duration written as a bare number. */
  readonly durationUnit?: 'minutes' | 'seconds' | 'milliseconds';
}

const CRM_NAMES: Readonly<Record<Crm, string>> = {
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  salesforce: 'Salesforce',
};

/** What some sources add: the label's own spelling of the object, activities' type and unit. */
type SourceOptions = Partial<Pick<SourceSpec, 'activityType' | 'durationUnit'>> & {
  readonly objectLabel?: string;
};

/** A source of `crm`'s `object` export: key "hubspot.deals", label "HubSpot: deals". */
function source(
  crm: Crm,
  object: string,
  sheet: TargetSheet,
  headers: SourceSpec['headers'],
  { objectLabel = object, ...options }: SourceOptions = {},
): SourceSpec {
  return {
    key: `${crm}.${object}`,
    crm,
    label: `${CRM_NAMES[crm]}: ${objectLabel}`,
    sheet,
    headers,
    ...options,
  };
}

// HubSpot. Exports write property labels. Deal properties (dealname, dealstage, amount,
// closedate, createdate, pipeline, hubspot_owner_id, closed_lost_reason):
// https://developers.hubspot.com/docs-beta/crm/deals ; "Record ID" is the id column HubSpot's
// exports and imports use as the unique identifier: https://knowledge.hubspot.com/crm-setup/set-up-your-import-file .
// Stage entry dates: "Date entered [stage]" per pipeline stage, see stage-entry.ts and
// https://knowledge.hubspot.com/properties/stage-calculated-properties .
const HUBSPOT_DEALS = source('hubspot', 'deals', 'pipeline', {
  id: ['Record ID', 'Deal ID', 'ID de fiche d’informations', 'ID de la fiche'],
  account: [
    'Associated Company (Primary)',
    'Associated Company',
    'Deal Name',
    'Entreprise associée',
    'Nom de la transaction',
  ],
  rep: ['Deal owner', 'Propriétaire de la transaction'],
  source: ['Original Traffic Source', 'Original Source Type', 'Source d’origine'],
  amount: ['Amount', 'Montant'],
  lostReason: ['Closed Lost Reason', 'Motif de perte'],
  created: ['Create Date', 'Date de création'],
  closed: ['Close Date', 'Date de fermeture'],
  stage: ['Deal Stage', 'Phase de la transaction'],
});

// HubSpot activities. Calls: hs_timestamp (label "Activity date"), hs_call_duration (in
// milliseconds), hs_call_disposition ("Call outcome"):
// https://developers.hubspot.com/docs/api/crm/calls . Meetings: hs_meeting_outcome
// ("Meeting outcome"): https://developers.hubspot.com/docs/api/crm/meetings . Emails:
// https://developers.hubspot.com/docs/api/crm/email . Associated deals export as "Associated
// Deal IDs" (https://knowledge.hubspot.com/import-and-export/export-records).
const HUBSPOT_ACTIVITY_HEADERS = {
  id: ['Record ID', 'Activity ID', 'ID de fiche d’informations'],
  date: ['Activity date', 'Date de l’activité', 'Create Date'],
  rep: ['Activity assigned to', 'Call owner', 'Meeting owner', 'Email owner', 'Assigné à'],
  dealId: ['Associated Deal IDs', 'Associated Deal ID', 'Deal IDs'],
} as const;

/**
 * An activities export: its unit for a duration written as a bare number and, for an export of
 * one kind (HubSpot's calls), the type all its activities have.
 */
function activitySource(
  crm: Crm,
  object: string,
  durationUnit: SourceSpec['durationUnit'],
  headers: SourceSpec['headers'],
  activityType?: ActivityTypeKey,
): SourceSpec {
  const options = {
    ...(activityType ? { activityType } : {}),
    ...(durationUnit ? { durationUnit } : {}),
  };
  return source(crm, object, 'activities', headers, options);
}

/** A HubSpot engagement export: the headers all engagements share, then its own. */
function hubspotActivities(
  object: string,
  activityType: ActivityTypeKey,
  durationUnit: SourceSpec['durationUnit'],
  headers: SourceSpec['headers'],
): SourceSpec {
  const all = { ...HUBSPOT_ACTIVITY_HEADERS, ...headers };
  return activitySource('hubspot', object, durationUnit, all, activityType);
}

const HUBSPOT_CALLS = hubspotActivities('calls', 'call', 'milliseconds', {
  duration: ['Call duration', 'Durée de l’appel'],
  outcome: ['Call outcome', 'Résultat de l’appel'],
});

const HUBSPOT_MEETINGS = hubspotActivities('meetings', 'meeting', 'minutes', {
  date: ['Meeting start time', 'Start Time', ...HUBSPOT_ACTIVITY_HEADERS.date],
  outcome: ['Meeting outcome', 'Résultat de la réunion'],
});

const HUBSPOT_EMAILS = hubspotActivities('emails', 'email', undefined, {
  outcome: ['Email reply status', 'Email status'],
});

// Companies and contacts: "Company owner", "Close Date" (for a company: the date it became your
// customer), "Create Date": https://knowledge.hubspot.com/companies/hubspot-crm-default-company-properties ;
// "Became a Customer Date" is the lifecycle-stage date both objects carry.
const HUBSPOT_COMPANIES = source('hubspot', 'companies', 'customers', {
  id: ['Record ID', 'Company ID', 'ID de fiche d’informations'],
  account: ['Company name', 'Name', 'Nom de l’entreprise'],
  rep: ['Company owner', 'Propriétaire de l’entreprise'],
  source: ['Original Traffic Source', 'Original Source Type', 'Source d’origine'],
  acquired: ['Became a Customer Date', 'Close Date', 'Date de fermeture'],
});

const HUBSPOT_CONTACTS = source('hubspot', 'contacts', 'customers', {
  id: ['Record ID', 'Contact ID', 'ID de fiche d’informations'],
  account: ['Company Name', 'Associated Company', 'Nom de l’entreprise'],
  rep: ['Contact owner', 'Propriétaire du contact'],
  source: ['Original Traffic Source', 'Original Source', 'Source d’origine'],
  acquired: ['Became a Customer Date', 'Date à laquelle le contact est devenu client'],
});

// Pipedrive. Spreadsheet exports prefix each field with its object ("Deal - Title"); the fields
// are the deal's default fields (id, title, value, stage, status, owner, add_time "Deal created",
// won_time, lost_time, close_time, lost_reason, org): https://support.pipedrive.com/article/import-fields
// and the API's Deal model (https://github.com/pipedrive/client-php/blob/master/docs/versions/v2/Model/Deal.md).
// A deal's stage history (its deal flow in the app) is not in the file export: those deals are
// imported with their created, won and lost times and counted as without stage history.
const PIPEDRIVE_DEALS = source('pipedrive', 'deals', 'pipeline', {
  id: ['Deal - ID', 'Affaire - ID', 'ID'],
  account: [
    'Deal - Organization',
    'Deal - Organisation',
    'Affaire - Organisation',
    'Deal - Title',
    'Affaire - Titre',
  ],
  rep: ['Deal - Owner', 'Affaire - Propriétaire'],
  source: ['Deal - Source channel', 'Deal - Source origin', 'Affaire - Canal source'],
  amount: ['Deal - Value', 'Affaire - Valeur'],
  lostReason: ['Deal - Lost reason', 'Affaire - Raison de la perte'],
  created: ['Deal - Deal created', 'Deal - Add time', 'Affaire - Affaire créée'],
  closed: ['Deal - Close time', 'Deal - Expected close date', 'Affaire - Date de clôture'],
  stage: ['Deal - Stage', 'Affaire - Étape'],
  status: ['Deal - Status', 'Affaire - Statut'],
  won: ['Deal - Won time', 'Affaire - Date de gain'],
  lost: ['Deal - Lost time', 'Affaire - Date de perte'],
});

// Activities: id, type, due_date, duration ("HH:MM"), user, deal_id:
// https://kondado.io/wiki/en/a/pipedrive (the Activities stream's fields)
const PIPEDRIVE_ACTIVITIES = activitySource('pipedrive', 'activities', 'minutes', {
  id: ['Activity - ID', 'Activité - ID'],
  date: ['Activity - Due date', 'Activity - Marked as done time', 'Activité - Date d’échéance'],
  rep: ['Activity - Assigned to user', 'Activity - Owner', 'Activité - Assignée à'],
  type: ['Activity - Type', 'Activité - Type'],
  duration: ['Activity - Duration', 'Activité - Durée'],
  dealId: ['Activity - Deal ID', 'Deal - ID', 'Affaire - ID'],
});

// Persons and organisations (id, name, org, owner; no customer date of their own: map one, e.g.
// a custom field, on the page): https://support.pipedrive.com/article/import-fields
const PIPEDRIVE_PERSONS = source('pipedrive', 'persons', 'customers', {
  id: ['Person - ID', 'Personne - ID'],
  account: [
    'Person - Organization',
    'Person - Organisation',
    'Personne - Organisation',
    'Person - Name',
  ],
  rep: ['Person - Owner', 'Personne - Propriétaire'],
});

const PIPEDRIVE_ORGANIZATIONS = source(
  'pipedrive',
  'organizations',
  'customers',
  {
    id: ['Organization - ID', 'Organisation - ID'],
    account: ['Organization - Name', 'Organisation - Nom', 'Organisation - Name'],
    rep: ['Organization - Owner', 'Organisation - Propriétaire'],
  },
  { objectLabel: 'organisations' },
);

// Salesforce report exports write field labels. Opportunity (Id "Opportunity ID", Name, Account
// Name, Amount, StageName "Stage", CloseDate, CreatedDate, LeadSource, Owner, IsWon "Won"):
// https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-opportunity.html
// Stage history (OpportunityHistory) is a separate report: opportunities are imported with
// their created and close dates and counted as without stage history unless a column is mapped.
const SALESFORCE_OPPORTUNITIES = source('salesforce', 'opportunities', 'pipeline', {
  id: ['Opportunity ID', 'ID de l’opportunité', 'ID opportunité'],
  account: ['Account Name', 'Nom du compte', 'Opportunity Name'],
  rep: ['Opportunity Owner', 'Propriétaire de l’opportunité'],
  source: ['Lead Source', 'Origine de la piste'],
  amount: ['Amount', 'Montant'],
  created: ['Created Date', 'Date de création'],
  closed: ['Close Date', 'Date de clôture'],
  stage: ['Stage', 'Étape'],
  lostReason: ['Loss Reason', 'Reason Lost'],
});

// Account (Id "Account ID", Name "Account Name", Owner, AccountSource, Type): the same field
// reference, Account object (not fetched; the labels follow the Opportunity page's style).
const SALESFORCE_ACCOUNTS = source('salesforce', 'accounts', 'customers', {
  id: ['Account ID', 'ID du compte'],
  account: ['Account Name', 'Nom du compte'],
  rep: ['Account Owner', 'Propriétaire du compte'],
  source: ['Account Source', 'Origine du compte'],
  segment: ['Type', 'Account Type'],
});

// Activity reports (Task and Event): Id "Activity ID", ActivityDate "Due Date" (ActivityHistory:
// "Date"), OwnerId "Assigned To", CallDurationInSeconds "Call Duration", CallDisposition "Call
// Result", DurationInMinutes "Duration":
// https://developer.salesforce.com/docs/atlas.en-us.196.0.sfFieldRef.meta/sfFieldRef/salesforce_field_reference_Task.htm
// and https://developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-openactivity.html
const SALESFORCE_ACTIVITIES = activitySource('salesforce', 'activities', 'seconds', {
  id: ['Activity ID', 'Task ID', 'Event ID', 'ID de l’activité'],
  date: ['Date', 'Due Date', 'Activity Date', 'Date d’échéance'],
  rep: ['Assigned', 'Assigned To', 'Attribué à'],
  type: ['Task Subtype', 'Task/Event', 'Type', 'Sous-type de tâche'],
  duration: ['Call Duration', 'Durée de l’appel'],
  outcome: ['Call Result', 'Résultat de l’appel'],
  dealId: ['Opportunity ID', 'ID de l’opportunité'],
});

export const SOURCES: readonly SourceSpec[] = [
  HUBSPOT_DEALS,
  HUBSPOT_CALLS,
  HUBSPOT_MEETINGS,
  HUBSPOT_EMAILS,
  HUBSPOT_COMPANIES,
  HUBSPOT_CONTACTS,
  PIPEDRIVE_DEALS,
  PIPEDRIVE_ACTIVITIES,
  PIPEDRIVE_PERSONS,
  PIPEDRIVE_ORGANIZATIONS,
  SALESFORCE_OPPORTUNITIES,
  SALESFORCE_ACCOUNTS,
  SALESFORCE_ACTIVITIES,
];

export function sourceByKey(key: string): SourceSpec | undefined {
  return SOURCES.find((s) => s.key === key);
}

/** A header as compared: lower case, no accents, curly quotes straightened, spaces collapsed. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
