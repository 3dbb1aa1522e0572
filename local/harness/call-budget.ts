// Every user action and trigger run of the built add-on, on the demo workbook, with the Sheets
// service calls each one makes (what the local runtime counts; at Google each is a round trip).
// Shared by the budget test (1× and 2× the demo's rows) and `npm run bench` (1× and 10×): the
// counts must stay within the budget and must not grow with the data.
import { addonHarness, type AddonHarness } from './addon-runtime';
import { SCHEMA } from '../../src/addon/schema';
import { SOURCE_SHEETS } from '../../src/addon/metrics';
import { runSetupPage, type SetupRun } from './setup-page';
import { restoreHarness, snapshotHarness, type HarnessSnapshot } from './snapshot';

/** Google's first performance rule: few round trips. Every action stays under this. */
export const CALL_BUDGET = 100;

/** Monday 16 November 2026, 09:00 in Paris. */
export const BUDGET_CLOCK = new Date('2026-11-16T08:00:00Z');

export interface ActionCost {
  readonly action: string;
  readonly calls: number;
  /** Of those, the calls to the Spreadsheet service (SpreadsheetApp, Spreadsheet, Sheet, Range…). */
  readonly sheetsCalls?: number;
  readonly ms: number;
  readonly error?: string;
}

const COPY_SLICE = 5_000;

const OWNER = { email: 'manager@example.com', locale: 'en' };

/** A budget workbook just set up (before any action ran on it), to start others from. */
export interface BudgetStart {
  readonly snapshot: HarnessSnapshot;
  readonly setup: SetupRun;
}

/** What budgetWorkbook(1) is right after its set-up (take it before measuring actions). */
export function budgetStart(h: AddonHarness & { setup: SetupRun }): BudgetStart {
  return { snapshot: snapshotHarness(h), setup: h.setup };
}

/**
 * The demo set up with sample data, its source rows then copied `times` − 1 more times. Given
 * the start of another budget workbook, a copy of that set-up workbook and state is used instead
 * of setting the demo up again (the same set-up: same clock, user and sample).
 */
export function budgetWorkbook(
  times: number,
  from?: BudgetStart,
): AddonHarness & { setup: SetupRun } {
  const h = from ? restoreHarness(from.snapshot) : addonHarness();
  h.runtime.clock.set(BUDGET_CLOCK);
  const setup = from ? from.setup : runSetupPage(h.runtime, true, { user: OWNER });
  for (const key of SOURCE_SHEETS) {
    const name = SCHEMA[key].en;
    const last = h.workbook.getLastRow(name);
    if (last <= 1 || times <= 1) continue;
    const width = SCHEMA[key].columns.length;
    const rows = h.workbook.getInputs(name, 1, 0, last - 1, width);
    const copies: unknown[][] = [];
    for (let i = 1; i < times; i++) copies.push(...rows);
    h.workbook.resizeSheet(name, last + copies.length, h.workbook.getSheet(name).maxColumns);
    // In slices: the local workbook spreads a block's rows into one call's arguments.
    for (let from = 0; from < copies.length; from += COPY_SLICE)
      h.workbook.setInputs(name, last + from, 0, copies.slice(from, from + COPY_SLICE) as never);
  }
  return { ...h, setup };
}

const WIZARD_DRAFT = {
  goal: 'marketShare',
  kpi: 'lead_to_opportunity',
  scope: { type: 'team', name: 'Lyon' },
  who: 'The Lyon team',
  what: 'qualifies every inbound lead within a day',
  where: 'on the web leads',
  how: 'with a shared checklist',
  baseline: null,
  targetMode: 'value',
  target: 0.5,
  start: '2026-11-01',
  deadline: '2027-03-31',
  frequency: 'monthly',
  owner: 'manager@example.com',
  alert: {
    mode: 'relative',
    threshold: 0.1,
    direction: 'down',
    minVolume: 3,
    action: 'Review lead quality and the qualification criteria; coach the reps.',
    owner: 'manager@example.com',
    enabled: true,
  },
};

