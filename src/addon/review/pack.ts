// The team review pack of one scope (a team or the company) and one period, written out in one
// language as sections of plain strings: objectives and their pace, what moved and why, the open
// corrective actions, the experiments, the context notes, and the decisions. The Review sheet and
// the email lay out the same sections. Pure: the summaries' model measures the KPIs and the
// objectives' pace, the Pipeline's attribution (history/why.ts) says why revenue and conversion
// moved, and the Actions, Experiments and Context sheets come as already-read records.
import { compareNames } from '../../kpi/results';
import { actionIn, kpiNameIn, scopeIn, statusIn } from '../workbook/stored-text';
import { type ContextNote, dayRangeText, notesFor } from '../context/notes';
import type { ExperimentRecord } from '../experiments/rows';
import { pipelineDeals } from '../history/deal-dates';
import { whyConversionMoved, whyRevenueMoved } from '../history/why';
import {
  describeScope,
  kpiEntry,
  type Scope,
  scopeKey,
  type ScopesInData,
  type WorkbookData,
} from '../metrics';
import { CONTEXT_KINDS, SCOPE_TYPES } from '../schema';
import type { Language } from '../i18n';
import { teamOfScopeText } from '../summaries/alerts';
import { buildSummary, type SummarySources } from '../summaries/build';
import { formatDay, formatKpi, formatWindow } from '../summaries/format';
import { reportWindow } from '../summaries/schedule';
import { emailView } from '../summaries/view';
import type { ActionRecord } from '../workbook/actions-sheet';
import type { ReviewPeriod } from './period';
import { reviewWords, type ReviewWords } from './words';

export interface ReviewSources extends SummarySources {
  readonly context: readonly ContextNote[];
  readonly experiments: readonly ExperimentRecord[];
}

export type SectionKey = 'objectives' | 'moved' | 'actions' | 'experiments' | 'context';

export interface PackSection {
  readonly key: SectionKey;
  readonly title: string;
  /** Sentences above the table (why it moved). */
  readonly lines: readonly string[];
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  /** Said instead of the table when it has no row. */
  readonly empty?: string;
}

export interface ReviewPackView {
  readonly language: Language;
  readonly scopeLabel: string;
  readonly periodLabel: string;
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly PackSection[];
}

/** "team Lyon" / "équipe Lyon" / "company" / "entreprise". */
export function scopeText(scope: Scope, language: Language): string {
  return describeScope(scope, language);
}

/** The pack's sections in one language, for a period and a scope, as known on `today`. */
export function reviewPack(
  sources: ReviewSources,
  scope: Scope,
  period: ReviewPeriod,
  today: number,
  language: Language,
): ReviewPackView {
  const w = reviewWords(language);
  const window = reportWindow(period.kind === 'month' ? 'monthly' : 'weekly', period.to);
  // A week's window is the 7 days before its end: the ISO week itself.
  const summary = buildSummary(
    {
      ...sources,
      frequency: period.kind === 'month' ? 'monthly' : 'weekly',
      window,
      // As known today: a past month's conversions have had the time to arrive since it ended,
      // and the objectives' pace is where it stands now.
      asOfDay: today,
      alertsSince: period.from,
      alertsTo: period.to - 1,
    },
    scope,
  );
  const view = emailView(summary, language, { kind: 'lead' }, '');
  const objectiveRows = view.kpis.rows.filter((r) => r.hasObjective).map((r) => r.cells);
  const movedRows = view.kpis.rows.filter((r) => !r.hasObjective).map((r) => r.cells.slice(0, 4));
  const scopeLabel = scopeText(scope, language);
  const periodLabel = formatWindow(period.from, period.to, language);
  return {
    language,
    scopeLabel,
    periodLabel,
    title: w('title', { scope: scopeLabel, period: periodLabel }),
    subtitle: w('subtitle', {
      previous: formatWindow(window.previousFrom, window.previousTo, language),
      date: formatDay(today, language),
    }),
    sections: [
      {
        key: 'objectives',
        title: w('objectives'),
        lines: view.reviews?.lines ?? [],
        header: view.kpis.header,
        rows: objectiveRows,
        ...(objectiveRows.length ? {} : { empty: w('noObjectives') }),
      },
      {
        key: 'moved',
        title: w('moved'),
        lines: whyLines(
          sources.data,
          scope,
          [window.previousFrom, window.previousTo],
          period,
          language,
          w,
        ),
        header: view.kpis.header.slice(0, 4),
        rows: movedRows,
      },
      actionsSection(sources, scope, language, w),
      experimentsSection(sources, scope, period, language, w),
      contextSection(sources.context, scope, period, language, w),
    ],
  };
}

/**
 * Why revenue moved for the scope (leads × conversion × win rate × order value), and where the
 * company's lead → opportunity conversion change comes from when it is this team (or for the
 * company itself): the demo's dip is "team Lyon's own rate".
 */
function whyLines(
  data: WorkbookData,
  scope: Scope,
  before: readonly [number, number],
  period: ReviewPeriod,
  language: Language,
  w: ReviewWords,
): string[] {
  const table = data.pipeline;
  if (!table || table.rows.length === 0) return [];
  const deals = pipelineDeals(table.rows, table.columns as Record<string, number | undefined>);
  const after = [period.from, period.to] as const;
  const key = scopeKey(scope);
  const mine =
    scope.type === 'company'
      ? deals
      : deals.filter((d) => scopeKey({ type: scope.type, name: d[teamOrRep(scope)] }) === key);
  const lines: string[] = [];
  const revenue = whyRevenueMoved(mine, before, after);
  lines.push(revenue ? revenue.sentence[language] : w('noWhy'));
  const conversion = whyConversionMoved(deals, before, after);
  if (
    conversion &&
    (scope.type === 'company' ||
      (scope.type === 'team' &&
        conversion.main !== undefined &&
        scopeKey({ type: 'team', name: conversion.main }) === key))
  )
    // The company's conversion, which names this team as its main driver: said as the
    // company's, beside the team's own rates in the table below.
    lines.push(
      scope.type === 'company'
        ? conversion.sentence[language]
        : w('companyConversion', { sentence: conversion.sentence[language] }),
    );
  return lines;
}

