// The server side of the Experiments page (the ExperimentsServer of experiments-contract.ts),
// called through google.script.run. Every argument is untrusted and checked field by field;
// starting an experiment and updating the results hold the document lock and write nothing when
// it is busy. Results are JSON-safe (ISO day texts, no Date), texts in the user's language.
import { activeSpreadsheet, showSidebar, todayIn, userEmail } from '../addon/adapters/services';
import { dayOfIsoText } from '../functions/values/dates';
import { EXPERIMENT_KPIS, subjectsText } from '../addon/experiments/kpis';
import { say } from '../addon/experiments/messages';
import { planExperiment } from '../addon/experiments/plan';
import { concludeEnded, writeUpdates } from '../addon/experiments/conclude';
import { recordNextEnd } from '../addon/experiments/next-end';
import { appendRow, nextRow, readExperiments } from '../addon/experiments/repository';
import { newRowCells, nextExperimentId } from '../addon/experiments/rows';
import { applied, countsOf, summaryOf, updatesOf } from '../addon/experiments/update';
import { checkDraft, checkPlan } from '../addon/experiments/validate';
import { ALPHA, POWER } from '../addon/experiments/verdict';
import { kpiEntry, type KpiKey, scopesInData, SOURCE_SHEETS } from '../addon/metrics';
import { withDocumentLock } from '../addon/workbook/lock';
import { busyAnswer } from './busy';
import type { Busy } from './busy-contract';
import { say as addonSay, type Language, currentLanguage } from '../addon/i18n';
import { type Located, locateSheets } from '../addon/workbook/locate';
import { readSources, type WorkbookSnapshot } from '../addon/workbook/read-data';
import type {
  ExperimentSummary,
  ExperimentsInit,
  PlanResult,
  StartResult,
  ExperimentsServer,
} from './experiments-contract';

interface Context {
  readonly language: Language;
  readonly today: number;
  readonly todayIso: string;
  readonly located: Located;
  workbook(): WorkbookSnapshot;
}

function open(): Context {
  const spreadsheet = activeSpreadsheet();
  const todayIso = todayIn(spreadsheet.getSpreadsheetTimeZone());
  const located = locateSheets(spreadsheet, [...SOURCE_SHEETS, 'experiments']);
  let snapshot: WorkbookSnapshot | undefined;
  return {
    language: currentLanguage(),
    today: dayOfIsoText(todayIso)!,
    todayIso,
    located,
    workbook: () => (snapshot ??= readSources(located)),
  };
}

/**
 * The experiments as the page shows them. One still marked running whose end day has passed
 * ends now: its final counts, Concluded and its verdict are written (conclude.ts; only on the
 * first opening after its end, or by the hourly job, so an ordinary opening writes nothing). When
 * the lock is busy it is shown concluded all the same, and written at the next opening or refresh.
 */
function concludedSummaries(ctx: Context): ExperimentSummary[] {
  const where = ctx.located.get('experiments');
  if (!where) return [];
  const ready = SOURCE_SHEETS.every((k) => ctx.located.has(k));
  const done = concludeEnded(where, ready, () => ctx.workbook().data, ctx.today, ctx.language);
  const byIndex = new Map(done.updates.map((u) => [u.index, u]));
  return done.records.map((r) => summaryOf(applied(r, byIndex.get(r.index)), ctx.language));
}

/** Menu: opens the Experiments page in the sidebar. */
export function showExperiments(): void {
  showSidebar('Experiments', addonSay(currentLanguage(), 'experiments.title'));
}

export function experimentsInit(): ExperimentsInit {
  const ctx = open();
  const scopes = scopesInData(ctx.workbook().data);
  return {
    language: ctx.language,
    today: ctx.todayIso,
    kpis: (Object.keys(EXPERIMENT_KPIS) as KpiKey[]).map((key) => ({
      key,
      name: kpiEntry(key).name[ctx.language],
      subjects: subjectsText(key, ctx.language),
    })),
    teams: scopes.teams.map((team) => team.name),
    reps: scopes.teams.flatMap((team) => team.reps.map((name) => ({ name, team: team.name }))),
    alpha: ALPHA,
    power: POWER,
    experiments: concludedSummaries(ctx),
    workbookReady: ctx.located.has('experiments') && SOURCE_SHEETS.every((k) => ctx.located.has(k)),
  };
}

