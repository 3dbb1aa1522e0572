// The alert evaluation on hand-made data: which periods are compared, KPI_ALERT's semantics
// (exact threshold, up/down, relative/points), the noise guards, the cooldown and the recovery of
// logged rows. Every expected value is counted by hand from the fixture's construction.
import { noteText } from '../../../src/addon/alerts/note-words';
import { evaluateAlerts, judge } from '../../../src/addon/alerts/evaluate';
import { comparedPeriods } from '../../../src/addon/alerts/periods';
import type { ActionRecord } from '../../../src/addon/workbook/actions-sheet';
import type { AlertRule } from '../../../src/addon/alerts/types';
import type { WorkbookData } from '../../../src/addon/metrics';
import { answers, calls, d, day, entry, leads, rule, workbook } from './fixture';

const TODAY = day(2026, 11, 18); // a Wednesday

function run(data: WorkbookData, rules: AlertRule[], log: ActionRecord[] = [], today = TODAY) {
  return evaluateAlerts({ data, rules, objectives: new Map(), log, today });
}

/** North's leads: August and September 10 of 20 converted (0.5), October as given. */
const north = (octoberConverted: number, octoberLeads = 20) =>
  workbook({
    pipeline: [
      ...leads('North', 2026, 8, 20, 10),
      ...leads('North', 2026, 9, 20, 10),
      ...leads('North', 2026, 10, octoberLeads, octoberConverted),
    ],
  });

describe('compared periods: the last complete period and the one before', () => {
  it('months: on 18 November, October against September', () => {
    expect(comparedPeriods(TODAY, 'month')).toEqual({
      current: { start: day(2026, 10, 1), end: day(2026, 11, 1) },
      previous: { start: day(2026, 9, 1), end: day(2026, 10, 1) },
    });
  });
  it('ISO weeks: on Wednesday 18 November, the week of Monday 9 against that of Monday 2', () => {
    expect(comparedPeriods(TODAY, 'week')).toEqual({
      current: { start: day(2026, 11, 9), end: day(2026, 11, 16) },
      previous: { start: day(2026, 11, 2), end: day(2026, 11, 9) },
    });
  });
  it('quarters: Q3 against Q2', () => {
    expect(comparedPeriods(TODAY, 'quarter')).toEqual({
      current: { start: day(2026, 7, 1), end: day(2026, 10, 1) },
      previous: { start: day(2026, 4, 1), end: day(2026, 7, 1) },
    });
  });
  it('on the first day of a month, the month just ended is complete', () => {
    expect(comparedPeriods(day(2026, 11, 1), 'month').current.start).toBe(day(2026, 10, 1));
  });
});

