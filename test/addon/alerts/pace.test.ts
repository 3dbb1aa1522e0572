// The pace check of a rule's objective (KPI_PROGRESS's mathematics): behind → one warning row
// per period; nothing in the first fifth of the window nor after the deadline; counts run from 0
// to their total, levels from the baseline; invalid objectives are reported, not fatal.
import { noteText } from '../../../src/addon/alerts/note-words';
import { evaluateAlerts } from '../../../src/addon/alerts/evaluate';
import type { ActionRecord } from '../../../src/addon/workbook/actions-sheet';
import type { AlertRule } from '../../../src/addon/alerts/types';
import type { ObjectiveRecord } from '../../../src/addon/workbook/objectives-sheet';
import type { WorkbookData } from '../../../src/addon/metrics';
import { calls, d, day, entry, leads, objective, rule, workbook } from './fixture';

function run(
  data: WorkbookData,
  today: number,
  objectives: ObjectiveRecord[],
  rules: AlertRule[] = [rule({ objectiveId: 'OBJ-0001' })],
  log: ActionRecord[] = [],
) {
  return evaluateAlerts({
    data,
    rules,
    objectives: new Map(objectives.map((o) => [o.id, o])),
    log,
    today,
  });
}

/** 20 of North's leads in October, `converted` of them converted (the only data). */
const october = (converted: number) =>
  workbook({ pipeline: leads('North', 2026, 10, 20, converted) });

describe('pace of a level KPI (baseline 0.5 → target 0.6, 1 October → 31 December)', () => {
  const today = day(2026, 11, 18); // 48 of the window's 91 days

  it('behind: one warning row with the value expected by now', () => {
    const result = run(october(9), today, [objective()]);
    const paced = result.raised.filter((a) => a.kind === 'pace');
    expect(paced).toHaveLength(1);
    const expected = 0.5 + (48 / 91) * 0.1;
    expect(paced[0]).toMatchObject({
      day: today,
      alertId: 'ALR-0001',
      kpi: 'lead_to_opportunity',
      scope: { type: 'team', name: 'North' },
      periodStart: day(2026, 10, 1),
      current: 0.45,
      changeIsRelative: false,
      action: 'Review lead quality',
    });
    expect(paced[0].previous).toBeCloseTo(expected, 12);
    expect(paced[0].change).toBeCloseTo(0.45 - expected, 12);
  });

  it('done or ahead: no warning', () => {
    expect(run(october(12), today, [objective()]).raised).toEqual([]);
  });

  it('no second warning in the same period (cooldown)', () => {
    const logged = entry({ kind: 'pace', periodStart: day(2026, 10, 1), previous: 0.55 });
    expect(run(october(9), today, [objective()], undefined, [logged]).raised).toEqual([]);
  });

  it('a warning of an earlier period is marked recovered once the pace is back', () => {
    const logged = entry({ kind: 'pace', periodStart: day(2026, 9, 1), previous: 0.52 });
    const result = run(october(12), today, [objective()], undefined, [logged]);
    expect(result.recovered).toEqual([{ entry: logged, day: today }]);
  });

  it('after the deadline the objective is achieved or missed, not behind', () => {
    expect(run(october(9), day(2027, 1, 5), [objective()]).raised).toEqual([]);
  });

  it('an inactive objective is not checked', () => {
    expect(run(october(9), today, [objective({ status: 'cancelled' })]).raised).toEqual([]);
  });

  it('needs the rule’s minimum volume (20 leads < 50)', () => {
    const rules = [rule({ objectiveId: 'OBJ-0001', minVolume: 50 })];
    expect(run(october(9), today, [objective()], rules).raised).toEqual([]);
  });

  it('two rules on one objective: one pace check', () => {
    const rules = [
      rule({ objectiveId: 'OBJ-0001' }),
      rule({ id: 'ALR-0002', objectiveId: 'OBJ-0001' }),
    ];
    expect(run(october(9), today, [objective()], rules).raised).toHaveLength(1);
  });
});

describe('no pace warning in the first fifth of the window', () => {
  // 100 days: 1 October 2026 → 9 January 2027; a fifth is 20 days.
  const hundred = objective({ deadline: day(2027, 1, 9) });
  // 5 of the leads of 1–15 October converted: behind (the leads of the last 5 days, the
  // Pipeline's conversion window, are not judged yet).
  it('19 days in: not judged', () => {
    expect(run(october(5), day(2026, 10, 20), [hundred]).raised).toEqual([]);
  });
  it('exactly a fifth in: judged', () => {
    expect(run(october(5), day(2026, 10, 21), [hundred]).raised).toHaveLength(1);
  });
});

describe('pace of a cumulative KPI: from 0 to a total', () => {
  it('100 calls from 2 to 29 November; 40 by the 18th (today included) is behind', () => {
    const days = [
      ...Array.from({ length: 39 }, (_, i) => d(2026, 11, 2 + (i % 16))),
      d(2026, 11, 18),
    ];
    const data = workbook({ activities: calls('Ann', 'North', days) });
    const calling = objective({
      kpi: 'calls',
      scope: { type: 'rep', name: 'Ann' },
      baseline: 52, // a per-week baseline: not where a total starts
      target: 100,
      start: day(2026, 11, 2),
      deadline: day(2026, 11, 29),
      frequency: 'weekly',
    });
    const rules = [
      rule({ kpi: 'calls', scope: { type: 'rep', name: 'Ann' }, minVolume: 20, period: 'week' }),
    ].map((r) => ({ ...r, objectiveId: 'OBJ-0001' }));
    const result = run(data, day(2026, 11, 18), [calling], rules);
    const paced = result.raised.filter((a) => a.kind === 'pace');
    expect(paced).toHaveLength(1);
    expect(paced[0].current).toBe(40);
    expect(paced[0].previous).toBeCloseTo((16 / 27) * 100, 10);
    expect(paced[0].periodStart).toBe(day(2026, 11, 9));
  });
});

describe('objectives that cannot be paced are reported', () => {
  const today = day(2026, 11, 18);
  it.each([
    ['target = baseline', { target: 0.5 }, 'its target equals its baseline'],
    ['deadline = start', { deadline: day(2026, 10, 1) }, 'its deadline is not after its start'],
    ['no target', { target: undefined }, 'its target, start or deadline is missing'],
  ])('%s', (_, patch, reason) => {
    const result = run(october(9), today, [objective(patch)]);
    expect(result.problems.map((n) => n.key)).toEqual(['objectiveInvalid']);
    expect(result.problems.map((n) => noteText(n, 'en'))).toEqual([
      `objective OBJ-0001 (row 2): no pace check, ${reason}`,
    ]);
    expect(result.raised).toEqual([]);
  });
});
