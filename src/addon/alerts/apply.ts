// "Apply alerts" (the menu item and the hourly check): under the document lock, read every sheet
// once, evaluate the rules (evaluate.ts, pure), write the Actions log and the rule IDs, and
// replace the add-on's colours. Nothing is written when the lock cannot be had: another save or
// check is running, and the next run will do the work (or there is no document to lock, which
// the report says). Sheets calls do not grow with the rows.
import { judgedEnd, scopesInData, SOURCE_SHEETS, type SourceSheet } from '../metrics';
import type { Language } from '../i18n';
import { sheetLanguage } from '../workbook/sheet-language';
import { keepAsOfCurrent } from '../workbook/as-of';
import { readLoggedMemory, writeLoggedMemory } from './logged-memory';
import type { AlertNote } from './notes';
import { replaceAddonRules } from '../workbook/cf-replace';
import { RuleBuilders } from '../workbook/rule-builders';
import {
  ALERTS_FAMILY,
  type ColouredSheet,
  medianCycle,
  openAlertsAfter,
  planColours,
} from './cf-plan';
import { type Evaluation, evaluateAlerts } from './evaluate';
import { measureWith } from './measure';
import { readRules } from './read-rules';
import { KnownScopes } from './resolve';
import { type AlertsWorkbook, readAlertsWorkbook, shapesOf } from './sheets-read';
import { alertRows } from '../workbook/alerts-sheet';
import { actionRecords } from '../workbook/actions-sheet';
import { tableOf } from '../workbook/cells';
import { objectiveRecords, objectivesById } from '../workbook/objectives-sheet';
import { appendActions, writeIds, writeRecoveries } from './sheets-write';
import type { AlertRule, RuleProblem } from './types';
import { withDocumentLock } from '../workbook/lock';
import { withMemoBatch } from '../workbook/write-memo';
import { readWindowOverrides, recordMeasuredWindows } from './windows';
import { contextNotes } from '../context/notes';
import { withContext } from './context';

/** How long to wait for another save or check to finish. */
const LOCK_WAIT_MS = 20_000;

export type ApplyReport =
  | { readonly outcome: 'busy' }
  | { readonly outcome: 'no document' }
  | { readonly outcome: 'no sheets' }
  | {
      readonly outcome: 'applied';
      readonly today: number;
      /** The rules evaluated (active and valid). */
      readonly rules: readonly AlertRule[];
      readonly evaluation: Evaluation;
      /** The language the Actions log is written in (its headers'): the report quotes the
       *  context lines as the log holds them. */
      readonly logLanguage: Language;
      readonly ruleProblems: readonly RuleProblem[];
      /** The source sheets not found (the report says what to do; their rules are named too). */
      readonly sourceProblems: readonly SourceSheet[];
      readonly idsAssigned: number;
      /** The sheets whose colours were replaced (their keys: no name to ask of Sheets), and why
       *  some could not be. */
      readonly coloured: readonly ColouredSheet[];
      readonly colourProblems: readonly AlertNote[];
    };

export function applyAlerts(language: Language): ApplyReport {
  const locked = withDocumentLock(
    () => applyUnlocked(readAlertsWorkbook(), language),
    LOCK_WAIT_MS,
  );
  if (locked.ok) return locked.value;
  return { outcome: locked.reason === 'busy' ? 'busy' : 'no document' };
}

function applyUnlocked(book: AlertsWorkbook, language: Language): ApplyReport {
  if (!book.alerts || !book.actions) return { outcome: 'no sheets' };
  keepAsOfCurrent(book.spreadsheet, book.today);
  const data = book.snapshot.data;
  const objectives = objectivesById(objectiveRecords(tableOf(book.objectives)));
  const read = readRules(
    alertRows(tableOf(book.alerts)),
    objectives,
    new KnownScopes(scopesInData(data)),
  );
  // Without an ID column the given IDs could not be kept, and the cooldown would not hold: such
  // a sheet (typed by hand) is reported, its rules are not evaluated.
  const hasIds = book.alerts.columns.has('id');
  const assigned = hasIds ? read.assignedIds : [];
  const rules = hasIds ? read.rules : [];
  const ruleProblems = hasIds
    ? read.problems
    : [{ row: 1, id: '', note: { key: 'noIdColumn' } as const, skipped: true }];
  const log = actionRecords(tableOf(book.actions));
  // The conversion windows the user set on the settings page (windows.ts), else the measured ones.
  const windows = readWindowOverrides();
  recordMeasuredWindows(data);
  // What was logged before, even from rows users since deleted or whose Alert ID they cleared
  // (read only if the rows do not answer).
  const evaluated = evaluateAlerts({
    data,
    rules,
    objectives,
    log,
    today: book.today,
    logged: readLoggedMemory,
    windows,
  });
  // The log is written in its own language (its headers'), whoever applies the alerts.
  const logLanguage = sheetLanguage(book.actions, language);
  // An alert raised during a logged event says so (the Context column and the report).
  const evaluation = withContext(evaluated, contextNotes(tableOf(book.context)));

  writeIds(book.alerts, assigned);
  writeRecoveries(book.actions, evaluation.recovered, logLanguage);
  appendActions(book.actions, evaluation.raised, logLanguage);
  if (evaluation.logged) writeLoggedMemory(evaluation.logged, book.today);

  const plan = planColours({
    today: book.today,
    // The periods the colours judge are the ones the alert check judged.
    judgedEnd: (kpi) => judgedEnd(data, kpi, book.today, windows),
    shapes: shapesOf(book),
    objectives: [...objectives.values()],
    openAlerts: openAlertsAfter(log, evaluation, rules),
    medianCycle: medianCycle(data, book.today),
    measure: measureWith(data),
  });
  const coloured: ColouredSheet[] = [];
  const colourProblems: AlertNote[] = [];
  const builders = new RuleBuilders();
  withMemoBatch(() => {
    for (const [key, cfRules] of plan) {
      const where = book.located.get(key)!;
      try {
        const result = replaceAddonRules(where.sheet, ALERTS_FAMILY, cfRules, builders);
        if (result.written > 0 || result.removed > 0) coloured.push(key);
      } catch (error) {
        // The log is written: a sheet whose colours cannot be set must not hide it.
        const message = error instanceof Error ? error.message : String(error);
        colourProblems.push({ key: 'colourFailed', params: { sheet: where.name, message } });
      }
    }
  });
  return {
    outcome: 'applied',
    today: book.today,
    logLanguage,
    rules,
    evaluation,
    ruleProblems,
    sourceProblems: SOURCE_SHEETS.filter((sheet) => data[sheet]?.missing),
    idsAssigned: assigned.length,
    coloured,
    colourProblems,
  };
}
