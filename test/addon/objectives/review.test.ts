// The wizard's objective review, pure: which objectives get a proposal, for which period, what
// the next window is when the period comes round again, that a decision already taken for the
// period silences the proposal, and which objectives get a forecast beside them.
import { schemaOrderTable, type WorkbookData } from '../../../src/addon/metrics';
import { pipelineDeals } from '../../../src/addon/history/deal-dates';
import {
  decisionKey,
  nextWindow,
  objectiveForecast,
  reviewCase,
  reviewedObjective,
  type ReviewedObjective,
  roundedTarget,
} from '../../../src/addon/objectives/review';
import type { ObjectiveRecord } from '../../../src/addon/workbook/objectives-sheet';
import { columnIndexes } from '../../../src/addon/schema';
import { dayFromYmd as day } from '../../../src/kpi/days';
import { row } from '../metrics/fixture';
import { ACTIVITIES, CUSTOMERS, ORDERS, PIPELINE, SURVEYS } from './workbook';

const data: WorkbookData = {
  activities: schemaOrderTable('activities', ACTIVITIES),
  pipeline: schemaOrderTable('pipeline', PIPELINE),
  customers: schemaOrderTable('customers', CUSTOMERS),
  orders: schemaOrderTable('orders', ORDERS),
  surveys: schemaOrderTable('surveys', SURVEYS),
};
const TODAY = day(2026, 4, 10);

/** North's lead → opportunity conversion: 75 % in March, 80 % wanted by June. */
const NORTH: ReviewedObjective = {
  id: 'OBJ-0001',
  kpi: 'lead_to_opportunity',
  scope: { type: 'team', name: 'North' },
  baseline: 0.75,
  target: 0.8,
  start: day(2026, 3, 1),
  deadline: day(2026, 6, 30),
  period: 'month',
};

describe('nextWindow', () => {
  test('whole months stay whole months, other windows keep their length', () => {
    expect(nextWindow(day(2026, 1, 1), day(2026, 3, 31))).toEqual({
      start: day(2026, 4, 1),
      deadline: day(2026, 6, 30),
    });
    expect(nextWindow(day(2026, 11, 1), day(2026, 12, 31))).toEqual({
      start: day(2027, 1, 1),
      deadline: day(2027, 2, 28),
    });
    expect(nextWindow(day(2026, 3, 10), day(2026, 3, 23))).toEqual({
      start: day(2026, 3, 24),
      deadline: day(2026, 4, 6),
    });
  });
});

test('a proposed target is rounded as its unit shows it', () => {
  expect(roundedTarget('revenue', 1234.56)).toBe(1235);
  expect(roundedTarget('calls', 41.5)).toBe(42);
  expect(roundedTarget('lead_to_opportunity', 0.78749)).toBe(0.787);
  expect(roundedTarget('cycle_days', 31.26)).toBe(31.3);
});

describe('reviewedObjective', () => {
  const record = (over: Partial<ObjectiveRecord>): ObjectiveRecord => ({
    row: 2,
    id: 'OBJ-0001',
    kpi: 'lead_to_opportunity',
    scope: { type: 'team', name: 'North' },
    baseline: 0.75,
    target: 0.8,
    start: NORTH.start,
    deadline: NORTH.deadline,
    frequency: 'monthly',
    owner: '',
    status: 'active',
    who: '',
    what: '',
    where: '',
    how: '',
    ...over,
  });
  test('an active objective whose row has every field', () => {
    expect(reviewedObjective(record({}))).toEqual(NORTH);
  });
  test('not one that is cancelled, lacks its target or frequency, or ends before it starts', () => {
    expect(reviewedObjective(record({ status: 'cancelled' }))).toBeUndefined();
    expect(reviewedObjective(record({ target: undefined }))).toBeUndefined();
    expect(reviewedObjective(record({ frequency: undefined }))).toBeUndefined();
    expect(reviewedObjective(record({ deadline: day(2026, 2, 1) }))).toBeUndefined();
  });
});

