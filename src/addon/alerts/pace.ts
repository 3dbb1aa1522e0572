// The pace of a rule's objective, with KPI_PROGRESS's mathematics (src/kpi/progress): the KPI
// over the objective's window so far (start to today, as the Objectives sheet's Current column
// shows it) against the straight line from the baseline to the target. Cumulative KPIs (counts
// and sums) run from 0 to a total; level KPIs from the baseline to a level (see
// objectives/cumulative.ts). Behind → one warning row per tracking period. No warning in the
// first fifth of the window (a week into a quarter, one slow day looks like a disaster), nor
// after the deadline (the objective is then achieved or missed, not behind). A conversion is
// measured on the leads that have had its window (src/kpi/readiness), and a KPI whose data stops
// early is not judged: young leads and missing rows are not a team falling behind.
import { progress } from '../../kpi/progress';
import type { KpiKey } from '../metrics';
import { isCumulative } from '../objectives/cumulative';
import type { Evaluation } from './evaluate';
import type { ActionLogIndex } from './log-index';
import type { Measure } from './measure';
import { comparedPeriods } from './periods';
import type { ObjectiveRecord } from '../workbook/objectives-sheet';
import type { AlertRule } from './types';

/** The share of the window before which pace is not judged. */
export const PACE_GRACE = 0.2;

export interface PaceContext {
  readonly rule: AlertRule;
  readonly objective: ObjectiveRecord;
  readonly today: number;
  readonly measure: Measure;
  readonly log: ActionLogIndex;
  /** The latest day a KPI's data can be judged up to (exclusive; see src/kpi/readiness). */
  readonly judgedEnd: (kpi: KpiKey) => number;
}

export function checkPace(ctx: PaceContext, out: Evaluation): void {
  const { rule, objective: o, today } = ctx;
  if (o.status !== 'active') return;
  const kpi = o.kpi ?? rule.kpi;
  const scope = o.scope ?? rule.scope;
  const baseline = isCumulative(kpi) ? 0 : (o.baseline ?? 0);
  const invalid = (reason: 'reasonMissing' | 'reasonDates' | 'reasonTargetIsBaseline'): void => {
    out.problems.push({
      key: 'objectiveInvalid',
      params: { id: o.id, row: o.row, reason: { text: reason } },
    });
  };
  if (o.target === undefined || o.start === undefined || o.deadline === undefined) {
    return invalid('reasonMissing');
  }
  if (o.deadline <= o.start) return invalid('reasonDates');
  if (o.target === baseline) return invalid('reasonTargetIsBaseline');
  const { target, start, deadline } = o;
  const elapsed = (today - start) / (deadline - start);
  if (elapsed < PACE_GRACE || today > deadline) return;

  const end = Math.min(today, deadline) + 1;
  // Days after the judged end are not in yet (data stopped) or still converting: measured up to
  // it only for a level KPI, and a count or sum cut short by missing data is not judged at all.
  const judged = ctx.judgedEnd(kpi);
  const cut = judged < today;
  if (cut && (isCumulative(kpi) || judged <= start)) return;
  const actual = ctx.measure(kpi, scope, start, cut ? Math.min(end, judged) : end);
  if (actual.value === null || actual.volume < rule.minVolume) return;
  const status = progress({
    actual: actual.value,
    target,
    baseline,
    start,
    deadline,
    asOf: today,
  }).status;
  const period = comparedPeriods(today, rule.period).current.start;
  if (status !== 'behind') {
    for (const entry of ctx.log.unrecovered('pace', rule, period))
      out.recovered.push({ entry, day: today });
    return;
  }
  if (ctx.log.has('pace', rule, period)) return;
  ctx.log.add('pace', rule, period);
  const expected = baseline + elapsed * (target - baseline);
  out.raised.push({
    day: today,
    alertId: rule.id,
    kind: 'pace',
    kpi,
    scope,
    periodStart: period,
    previous: expected,
    current: actual.value,
    change: actual.value - expected,
    changeIsRelative: false,
    action: rule.action,
    owner: rule.owner,
  });
}
