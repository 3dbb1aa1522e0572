// A tiny workbook for the summary builders, every number counted by hand. The summary is the
// weekly one of Monday 16 November 2026: it reports 9–15 November against 2–8 November.
import { schemaOrderTable, scopesInData, type WorkbookData } from '../../../src/addon/metrics';
import type { ObjectiveRecord } from '../../../src/addon/workbook/objectives-sheet';
import type { ActionRecord } from '../../../src/addon/workbook/actions-sheet';
import type { SummaryInput } from '../../../src/addon/summaries/build';
import { reportWindow } from '../../../src/addon/summaries/schedule';
import { dayFromYmd } from '../../../src/kpi/days';
import { row } from '../metrics/fixture';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';
export const FORMULA = '=HYPERLINK("http://evil.example","click")';
/** A rep whose name carries markup. */
export const BAD_REP = `Zoé ${SCRIPT}`;

const d = (m: number, day: number) => new Date(2026, m - 1, day);
const call = (date: Date, rep: string, team = 'North') =>
  row('activities', { date, rep, team, type: 'Call', duration: 20, outcome: 'Connected' });

export const ACTIVITIES = [
  call(d(11, 3), 'Ann'),
  call(d(11, 4), 'Ann'),
  call(d(11, 10), 'Ann'),
  call(d(11, 10), 'Ann'),
  call(d(11, 10), 'Ann'),
  call(d(11, 12), BAD_REP),
  call(d(11, 13), BAD_REP),
  call(d(11, 13), BAD_REP),
  row('activities', {
    date: d(11, 11),
    rep: 'Ann',
    team: 'North',
    type: 'Meeting',
    duration: 45,
    outcome: 'Held',
  }),
  call(d(11, 12), 'Sam', 'South'),
];

const lead = (rep: string, leadDate: Date, opportunityDate: Date | '' = '', team = 'North') =>
  row('pipeline', { dealId: `${rep}-${leadDate.getDate()}`, rep, team, leadDate, opportunityDate });

export const PIPELINE = [
  lead('Ann', d(11, 3), d(11, 4)),
  lead('Ann', d(11, 10), d(11, 12)),
  lead('Ann', d(11, 11)),
  lead(BAD_REP, d(11, 12)),
  lead(BAD_REP, d(11, 13), d(11, 14)),
  lead('Sam', d(11, 12), d(11, 13), 'South'),
];

export const DATA: WorkbookData = {
  activities: schemaOrderTable('activities', ACTIVITIES),
  pipeline: schemaOrderTable('pipeline', PIPELINE),
};

const NO_SPECIFIC = { who: '', what: '', where: '', how: '' };

export const OBJECTIVES: ObjectiveRecord[] = [
  {
    id: 'OBJ-1',
    row: 2,
    kpi: 'calls',
    scope: { type: 'team', name: 'North' },
    baseline: 30,
    target: 40,
    start: dayFromYmd(2026, 11, 2),
    deadline: dayFromYmd(2026, 11, 29),
    frequency: 'weekly',
    owner: 'lead@example.com',
    status: 'active',
    ...NO_SPECIFIC,
  },
  {
    id: 'OBJ-2',
    row: 3,
    kpi: 'lead_to_opportunity',
    scope: { type: 'rep', name: BAD_REP },
    baseline: 0.2,
    target: 0.4,
    start: dayFromYmd(2026, 11, 2),
    deadline: dayFromYmd(2026, 12, 31),
    frequency: 'monthly',
    owner: 'lead@example.com',
    status: 'active',
    ...NO_SPECIFIC,
  },
  { ...inactive(), id: 'OBJ-3' },
];

function inactive(): ObjectiveRecord {
  return {
    id: 'OBJ-0',
    row: 4,
    kpi: 'nps',
    scope: { type: 'team', name: 'North' },
    baseline: 10,
    target: 30,
    start: dayFromYmd(2026, 1, 1),
    deadline: dayFromYmd(2026, 12, 31),
    frequency: 'quarterly',
    owner: '',
    status: 'achieved',
    ...NO_SPECIFIC,
  };
}

const action = (patch: Partial<ActionRecord>): ActionRecord => ({
  index: 0,
  day: dayFromYmd(2026, 11, 12),
  alertId: 'ALR-0001',
  kind: 'alert',
  kpi: 'lead_to_opportunity',
  kpiText: 'Lead → opportunity conversion',
  scopeText: 'team North',
  periodStart: dayFromYmd(2026, 11, 2),
  previous: 0.4,
  current: 0.25,
  action: IMG,
  owner: FORMULA,
  status: 'open',
  statusText: 'Open',
  recoveredDay: null,
  ...patch,
});

export const ACTIONS: ActionRecord[] = [
  action({}),
  action({ day: dayFromYmd(2026, 11, 13), scopeText: 'équipe South', action: 'Coach South' }),
  action({ day: dayFromYmd(2026, 11, 1), action: 'Too old to report' }),
  action({
    day: dayFromYmd(2026, 11, 14),
    kind: 'pace',
    kpi: 'calls',
    kpiText: 'Calls',
    scopeText: BAD_REP,
    previous: 20,
    current: 8,
    action: 'Block calling time',
    status: 'recovered',
    statusText: 'Recovered',
    recoveredDay: dayFromYmd(2026, 11, 15),
  }),
];

export function summaryInput(): SummaryInput {
  const asOf = dayFromYmd(2026, 11, 16);
  return {
    data: DATA,
    scopes: scopesInData(DATA),
    objectives: OBJECTIVES,
    actions: ACTIONS,
    frequency: 'weekly',
    window: reportWindow('weekly', asOf),
    asOfDay: asOf,
    alertsSince: dayFromYmd(2026, 11, 9),
    alertsTo: asOf,
  };
}
