// A small workbook set up by the built add-on, with rows whose KPI values are computed by hand in
// the tests. Today is Friday 10 April 2026 (the runtime's clock).
//
// Pipeline, lead → opportunity conversion by month of Lead date:
//   team North: December 2 leads / 2 opportunities (100 %), January 4 / 1 (25 %), February 5 / 2
//   (40 %), March 4 / 3 (75 %), April 1 / 0 (incomplete month); team South: January 2 / 2,
//   February 2 / 2 (100 % both), March 2 / 1 (50 %).
// Activities: Ann (North) makes 3 calls in the week of Monday 23 March, 5 in the week of 30 March
//   and 2 on 6–8 April (incomplete week); an email and Bob's call are not Ann's calls.
// Surveys (NPS): Q4 2025 scores 10, 7, 2, 9 (NPS 25); Q1 2026 10, 9, 9, 6, 8 (NPS 40).
// Orders (March 2026): C1 (SMB) 1,000 and 500, C2 (Enterprise) 3,000; revenue 4,500, SMB 1,500.
import { addonHarness, type AddonHarness } from '../../../local/harness/addon-runtime';
import { d, row } from '../metrics/fixture';
import { runSetupPage } from '../../../local/harness/setup-page';

export const TODAY = new Date('2026-04-10T10:00:00Z');

const lead = (team: string, rep: string, leadDate: Date, opportunity: boolean, segment = 'SMB') =>
  row('pipeline', {
    dealId: `D-${leadDate.getMonth()}-${leadDate.getDate()}-${rep}`,
    account: 'Acme',
    segment,
    rep,
    team,
    source: 'Website',
    leadDate,
    opportunityDate: opportunity ? new Date(leadDate.getTime() + 5 * 86_400_000) : '',
  });

export const PIPELINE = [
  lead('North', 'Ann', d(2025, 12, 1), true),
  lead('North', 'Ann', d(2025, 12, 8), true),
  lead('South', 'Cid', d(2026, 1, 7), true, 'Enterprise'),
  lead('South', 'Cid', d(2026, 1, 8), true, 'Enterprise'),
  lead('South', 'Cid', d(2026, 2, 4), true, 'Enterprise'),
  lead('South', 'Cid', d(2026, 2, 5), true, 'Enterprise'),
  lead('North', 'Ann', d(2026, 1, 5), true),
  lead('North', 'Ann', d(2026, 1, 12), false),
  lead('North', 'Bob', d(2026, 1, 19), false),
  lead('North', 'Bob', d(2026, 1, 26), false),
  lead('North', 'Ann', d(2026, 2, 2), true),
  lead('North', 'Ann', d(2026, 2, 9), true),
  lead('North', 'Bob', d(2026, 2, 16), false),
  lead('North', 'Bob', d(2026, 2, 20), false),
  lead('North', 'Bob', d(2026, 2, 23), false),
  lead('North', 'Ann', d(2026, 3, 2), true),
  lead('North', 'Ann', d(2026, 3, 9), true),
  lead('North', 'Bob', d(2026, 3, 16), true),
  lead('North', 'Bob', d(2026, 3, 23), false),
  lead('South', 'Cid', d(2026, 3, 4), true, 'Enterprise'),
  lead('South', 'Cid', d(2026, 3, 5), false, 'Enterprise'),
  lead('North', 'Ann', d(2026, 4, 2), false),
];

const activity = (date: Date, rep: string, type: string) =>
  row('activities', {
    date,
    rep,
    team: rep === 'Cid' ? 'South' : 'North',
    type,
    duration: 20,
    outcome: '',
  });

export const ACTIVITIES = [
  activity(d(2026, 3, 23), 'Ann', 'Call'),
  activity(d(2026, 3, 25), 'Ann', 'Call'),
  activity(d(2026, 3, 29), 'Ann', 'Call'),
  activity(d(2026, 3, 30), 'Ann', 'Call'),
  activity(d(2026, 3, 31), 'Ann', 'Call'),
  activity(d(2026, 4, 1), 'Ann', 'Call'),
  activity(d(2026, 4, 2), 'Ann', 'Appel'),
  activity(d(2026, 4, 5), 'Ann', 'Call'),
  activity(d(2026, 4, 6), 'Ann', 'Call'),
  activity(d(2026, 4, 8), 'Ann', 'Call'),
  activity(d(2026, 4, 1), 'Ann', 'Email'),
  activity(d(2026, 4, 1), 'Bob', 'Call'),
];

