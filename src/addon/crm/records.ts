// One CRM record → one workbook row (cells by the sheet's column keys), or the reason it is
// skipped. Dates become calendar days, amounts numbers, dropdown values choice keys (written in
// the sheet's language later); the deal's stage dates come from its stage-entry columns, else
// from what the export knows (created, won and lost times, the close date of a closed deal).
// Pure.
import {
  type Choice,
  LOST_REASONS,
  OUTCOMES,
  OUTCOMES_BY_TYPE,
  SEGMENTS,
  SOURCES as LEAD_SOURCES,
  type ActivityTypeKey,
} from '../schema';
import type { ImportMapping } from './mapping';
import type { FunnelStage, Role } from './roles';
import { headerKey, sourceByKey, type SourceSpec } from './sources';
import { closedStatusOf, funnelStageOf } from './stages';
import { readAmount, readDateText, readMinutes } from './values';

/** A cell to write: text, number, calendar day, or a dropdown choice key. '' is blank. */
export type Cell = string | number | { readonly day: number } | { readonly choice: string };

export interface MappedRow {
  /** "<crm>:<sheet>:<record id>", the key of the row in the workbook. */
  readonly crmId: string;
  readonly line: number;
  readonly cells: Readonly<Record<string, Cell>>;
  /** A deal past the lead stage whose stage-entry dates are all missing. */
  readonly withoutHistory?: boolean;
}

export type SkipReason =
  | 'noId'
  | 'duplicateId'
  | 'badDate'
  | 'badNumber'
  | 'unknownStage'
  | 'unknownType'
  | 'notCustomer'
  | 'noDate';

export interface SkippedRow {
  readonly line: number;
  readonly reason: SkipReason;
  /** The offending value, or the column, as the report shows it. */
  readonly detail: string;
}

export type RecordOutcome = { readonly row: MappedRow } | { readonly skip: SkippedRow };

/** The mapping with its header texts turned into this file's column indexes. */
export interface ResolvedMapping {
  readonly mapping: ImportMapping;
  readonly source: SourceSpec;
  readonly index: Partial<Record<Role, number>>;
  readonly entries: readonly (readonly [number, FunnelStage])[];
}

export function resolveMapping(
  mapping: ImportMapping,
  headers: readonly string[],
): ResolvedMapping {
  const source = sourceByKey(mapping.source);
  if (!source) throw new Error(`Unknown CRM source: ${mapping.source}`);
  const index: Partial<Record<Role, number>> = {};
  for (const [role, header] of Object.entries(mapping.columns) as [Role, string][]) {
    const i = headers.indexOf(header);
    if (i >= 0) index[role] = i;
  }
  const entries: [number, FunnelStage][] = [];
  for (const [header, stage] of Object.entries(mapping.stageEntries)) {
    const i = headers.indexOf(header);
    if (i >= 0 && stage !== '') entries.push([i, stage]);
  }
  return { mapping, source, index, entries };
}

// The sheet columns that come from one role only: written only when the file has that role's
// column, so a value the user added to an imported row (its Team, say) is never blanked.
const CELL_ROLE: Readonly<Record<string, Role>> = {
  account: 'account',
  segment: 'segment',
  rep: 'rep',
  team: 'team',
  source: 'source',
  amount: 'amount',
  lostReason: 'lostReason',
  duration: 'duration',
  outcome: 'outcome',
  churnedDate: 'churned',
};

function onlyMapped(row: MappedRow, resolved: ResolvedMapping): MappedRow {
  const cells: Record<string, Cell> = {};
  for (const [key, cell] of Object.entries(row.cells)) {
    const role =
      CELL_ROLE[key] ??
      (key === 'dealId' && resolved.mapping.sheet === 'activities' ? 'dealId' : undefined);
    if (role === undefined || resolved.index[role] !== undefined) cells[key] = cell;
  }
  return { ...row, cells };
}

class Skip extends Error {
  constructor(
    readonly reason: SkipReason,
    readonly detail: string,
  ) {
    super(reason);
  }
}

