// A tiny hand-built workbook whose every KPI value is computed by hand in the tests. Dates are
// local-midnight Dates as Sheets hands them over, with a few ISO texts and typed numbers mixed in
// to show the reading conventions hold. January 2026 starts on a Thursday: the ISO week holding
// Thu 1 – Sun 4 January starts on Monday 29 December 2025.
import { columnIndexes, type ColumnKey } from '../../../src/addon/schema';
import { schemaOrderTable, type SourceSheet, type WorkbookData } from '../../../src/addon/metrics';
import { dayFromYmd } from '../../../src/kpi/days';

export const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);
export const day = dayFromYmd;

/** A row in the schema's column order from cells named by column key (others blank). */
export function row<S extends SourceSheet>(
  sheet: S,
  cells: { [K in ColumnKey<S>]?: unknown },
): unknown[] {
  const index = columnIndexes(sheet) as Record<string, number>;
  const out: unknown[] = new Array(Object.keys(index).length).fill('');
  for (const [key, value] of Object.entries(cells)) out[index[key]] = value;
  return out;
}

const act = (
  date: unknown,
  rep: string,
  team: string,
  type: string,
  duration: unknown,
  outcome: string,
) => row('activities', { date, rep, team, type, duration, outcome });

export const ACTIVITIES = [
  act(d(2026, 1, 4), 'Ann', 'North', 'Call', 20, 'Connected'), // Sunday: ISO week of Dec 29
  act(d(2026, 1, 5), 'Ann', 'North', 'Call', 10, 'Connected'), // Monday: next week
  act(d(2026, 1, 5), 'Bob', 'North', 'Email', 3, 'Positive reply'),
  act(d(2026, 1, 6), 'Bob', 'North', 'Meeting', 60, 'Held'),
  act(d(2026, 1, 7), 'Cid', 'South', 'Meeting', 0, 'No-show'), // did not take place
  act(d(2026, 1, 31), ' cid ', 'SOUTH', 'Appel', 15, 'Joint'), // French labels; last day of Jan
  act(d(2026, 2, 1), 'Ann', 'North', 'Webinar', 45, 'Attended'), // Sunday: Jan 26 week, February
  act('2026-01-08', 'Bob', 'North', 'email', '', 'No reply'), // ISO text date, blank duration
  act(d(2026, 1, 9), 'Ann', 'North', 'Meeting', 30, 'Rescheduled'),
  act('', 'Ann', 'North', 'Call', 30, 'Connected'), // no date: left out
];

const deal = (cells: { [K in ColumnKey<'pipeline'>]?: unknown }) => row('pipeline', cells);

export const PIPELINE = [
  deal({
    dealId: 'D1',
    segment: 'SMB',
    rep: 'Ann',
    team: 'North',
    source: 'Referral',
    leadDate: d(2026, 1, 31),
    opportunityDate: d(2026, 2, 3),
    proposalDate: d(2026, 2, 10),
    wonDate: d(2026, 3, 2),
  }),
  deal({
    dealId: 'D2',
    segment: 'SMB',
    rep: 'Ann',
    team: 'North',
    leadDate: d(2026, 2, 1),
    opportunityDate: d(2026, 2, 5),
    lostDate: d(2026, 2, 20),
  }),
  deal({
    dealId: 'D3',
    segment: 'Enterprise',
    rep: 'Bob',
    team: 'North',
    leadDate: d(2026, 1, 10),
  }),
  deal({
    dealId: 'D4',
    segment: 'Enterprise',
    rep: 'Cid',
    team: 'South',
    leadDate: d(2026, 1, 15),
    opportunityDate: d(2026, 1, 20),
    proposalDate: d(2026, 1, 25),
    wonDate: d(2026, 2, 14),
  }),
  deal({
    dealId: 'D5',
    segment: 'SMB',
    rep: 'Cid',
    team: 'South',
    leadDate: '2026-01-20',
    opportunityDate: 46044, // serial day of 2026-01-22
    proposalDate: d(2026, 2, 2),
    lostDate: d(2026, 2, 27),
  }),
  // French segment label: the same segment as SMB.
  deal({
    dealId: 'D6',
    segment: 'PME',
    rep: 'Bob',
    team: 'North',
    leadDate: d(2026, 2, 10),
    lostDate: d(2026, 2, 25),
  }),
  deal({
    dealId: 'D7',
    segment: 'Enterprise',
    rep: 'Bob',
    team: 'North',
    leadDate: d(2026, 1, 5),
    opportunityDate: d(2026, 1, 12),
    proposalDate: d(2026, 1, 19),
    wonDate: d(2026, 2, 9),
  }),
];

const customer = (cells: { [K in ColumnKey<'customers'>]?: unknown }) => row('customers', cells);

