// A rep's personal summary (issue 15 item 3: reps own their numbers): their own KPIs beside their
// team's median, activity beside the conversion it must move, their objectives with pace, what
// it takes to reach a target or the team's median, and the corrective actions on them with their
// owner's comment. Never another rep's row or name, never a ranking: the team appears only as a
// median. Pure, from the same SummaryInput as the team summaries (built once per run).
import { isCumulative } from '../objectives/cumulative';
import { kpiEntry, type KpiKey, type Scope, scopeKey } from '../metrics';
import { foldLabel } from '../metrics/choices';
import { median } from '../../kpi/stats';
import type { ActionRecord } from '../workbook/actions-sheet';
import { namesRep } from './alerts';
import {
  metricOrNull,
  notRetired,
  objectiveLine,
  provisional,
  type SummaryInput,
  usable,
} from './build';
import { HEADLINE_KPIS, type ObjectiveLine, PAIRED_KPIS, type Provisional } from './model';
import type { ReportWindow } from './schedule';
import type { SummaryFrequency } from './settings';

export interface RepKpiLine {
  readonly kpi: KpiKey;
  readonly value: number | null;
  readonly previous: number | null;
  readonly volume: number;
  /** The median of the team's reps (the rep included); null when no rep has a value. */
  readonly median: number | null;
  readonly provisional?: Provisional;
}

/** What it takes to reach an objective's target, or the team's median. */
export interface RepTip {
  readonly kpi: KpiKey;
  readonly kind: 'objective' | 'median';
  readonly target: number;
  /** How far from it now, in the KPI's direction of better (always positive). */
  readonly gap: number;
  readonly deadline?: number;
  /** A count or sum objective: the gap spread over the weeks left. */
  readonly perWeek?: number;
}

export interface RepAction {
  readonly day: number | null;
  readonly kpiText: string;
  readonly action: string;
  readonly status: string;
  readonly comment: string;
}

export interface RepSummaryModel {
  readonly rep: string;
  /** The rep's team in the data ('' when the rep has no row in it). */
  readonly team: string;
  readonly frequency: SummaryFrequency;
  readonly window: ReportWindow;
  /** Activity and conversion pairs, [activity, conversion] (retired KPIs left out). */
  readonly pairs: ReadonlyArray<readonly [KpiKey, KpiKey]>;
  /** Every KPI line: the pairs' KPIs first, then the other headline KPIs. */
  readonly kpis: readonly RepKpiLine[];
  readonly objectives: ReadonlyArray<ObjectiveLine & { readonly kpi: KpiKey }>;
  readonly tips: readonly RepTip[];
  readonly actions: readonly RepAction[];
}

/** Actions listed at most (the rest are in the Actions sheet). */
export const MAX_REP_ACTIONS = 10;

export function buildRepSummary(input: SummaryInput, rep: string): RepSummaryModel {
  const scope: Scope = { type: 'rep', name: rep };
  const wanted = foldLabel(rep);
  const team = input.scopes.teams.find((t) => t.reps.some((r) => foldLabel(r) === wanted));
  const teamReps: Scope[] = (team?.reps ?? []).map((name) => ({ type: 'rep', name }));
  const pairs: Array<[KpiKey, KpiKey]> = [];
  for (let i = 0; i + 1 < PAIRED_KPIS.length; i += 2) {
    const pair = notRetired(input, [PAIRED_KPIS[i], PAIRED_KPIS[i + 1]]);
    if (pair.length === 2) pairs.push([pair[0], pair[1]]);
  }
  const order = [...new Set([...pairs.flat(), ...notRetired(input, HEADLINE_KPIS)])];
  const kpis = order.map((kpi) => repLine(input, scope, teamReps, kpi));
  const objectives = input.objectives.flatMap((o) => {
    const u = usable(o);
    if (!u || scopeKey(u.scope) !== scopeKey(scope) || input.retired?.has(u.kpi)) return [];
    return [{ ...objectiveLine(input, u), kpi: u.kpi }];
  });
  return {
    rep,
    team: team?.name ?? '',
    frequency: input.frequency,
    window: input.window,
    pairs,
    kpis,
    objectives,
    tips: [...objectiveTips(objectives, input.asOfDay), ...medianTips(kpis)],
    actions: repActions(input.actions, rep, input.alertsSince),
  };
}

function repLine(input: SummaryInput, scope: Scope, team: Scope[], kpi: KpiKey): RepKpiLine {
  const { data, window: w } = input;
  const status = provisional(input, kpi, w.from, w.to);
  const now = metricOrNull(data, kpi, scope, w.from, w.to);
  const before = metricOrNull(data, kpi, scope, w.previousFrom, w.previousTo);
  const values = team
    .map((member) => metricOrNull(data, kpi, member, w.from, w.to).value)
    .filter((v): v is number => v !== null);
  return {
    kpi,
    value: status ? null : now.value,
    previous: before.value,
    volume: now.volume,
    median: status || values.length === 0 ? null : median(Float64Array.from(values)),
    ...(status ? { provisional: status } : {}),
  };
}

/** Objectives not reached yet: the gap to the target, per week for counts and sums. */
function objectiveTips(
  objectives: ReadonlyArray<ObjectiveLine & { readonly kpi: KpiKey }>,
  asOf: number,
): RepTip[] {
  const out: RepTip[] = [];
  for (const o of objectives) {
    if (o.actual === null || o.status === 'done' || o.deadline < asOf) continue;
    const better = kpiEntry(o.kpi).higherIsBetter ? 1 : -1;
    const gap = (o.target - o.actual) * better;
    if (!(gap > 0)) continue;
    const weeks = Math.max(1, Math.ceil((o.deadline - asOf + 1) / 7));
    out.push({
      kpi: o.kpi,
      kind: 'objective',
      target: o.target,
      gap,
      deadline: o.deadline,
      ...(isCumulative(o.kpi) ? { perWeek: gap / weeks } : {}),
    });
  }
  return out;
}

/** KPIs on the worse side of the team's median: how far the median is. */
function medianTips(lines: readonly RepKpiLine[]): RepTip[] {
  const out: RepTip[] = [];
  for (const line of lines) {
    if (line.value === null || line.median === null) continue;
    const better = kpiEntry(line.kpi).higherIsBetter ? 1 : -1;
    const gap = (line.median - line.value) * better;
    if (gap > 0) out.push({ kpi: line.kpi, kind: 'median', target: line.median, gap });
  }
  return out;
}

/**
 * The Actions rows on the rep (their scope names the rep) that are still open, or were raised
 * since the previous summary, newest first.
 */
function repActions(actions: readonly ActionRecord[], rep: string, since: number): RepAction[] {
  return actions
    .filter((a) => namesRep(a.scopeText, rep))
    .filter((a) => a.status === 'open' || a.status === 'inProgress' || (a.day ?? -1) >= since)
    .sort((a, b) => (b.day ?? 0) - (a.day ?? 0))
    .slice(0, MAX_REP_ACTIONS)
    .map((a) => ({
      day: a.day,
      kpiText: a.kpiText,
      action: a.action,
      status: a.statusText,
      comment: a.comment ?? '',
    }));
}
