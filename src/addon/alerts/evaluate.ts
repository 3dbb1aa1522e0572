// The alert evaluation, pure: for each active rule, its KPI for its scope over the last complete
// period and the one before (see periods.ts), judged with KPI_ALERT's semantics (src/kpi/alert),
// "complete" in src/kpi/readiness's sense: a conversion's period once all its leads have had the
// conversion window, and never a period whose data stops inside it (a maturing or partial period
// waits: the last judged one is compared with the one before);
// behind the noise guards; the objective's pace (pace.ts); and the closed loop on the Actions
// log: one row per rule and period (cooldown), and rows marked recovered once the KPI is back
// within the rule's threshold of the level it had before the alert.
import { breaches } from '../../kpi/alert';
import {
  coverage,
  judgedEnd,
  metricSourceOf,
  type MetricValue,
  statusOf,
  type WindowOverrides,
  type WorkbookData,
} from '../metrics';
import type { PeriodStatus } from '../../kpi/readiness';
import type { AlertNote } from './notes';
import { type Measure, measureWith } from './measure';
import { ActionLogIndex } from './log-index';
import type { LoggedMemory } from './logged-memory';
import { checkPace } from './pace';
import { comparedPeriods } from './periods';
import type { ObjectiveRecord } from '../workbook/objectives-sheet';
import type { ActionRecord } from '../workbook/actions-sheet';
import type { AlertRule, NewAction } from './types';

export interface EvaluationInput {
  readonly data: WorkbookData;
  readonly rules: readonly AlertRule[];
  readonly objectives: ReadonlyMap<string, ObjectiveRecord>;
  readonly log: readonly ActionRecord[];
  /** The evaluation day (calendar-day number): the runtime clock's today. */
  readonly today: number;
  /** Reads the add-on's memory of the periods it logged (logged-memory.ts); none by default. */
  readonly logged?: () => LoggedMemory;
  /** Conversion windows set by the user, by KPI (default: measured from the workbook). */
  readonly windows?: WindowOverrides;
}

/**
 * alert: breached and logged now; cooldown: breached, already logged for this period; within:
 * no breach; low volume: a period has less than the rule's minimum volume; no data: the KPI is
 * not defined in a period; previous zero: a relative change from 0 is not defined; error: the
 * KPI cannot be computed (see problems).
 */
export type RuleStatus =
  | 'alert'
  | 'cooldown'
  | 'within'
  | 'low volume'
  | 'no data'
  | 'previous zero'
  | 'partial'
  | 'error';

export interface RuleOutcome {
  readonly ruleId: string;
  readonly status: RuleStatus;
  readonly current?: MetricValue;
  readonly previous?: MetricValue;
  /** The first day of the period judged (the last complete, mature and whole one). */
  readonly periodStart?: number;
  /** The status of the latest ended period when it is not judged yet (maturing, partial). */
  readonly waiting?: Exclude<PeriodStatus, 'complete' | 'running'>;
  /** The latest ended period (the one waiting) and, when maturing, the KPI's window in days. */
  readonly latest?: { readonly start: number; readonly end: number; readonly window: number };
}

export interface Recovery {
  readonly entry: ActionRecord;
  readonly day: number;
}

export interface Evaluation {
  readonly raised: NewAction[];
  readonly recovered: Recovery[];
  readonly outcomes: RuleOutcome[];
  /** What could not be evaluated (by row), said by the edge. */
  readonly problems: AlertNote[];
  /** The memory of logged periods to store, when this evaluation logged something. */
  readonly logged?: LoggedMemory;
}

