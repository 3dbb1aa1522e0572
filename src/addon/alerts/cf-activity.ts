// Activities coloured by the activity objectives (calls, emails, meetings held, significant
// interactions): for each active objective, the scope's rows of the last judged tracking period
// (the last complete one in src/kpi/readiness's sense, as the alert check judges it: a period
// whose Activities rows stop before its end is partial and waits, so missing rows are never
// painted as a team falling behind) and of the ones after it turn red when that complete period's count is behind the
// objective's share for the period (below 95 %, KPI_PROGRESS's "behind"), amber when on track
// (95 % to 105 %), green when ahead. Activity targets are totals over the objective's window
// (objectives/cumulative.ts): a period's share is the target × its days in the window / the
// window's days.
//
// The count is made once, by the metrics engine, when the alerts are applied (and every hour
// with the hourly check); the rule only picks the rows. A live COUNTIFS in the rule would
// recount the whole sheet for every coloured cell, on every scroll and edit (measured: 0.3 s per
// cell on the 50,000-row demo in the local engine).
import { AHEAD_PACE, ON_TRACK_PACE } from '../../kpi/progress';
import type { KpiKey } from '../metrics';
import { windowDays } from '../objectives/cumulative';
import { type CfColour, type CfRule, dataRange, type SheetShape } from '../workbook/cf-model';
import { scopeCondition, spanCondition } from './cf-scope';
import type { Measure } from './measure';
import { comparedPeriods } from './periods';
import { type ObjectiveRecord, trackingPeriod } from '../workbook/objectives-sheet';

const ACTIVITY_KPIS: ReadonlySet<KpiKey> = new Set<KpiKey>([
  'calls',
  'emails',
  'meetings',
  'significant_interactions',
]);

export function activityObjectiveRules(
  objectives: readonly ObjectiveRecord[],
  /** The latest end of a period the KPI can be judged on (metrics' judgedEnd, as of today). */
  judgedEnd: (kpi: KpiKey) => number,
  shape: SheetShape,
  measure: Measure,
): CfRule[] {
  const out: CfRule[] = [];
  for (const o of objectives) {
    if (o.status !== 'active' || !o.kpi || !ACTIVITY_KPIS.has(o.kpi) || !o.scope) continue;
    if (o.target === undefined || !(o.target > 0)) continue;
    if (o.start === undefined || o.deadline === undefined || o.deadline < o.start) continue;
    const period = trackingPeriod(o) ?? 'week';
    const { start, end } = comparedPeriods(judgedEnd(o.kpi), period).current;
    // The part of the judged period inside the objective's window (days, end excluded).
    const from = Math.max(start, o.start);
    const to = Math.min(end, o.deadline + 1);
    if (from >= to) continue;
    const share = (o.target * (to - from)) / windowDays(o.start, o.deadline);
    const scope = scopeCondition(o.scope, shape);
    // From the judged period on, with no end: the rule stays the same all through the period.
    const recent = spanCondition('date', start, undefined, shape);
    if (scope === null || recent === null) continue;
    const count = measure(o.kpi, o.scope, from, to).value ?? 0;
    out.push({
      ranges: [dataRange(shape)],
      condition: `AND(${recent},${scope})`,
      colour: colourOf(count / share),
    });
  }
  return out;
}

function colourOf(pace: number): CfColour {
  if (pace < ON_TRACK_PACE) return 'red';
  return pace < AHEAD_PACE ? 'amber' : 'green';
}
