// The objectives' log (issue 14): an "Objective log" sheet that keeps each objective's original
// target and every review decision (accepted, edited or dismissed proposal): who, when, for which
// period, the old, proposed and new target, and why. Append-only: the add-on only ever adds rows
// after the last one, in one setValues per decision, under the caller's document lock. The sheet
// is made on the first decision (so workbooks set up before the log existed get it too), visible
// (a manager reads it), found again by its developer metadata whatever its name, and written in
// the language of its headers; its decisions and periods are read back in either language, so a
// dismissed proposal is not asked again for the same period.
import { dateOfDay, readDay } from '../../functions/values/dates';

import { neutralizeFormula } from '../safe-text';
import type { Language } from '../i18n';
import { textOf } from './cells';
import { growTo } from './max-rows';
import { sheetTagged } from './metadata';
import type { Sheet, Spreadsheet } from '../adapters/sheets-types';

export const OBJECTIVE_LOG_METADATA_KEY = 'salesKpi.objectiveLog';

export const LOG_DECISIONS = [
  'original',
  'accepted',
  'edited',
  'dismissed',
  'wizardEdit',
  'deleted',
] as const;
export type LogDecision = (typeof LOG_DECISIONS)[number];

const DECISION_TEXT: Record<LogDecision, Record<Language, string>> = {
  original: { en: 'Original target', fr: 'Cible d’origine' },
  accepted: { en: 'Proposal accepted', fr: 'Proposition acceptée' },
  edited: { en: 'Proposal edited', fr: 'Proposition modifiée' },
  dismissed: { en: 'Proposal dismissed', fr: 'Proposition écartée' },
  wizardEdit: { en: 'Edited in the wizard', fr: 'Modifiée dans l’assistant' },
  deleted: { en: 'Objective deleted', fr: 'Objectif supprimé' },
};

/** The decisions that answer a proposal (one per objective and period). */
export const ANSWERS: ReadonlySet<LogDecision> = new Set(['accepted', 'edited', 'dismissed']);

const SHEET_NAME: Record<Language, string> = { en: 'Objective log', fr: 'Journal des objectifs' };

const HEADERS: Record<Language, readonly string[]> = {
  en: [
    'Objective ID',
    'Time',
    'Who',
    'Period',
    'Decision',
    'Old target',
    'Proposed',
    'New target',
    'Why',
  ],
  fr: [
    'ID objectif',
    'Heure',
    'Qui',
    'Période',
    'Décision',
    'Ancienne cible',
    'Proposée',
    'Nouvelle cible',
    'Pourquoi',
  ],
};
const FORMATS = [
  '@',
  'yyyy-mm-dd hh:mm',
  '@',
  'yyyy-mm-dd',
  '@',
  '#,##0.###',
  '#,##0.###',
  '#,##0.###',
  '@',
];
const WIDTH = HEADERS.en.length;

export interface LogEntry {
  readonly objectiveId: string;
  readonly time: Date;
  readonly who: string;
  /** The first day of the period the decision is for (objectives/review.ts). */
  readonly period: number;
  readonly decision: LogDecision;
  /** Blank ('') when the row had none (a deletion). */
  readonly oldTarget: number | '';
  readonly proposed?: number;
  readonly newTarget: number | '';
  /** Why, in words (the proposal's reasons, the new window). */
  readonly why: string;
}

/** What was read: each decision's objective, period and kind, and where the next row goes. */
export interface ObjectiveLog {
  readonly sheet: Sheet;
  readonly language: Language;
  readonly decisions: ReadonlyArray<{
    objectiveId: string;
    period?: number;
    decision?: LogDecision;
  }>;
  /** The next free row (1-based). */
  readonly nextRow: number;
}

function decisionOf(text: string): LogDecision | undefined {
  const t = text.trim().toLowerCase();
  return LOG_DECISIONS.find(
    (d) =>
      d === t || DECISION_TEXT[d].en.toLowerCase() === t || DECISION_TEXT[d].fr.toLowerCase() === t,
  );
}

