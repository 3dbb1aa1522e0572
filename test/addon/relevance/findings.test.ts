// The relevance review's findings and decisions on small hand-made inputs (pure, milliseconds).
import {
  decide,
  pendingFindings,
  quarterKey,
  restore,
  withLogEntry,
  MAX_LOG,
  type DecisionState,
} from '../../../src/addon/relevance/decisions';
import {
  relevanceFindings,
  STOPPED_WEEKS,
  type RelevanceInput,
} from '../../../src/addon/relevance/findings';
import type { KpiKey } from '../../../src/addon/metrics';
import { dayFromYmd } from '../../../src/kpi/days';

const TODAY = dayFromYmd(2026, 11, 16);
const TEAM = { type: 'team', name: 'Lyon' } as const;
const months = (f: (i: number) => number) => Float64Array.from({ length: 12 }, (_, i) => f(i));
// Revenue rises month after month; meetings and win rate only zigzag (|r| about 0.15 at best).
const SERIES: Partial<Record<KpiKey, Float64Array>> = {
  revenue: months((i) => 100 + 10 * i),
  meetings: months((i) => i % 2),
  win_rate: months((i) => (i + 1) % 2),
};

function input(patch: Partial<RelevanceInput> = {}): RelevanceInput {
  return {
    tracked: ['calls', 'emails', 'meetings', 'win_rate', 'revenue'],
    objectives: Array.from({ length: 6 }, () => ({
      kpi: 'calls' as KpiKey,
      scope: TEAM,
      active: true,
    })),
    alertKpis: new Set<KpiKey>(['revenue']),
    lastDay: (kpi) =>
      kpi === 'emails' ? null : kpi === 'meetings' ? TODAY - STOPPED_WEEKS * 7 - 1 : TODAY - 1,
    today: TODAY,
    monthly: (kpi) => SERIES[kpi] ?? new Float64Array(0),
    result: 'revenue',
    ...patch,
  };
}

test('each kind of finding, with a stable id', () => {
  expect(relevanceFindings(input()).map((f) => f.id)).toEqual([
    // No active objective or alert uses them.
    'unused:emails',
    'unused:meetings',
    'unused:win_rate',
    // Emails never had a row; meetings' last row is older than the weeks allowed.
    'stopped:emails',
    'stopped:meetings',
    // Calls and emails are tracked without any of their conversions.
    'unpaired:calls',
    'unpaired:emails',
    // Meetings and win rate never move with revenue.
    'uncorrelated:meetings+win_rate',
    // Six active objectives on one team.
    'crowded:team:lyon',
  ]);
});

test('an inactive objective uses nothing and crowds nothing; a short history judges no pair', () => {
  const found = relevanceFindings(
    input({
      objectives: [{ kpi: 'calls', scope: TEAM, active: false }],
      monthly: (kpi) => (SERIES[kpi] ?? new Float64Array(0)).slice(0, 5),
    }),
  ).map((f) => f.id);
  expect(found).toContain('unused:calls');
  expect(found.some((id) => id.startsWith('crowded') || id.startsWith('uncorrelated'))).toBe(false);
});

test('a pair that moves with revenue (a month later) is not a finding', () => {
  const rising = months((i) => 100 + 10 * (i + 1));
  const found = relevanceFindings(
    input({
      monthly: (kpi) => (kpi === 'meetings' ? rising : (SERIES[kpi] ?? new Float64Array(0))),
    }),
  );
  expect(found.some((f) => f.kind === 'uncorrelated')).toBe(false);
});

describe('decisions', () => {
  const findings = relevanceFindings(input());
  const Q4 = quarterKey(TODAY);
  const none: DecisionState = { decided: {}, retired: [] };

  test('quarters', () => {
    expect([Q4, quarterKey(dayFromYmd(2027, 1, 1)), quarterKey(dayFromYmd(2026, 3, 31))]).toEqual([
      '2026-Q4',
      '2027-Q1',
      '2026-Q1',
    ]);
  });

  test('kept: never asked again; paused: asked again next quarter; retired: its KPI’s findings go', () => {
    const byId = (id: string) => findings.find((f) => f.id === id)!;
    let state = decide(none, byId('unused:win_rate'), 'keep', Q4);
    state = decide(state, byId('crowded:team:lyon'), 'pause', Q4);
    state = decide(state, byId('unused:emails'), 'retire', Q4);
    expect(state.retired).toEqual(['emails']);
    const pending = pendingFindings(findings, state, Q4).map((f) => f.id);
    for (const gone of ['unused:win_rate', 'crowded:team:lyon', 'unused:emails', 'stopped:emails'])
      expect(pending).not.toContain(gone);
    expect(pending).toContain('unused:meetings');
    const next = pendingFindings(findings, state, '2027-Q1').map((f) => f.id);
    expect(next).toContain('crowded:team:lyon');
    expect(next).not.toContain('unused:win_rate');
    expect(() => decide(none, byId('crowded:team:lyon'), 'retire', Q4)).toThrow(/no KPI/);
    expect(pendingFindings(findings, restore(state, 'emails'), Q4).map((f) => f.id)).toContain(
      'stopped:emails',
    );
  });

  test('the log keeps the latest decisions', () => {
    let log = withLogEntry([], {
      at: '2026-11-16T10:00:00Z',
      by: 'a@b.co',
      id: 'x0',
      decision: 'keep',
    });
    for (let i = 1; i <= MAX_LOG + 5; i++)
      log = withLogEntry(log, { at: 'later', by: 'a@b.co', id: `x${i}`, decision: 'pause' });
    expect(log).toHaveLength(MAX_LOG);
    expect(log.at(-1)!.id).toBe(`x${MAX_LOG + 5}`);
  });
});