export function experimentsPlan(request: unknown): PlanResult {
  const ctx = open();
  const data = ctx.workbook().data;
  const errors: Record<string, string> = {};
  const plan = checkPlan(request, scopesInData(data), ctx.language, errors);
  if (!plan) return emptyPlan(errors);
  const result = planExperiment(data, plan, ctx.today, ctx.language);
  if (result.noBaseline) return emptyPlan({ baselineRate: say(ctx.language, 'noBaseline') });
  return { ok: true, errors: {}, ...stripFlag(result) };
}

export function experimentsStart(draft: unknown): StartResult {
  const ctx = open();
  const data = ctx.workbook().data;
  const { draft: checked, errors } = checkDraft(draft, scopesInData(data), ctx.language);
  if (!checked) return { ok: false, errors };
  const where = ctx.located.get('experiments');
  if (!where) return { ok: false, errors: { form: say(ctx.language, 'notSetUp') } };
  const saved = withDocumentLock(() => {
    const book = readExperiments(where);
    const id = nextExperimentId(book.records);
    const row = nextRow(book);
    const probe = {
      index: -1,
      id,
      technique: checked.technique,
      hypothesis: checked.hypothesis,
      kpi: checked.kpi,
      groupType: checked.groupType,
      control: checked.control,
      variant: checked.variant,
      start: checked.start,
      end: checked.end,
      baselineRate: checked.baselineRate,
      minLift: checked.minLift,
      counts: { control: { successes: 0, total: 0 }, variant: { successes: 0, total: 0 } },
      concluded: false,
    };
    const counts = countsOf(data, probe, ctx.today)!;
    // An experiment whose end day has passed is concluded at once, with its verdict.
    const cells = newRowCells(
      {
        id,
        draft: checked,
        owner: userEmail(),
        today: ctx.today,
        counts,
        concluded: counts.concluded,
      },
      book.block.columns,
      row,
      ctx.language,
    );
    appendRow(book, row, cells);
    const records = [...book.records, { ...applied(probe, counts), index: row - 2 }];
    recordNextEnd(records);
    return { id, experiments: records.map((r) => summaryOf(r, ctx.language)) };
  });
  if (!saved.ok)
    return { ok: false, ...busyAnswer(saved.reason, ctx.language, say(ctx.language, 'busy')) };
  return { ok: true, ...saved.value };
}

export function experimentsRefresh(): ExperimentSummary[] | Busy {
  const ctx = open();
  const where = ctx.located.get('experiments');
  if (!where) return [];
  const data = ctx.workbook().data;
  const saved = withDocumentLock(() => {
    const book = readExperiments(where);
    const updates = updatesOf(data, book.records, ctx.today);
    writeUpdates(book, updates, ctx.today, ctx.language);
    const byIndex = new Map(updates.map((u) => [u.index, u]));
    return book.records.map((r) => summaryOf(applied(r, byIndex.get(r.index)), ctx.language));
  });
  if (!saved.ok) return busyAnswer(saved.reason, ctx.language, say(ctx.language, 'busy'));
  return saved.value;
}

function emptyPlan(errors: Record<string, string>): PlanResult {
  return {
    ok: false,
    errors,
    baselineRate: null,
    baselineSubjects: 0,
    sampleSize: null,
    weeksNeeded: null,
    summary: '',
  };
}

function stripFlag<T extends { noBaseline: boolean }>(plan: T): Omit<T, 'noBaseline'> {
  const { noBaseline: _, ...rest } = plan;
  return rest;
}

/**
 * The page's server functions, checked against ExperimentsServer by the compiler: each
 * takes at least what the page sends (untrusted input arrives as `unknown` and is checked here)
 * and returns what the page reads. src/main.ts exposes them from this object.
 */
export const EXPERIMENTS_SERVER = {
  experimentsInit,
  experimentsPlan,
  experimentsStart,
  experimentsRefresh,
} satisfies ExperimentsServer;