/** The log as it stands (one read), or undefined when the workbook has none yet. */
export function readObjectiveLog(spreadsheet: Spreadsheet): ObjectiveLog | undefined {
  const sheet = sheetTagged(spreadsheet, OBJECTIVE_LOG_METADATA_KEY);
  if (!sheet) return undefined;
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map((c) => textOf(c));
  const language: Language = header[0] === HEADERS.fr[0] ? 'fr' : 'en';
  // An ID freed by a deletion may be given to a new objective: only the rows after the
  // objective's last deletion are its own.
  let decisions: Array<ObjectiveLog['decisions'][number]> = [];
  for (const row of values.slice(1)) {
    const objectiveId = textOf(row[0]).toUpperCase();
    if (objectiveId === '') continue;
    const period = readDay(row[3]);
    const decision = decisionOf(textOf(row[4]));
    if (decision === 'deleted') {
      decisions = decisions.filter((d) => d.objectiveId !== objectiveId);
      continue;
    }
    decisions.push({
      objectiveId,
      ...(period !== undefined ? { period } : {}),
      ...(decision ? { decision } : {}),
    });
  }
  // A blank sheet (its header cleared) still gets its rows after row 1.
  return { sheet, language, decisions, nextRow: Math.max(values.length, 1) + 1 };
}

/** Makes the log sheet at the end of the tabs, headed in the language given. */
export function createObjectiveLog(spreadsheet: Spreadsheet, language: Language): ObjectiveLog {
  const wanted = SHEET_NAME[language];
  let name = wanted;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${wanted} ${n}`;
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  sheet.addDeveloperMetadata(OBJECTIVE_LOG_METADATA_KEY, 'objectiveLog');
  sheet.getRange(1, 1, 1, WIDTH).setValues([[...HEADERS[language]]]);
  sheet.setFrozenRows(1);
  return { sheet, language, decisions: [], nextRow: 2 };
}

/** Appends the entries after the log's last row: one block, formats then values. */
export function appendToLog(log: ObjectiveLog, entries: readonly LogEntry[]): void {
  if (entries.length === 0) return;
  const rows = entries.map((e) => [
    e.objectiveId,
    e.time,
    neutralizeFormula(e.who),
    dateOfDay(e.period),
    DECISION_TEXT[e.decision][log.language],
    e.oldTarget,
    e.proposed ?? '',
    e.newTarget,
    neutralizeFormula(e.why),
  ]);
  growTo(log.sheet, log.nextRow + rows.length - 1);
  const range = log.sheet.getRange(log.nextRow, 1, rows.length, WIDTH);
  range.setNumberFormats(rows.map(() => FORMATS));
  range.setValues(rows);
}

/**
 * Logs a target changed by saving the objective in the wizard, under the caller's lock: the
 * original target first when the log has no row for the objective yet. Makes the log if needed.
 */
export function logTargetEdit(
  spreadsheet: Spreadsheet,
  edit: {
    readonly objectiveId: string;
    readonly oldTarget: number;
    readonly newTarget: number;
    readonly start: number;
    readonly today: number;
    readonly who: string;
    readonly language: Language;
  },
): void {
  const log = readObjectiveLog(spreadsheet) ?? createObjectiveLog(spreadsheet, edit.language);
  const time = new Date();
  const entry = (decision: LogDecision, period: number, oldTarget: number): LogEntry => ({
    objectiveId: edit.objectiveId,
    time,
    who: edit.who,
    period,
    decision,
    oldTarget,
    newTarget: decision === 'original' ? oldTarget : edit.newTarget,
    why: '',
  });
  const first = !log.decisions.some((d) => d.objectiveId === edit.objectiveId);
  appendToLog(log, [
    ...(first ? [entry('original', edit.start, edit.oldTarget)] : []),
    entry('wizardEdit', edit.today, edit.oldTarget),
  ]);
}

/**
 * Logs an objective's deletion, under the caller's lock, when the log holds rows of it: its ID
 * may be given to a new objective, whose log starts after this row.
 */
export function logDeletion(
  spreadsheet: Spreadsheet,
  deletion: {
    readonly objectiveId: string;
    readonly target: number | undefined;
    readonly start: number;
    readonly who: string;
  },
): void {
  const log = readObjectiveLog(spreadsheet);
  if (!log || !log.decisions.some((d) => d.objectiveId === deletion.objectiveId)) return;
  appendToLog(log, [
    {
      objectiveId: deletion.objectiveId,
      time: new Date(),
      who: deletion.who,
      period: deletion.start,
      decision: 'deleted',
      oldTarget: deletion.target ?? '',
      newTarget: '',
      why: '',
    },
  ]);
}

/** The decision's words in a language (for messages). */
export function decisionText(decision: LogDecision, language: Language): string {
  return DECISION_TEXT[decision][language];
}