/** Maps one record; never throws for bad data (the reason is returned instead). */
export function mapRecord(
  resolved: ResolvedMapping,
  cells: readonly string[],
  line: number,
): RecordOutcome {
  try {
    return { row: onlyMapped(mapOrThrow(resolved, cells, line), resolved) };
  } catch (e) {
    if (e instanceof Skip) return { skip: { line, reason: e.reason, detail: e.detail } };
    throw e;
  }
}

function mapOrThrow(resolved: ResolvedMapping, cells: readonly string[], line: number): MappedRow {
  const { mapping, index, source } = resolved;
  const text = (role: Role) =>
    index[role] === undefined ? '' : (cells[index[role]!] ?? '').trim();
  const day = (role: Role): Cell => dayOf(text(role), mapping, role);
  const id = text('id');
  if (id === '') throw new Skip('noId', mapping.columns.id ?? 'id');
  const crmId = `${source.crm}:${mapping.sheet}:${id}`;
  if (mapping.sheet === 'activities') {
    const date = day('date');
    if (date === '') throw new Skip('noDate', mapping.columns.date ?? 'date');
    const type = source.activityType ?? activityTypeOf(text('type'));
    if (!type) throw new Skip('unknownType', text('type'));
    const duration = text('duration');
    const minutes = duration === '' ? '' : readMinutes(duration, source.durationUnit ?? 'minutes');
    if (minutes === undefined) throw new Skip('badNumber', duration);
    const outcome = outcomeOf(type, text('outcome'));
    return {
      crmId,
      line,
      cells: {
        date,
        rep: text('rep'),
        team: text('team'),
        type: { choice: type },
        duration: minutes,
        outcome: outcome ? { choice: outcome } : '',
        dealId: text('dealId').split(/[;,]/)[0].trim(),
      },
    };
  }
  if (mapping.sheet === 'customers') {
    const acquired = day('acquired');
    if (acquired === '') throw new Skip('notCustomer', mapping.columns.acquired ?? '');
    return {
      crmId,
      line,
      cells: {
        customerId: id,
        account: text('account'),
        segment: choiceOf(SEGMENTS, text('segment')),
        acquiredDate: acquired,
        churnedDate: day('churned'),
        source: choiceOf(LEAD_SOURCES, text('source')),
        rep: text('rep'),
        team: text('team'),
      },
    };
  }
  return mapDeal(resolved, cells, line, crmId, id, text, day);
}

function mapDeal(
  resolved: ResolvedMapping,
  cells: readonly string[],
  line: number,
  crmId: string,
  id: string,
  text: (role: Role) => string,
  day: (role: Role) => Cell,
): MappedRow {
  const { mapping } = resolved;
  const amountText = text('amount');
  const amount = amountText === '' ? '' : readAmount(amountText, mapping.decimal);
  if (amount === undefined) throw new Skip('badNumber', amountText);
  const stageName = text('stage');
  let current: FunnelStage | undefined = closedStatusOf(text('status'));
  if (!current && stageName !== '') {
    // A name the page showed keeps the user's choice ('' = not a funnel stage); a name first seen
    // in a later chunk gets its guess.
    const chosen =
      stageName in mapping.stageNames ? mapping.stageNames[stageName] : funnelStageOf(stageName);
    if (!chosen) throw new Skip('unknownStage', stageName);
    current = chosen;
  }
  const entered = new Map<FunnelStage, number>();
  for (const [column, stage] of resolved.entries) {
    const value = (cells[column] ?? '').trim();
    if (value === '') continue;
    const d = readDateText(value, mapping.dateOrder);
    if (d === undefined) throw new Skip('badDate', value);
    if (!entered.has(stage) || d < entered.get(stage)!) entered.set(stage, d);
  }
  const at = (stage: FunnelStage): Cell => (entered.has(stage) ? { day: entered.get(stage)! } : '');
  const closed = day('closed');
  const won = at('won') || day('won') || (current === 'won' ? closed : '');
  const lost = at('lost') || day('lost') || (current === 'lost' ? closed : '');
  const withoutHistory = entered.size === 0 && current !== undefined && current !== 'lead';
  return {
    crmId,
    line,
    withoutHistory,
    cells: {
      dealId: id,
      account: text('account'),
      segment: choiceOf(SEGMENTS, text('segment')),
      rep: text('rep'),
      team: text('team'),
      source: choiceOf(LEAD_SOURCES, text('source')),
      amount,
      leadDate: at('lead') || day('created'),
      opportunityDate: at('opportunity'),
      proposalDate: at('proposal'),
      wonDate: won,
      lostDate: lost,
      lostReason: choiceOf(LOST_REASONS, text('lostReason')),
    },
  };
}