export const CUSTOMERS = [
  customer({
    customerId: 'C1',
    segment: 'SMB',
    acquiredDate: d(2025, 6, 1),
    source: 'Referral',
    rep: 'Ann',
    team: 'North',
  }),
  customer({
    customerId: 'C2',
    segment: 'Enterprise',
    acquiredDate: d(2026, 2, 14),
    source: 'Event',
    rep: 'Cid',
    team: 'South',
  }),
  customer({
    customerId: 'C3',
    segment: 'SMB',
    acquiredDate: d(2025, 12, 15),
    churnedDate: d(2026, 1, 20),
    source: 'Recommandation',
    rep: 'Cid',
    team: 'South',
  }),
  // Churned on 1 February: still a customer through January.
  customer({
    customerId: 'C4',
    segment: 'Enterprise',
    acquiredDate: d(2025, 1, 10),
    churnedDate: d(2026, 2, 1),
    source: 'Website',
    rep: 'Bob',
    team: 'North',
  }),
  customer({
    customerId: 'C5',
    segment: 'SMB',
    acquiredDate: d(2026, 1, 5),
    source: '',
    rep: 'Bob',
    team: 'North',
  }),
  customer({
    customerId: 'C6',
    segment: 'Mid-market',
    acquiredDate: d(2026, 1, 25),
    source: 'Partner',
    rep: 'Ann',
    team: 'North',
  }),
  customer({
    customerId: 'C7',
    segment: 'SMB',
    acquiredDate: d(2026, 3, 5),
    source: 'Bouche-à-oreille',
    rep: 'Ann',
    team: 'North',
  }),
];

const order = (cells: { [K in ColumnKey<'orders'>]?: unknown }) => row('orders', cells);

export const ORDERS = [
  order({
    orderId: 'O1',
    customerId: 'C1',
    date: d(2026, 1, 10),
    amount: 1000,
    cost: 600,
    rep: 'Ann',
    team: 'North',
  }),
  // French number text with a no-break space: 1500.5.
  order({
    orderId: 'O2',
    customerId: 'C1',
    date: d(2026, 1, 31),
    amount: '1\u00a0500,50',
    cost: 900,
    rep: 'Ann',
    team: 'North',
  }),
  order({
    orderId: 'O3',
    customerId: 'C2',
    date: d(2026, 2, 1),
    amount: 3000,
    cost: '',
    rep: 'Cid',
    team: 'South',
  }),
  order({
    orderId: 'O4',
    customerId: 'C3',
    date: d(2026, 1, 20),
    amount: 500,
    cost: 400,
    rep: 'Cid',
    team: 'South',
  }),
  // A customer missing from Customers: counts for company, team and rep, not for any segment.
  order({
    orderId: 'O5',
    customerId: 'C9',
    date: d(2026, 1, 25),
    amount: 200,
    cost: 100,
    rep: 'Bob',
    team: 'North',
  }),
];

const survey = (cells: { [K in ColumnKey<'surveys'>]?: unknown }) => row('surveys', cells);

export const SURVEYS = [
  survey({
    date: d(2026, 1, 5),
    customerId: 'C1',
    kind: 'NPS',
    score: 10,
    rep: 'Ann',
    team: 'North',
  }),
  survey({
    date: d(2026, 1, 6),
    customerId: 'C1',
    kind: 'NPS',
    score: 9,
    rep: 'Ann',
    team: 'North',
  }),
  survey({
    date: d(2026, 1, 7),
    customerId: 'C3',
    kind: 'NPS',
    score: 6,
    rep: 'Cid',
    team: 'South',
  }),
  survey({
    date: d(2026, 1, 8),
    customerId: 'C4',
    kind: 'NPS',
    score: 8,
    rep: 'Bob',
    team: 'North',
  }),
  survey({
    date: d(2026, 1, 9),
    customerId: 'C5',
    kind: 'nps',
    score: '7',
    rep: 'Bob',
    team: 'North',
  }),
  survey({
    date: d(2026, 1, 10),
    customerId: 'C1',
    kind: 'CSAT',
    score: 5,
    rep: 'Ann',
    team: 'North',
  }),
  survey({
    date: d(2026, 1, 11),
    customerId: 'C3',
    kind: 'CSAT',
    score: 3,
    rep: 'Cid',
    team: 'South',
  }),
  survey({
    date: d(2026, 1, 12),
    customerId: 'C4',
    kind: 'CSAT',
    score: 4,
    rep: 'Bob',
    team: 'North',
  }),
  survey({
    date: d(2026, 1, 13),
    customerId: 'C1',
    kind: 'NPS',
    score: 11,
    rep: 'Ann',
    team: 'North',
  }), // invalid
  survey({
    date: d(2026, 1, 14),
    customerId: 'C1',
    kind: 'CSAT',
    score: 0,
    rep: 'Ann',
    team: 'North',
  }), // invalid
  survey({
    date: d(2026, 2, 2),
    customerId: 'C2',
    kind: 'NPS',
    score: 7,
    rep: 'Cid',
    team: 'South',
  }),
];

/** A fresh WorkbookData over the fixture (fresh object: a fresh typed read). */
export function fixture(): WorkbookData {
  return {
    activities: schemaOrderTable('activities', ACTIVITIES),
    pipeline: schemaOrderTable('pipeline', PIPELINE),
    customers: schemaOrderTable('customers', CUSTOMERS),
    orders: schemaOrderTable('orders', ORDERS),
    surveys: schemaOrderTable('surveys', SURVEYS),
  };
}

export const JAN = [day(2026, 1, 1), day(2026, 2, 1)] as const;
export const FEB = [day(2026, 2, 1), day(2026, 3, 1)] as const;
export const MAR = [day(2026, 3, 1), day(2026, 4, 1)] as const;