/** A revenue objective the demo meets early: the wizard proposes a new target (issue 14). */
const REVIEWED_DRAFT = {
  ...WIZARD_DRAFT,
  goal: 'revenue',
  kpi: 'revenue',
  scope: { type: 'company' },
  target: 1000,
  deadline: '2026-12-31',
};

const EXPERIMENT = {
  technique: 'Video follow-ups',
  hypothesis: 'A short personal video after the first call converts more leads.',
  kpi: 'lead_to_opportunity',
  groupType: 'team',
  control: 'Paris',
  variant: 'Lyon',
  start: '2026-12-01',
  end: '2027-01-31',
  baselineRate: 0.4,
  minLift: 0.2,
};

/** The menu item and each step of one set-up, as actions (their time is not measured apart). */
export function setupCosts(name: string, run: SetupRun): ActionCost[] {
  return run.calls.map((calls, i) => ({
    action: i === 0 ? name : `${name}, step ${i}`,
    calls,
    ms: 0,
    error: i === 0 ? run.refused?.message : undefined,
  }));
}

/**
 * Runs every menu item, every page's server function and the hourly run once, in the order a
 * team would, and returns what each cost. A call that throws is reported, not hidden.
 */
/** A note as the "Add a context note" page sends it. */
const CONTEXT_NOTE = {
  start: '2026-10-01',
  end: '2026-10-20',
  scopeType: 'team',
  scope: 'Lyon',
  kind: 'competitor',
  note: 'Competitor promotion in Lyon',
};

/** The review pack the "Build review pack" page asks for: Lyon, last month. */
const REVIEW = { team: 'Lyon', kind: 'month', day: '2026-10-01' };