function dayOf(value: string, mapping: ImportMapping, role: Role): Cell {
  if (value === '') return '';
  const d = readDateText(value, mapping.dateOrder);
  if (d === undefined) throw new Skip('badDate', `${mapping.columns[role] ?? role}: ${value}`);
  return { day: d };
}

/** A dropdown choice whose English or French label (or key) the text is; else the text itself. */
function choiceOf(choices: readonly Choice[], value: string): Cell {
  if (value === '') return '';
  const key = headerKey(value);
  const found = choices.find((c) => [c.key, c.en, c.fr].some((label) => headerKey(label) === key));
  return found ? { choice: found.key } : (SOURCE_WORDS.get(key) ?? value);
}

// CRMs' own source values that mean one of the workbook's lead sources (HubSpot's original
// traffic sources, Salesforce's lead sources).
const SOURCE_WORDS = new Map<string, Cell>([
  ['organic search', { choice: 'website' }],
  ['direct traffic', { choice: 'website' }],
  ['web', { choice: 'website' }],
  ['referrals', { choice: 'referral' }],
  ['employee referral', { choice: 'referral' }],
  ['external referral', { choice: 'referral' }],
  ['paid search', { choice: 'paidAds' }],
  ['paid social', { choice: 'paidAds' }],
  ['advertisement', { choice: 'paidAds' }],
  ['trade show', { choice: 'event' }],
  ['seminar - internal', { choice: 'event' }],
  ['partner referral', { choice: 'partner' }],
  ['offline sources', { choice: 'outbound' }],
  ['phone inquiry', { choice: 'outbound' }],
]);

const TYPE_WORDS: readonly (readonly [ActivityTypeKey, RegExp])[] = [
  ['call', /\b(call|appel|phone|telephone)\b/],
  ['email', /\b(e-?mail|courriel)\b/],
  ['meeting', /\b(meeting|rendez-vous|reunion|event|demo|lunch|dejeuner)\b/],
  ['proposal', /\b(proposal|proposition|quote|devis)\b/],
  ['webinar', /\b(webinar|webinaire)\b/],
];

/** The workbook's activity type for a CRM's type name; undefined for tasks, deadlines, notes. */
export function activityTypeOf(value: string): ActivityTypeKey | undefined {
  const key = headerKey(value);
  for (const [type, pattern] of TYPE_WORDS) if (pattern.test(key)) return type;
  return undefined;
}

// CRMs' outcome values: HubSpot's call dispositions (Connected, Busy, No answer, Left voicemail,
// Left live message, Wrong number) and meeting outcomes (Scheduled, Completed, Rescheduled, No
// show, Canceled); Salesforce's call results are free text.
const OUTCOME_WORDS: readonly (readonly [string, RegExp])[] = [
  ['voicemail', /voicemail|messagerie|live message/],
  ['noAnswer', /no answer|busy|pas de reponse|occupe|wrong number/],
  ['connected', /connected|joint|reached/],
  ['held', /completed|held|tenu|termine/],
  ['rescheduled', /rescheduled|reporte/],
  ['noShow', /no.?show|absent/],
  ['positiveReply', /positive|replied|interested/],
  ['negativeReply', /negative|not interested/],
  ['noReply', /no reply|sans reponse|bounced|sent/],
];

function outcomeOf(type: ActivityTypeKey, value: string): string | undefined {
  if (value === '') return undefined;
  const key = headerKey(value);
  const allowed = OUTCOMES_BY_TYPE[type] as readonly string[];
  const exact = OUTCOMES.find((o) => [o.en, o.fr, o.key].some((l) => headerKey(l) === key));
  if (exact && allowed.includes(exact.key)) return exact.key;
  for (const [outcome, pattern] of OUTCOME_WORDS)
    if (allowed.includes(outcome) && pattern.test(key)) return outcome;
  return undefined;
}
