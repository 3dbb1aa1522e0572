// Deterministic sample data for the managed sheets: the demo workbook of the local playground and
// the optional sample of "Set up KPI workbook". Pure: no Apps Script service, no Node API, no
// Math.random (a seeded generator), no clock (a fixed default end date).
//
// At scale 1: 3 teams of 4 reps, 24 months, about 50,000 activities, 5,000 deals, 570 customers,
// 4,500 orders and 3,200 survey answers. Scale multiplies the number of teams (3 × scale, at
// least 3) and the volume linearly.
import {
  ACTIVITY_TYPES,
  CONTENT_TYPES,
  columnIndexes,
  LOST_REASONS,
  OUTCOMES,
  SAMPLE_SHEET_KEYS,
  SCHEMA,
  SCOPE_TYPES,
  CONTEXT_KINDS,
  SEGMENTS,
  SOURCES,
  SURVEY_KINDS,
  type SampleSheetKey,
  type SheetKey,
} from '../schema';
import type { Language } from '../i18n';
import { generateActivities } from './activities';
import { defaultSampleEndDate, SampleCalendar, sampleWindow } from './calendar';
import { generateCustomers, generateOrders, generateSurveys } from './customers';
import { generateDeals } from './pipeline';
import { makePeople } from './people';
import { Random } from './random';
import type { SampleRun } from './run';
import { generateSpend } from './spend';
import { sampleContextNotes } from './context';

export { sampleDipFor, type SampleDip } from './dip';
export { defaultSampleEndDate } from './calendar';

export interface SampleDataOptions {
  /** Any whole number; the same seed gives the same data. */
  seed?: number;
  /** The last day with data (its local calendar day); defaults to 2026-11-15. */
  endDate?: Date;
  /** 1 = the demo size; 10 for benchmarks. Any positive number. */
  scale?: number;
  /** The language of the dropdown labels and comments (default English). */
  language?: Language;
}

/** One cell: a Date at local midnight, a number, or text ('' for a blank). */
export type SampleCell = string | number | Date;
export type SampleRow = SampleCell[];
/** Data rows (no header row) per sheet, in the schema's column order. */
export type SampleData = { [K in SampleSheetKey]: SampleRow[] };

export const DEFAULT_SAMPLE_SEED = 2026;
/** Customers acquired before the window, at scale 1. */
const LEGACY_CUSTOMERS = 150;

