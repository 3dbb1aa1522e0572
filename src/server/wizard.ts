// The server side of the SMART objective wizard (the WizardServer of wizard-contract.ts), called by
// the sidebar through google.script.run. Every argument is untrusted: checked field by field, with
// messages in the user's language. Saving and deleting hold the document lock and write nothing
// when it is busy (the error says so); checks never write. Each call reads the Objectives and
// Alerts sheets at most once and hands the rows on (a save checks, writes and lists from the one
// read it made under the lock). A saved objective whose target changed is logged in the Objective
// log (workbook/objective-log.ts); the review's proposals are wizard-review.ts.
import { activeSpreadsheet, showSidebar } from '../addon/adapters/services';
import { GOODHART_REASON, SOURCE_SHEETS } from '../addon/metrics';
import { checkDraft } from '../addon/objectives/check';
import { isoOfDay, suggestedDeadline } from '../addon/objectives/dates';
import { measure } from '../addon/objectives/measure';
import { say } from '../addon/objectives/messages';
import {
  complete,
  deleteObjective,
  type ObjectiveBook,
  readObjectiveBook,
  saveObjective,
  wizardObjectives,
} from '../addon/objectives/repository';
import { FREQUENCIES, STRATEGIC_GOALS } from '../addon/schema';
import { say as addonSay, currentLanguage } from '../addon/i18n';
import { alertRows } from '../addon/workbook/alerts-sheet';
import { readBlock } from '../addon/workbook/block';
import { tableOf } from '../addon/workbook/cells';
import type { ObjectiveRecord } from '../addon/workbook/objectives-sheet';
import { sheetLanguage } from '../addon/workbook/sheet-language';
import { actionIn } from '../addon/workbook/stored-text';
import type {
  CheckResult,
  MeasureResult,
  ObjectiveDraft,
  ObjectiveSummary,
  SaveResult,
  WizardInit,
  WizardServer,
} from './wizard-contract';
import { withDocumentLock } from '../addon/workbook/lock';
import { busyAnswer } from './busy';
import type { Busy } from './busy-contract';
import { logTargetEdit } from '../addon/workbook/objective-log';
import { wizardDecide, wizardReviews } from './wizard-review';
import { objectiveSheets, openWizard, type WizardContext } from './wizard-context';
import { readMeasureRequest, readObjectiveId } from './wizard-input';
import {
  checkResult,
  draftOfRecord,
  kpiOptions,
  measurableText,
  listed,
  measureResult,
  summaries,
} from './wizard-views';

export function wizardInit(): WizardInit {
  const ctx = openWizard();
  const { language } = ctx;
  const sheets = objectiveSheets(ctx);
  const objectives = sheets ? readBlock(sheets.objectives) : undefined;
  const alerts =
    sheets !== undefined &&
    objectives !== undefined &&
    SOURCE_SHEETS.every((key) => ctx.located.has(key)) &&
    complete(objectives)
      ? readBlock(sheets.alerts)
      : undefined;
  const ready = alerts !== undefined && complete(alerts);
  const scopes = ctx.scopes();
  const leads = ctx.workbook().teams;
  const owners = [ctx.user, ...leads.map((l) => l.leadEmail || l.leadName)].filter(
    (o, i, all) => o !== '' && all.indexOf(o) === i,
  );
  return {
    language,
    today: ctx.todayIso,
    suggestedDeadline: isoOfDay(suggestedDeadline(ctx.today)),
    user: ctx.user,
    goals: STRATEGIC_GOALS.map((g) => ({ key: g.key, label: g[language] })),
    kpis: kpiOptions(language, ctx.user),
    scopes: {
      teams: [...scopes.teams],
      reps: scopes.reps.map((r) => ({ name: r.name, team: r.team })),
      segments: [...scopes.segments],
    },
    frequencies: FREQUENCIES.map((f) => ({ key: f.key, label: f[language] })),
    owners,
    objectives: objectives
      ? listed(wizardObjectives(objectives), alerts ? alertRows(tableOf(alerts)) : [], language)
      : [],
    goodhartReason: GOODHART_REASON[language],
    workbookReady: ready,
  };
}

export function wizardMeasure(request: unknown): MeasureResult {
  const ctx = openWizard();
  const { kpi, scope, frequency } = readMeasureRequest(request, ctx.scopes, ctx.language);
  // A column the workbook lacks throws a MetricError naming the sheet and the column.
  const m = measure(ctx.workbook().data, kpi, scope, frequency, ctx.today);
  return measureResult(m, kpi, ctx.language);
}

export function wizardCheck(draft: unknown): CheckResult {
  const ctx = openWizard();
  return checkResult(check(ctx, draft, records(ctx)));
}

export function wizardSave(draft: unknown): SaveResult | Busy {
  const ctx = openWizard();
  const sheets = objectiveSheets(ctx);
  if (!sheets) throw new Error(say(ctx.language, 'notReady'));
  // Read, checked and written under one lock: the check and the new IDs see the rows as written.
  const locked = withDocumentLock(() => saveDraft(ctx, readObjectiveBook(sheets), draft));
  return locked.ok
    ? locked.value
    : busyAnswer(locked.reason, ctx.language, say(ctx.language, 'busy'));
}