export function evaluateAlerts(input: EvaluationInput): Evaluation {
  const out: Evaluation = { raised: [], recovered: [], outcomes: [], problems: [] };
  // A remote source (warehouse mode) fetches every rule's KPI at once, not one by one.
  metricSourceOf(input.data)?.prefetch?.(
    input.rules.map((r) => ({ kpi: r.kpi, period: r.period === 'week' ? 'week' : 'month' })),
  );
  const measure = measureWith(input.data);
  const log = new ActionLogIndex(input.log, input.logged);
  const paced = new Set<string>();
  for (const rule of input.rules) {
    try {
      out.outcomes.push(evaluateRule(rule, input, measure, log, out));
      const objective = input.objectives.get(rule.objectiveId);
      // One pace check per objective, whatever the number of rules pointing at it.
      if (objective && !paced.has(objective.id)) {
        paced.add(objective.id);
        checkPace(
          {
            rule,
            objective,
            today: input.today,
            measure,
            log,
            judgedEnd: (kpi) => judgedEnd(input.data, kpi, input.today, input.windows),
          },
          out,
        );
      }
    } catch (error) {
      // A rule whose KPI cannot be computed (a sheet or column missing) must not stop the others;
      // the report names it, with what to do.
      out.outcomes.push({ ruleId: rule.id, status: 'error' });
      out.problems.push({ key: 'computeFailed', params: { row: rule.row, message: { error } } });
    }
  }
  return { ...out, logged: log.toStore() };
}

function evaluateRule(
  rule: AlertRule,
  input: EvaluationInput,
  measure: Measure,
  log: ActionLogIndex,
  out: Evaluation,
): RuleOutcome {
  const { data, today, windows } = input;
  const latest = comparedPeriods(today, rule.period).current;
  const latestStatus = statusOf(data, rule.kpi, latest.start, latest.end, today, windows);
  const { current: span, previous: before } = comparedPeriods(
    judgedEnd(data, rule.kpi, today, windows),
    rule.period,
  );
  const current = measure(rule.kpi, rule.scope, span.start, span.end);
  const previous = measure(rule.kpi, rule.scope, before.start, before.end);
  const seen = {
    ruleId: rule.id,
    current,
    previous,
    periodStart: span.start,
    ...(latestStatus === 'maturing' || latestStatus === 'partial'
      ? {
          waiting: latestStatus,
          latest: { ...latest, window: coverage(data, rule.kpi, today, windows).window },
        }
      : {}),
  };
  for (const entry of log.unrecovered('alert', rule, span.start))
    if (isBackWithin(rule, current, entry.previous!)) out.recovered.push({ entry, day: today });
  // Data that starts inside the earlier period makes it look small: no comparison with it.
  if (statusOf(data, rule.kpi, before.start, before.end, today, windows) === 'partial')
    return { ...seen, status: 'partial' };
  const status = judge(rule, current, previous);
  if (status !== 'alert') return { ...seen, status };
  if (log.has('alert', rule, span.start)) return { ...seen, status: 'cooldown' };
  log.add('alert', rule, span.start);
  const relative = rule.mode === 'relative';
  const change = current.value! - previous.value!;
  out.raised.push({
    day: today,
    alertId: rule.id,
    kind: 'alert',
    kpi: rule.kpi,
    scope: rule.scope,
    periodStart: span.start,
    previous: previous.value!,
    current: current.value!,
    change: relative ? change / Math.abs(previous.value!) : change,
    changeIsRelative: relative,
    action: rule.action,
    owner: rule.owner,
  });
  return { ...seen, status: 'alert' };
}

/** KPI_ALERT on the two periods, behind the noise guards. */
export function judge(
  rule: Pick<AlertRule, 'mode' | 'threshold' | 'direction' | 'minVolume'>,
  current: MetricValue,
  previous: MetricValue,
): Exclude<RuleStatus, 'cooldown' | 'error'> {
  if (current.value === null || previous.value === null) return 'no data';
  // No conversion alert on five leads: both periods need the minimum volume.
  if (current.volume < rule.minVolume || previous.volume < rule.minVolume) return 'low volume';
  if (rule.mode === 'relative' && previous.value === 0) return 'previous zero';
  return breaches(current.value, previous.value, rule.threshold, rule.mode, rule.direction)
    ? 'alert'
    : 'within';
}

/**
 * Recovered: the latest complete period, with enough volume, no longer breaches the threshold
 * against the level before the alert (an October dip is not over because November stayed as
 * low as October: that would only be "no further fall").
 */
function isBackWithin(rule: AlertRule, current: MetricValue, before: number): boolean {
  if (current.value === null || current.volume < rule.minVolume) return false;
  if (rule.mode === 'relative' && before === 0) return false;
  return !breaches(current.value, before, rule.threshold, rule.mode, rule.direction);
}