describe('KPI_ALERT semantics', () => {
  it('a fall of exactly the relative threshold alerts (0.5 → 0.45 is −10 %)', () => {
    const result = run(north(9), [rule()]);
    expect(result.outcomes[0].status).toBe('alert');
    expect(result.raised).toHaveLength(1);
    const raised = result.raised[0];
    expect(raised).toMatchObject({
      day: TODAY,
      alertId: 'ALR-0001',
      kind: 'alert',
      kpi: 'lead_to_opportunity',
      scope: { type: 'team', name: 'North' },
      periodStart: day(2026, 10, 1),
      previous: 0.5,
      current: 0.45,
      changeIsRelative: true,
      action: 'Review lead quality',
      owner: 'lead@example.com',
    });
    expect(raised.change).toBeCloseTo(-0.1, 12);
  });

  it('a smaller fall does not (0.5 → 0.475 with 40 leads is −5 %)', () => {
    const result = run(north(19, 40), [rule()]);
    expect(result.outcomes[0].status).toBe('within');
    expect(result.raised).toEqual([]);
  });

  it('points mode: 0.5 → 0.45 is exactly 5 points of the rate (binary rounding tolerated)', () => {
    const result = run(north(9), [rule({ mode: 'points', threshold: 0.05 })]);
    expect(result.outcomes[0].status).toBe('alert');
    expect(result.raised[0].changeIsRelative).toBe(false);
    expect(result.raised[0].change).toBeCloseTo(-0.05, 12);
  });

  it('points mode on NPS: 40 → 30 is a fall of exactly 10 points', () => {
    // September: 6 promoters, 2 detractors of 10 → 40; October: 5 and 2 → 30.
    const data = workbook({
      surveys: [
        ...answers('North', 2026, 9, [10, 10, 10, 10, 10, 9, 8, 7, 5, 3]),
        ...answers('North', 2026, 10, [10, 10, 10, 10, 10, 8, 8, 7, 5, 3]),
      ],
    });
    const nps = rule({ kpi: 'nps', mode: 'points', threshold: 10, minVolume: 10 });
    const result = run(data, [nps]);
    expect(result.raised[0]).toMatchObject({ previous: 40, current: 30, change: -10 });
    expect(run(data, [{ ...nps, threshold: 10.5 }]).outcomes[0].status).toBe('within');
  });

  it('direction up alerts on a rise and not on a fall', () => {
    const up = rule({ direction: 'up' });
    // 0.5 → 0.55 (11 of 20) is +10 %.
    expect(run(north(11), [up]).outcomes[0].status).toBe('alert');
    expect(run(north(11), [rule()]).outcomes[0].status).toBe('within');
    expect(run(north(9), [up]).outcomes[0].status).toBe('within');
  });

  it('judge() applies the guards before KPI_ALERT', () => {
    const r = { mode: 'relative', threshold: 0.1, direction: 'down', minVolume: 10 } as const;
    const v = (value: number | null, volume: number) => ({ value, volume });
    expect(judge(r, v(0.45, 20), v(0.5, 20))).toBe('alert');
    expect(judge(r, v(null, 0), v(0.5, 20))).toBe('no data');
    expect(judge(r, v(0.45, 9), v(0.5, 20))).toBe('low volume');
    expect(judge(r, v(0.45, 20), v(0.5, 9))).toBe('low volume');
    expect(judge(r, v(0, 20), v(0, 20))).toBe('previous zero');
    expect(judge({ ...r, mode: 'points' }, v(0, 20), v(0, 20))).toBe('within');
  });
});

describe('noise guards', () => {
  it('no conversion alert on five leads: 4 of 5 → 1 of 5 is below the minimum volume', () => {
    const data = workbook({
      pipeline: [...leads('North', 2026, 9, 5, 4), ...leads('North', 2026, 10, 5, 1)],
    });
    const result = run(data, [rule()]);
    expect(result.outcomes[0].status).toBe('low volume');
    expect(result.raised).toEqual([]);
    // The same fall with a minimum volume of 5 alerts.
    expect(run(data, [rule({ minVolume: 5 })]).outcomes[0].status).toBe('alert');
  });

  it('a scope without data does not alert', () => {
    const result = run(north(9), [rule({ scope: { type: 'team', name: 'South' } })]);
    expect(result.outcomes[0].status).toBe('no data');
  });

  it('a relative change from 0 is not defined: no alert', () => {
    const data = workbook({
      pipeline: [...leads('North', 2026, 9, 20, 0), ...leads('North', 2026, 10, 20, 0)],
    });
    expect(run(data, [rule()]).outcomes[0].status).toBe('previous zero');
  });

  it('weekly rules compare whole ISO weeks; the running week does not count', () => {
    const week = (first: number, count: number) =>
      Array.from({ length: count }, (_, i) => d(2026, 11, first + (i % 7)));
    // 25 calls in the week of 2 November, 20 in the week of 9 November (−20 %), 30 this week.
    const data = workbook({
      activities: calls('Ann', 'North', [...week(2, 25), ...week(9, 20), ...week(16, 3)]),
    });
    const weekly = rule({
      kpi: 'calls',
      scope: { type: 'rep', name: 'Ann' },
      threshold: 0.2,
      minVolume: 20,
      period: 'week',
    });
    const result = run(data, [weekly]);
    expect(result.outcomes[0]).toMatchObject({
      status: 'alert',
      current: { value: 20 },
      previous: { value: 25 },
    });
    expect(result.raised[0].periodStart).toBe(day(2026, 11, 9));
  });

  it('one rule that cannot be computed is reported by row; the others still run', () => {
    const data: WorkbookData = {
      pipeline: north(9).pipeline,
      surveys: { rows: [[d(2026, 10, 1)]], columns: { date: 0 } },
    };
    const broken = rule({ id: 'ALR-0002', row: 7, kpi: 'nps', mode: 'points', threshold: 10 });
    const result = run(data, [broken, rule()]);
    expect(result.outcomes.map((o) => o.status)).toEqual(['error', 'alert']);
    expect(result.problems.map((n) => n.key)).toEqual(['computeFailed']);
    expect(result.problems.map((n) => noteText(n, 'en'))).toEqual([
      'row 7: The Surveys sheet has no Team column',
    ]);
  });
});