export function generateSampleData(options: SampleDataOptions = {}): SampleData {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const scale = options.scale ?? 1;
  const language = options.language ?? 'en';
  if (!Number.isInteger(seed)) throw new Error('generateSampleData: seed must be a whole number');
  if (!(scale > 0 && Number.isFinite(scale)))
    throw new Error('generateSampleData: scale must be a positive number');
  if (language !== 'en' && language !== 'fr')
    throw new Error('generateSampleData: language must be "en" or "fr"');
  const s = seed >>> 0;

  const calendar = new SampleCalendar(sampleWindow(options.endDate ?? defaultSampleEndDate()));
  // More teams as the scale grows, each at the demo's volume; below 1, three smaller teams.
  const teamCount = Math.max(3, Math.round(3 * scale));
  const volume = (3 * scale) / teamCount;
  const people = makePeople(teamCount, new Random(s, 'people'));
  const legacyCount = Math.round(LEGACY_CUSTOMERS * scale);
  const run: SampleRun = { calendar, people, scale, volume, legacyCount, seed: s };
  const deals = generateDeals(run);
  const customers = generateCustomers(run, deals);
  const orders = generateOrders(run, customers);
  const surveys = generateSurveys(run, customers, orders);
  const activities = generateActivities(run, deals);
  const spend = generateSpend(run);

  const date = (day: number): SampleCell => (isNaN(day) ? '' : calendar.date(day));
  const num = (n: number): SampleCell => (isNaN(n) ? '' : n);
  const label = (list: readonly { en: string; fr: string }[], i: number): string =>
    i < 0 ? '' : list[i][language];
  const repName = people.reps.map((r) => r.name);
  const teamOfRep = people.reps.map((r) => people.teams[r.team].name);

  const data = {} as SampleData;
  data.teams = build('teams', people.teams, (row, c, t) => {
    row[c.team] = t.name;
    row[c.leadName] = t.leadName;
    row[c.leadEmail] = t.leadEmail;
  });
  data.activities = build('activities', activities, (row, c, a) => {
    row[c.date] = calendar.date(a.day);
    row[c.rep] = repName[a.rep];
    row[c.team] = teamOfRep[a.rep];
    row[c.type] = label(ACTIVITY_TYPES, a.type);
    row[c.duration] = a.duration;
    row[c.outcome] = label(OUTCOMES, a.outcome);
    row[c.dealId] = a.deal ? a.deal.id : '';
  });
  data.pipeline = build('pipeline', deals, (row, c, d) => {
    row[c.dealId] = d.id;
    row[c.account] = d.account;
    row[c.segment] = label(SEGMENTS, d.segment);
    row[c.rep] = repName[d.rep];
    row[c.team] = teamOfRep[d.rep];
    row[c.source] = label(SOURCES, d.source);
    row[c.content] = label(CONTENT_TYPES, d.content);
    row[c.amount] = num(d.amount);
    row[c.cost] = num(d.cost);
    row[c.leadDate] = date(d.lead);
    row[c.opportunityDate] = date(d.opportunity);
    row[c.proposalDate] = date(d.proposal);
    row[c.wonDate] = date(d.won);
    row[c.lostDate] = date(d.lost);
    row[c.lostReason] = label(LOST_REASONS, d.lostReason);
  });
  data.customers = build('customers', customers, (row, c, x) => {
    row[c.customerId] = x.id;
    row[c.account] = x.account;
    row[c.segment] = label(SEGMENTS, x.segment);
    row[c.acquiredDate] = date(x.acquired);
    row[c.churnedDate] = date(x.churned);
    row[c.source] = label(SOURCES, x.source);
    row[c.dealId] = x.deal ? x.deal.id : '';
    row[c.rep] = repName[x.rep];
    row[c.team] = teamOfRep[x.rep];
  });
  data.orders = build('orders', orders, (row, c, o, i) => {
    row[c.orderId] = `O-${String(i + 1).padStart(6, '0')}`;
    row[c.customerId] = o.customer.id;
    row[c.date] = date(o.day);
    row[c.amount] = o.amount;
    row[c.cost] = o.cost;
    row[c.rep] = repName[o.customer.rep];
    row[c.team] = teamOfRep[o.customer.rep];
  });
  data.surveys = build('surveys', surveys, (row, c, x) => {
    row[c.date] = date(x.day);
    row[c.customerId] = x.customer.id;
    row[c.kind] = label(SURVEY_KINDS, x.kind);
    row[c.score] = x.score;
    row[c.comment] = x.comment ? x.comment[language] : '';
    row[c.rep] = repName[x.customer.rep];
    row[c.team] = teamOfRep[x.customer.rep];
  });
  data.spend = build('spend', spend, (row, c, x) => {
    row[c.month] = date(x.month);
    row[c.channel] = label(SOURCES, x.channel);
    row[c.amount] = x.amount;
  });
  data.context = build('context', sampleContextNotes(calendar.window, people), (row, c, x) => {
    row[c.start] = calendar.date(x.start);
    row[c.end] = calendar.date(x.end);
    row[c.scopeType] = (x.team === null ? SCOPE_TYPES[0] : SCOPE_TYPES[1])[language];
    row[c.scope] = x.team === null ? '' : people.teams[x.team].name;
    row[c.kind] = CONTEXT_KINDS.find((k) => k.key === x.kind)![language];
    row[c.note] = x.note[language];
    row[c.author] = people.teams[x.author].leadEmail;
  });
  // Keep the keys in SAMPLE_SHEET_KEYS order, whatever the order they were built in.
  return Object.fromEntries(SAMPLE_SHEET_KEYS.map((k) => [k, data[k]])) as SampleData;
}

/** Rows of a sheet from items: each row starts blank and `fill` sets its cells by column key. */
function build<S extends SheetKey, T>(
  sheet: S,
  items: readonly T[],
  fill: (row: SampleRow, columns: ReturnType<typeof columnIndexes<S>>, item: T, i: number) => void,
): SampleRow[] {
  const columns = columnIndexes(sheet);
  const width = SCHEMA[sheet].columns.length;
  const rows: SampleRow[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const row: SampleRow = new Array(width).fill('');
    fill(row, columns, items[i], i);
    rows[i] = row;
  }
  return rows;
}