function saveDraft(ctx: WizardContext, book: ObjectiveBook, draft: unknown): SaveResult {
  const { language } = ctx;
  const existing = book.records;
  const outcome = check(ctx, draft, existing);
  if (!outcome.objective)
    return { id: '', check: checkResult(outcome), objectives: summaries(book, language) };
  // The rows are written in the Objectives sheet's own language (its headers'), whoever saves:
  // the objective's texts are checked again in that language when it is not the user's.
  const rowLanguage = sheetLanguage(book.objectives, language);
  const row =
    rowLanguage === language ? outcome : check({ ...ctx, language: rowLanguage }, draft, existing);
  const objective = row.objective ?? outcome.objective;
  const saved = saveObjective(book, {
    objective: {
      ...objective,
      alert: { ...objective.alert, action: actionIn(objective.alert.action, rowLanguage) },
    },
    measurable: measurableText(row, rowLanguage),
    language: rowLanguage,
    layouts: ctx.workbook().layouts,
  });
  switch (saved.status) {
    case 'not ready':
      throw new Error(say(language, 'notReady'));
    case 'missing': {
      const id = outcome.objective.id ?? '';
      const errors = { ...outcome.errors, id: say(language, 'id.missing', { id }) };
      return {
        id: '',
        check: checkResult({ ...outcome, errors }),
        objectives: summaries(saved.book, language),
      };
    }
    case 'saved': {
      const before = existing.find((r) => r.id === saved.id)?.target;
      // A changed target is kept in the Objective log, with the original one (issue 14).
      if (before !== undefined && before !== objective.targetValue)
        logTargetEdit(activeSpreadsheet(), {
          objectiveId: saved.id,
          oldTarget: before,
          newTarget: objective.targetValue,
          start: objective.start,
          today: ctx.today,
          who: ctx.user,
          language: rowLanguage,
        });
      const extra = saved.problem
        ? [say(language, 'warning.noFormula', { reason: saved.problem })]
        : [];
      return {
        id: saved.id,
        check: checkResult(outcome, extra),
        objectives: summaries(saved.book, language),
      };
    }
  }
}

export function wizardLoad(id: unknown): ObjectiveDraft {
  const ctx = openWizard();
  const wanted = readObjectiveId(id, ctx.language);
  const sheets = objectiveSheets(ctx);
  if (!sheets) throw new Error(say(ctx.language, 'notReady'));
  const record = wizardObjectives(readBlock(sheets.objectives)).find((r) => r.id === wanted);
  if (!record) throw new Error(say(ctx.language, 'notFound', { id: wanted }));
  const alert = alertRows(tableOf(readBlock(sheets.alerts))).find((a) => a.objectiveId === wanted);
  const draft = draftOfRecord(record, alert, ctx.language);
  if ('missing' in draft)
    throw new Error(
      say(ctx.language, 'rowUnreadable', { id: wanted, problem: draft.missing.join(', ') }),
    );
  return draft;
}

export function wizardDelete(id: unknown): ObjectiveSummary[] | Busy {
  const ctx = openWizard();
  const wanted = readObjectiveId(id, ctx.language);
  const sheets = objectiveSheets(ctx);
  if (!sheets) throw new Error(say(ctx.language, 'notReady'));
  // Deleting what is already gone (a second click, another manager) is not an error.
  const outcome = deleteObjective(sheets, wanted);
  if ('book' in outcome) return summaries(outcome.book, ctx.language);
  const reason = outcome.status === 'busy' ? 'busy' : 'noDocument';
  return busyAnswer(reason, ctx.language, say(ctx.language, 'busy'));
}

/** Menu: opens the wizard in the sidebar. */
export function showWizard(): void {
  showSidebar('Wizard', addonSay(currentLanguage(), 'wizard.title'));
}

function records(ctx: WizardContext): ObjectiveRecord[] {
  const sheets = objectiveSheets(ctx);
  return sheets ? wizardObjectives(readBlock(sheets.objectives)) : [];
}

function check(ctx: WizardContext, draft: unknown, existing: readonly ObjectiveRecord[]) {
  return checkDraft(draft, {
    language: ctx.language,
    today: ctx.today,
    scopes: ctx.scopes(),
    data: ctx.workbook().data,
    existing,
  });
}

/**
 * The page's server functions, checked against WizardServer by the compiler: each
 * takes at least what the page sends (untrusted input arrives as `unknown` and is checked here)
 * and returns what the page reads. src/main.ts exposes them from this object.
 */
export const WIZARD_SERVER = {
  wizardInit,
  wizardMeasure,
  wizardCheck,
  wizardSave,
  wizardLoad,
  wizardDelete,
  wizardReviews,
  wizardDecide,
} satisfies WizardServer;