function teamOrRep(scope: Scope): 'team' | 'rep' | 'segment' {
  return scope.type === 'rep' ? 'rep' : scope.type === 'segment' ? 'segment' : 'team';
}

/** Whether an Actions row (scope as typed) concerns the pack's scope. */
function concerns(a: ActionRecord, scopes: ScopesInData, scope: Scope): boolean {
  if (scope.type === 'company') return true;
  const team = teamOfScopeText(a.scopeText, scopes);
  return team !== '' && scopeKey({ type: 'team', name: team }) === scopeKey(scope);
}

function actionsSection(
  sources: ReviewSources,
  scope: Scope,
  language: Language,
  w: ReviewWords,
): PackSection {
  const open = sources.actions
    .filter((a) => a.status === 'open' || a.status === 'inProgress' || a.status === 'other')
    .filter((a) => a.action !== '' || a.kpiText !== '')
    .filter((a) => concerns(a, sources.scopes, scope))
    .sort((a, b) => (b.day ?? 0) - (a.day ?? 0));
  const move = (a: ActionRecord) => {
    if (!a.kpi || (a.previous === null && a.current === null)) return '';
    return `${formatKpi(a.kpi, a.previous, language)} → ${formatKpi(a.kpi, a.current, language)}`;
  };
  const rows = open.map((a) => [
    a.day === null ? '' : formatDay(a.day, language),
    kpiNameIn(a.kpiText, language),
    scopeIn(a.scopeText, language),
    move(a),
    actionIn(a.action, language),
    a.owner,
    statusIn(a.statusText === '' ? 'open' : a.statusText, language),
    // The column already says "Context": the cell's own "Context: " prefix is left out.
    (a.context ?? '').replace(/^\s*(?:Context|Contexte)\s*:\s*/i, ''),
  ]);
  return {
    key: 'actions',
    title: w('actions'),
    lines: [],
    header: [
      w('actionDate'),
      w('actionKpi'),
      w('actionScope'),
      w('actionMove'),
      w('actionWhat'),
      w('actionOwner'),
      w('actionStatus'),
      w('actionContext'),
    ],
    rows,
    ...(rows.length ? {} : { empty: w('noActions') }),
  };
}

/** An experiment concerns a team when a group is the team or one of its reps. */
function experimentConcerns(e: ExperimentRecord, scopes: ScopesInData, scope: Scope): boolean {
  if (scope.type === 'company') return true;
  const key = scopeKey(scope);
  const team = scopes.teams.find((t) => scopeKey({ type: 'team', name: t.name }) === key);
  const names = new Set(
    [scope.type === 'team' ? scope.name : '', ...(team?.reps ?? [])].map((n) =>
      n.trim().toLowerCase(),
    ),
  );
  return [e.control, e.variant].some((g) => names.has(g.trim().toLowerCase()));
}

function experimentsSection(
  sources: ReviewSources,
  scope: Scope,
  period: ReviewPeriod,
  language: Language,
  w: ReviewWords,
): PackSection {
  const shown = sources.experiments
    .filter((e) => experimentConcerns(e, sources.scopes, scope))
    // Running ones, and those concluded since the period began.
    .filter((e) => !e.concluded || (e.end !== null && e.end >= period.from))
    .sort((a, b) => Number(a.concluded) - Number(b.concluded) || compareNames(a.id, b.id));
  const rows = shown.map((e) => [
    e.technique || e.id,
    e.kpi ? kpiEntry(e.kpi).name[language] : '',
    `${e.control} → ${e.variant}`,
    e.start !== null && e.end !== null ? dayRangeText(e.start, e.end, language) : '',
    `${e.counts.control.successes}/${e.counts.control.total} → ${e.counts.variant.successes}/${e.counts.variant.total}`,
    e.concluded ? w('concluded') : w('running'),
  ]);
  return {
    key: 'experiments',
    title: w('experiments'),
    lines: [],
    header: [
      w('experiment'),
      w('expKpi'),
      w('expGroups'),
      w('expDates'),
      w('expCounts'),
      w('expStatus'),
    ],
    rows,
    ...(rows.length ? {} : { empty: w('noExperiments') }),
  };
}

function contextSection(
  notes: readonly ContextNote[],
  scope: Scope,
  period: ReviewPeriod,
  language: Language,
  w: ReviewWords,
): PackSection {
  const rows = notesFor(notes, scope, period.from, period.to - 1).map((n) => [
    dayRangeText(n.start, n.end, language),
    CONTEXT_KINDS.find((c) => c.key === n.kind)![language],
    n.scope.type === 'company'
      ? SCOPE_TYPES.find((c) => c.key === 'company')![language]
      : describeScope(n.scope, language),
    n.note,
    n.author,
  ]);
  return {
    key: 'context',
    title: w('context'),
    lines: [],
    header: [w('noteDates'), w('noteKind'), w('noteScope'), w('note'), w('noteAuthor')],
    rows,
    ...(rows.length ? {} : { empty: w('noContext') }),
  };
}