const survey = (date: Date, score: number) =>
  row('surveys', { date, customerId: 'C1', kind: 'NPS', score, rep: 'Ann', team: 'North' });

export const SURVEYS = [
  survey(d(2025, 10, 15), 10),
  survey(d(2025, 11, 15), 7),
  survey(d(2025, 12, 1), 2),
  survey(d(2025, 12, 20), 9),
  survey(d(2026, 1, 10), 10),
  survey(d(2026, 2, 10), 9),
  survey(d(2026, 2, 11), 9),
  survey(d(2026, 3, 1), 6),
  survey(d(2026, 3, 31), 8),
];

export const CUSTOMERS = [
  row('customers', {
    customerId: 'C1',
    account: 'Acme',
    segment: 'SMB',
    acquiredDate: d(2025, 6, 1),
    rep: 'Ann',
    team: 'North',
  }),
  row('customers', {
    customerId: 'C2',
    account: 'Bolt',
    segment: 'Enterprise',
    acquiredDate: d(2025, 7, 1),
    rep: 'Cid',
    team: 'South',
  }),
];

export const ORDERS = [
  row('orders', {
    orderId: 'O1',
    customerId: 'C1',
    date: d(2026, 3, 3),
    amount: 1000,
    cost: 600,
    rep: 'Ann',
    team: 'North',
  }),
  row('orders', {
    orderId: 'O2',
    customerId: 'C2',
    date: d(2026, 3, 10),
    amount: 3000,
    cost: 1000,
    rep: 'Cid',
    team: 'South',
  }),
  row('orders', {
    orderId: 'O3',
    customerId: 'C1',
    date: d(2026, 3, 20),
    amount: 500,
    cost: 200,
    rep: 'Ann',
    team: 'North',
  }),
];

export const TEAMS = [
  ['North', 'Nora North', 'nora@example.com'],
  ['South', 'Sam South', 'sam@example.com'],
];

/** The small workbook: set up by the add-on, rows written, the KPI functions registered. */
export function smallWorkbook(options: { locale?: string } = {}): AddonHarness {
  const h = addonHarness(options);
  h.runtime.clock.set(TODAY);
  runSetupPage(h.runtime);
  const sheet = (en: string, fr: string) => (h.workbook.findSheet(en) ? en : fr);
  h.workbook.setInputs(sheet('Pipeline', 'Pipeline'), 1, 0, PIPELINE as never);
  h.workbook.setInputs(sheet('Activities', 'Activités'), 1, 0, ACTIVITIES as never);
  h.workbook.setInputs(sheet('Surveys', 'Enquêtes'), 1, 0, SURVEYS as never);
  h.workbook.setInputs(sheet('Customers', 'Clients'), 1, 0, CUSTOMERS as never);
  h.workbook.setInputs(sheet('Orders', 'Commandes'), 1, 0, ORDERS as never);
  h.workbook.setInputs(sheet('Teams', 'Équipes'), 1, 0, TEAMS);
  h.workbook.registerFunctions(h.runtime.customFunctions());
  return h;
}

/** A complete, valid draft: North's lead → opportunity conversion from 75 % to 80 % by June. */
export function draft(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    goal: 'marketShare',
    kpi: 'lead_to_opportunity',
    scope: { type: 'team', name: 'North' },
    who: 'The North team',
    what: 'qualifies every inbound lead within a day',
    where: 'on the web leads',
    how: 'with a shared checklist',
    baseline: null,
    targetMode: 'value',
    target: 0.8,
    start: '2026-03-01',
    deadline: '2026-06-30',
    frequency: 'monthly',
    owner: 'nora@example.com',
    alert: {
      mode: 'relative',
      threshold: 0.1,
      direction: 'down',
      minVolume: 3,
      action: 'Review lead quality and the qualification criteria; coach the reps.',
      owner: 'nora@example.com',
      enabled: true,
    },
    ...overrides,
  };
}
