// What the manager decided about each finding of the KPI relevance review, and the log of those
// decisions. Keep: the finding is not asked again. Pause: not asked again this quarter (the next
// quarterly review asks again). Retire: the KPI leaves the dashboard and the emails (its data and
// history stay where they are) until it is restored. Pure: parsing, deciding and the pending list.
import { ymdOfDay } from '../../kpi/days';
import type { KpiKey } from '../metrics';
import type { Finding } from './findings';

export type Decision = 'keep' | 'pause' | 'retire';
export const DECISIONS: readonly Decision[] = ['keep', 'pause', 'retire'];

export interface DecisionState {
  /** By finding id: 'keep', or 'pause:<quarter>'. */
  readonly decided: Readonly<Record<string, string>>;
  readonly retired: readonly KpiKey[];
}

export interface LogEntry {
  /** ISO time, the user's email, the finding (or the KPI restored) and what was decided. */
  readonly at: string;
  readonly by: string;
  readonly id: string;
  readonly decision: Decision | 'restore';
}

/** The log keeps this many decisions (well under a property's 9 KB). */
export const MAX_LOG = 40;

/** "2026-Q4": the review's period. */
export function quarterKey(day: number): string {
  const { year, month } = ymdOfDay(day);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

function parsedJson(raw: string | null | undefined): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** The retired KPIs of a stored list (anything unreadable is left out). */
export function parseDecided(raw: string | null | undefined): Record<string, string> {
  const map = parsedJson(raw);
  const out: Record<string, string> = {};
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return out;
  for (const [id, value] of Object.entries(map as Record<string, unknown>))
    if (typeof value === 'string') out[id] = value;
  return out;
}

export function parseLog(raw: string | null | undefined): LogEntry[] {
  const list = parsedJson(raw);
  if (!Array.isArray(list)) return [];
  return list.filter(
    (e): e is LogEntry =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as LogEntry).id === 'string' &&
      typeof (e as LogEntry).at === 'string',
  );
}

/** The findings still to decide this quarter. */
export function pendingFindings(
  findings: readonly Finding[],
  state: DecisionState,
  quarter: string,
): Finding[] {
  const retired = new Set(state.retired);
  return findings.filter((f) => {
    if (f.kpi && retired.has(f.kpi)) return false;
    const decided = state.decided[f.id];
    return decided !== 'keep' && decided !== `pause:${quarter}`;
  });
}

/** The state after a decision on a finding (retiring a finding without a KPI is refused). */
export function decide(
  state: DecisionState,
  finding: Finding,
  decision: Decision,
  quarter: string,
): DecisionState {
  if (decision === 'retire') {
    if (!finding.kpi) throw new Error('This finding has no KPI to retire');
    return {
      decided: { ...state.decided, [finding.id]: 'retire' },
      retired: [...new Set([...state.retired, finding.kpi])],
    };
  }
  const value = decision === 'keep' ? 'keep' : `pause:${quarter}`;
  return { decided: { ...state.decided, [finding.id]: value }, retired: state.retired };
}

/** The state with a KPI back on the dashboard and in the emails (its findings asked again). */
export function restore(state: DecisionState, kpi: KpiKey): DecisionState {
  return { decided: state.decided, retired: state.retired.filter((k) => k !== kpi) };
}

export function withLogEntry(log: readonly LogEntry[], entry: LogEntry): LogEntry[] {
  return [...log, entry].slice(-MAX_LOG);
}