describe('cooldown: one Actions row per rule and period', () => {
  it('a row logged for the same rule and period stops a second one', () => {
    const logged = entry({ periodStart: day(2026, 10, 1), day: day(2026, 11, 2) });
    const result = run(north(9), [rule()], [logged]);
    expect(result.outcomes[0].status).toBe('cooldown');
    expect(result.raised).toEqual([]);
  });

  it('a row typed by hand without a Period counts for the period compared on its date', () => {
    const typed = entry({ periodStart: null, day: day(2026, 11, 2) });
    expect(run(north(9), [rule()], [typed]).outcomes[0].status).toBe('cooldown');
  });

  it('a row of an earlier period, or of another rule, does not', () => {
    const earlier = entry({ periodStart: day(2026, 9, 1), previous: 0.5 });
    const other = entry({ alertId: 'ALR-0009', periodStart: day(2026, 10, 1) });
    const pace = entry({ kind: 'pace', periodStart: day(2026, 10, 1) });
    const result = run(north(9), [rule()], [earlier, other, pace]);
    expect(result.raised).toHaveLength(1);
  });

  it('two rules with the same ID in one run raise one row (the first)', () => {
    expect(run(north(9), [rule(), rule()]).raised).toHaveLength(1);
  });
});

describe('recovery of logged rows', () => {
  // A September alert: 0.5 in August → 0.4 in September. October as given; today 18 November.
  const afterDip = (octoberConverted: number, octoberLeads = 20) =>
    workbook({
      pipeline: [
        ...leads('North', 2026, 8, 20, 10),
        ...leads('North', 2026, 9, 20, 8),
        ...leads('North', 2026, 10, octoberLeads, octoberConverted),
      ],
    });
  const september = entry({ index: 4, periodStart: day(2026, 9, 1), previous: 0.5, current: 0.4 });

  it('back within the threshold of the level before the alert: marked recovered today', () => {
    // October 23 of 50 = 0.46: −8 % from 0.5.
    const result = run(afterDip(23, 50), [rule()], [september]);
    expect(result.recovered).toEqual([{ entry: september, day: TODAY }]);
    expect(result.raised).toEqual([]); // October rose from September
  });

  it('staying as low as the dip is not a recovery (no further fall either)', () => {
    const result = run(afterDip(8), [rule()], [september]);
    expect(result.outcomes[0].status).toBe('within');
    expect(result.recovered).toEqual([]);
  });

  it('still exactly the threshold below the level before: not recovered', () => {
    expect(run(afterDip(9), [rule()], [september]).recovered).toEqual([]);
  });

  it('needs the minimum volume: 5 of 5 leads in October prove nothing', () => {
    expect(run(afterDip(5, 5), [rule()], [september]).recovered).toEqual([]);
  });

  it('open, in-progress and done rows recover; recovered and custom statuses are left alone', () => {
    const rows = (['open', 'inProgress', 'done', 'recovered', 'other'] as const).map((status, i) =>
      entry({ index: i, status, periodStart: day(2026, 9, 1), previous: 0.5 }),
    );
    const result = run(afterDip(10), [rule()], rows);
    expect(result.recovered.map((r) => r.entry.status)).toEqual(['open', 'inProgress', 'done']);
  });

  it('a row of the period being compared is not judged on its own period', () => {
    const october = entry({ periodStart: day(2026, 10, 1), previous: 0.4 });
    expect(run(afterDip(10), [rule()], [october]).recovered).toEqual([]);
  });

  it('a further fall while a row is open: a new row for October, no recovery', () => {
    // October 6 of 20 = 0.3: −25 % from September's 0.4.
    const result = run(afterDip(6), [rule()], [september]);
    expect(result.recovered).toEqual([]);
    expect(result.raised).toHaveLength(1);
    expect(result.raised[0]).toMatchObject({ previous: 0.4, current: 0.3 });
  });
});