export function measureActions(h: AddonHarness): ActionCost[] {
  const out: ActionCost[] = [];
  const measure = (action: string, call: () => unknown): unknown => {
    h.runtime.counter.reset();
    const started = performance.now();
    let result: unknown;
    let error: string | undefined;
    try {
      result = call();
      const failed = h.runtime.executions.at(-1)?.error;
      if (failed) error = String(failed);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const { counter } = h.runtime;
    const sheetsCalls = ['Spreadsheet', 'Sheet', 'Range', 'DeveloperMetadata'].reduce(
      (n, prefix) => n + counter.total(prefix),
      0,
    );
    out.push({
      action,
      calls: counter.total(),
      sheetsCalls,
      ms: performance.now() - started,
      error,
    });
    return result;
  };
  const run = (fn: string, args: unknown[] = []) => h.runtime.run(fn, args, { user: OWNER });
  const menu = (fn: string) => h.runtime.invoke(fn, [], { user: OWNER });

  measure('onOpen', () =>
    h.runtime.invoke(
      'onOpen',
      (ex) => [
        {
          authMode: 'LIMITED',
          source: (
            ex.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
          ).getActive(),
        },
      ],
      { authMode: 'LIMITED', user: OWNER },
    ),
  );
  // The menu item opens the set-up page; each of the page's steps is one execution.
  const setup = runSetupPage(h.runtime, false, { user: OWNER });
  out.push(...setupCosts('Set up KPI workbook (again)', setup));
  measure('open the wizard', () => menu('menuShowWizard'));
  measure('wizardInit', () => run('wizardInit'));
  measure('wizardMeasure', () =>
    run('wizardMeasure', [
      { kpi: 'lead_to_opportunity', scope: { type: 'team', name: 'Lyon' }, frequency: 'monthly' },
    ]),
  );
  measure('wizardCheck', () => run('wizardCheck', [WIZARD_DRAFT]));
  const saved = measure('wizardSave', () => run('wizardSave', [WIZARD_DRAFT])) as
    { id?: string } | undefined;
  measure('wizardLoad', () => run('wizardLoad', [saved?.id ?? '']));
  measure('Apply alerts', () => menu('menuApplyAlerts'));
  measure('Apply alerts (again)', () => menu('menuApplyAlerts'));
  measure('open alert settings', () => menu('menuShowAlertSettings'));
  measure('alertsPageInit', () => run('alertsPageInit'));
  measure('setHourlyAlerts on', () => run('setHourlyAlerts', [true]));
  measure('alertsApplyNow', () => run('alertsApplyNow'));
  measure('open context note', () => menu('menuAddContextNote'));
  measure('contextPageInit', () => run('contextPageInit'));
  measure('addContextNote', () => run('addContextNote', [CONTEXT_NOTE]));
  measure('Refresh dashboard', () => menu('menuRefreshDashboard'));
  measure('Refresh dashboard (again)', () => menu('menuRefreshDashboard'));
  measure('open email summaries', () => menu('menuEmailSummaries'));
  const view = measure('summariesInit', () => run('summariesInit')) as
    | { settings: Record<string, unknown>; recipients: Array<{ email: string; id?: string }> }
    | undefined;
  measure('summariesSave', () => run('summariesSave', [{ ...view?.settings, enabled: true }]));
  const recipients = view?.recipients ?? [];
  measure('summariesApprove', () => run('summariesApprove', [[recipients[0]?.email ?? '']]));
  measure('summariesPreview', () =>
    run('summariesPreview', [recipients[0]?.id ?? recipients[0]?.email ?? '']),
  );
  measure('summariesSendNow', () => run('summariesSendNow'));
  measure('open review pack', () => menu('menuBuildReviewPack'));
  measure('reviewPageInit', () => run('reviewPageInit'));
  measure('reviewBuild', () => run('reviewBuild', [REVIEW]));
  measure('reviewBuild (replace)', () => run('reviewBuild', [{ ...REVIEW, replace: true }]));
  measure('reviewRecordDecisions', () => run('reviewRecordDecisions', [REVIEW]));
  measure('reviewSend', () => run('reviewSend', [REVIEW]));
  measure('open experiments', () => menu('menuShowExperiments'));
  measure('experimentsInit', () => run('experimentsInit'));
  measure('experimentsPlan', () => run('experimentsPlan', [EXPERIMENT]));
  measure('experimentsStart', () => run('experimentsStart', [EXPERIMENT]));
  measure('experimentsRefresh', () => run('experimentsRefresh'));
  const trigger = h.runtime.state.triggers.find((t) => t.handler === 'onScheduleTick');
  const tick = () =>
    h.runtime.invoke('onScheduleTick', [{ triggerUid: trigger?.id ?? '' }], { user: OWNER });
  h.runtime.clock.advanceMinutes(60);
  measure('hourly run (jobs due)', tick);
  // Hourly alerts are on: every tick evaluates them.
  measure('hourly run (hourly alerts)', tick);
  // The next hour: the Pipeline insights, rewritten the tick after the day's snapshot.
  h.runtime.clock.advanceMinutes(60);
  measure('hourly run (next hour: pipeline insights)', tick);
  // The objective review: the proposals and forecasts, then an accepted proposal (it writes the
  // objective's row and makes the Objective log).
  const reviewed = run('wizardSave', [REVIEWED_DRAFT]) as { id?: string } | undefined;
  const listed = measure('wizardReviews', () => run('wizardReviews')) as
    { reviews: Array<{ id: string; period: string }> } | undefined;
  const proposal = listed?.reviews.find((r) => r.id === reviewed?.id);
  measure('wizardDecide (accept)', () =>
    run('wizardDecide', [
      { id: reviewed?.id ?? '', period: proposal?.period ?? '', action: 'accept' },
    ]),
  );
  measure('wizardDelete (an objective with a log)', () =>
    run('wizardDelete', [reviewed?.id ?? '']),
  );
  measure('wizardDelete', () => run('wizardDelete', [saved?.id ?? '']));
  measure('setHourlyAlerts off', () => run('setHourlyAlerts', [false]));
  // The weekly summaries keep the trigger; an hour later nothing is due (the day's snapshot and
  // insights are done, the summaries went at 8).
  h.runtime.clock.advanceMinutes(60);
  measure('hourly run (nothing due)', tick);
  return out;
}
