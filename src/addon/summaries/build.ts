// Builds the summary model of one scope (the company or a team) from the workbook's data, its
// objectives and its Actions log: KPIs against objectives with pace, change against the previous
// window, the team's people on paired KPIs, a trend, and the alerts raised since the last summary.
// Pure; the metrics engine does every calculation (each source table is read once per
// WorkbookData, whatever the number of scopes built from it). A window whose conversions are
// still arriving or whose data stops inside it is provisional (src/kpi/readiness): no change is
// drawn from it, and a trend shows no bar for it; a sheet not kept up is named first.
import type { PeriodStatus } from '../../kpi/readiness';
import { progress } from '../../kpi/progress';
import { compareNames } from '../../kpi/results';
import { periodStart } from '../../kpi/days';
import { type ObjectiveRecord, trackingPeriod } from '../workbook/objectives-sheet';
import {
  COMPANY,
  computeMetric,
  judgedEnd,
  kpiData,
  kpiIsStale,
  type KpiKey,
  MetricError,
  type MetricValue,
  type Scope,
  scopeKey,
  type ScopesInData,
  statusOf,
  type WorkbookData,
  metricSourceOf,
} from '../metrics';
import { isCumulative } from '../objectives/cumulative';
import type { ActionRecord } from '../workbook/actions-sheet';
import { alertsFor } from './alerts';
import { type ContextNote, notesFor } from '../context/notes';
import { pipelineOutlook, type PipelineOutlook } from './pipeline-outlook';
import { reviewObjective } from './objective-review';
import {
  HEADLINE_KPIS,
  type KpiLine,
  MAX_ALERTS,
  type ObjectiveLine,
  PAIRED_KPIS,
  type PeopleTable,
  type Provisional,
  type StaleSheet,
  type SummaryModel,
  TREND_KPIS,
  type TrendSeries,
} from './model';
import type { ReportWindow } from './schedule';
import type { SummaryFrequency } from './settings';

/** The workbook's records a summary is built from (the review pack's start from them too). */
export interface SummarySources {
  readonly data: WorkbookData;
  readonly scopes: ScopesInData;
  /** The Objectives sheet's rows (inactive or incomplete ones are left out here). */
  readonly objectives: readonly ObjectiveRecord[];
  readonly actions: readonly ActionRecord[];
}

export interface SummaryInput extends SummarySources {
  readonly frequency: SummaryFrequency;
  readonly window: ReportWindow;
  /** The scheduled moment's day (objective pace is measured on it). */
  readonly asOfDay: number;
  /** Alerts dated from alertsSince to alertsTo (both included) are reported. */
  readonly alertsSince: number;
  readonly alertsTo: number;
  /** The Context sheet's notes (src/addon/context), when it was read. */
  readonly context?: readonly ContextNote[];
  /** KPIs retired by the relevance review (src/addon/relevance): left out of every line. */
  readonly retired?: ReadonlySet<KpiKey>;
}

/** The KPIs of a list that are not retired. */
export function notRetired(input: SummaryInput, kpis: readonly KpiKey[]): KpiKey[] {
  return kpis.filter((kpi) => !input.retired?.has(kpi));
}

/** The people table's pairs whose two KPIs are both still tracked. */
function pairedKpis(input: SummaryInput): KpiKey[] {
  const out: KpiKey[] = [];
  for (let i = 0; i + 1 < PAIRED_KPIS.length; i += 2)
    if (!input.retired?.has(PAIRED_KPIS[i]) && !input.retired?.has(PAIRED_KPIS[i + 1]))
      out.push(PAIRED_KPIS[i], PAIRED_KPIS[i + 1]);
  return out;
}

const NO_VALUE: MetricValue = { value: null, volume: 0 };

/** The KPI, or no value when the workbook cannot give it (a column the sheet lacks). */
export function metricOrNull(
  data: WorkbookData,
  kpi: KpiKey,
  scope: Scope,
  from: number,
  to: number,
): MetricValue {
  try {
    return computeMetric(data, kpi, scope, from, to);
  } catch (error) {
    if (error instanceof MetricError) return NO_VALUE;
    throw error;
  }
}

export function buildSummary(input: SummaryInput, scope: Scope): SummaryModel {
  prefetch(input);
  const members = membersOf(input.scopes, scope);
  const alerts = alertsFor(input.actions, input.scopes, scope, input.alertsSince, input.alertsTo);
  const kpis = kpiLines(input, scope, members);
  return {
    scope,
    frequency: input.frequency,
    window: input.window,
    kpis,
    people: peopleTable(input, scope, members),
    alertsSince: input.alertsSince,
    alerts: alerts.slice(0, MAX_ALERTS),
    alertCount: alerts.length,
    trends: notRetired(input, TREND_KPIS).map((kpi) => trend(input, scope, kpi)),
    missing: missingSources(input, [
      ...kpis.map((k) => k.kpi),
      ...pairedKpis(input),
      ...notRetired(input, TREND_KPIS),
    ]),
    stale: staleSheets(input),
    ...outlookOf(input, scope),
    ...contextOf(input, scope),
  };
}

