// Which corrective actions work: for each corrective action of the Actions log, how often it was
// raised, how often the KPI recovered afterwards, and the median number of days from the alert
// to the recovery. Pure: the dashboard reads the log (workbook/actions-sheet.ts) and shows the result.
import { median } from '../../kpi/stats';
import { compareNames } from '../../kpi/results';
import type { ActionRecord } from '../workbook/actions-sheet';

export interface ActionEffectiveness {
  /** The corrective action as first written in the log. */
  readonly action: string;
  readonly raised: number;
  /** Rows marked recovered (the KPI came back within its threshold after the alert). */
  readonly recovered: number;
  /** recovered / raised. */
  readonly recoveryRate: number;
  /** Median days from the alert's date to its recovery date; null when none has both. */
  readonly medianDaysToRecover: number | null;
}

type LogRow = Pick<ActionRecord, 'action' | 'day' | 'status' | 'recoveredDay'>;

/**
 * Per corrective action (compared trimmed, case- and space-insensitive), most raised first, then
 * A→Z. Rows without an action text are grouped under ''. A recovered row without both dates
 * counts as recovered but adds no duration.
 */
export function actionEffectiveness(rows: readonly LogRow[]): ActionEffectiveness[] {
  const groups = new Map<string, { action: string; raised: number; days: number[]; rec: number }>();
  for (const row of rows) {
    const key = row.action.trim().replace(/\s+/g, ' ').toLowerCase();
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { action: row.action.trim(), raised: 0, days: [], rec: 0 }));
    group.raised++;
    if (row.status !== 'recovered') continue;
    group.rec++;
    if (row.day !== null && row.recoveredDay !== null && row.recoveredDay >= row.day)
      group.days.push(row.recoveredDay - row.day);
  }
  return [...groups.values()]
    .map((g) => ({
      action: g.action,
      raised: g.raised,
      recovered: g.rec,
      recoveryRate: g.rec / g.raised,
      medianDaysToRecover: g.days.length ? median(Float64Array.from(g.days)) : null,
    }))
    .sort((a, b) => b.raised - a.raised || compareNames(a.action, b.action));
}
