// Which colours go on which managed sheet after an evaluation (pure): the open alerts on the
// sheets their KPIs come from, the activity objectives on Activities, idle deals on Pipeline, the
// pace on Objectives and the status on Actions. Every sheet gets its list, empty ones included,
// so that colours of alerts that have recovered are taken away.
import {
  computeMetric,
  type KpiKey,
  SOURCE_SHEETS,
  type SourceSheet,
  type WorkbookData,
} from '../metrics';
import { activityObjectiveRules } from './cf-activity';
import type { CfRule, SheetShape } from '../workbook/cf-model';
import { type OpenAlert, openAlertRules } from './cf-open-alerts';
import { actionStatusRules, idleDealRules, paceRules } from './cf-status';
import type { Evaluation } from './evaluate';
import type { Measure } from './measure';
import { comparedPeriods } from './periods';
import type { ObjectiveRecord } from '../workbook/objectives-sheet';
import type { ActionRecord } from '../workbook/actions-sheet';
import type { AlertRule } from './types';

/** The marker family of the alerts' rules (the dashboard has its own). */
export const ALERTS_FAMILY = 'alerts';

/** The sheets the alerts colour: the KPIs' source sheets, then the Objectives and the Actions. */
export type ColouredSheet = SourceSheet | 'objectives' | 'actions';
export const COLOURED_SHEETS: readonly ColouredSheet[] = [
  ...SOURCE_SHEETS,
  'objectives',
  'actions',
];

export interface ColourInput {
  readonly today: number;
  /** The latest end of a period a KPI can be judged on as of today (the alert check's). */
  readonly judgedEnd: (kpi: KpiKey) => number;
  readonly shapes: Partial<Record<ColouredSheet, SheetShape>>;
  readonly objectives: readonly ObjectiveRecord[];
  readonly openAlerts: readonly OpenAlert[];
  readonly medianCycle: number | null;
  /** The KPI values the colours depend on (activity counts). */
  readonly measure: Measure;
}

export function planColours(input: ColourInput): Map<ColouredSheet, CfRule[]> {
  const out = new Map<ColouredSheet, CfRule[]>();
  for (const sheet of COLOURED_SHEETS) {
    const shape = input.shapes[sheet];
    if (!shape) continue;
    const rules: CfRule[] = [];
    if (sheet === 'objectives') rules.push(...paceRules(shape));
    else if (sheet === 'actions') rules.push(...actionStatusRules(shape));
    else rules.push(...openAlertRules(input.openAlerts, sheet, shape));
    if (sheet === 'activities')
      rules.push(
        ...activityObjectiveRules(input.objectives, input.judgedEnd, shape, input.measure),
      );
    if (sheet === 'pipeline') rules.push(...idleDealRules(input.medianCycle, input.today, shape));
    // A sheet without a data row has nothing to colour (its old rules still go). Asked after the
    // rules: a sheet with none needs no size (shapes may ask Sheets for it).
    out.set(sheet, rules.length > 0 && shape.rows < 2 ? [] : rules);
  }
  return out;
}

/**
 * The alerts still open after an evaluation: logged ones (open or in progress, not recovered
 * now) of a rule still active, and the ones just raised.
 */
export function openAlertsAfter(
  log: readonly ActionRecord[],
  evaluation: Evaluation,
  rules: readonly AlertRule[],
): OpenAlert[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const recovered = new Set(evaluation.recovered.map((r) => r.entry.index));
  const out: OpenAlert[] = [];
  for (const entry of log) {
    const rule = byId.get(entry.alertId);
    if (!rule || entry.kind !== 'alert' || recovered.has(entry.index)) continue;
    if (entry.status !== 'open' && entry.status !== 'inProgress') continue;
    const periodStart =
      entry.periodStart ??
      (entry.day === null ? null : comparedPeriods(entry.day, rule.period).current.start);
    if (periodStart !== null)
      out.push({ kpi: rule.kpi, scope: rule.scope, periodStart, period: rule.period });
  }
  for (const a of evaluation.raised) {
    const rule = byId.get(a.alertId);
    if (rule && a.kind === 'alert')
      out.push({ kpi: a.kpi, scope: a.scope, periodStart: a.periodStart, period: rule.period });
  }
  return out;
}

/** The median sales cycle of the deals won in the last 365 days; null when there is none. */
export function medianCycle(data: WorkbookData, today: number): number | null {
  try {
    return computeMetric(data, 'cycle_days', { type: 'company' }, today - 365, today + 1).value;
  } catch {
    return null; // a Pipeline without its date columns: no idle-deal colours
  }
}