/** A remote source (warehouse mode) fetches every KPI of the summary at once, not one by one. */
function prefetch(input: SummaryInput): void {
  const { from, to } = input.window;
  const period =
    input.frequency === 'monthly'
      ? 'month'
      : to - from === 7 && periodStart(from, 'week') === from
        ? 'week'
        : 'day'; // 7 days from another weekday than Monday
  const kpis = new Set<KpiKey>([...HEADLINE_KPIS, ...PAIRED_KPIS, ...TREND_KPIS]);
  for (const o of input.objectives) if (o.kpi) kpis.add(o.kpi);
  metricSourceOf(input.data)?.prefetch?.([...kpis].map((kpi) => ({ kpi, period })));
}

/** The notes of the scope over the window ([from, to)) or since the last summary's alerts. */
function contextOf(input: SummaryInput, scope: Scope): { context?: readonly ContextNote[] } {
  const from = Math.min(input.window.from, input.alertsSince);
  const to = Math.max(input.window.to - 1, input.alertsTo);
  const notes = notesFor(input.context ?? [], scope, from, to);
  return notes.length ? { context: notes } : {};
}

/** The pipeline outlook, when the Pipeline sheet is there (see pipeline-outlook.ts). */
function outlookOf(input: SummaryInput, scope: Scope): { outlook?: PipelineOutlook } {
  const table = input.data.pipeline;
  if (!table || table.rows.length === 0) return {};
  const { from, to } = input.window;
  const maturing = provisional(input, 'lead_to_opportunity', from, to) === 'maturing';
  const outlook = pipelineOutlook(
    table.rows,
    table.columns as Record<string, number | undefined>,
    scope,
    input.window,
    input.asOfDay,
    maturing,
  );
  return outlook ? { outlook } : {};
}

/**
 * The sheets and columns the summary's KPIs lack, each said once: the email names them rather
 * than showing "—" without a reason (metricOrNull gives no value for them).
 */
function missingSources(
  input: SummaryInput,
  kpis: readonly KpiKey[],
): Array<Readonly<Record<'en' | 'fr', string>>> {
  const found = new Map<string, Readonly<Record<'en' | 'fr', string>>>();
  for (const kpi of new Set(kpis)) {
    try {
      computeMetric(input.data, kpi, COMPANY, input.window.from, input.window.to);
    } catch (error) {
      const missing =
        error instanceof MetricError &&
        (error.code === 'missing sheet' ||
          error.code === 'missing column' ||
          error.code === 'warehouse');
      if (missing && error.texts) found.set(error.texts.en, error.texts);
    }
  }
  return [...found.values()];
}

/** Maturing or partial: the window's value is not final (see src/kpi/readiness). */
export function provisional(
  input: SummaryInput,
  kpi: KpiKey,
  from: number,
  to: number,
): Provisional | undefined {
  let status: PeriodStatus;
  try {
    status = statusOf(input.data, kpi, from, to, input.asOfDay);
  } catch {
    return undefined;
  }
  return status === 'maturing' || status === 'partial' ? status : undefined;
}

/** The sheets behind the summary's KPIs with no new row for longer than their usual gap. */
function staleSheets(input: SummaryInput): StaleSheet[] {
  const out: StaleSheet[] = [];
  for (const kpi of new Set(notRetired(input, [...HEADLINE_KPIS, ...PAIRED_KPIS, ...TREND_KPIS]))) {
    const d = kpiData(input.data, kpi);
    if (d.last === null || out.some((s) => s.sheet === d.sheet)) continue;
    if (kpiIsStale(input.data, kpi, input.asOfDay)) out.push({ sheet: d.sheet, last: d.last });
  }
  return out;
}

/** The reps of a team (A→Z), or the teams of the company (A→Z). */
export function membersOf(scopes: ScopesInData, scope: Scope): Scope[] {
  if (scope.type === 'company')
    return scopes.teams.map((t): Scope => ({ type: 'team', name: t.name }));
  const key = scopeKey(scope);
  const team = scopes.teams.find((t) => scopeKey({ type: 'team', name: t.name }) === key);
  return (team?.reps ?? []).map((name): Scope => ({ type: 'rep', name }));
}

function kpiLine(input: SummaryInput, scope: Scope, kpi: KpiKey): KpiLine {
  const { data, window: w } = input;
  const now = metricOrNull(data, kpi, scope, w.from, w.to);
  const before = metricOrNull(data, kpi, scope, w.previousFrom, w.previousTo);
  const status = provisional(input, kpi, w.from, w.to);
  return {
    kpi,
    value: now.value,
    previous: before.value,
    volume: now.volume,
    ...(status ? { provisional: status } : {}),
  };
}