describe('reviewCase', () => {
  test('far behind its pace: a proposal for this month, better than the expected', () => {
    // March 3 of 4 leads converted, April's lead not yet: 0.75 → 0.8 asks for progress.
    const c = reviewCase(data, NORTH, TODAY, new Set());
    expect(c).toBeDefined();
    expect(c!.proposal.reason).toBe('farBehind');
    expect(c!.period).toBe(day(2026, 4, 1));
    expect(c!.next).toBeUndefined();
    expect(c!.proposed).toBe(roundedTarget(NORTH.kpi, c!.proposal.proposed));
    expect(c!.proposed).toBeGreaterThanOrEqual(
      roundedTarget(NORTH.kpi, c!.proposal.basis.expected),
    );
  });

  test('a decision already taken for the period: no proposal again in it, one the next month', () => {
    const decided = new Set([decisionKey(NORTH.id, day(2026, 4, 1))]);
    expect(reviewCase(data, NORTH, TODAY, decided)).toBeUndefined();
    expect(reviewCase(data, NORTH, day(2026, 5, 2), decided)?.period).toBe(day(2026, 5, 1));
  });

  test('a window that is over: the period comes round again, for the next window', () => {
    const over = { ...NORTH, start: day(2026, 1, 1), deadline: day(2026, 3, 31), target: 0.9 };
    const c = reviewCase(data, over, TODAY, new Set());
    expect(c?.proposal.reason).toBe('periodAgain');
    expect(c?.next).toEqual({ start: day(2026, 4, 1), deadline: day(2026, 6, 30) });
    expect(c?.period).toBe(day(2026, 4, 1));
    // Over long ago: the window holding today.
    const old = { ...over, start: day(2025, 4, 1), deadline: day(2025, 6, 30) };
    expect(reviewCase(data, old, TODAY, new Set())?.next).toEqual(c?.next);
  });

  test('met early; and nothing to propose for a window a tenth gone', () => {
    // 30 % is reached already (March converted 3 leads of 4).
    const easy = { ...NORTH, baseline: 0.2, target: 0.3 };
    expect(reviewCase(data, easy, TODAY, new Set())?.proposal.reason).toBe('metEarly');
    const young = { ...NORTH, start: day(2026, 4, 1), deadline: day(2026, 12, 31) };
    expect(reviewCase(data, young, TODAY, new Set())).toBeUndefined();
  });
});

describe('objectiveForecast', () => {
  const P = columnIndexes('pipeline') as Record<string, number>;
  const deal = (id: string, lead: Date, won?: Date) =>
    row('pipeline', {
      dealId: id,
      team: 'North',
      rep: 'Ann',
      amount: 1000,
      leadDate: lead,
      opportunityDate: lead,
      ...(won ? { wonDate: won } : {}),
    });
  const deals = pipelineDeals(
    [
      deal('A', new Date(2026, 0, 5), new Date(2026, 1, 2)),
      deal('B', new Date(2026, 1, 5), new Date(2026, 3, 2)),
      deal('C', new Date(2026, 3, 3)),
    ],
    P,
  );
  const revenue: ReviewedObjective = {
    ...NORTH,
    kpi: 'revenue',
    baseline: null,
    target: 5000,
    start: day(2026, 4, 1),
    deadline: day(2026, 6, 30),
  };

  test('a revenue objective over a calendar quarter: the forecast of that quarter', () => {
    const f = objectiveForecast(deals, revenue, TODAY);
    expect(f?.start).toBe(day(2026, 4, 1));
    expect(f?.end).toBe(day(2026, 7, 1));
    // Won in the quarter before today: B's 1,000.
    expect(f?.wonSoFar).toBe(1000);
    expect(f!.low).toBeLessThanOrEqual(f!.expected);
    expect(f!.high).toBeGreaterThanOrEqual(f!.expected);
  });

  test('another window: the forecast of the tracking period holding today', () => {
    const f = objectiveForecast(deals, { ...revenue, start: day(2026, 3, 15) }, TODAY);
    expect([f?.start, f?.end]).toEqual([day(2026, 4, 1), day(2026, 5, 1)]);
  });

  test('none for another KPI, a segment, or a workbook without deals', () => {
    expect(objectiveForecast(deals, NORTH, TODAY)).toBeUndefined();
    const segment = { ...revenue, scope: { type: 'segment' as const, name: 'SMB' } };
    expect(objectiveForecast(deals, segment, TODAY)).toBeUndefined();
    expect(objectiveForecast([], revenue, TODAY)).toBeUndefined();
  });
});