/**
 * The scope's objectives first (a team's include its reps' objectives), then the headline KPIs
 * that no objective of the scope itself already shows.
 */
function kpiLines(input: SummaryInput, scope: Scope, members: Scope[]): KpiLine[] {
  const own = scopeKey(scope);
  const wanted = new Set([own, ...(scope.type === 'team' ? members.map(scopeKey) : [])]);
  const lines: KpiLine[] = [];
  const shown = new Set<KpiKey>();
  for (const o of input.objectives) {
    const complete = usable(o);
    if (!complete || !wanted.has(scopeKey(complete.scope))) continue;
    if (input.retired?.has(complete.kpi)) continue;
    const line = kpiLine(input, complete.scope, complete.kpi);
    lines.push({ ...line, objective: objectiveLine(input, complete) });
    if (scopeKey(complete.scope) === own) shown.add(complete.kpi);
  }
  for (const kpi of notRetired(input, HEADLINE_KPIS))
    if (!shown.has(kpi)) lines.push(kpiLine(input, scope, kpi));
  return lines;
}

export type UsableObjective = ObjectiveRecord & {
  readonly kpi: KpiKey;
  readonly scope: Scope;
  readonly target: number;
  readonly start: number;
  readonly deadline: number;
};

/** An active objective with everything its pace needs; undefined otherwise. */
export function usable(o: ObjectiveRecord): UsableObjective | undefined {
  if (o.status !== 'active' || !o.kpi || !o.scope || o.target === undefined) return undefined;
  if (o.start === undefined || o.deadline === undefined) return undefined;
  return o as UsableObjective;
}

/**
 * The objective's pace as the Objectives sheet and the alert check measure it (KPI_PROGRESS):
 * the KPI over the window so far, counts and sums from 0 to a total, levels from the baseline.
 */
export function objectiveLine(input: SummaryInput, o: UsableObjective): ObjectiveLine {
  const base = { id: o.id, scope: o.scope, target: o.target, deadline: o.deadline };
  const asOf = input.asOfDay;
  const baselineValue = isCumulative(o.kpi) ? 0 : (o.baseline ?? 0);
  // A conversion counts the leads that have had its window only (as the pace check does).
  const judged = judgedEnd(input.data, o.kpi, asOf);
  const end = Math.min(asOf - 1, o.deadline, judged < asOf ? judged - 1 : Infinity) + 1;
  const actual =
    end > o.start ? metricOrNull(input.data, o.kpi, o.scope, o.start, end).value : null;
  if (actual === null || o.deadline <= o.start || o.target === baselineValue)
    return { ...base, actual, achieved: null, status: null };
  const p = progress({
    actual,
    target: o.target,
    baseline: baselineValue,
    start: o.start,
    deadline: o.deadline,
    asOf,
  });
  const review =
    p.status === 'done' || p.status === 'behind'
      ? reviewObjective(
          input.data,
          {
            kpi: o.kpi,
            scope: o.scope,
            baseline: baselineValue,
            target: o.target,
            start: o.start,
            deadline: o.deadline,
            period: trackingPeriod(o) ?? 'month',
            actual,
          },
          asOf,
        )
      : undefined;
  return { ...base, actual, achieved: p.achieved, status: p.status, ...(review ? { review } : {}) };
}

function peopleTable(input: SummaryInput, scope: Scope, members: Scope[]): PeopleTable {
  const { data, window: w } = input;
  const kpis = pairedKpis(input);
  const rows = members
    .map((member) => ({
      name: (member as { name: string }).name,
      values: kpis.map((kpi) => {
        const m = metricOrNull(data, kpi, member, w.from, w.to);
        const status = provisional(input, kpi, w.from, w.to);
        return status
          ? { value: null, volume: m.volume, provisional: status }
          : { value: m.value, volume: m.volume };
      }),
    }))
    .sort((a, b) => compareNames(a.name, b.name));
  return { kind: scope.type === 'company' ? 'team' : 'rep', kpis, rows };
}

function trend(input: SummaryInput, scope: Scope, kpi: KpiKey): TrendSeries {
  return {
    kpi,
    points: input.window.trend.map((p) => {
      const status = provisional(input, kpi, p.from, p.to);
      if (!status) {
        return {
          from: p.from,
          to: p.to,
          value: metricOrNull(input.data, kpi, scope, p.from, p.to).value,
        };
      }
      const last = kpiData(input.data, kpi).last;
      return {
        from: p.from,
        to: p.to,
        value: null,
        provisional: status,
        ...(status === 'partial' && last !== null && last >= p.from ? { through: last } : {}),
      };
    }),
  };
}
