// The server half of the wizard's objective review (issue 14): wizardReviews lists the proposed
// targets (met early, far behind, or the period come round again) and the forecast beside each
// revenue objective; wizardDecide records the manager's answer: accept, edit (a target checked
// like any target) or dismiss. A decision is one execution under the document lock that reads the
// Objectives and Alerts sheets and the Objective log once, recomputes the proposal (the page's
// copy is never trusted), writes the objective's own cells (the target; the start, deadline and
// untouched Time-bound text when the window moves on) and appends the log's rows in one block.
// A second decision for the same objective and period writes nothing, so a double click or two
// managers never log twice, and a dismissed proposal is not asked again in that period.
import { activeSpreadsheet } from '../addon/adapters/services';
import { dateOfDay } from '../functions/values/dates';
import { pipelineDeals, type PipelineDeal } from '../addon/history/deal-dates';
import { formatValue, kpiEntry, valueFormat } from '../addon/metrics';
import { isCumulative } from '../addon/objectives/cumulative';
import { dayOfIso, isoOfDay } from '../addon/objectives/dates';
import { say } from '../addon/objectives/messages';
import {
  type ObjectiveBook,
  readObjectiveBook,
  wizardObjectives,
  writeObjectiveCells,
} from '../addon/objectives/repository';
import {
  decisionKey,
  objectiveForecast,
  type ObjectiveReviewCase,
  reviewCase,
  reviewedObjective,
  type ReviewedObjective,
} from '../addon/objectives/review';
import { type Cell } from '../addon/objectives/rows';
import { timeBoundText } from '../addon/objectives/sentence';
import { targetValue } from '../addon/objectives/target';
import { format, type Language } from '../addon/i18n';
import { readBlock } from '../addon/workbook/block';
import { withRowWritten } from '../addon/workbook/block-after';
import { cellOf } from '../addon/workbook/block';
import { textOf } from '../addon/workbook/cells';
import { noDocumentMessage, withDocumentLock } from '../addon/workbook/lock';
import {
  ANSWERS,
  appendToLog,
  createObjectiveLog,
  type LogDecision,
  type LogEntry,
  type ObjectiveLog,
  readObjectiveLog,
} from '../addon/workbook/objective-log';
import { sheetLanguage } from '../addon/workbook/sheet-language';
import type {
  DecisionResult,
  ForecastView,
  ObjectiveReviewView,
  ReviewDecision,
  WizardReviews,
} from './wizard-contract';
import { readObjectiveId } from './wizard-input';
import { objectiveSheets, openWizard, type WizardContext } from './wizard-context';
import { summaries } from './wizard-views';

const WORDS = {
  en: {
    metEarly: 'met before its deadline',
    farBehind: 'far behind its pace',
    periodAgain: 'its period came round again',
    seasonal: 'same period in earlier years {value}',
    forecast: 'forecast {value}',
    best: 'best {value}',
    median: 'median {value}',
    window: 'window moved to {start} – {deadline}',
    accepted: 'Objective {id}: target changed from {old} to {new}; logged.',
    edited: 'Objective {id}: target changed from {old} to {new}; logged.',
    dismissed: 'Objective {id}: proposal dismissed; it will not be proposed again this period.',
    decided: 'Objective {id}: this period’s proposal was already answered; nothing was written.',
    gone: 'Objective {id}: there is no proposal for it any more; nothing was written.',
    decision: 'The decision could not be read: it needs the objective, the period and an action.',
  },
  fr: {
    metEarly: 'atteint avant l’échéance',
    farBehind: 'très en retard sur le rythme',
    periodAgain: 'sa période revient',
    seasonal: 'même période les années précédentes {value}',
    forecast: 'prévision {value}',
    best: 'meilleure {value}',
    median: 'médiane {value}',
    window: 'période déplacée au {start} – {deadline}',
    accepted: 'Objectif {id} : cible passée de {old} à {new} ; consigné.',
    edited: 'Objectif {id} : cible passée de {old} à {new} ; consigné.',
    dismissed:
      'Objectif {id} : proposition écartée ; elle ne sera pas reproposée pour cette période.',
    decided:
      'Objectif {id} : la proposition de cette période a déjà reçu une réponse ; rien n’a été écrit.',
    gone: 'Objectif {id} : il n’y a plus de proposition ; rien n’a été écrit.',
    decision: 'La décision est illisible : il faut l’objectif, la période et une action.',
  },
} as const;

type Word = keyof (typeof WORDS)['en'];

function word(language: Language, key: Word, params: Record<string, string> = {}): string {
  return format(WORDS[language][key], params, language);
}

/** The decisions already taken, by decisionKey (the original-target rows are not decisions). */
function decidedOf(log: ObjectiveLog | undefined): Set<string> {
  const out = new Set<string>();
  for (const d of log?.decisions ?? [])
    if (d.period !== undefined && d.decision !== undefined && ANSWERS.has(d.decision))
      out.add(decisionKey(d.objectiveId, d.period));
  return out;
}

function dealsOf(ctx: WizardContext): readonly PipelineDeal[] {
  const table = ctx.workbook().data.pipeline;
  if (!table || table.rows.length === 0) return [];
  return pipelineDeals(table.rows, table.columns as Record<string, number | undefined>);
}

export function wizardReviews(): WizardReviews {
  const ctx = openWizard();
  const { language } = ctx;
  const sheets = objectiveSheets(ctx);
  if (!sheets) return { reviews: [], forecasts: {} };
  const objectives = wizardObjectives(readBlock(sheets.objectives))
    .map(reviewedObjective)
    .filter((o): o is ReviewedObjective => o !== undefined);
  if (objectives.length === 0) return { reviews: [], forecasts: {} };
  const decided = decidedOf(readObjectiveLog(activeSpreadsheet()));
  const data = ctx.workbook().data;
  const reviews: ObjectiveReviewView[] = [];
  const forecasts: Record<string, ForecastView> = {};
  let deals: readonly PipelineDeal[] | undefined;
  for (const o of objectives) {
    const found = reviewCase(data, o, ctx.today, decided);
    if (found) reviews.push(reviewView(found, language));
    if (o.kpi !== 'revenue') continue;
    const forecast = objectiveForecast((deals ??= dealsOf(ctx)), o, ctx.today);
    if (forecast)
      forecasts[o.id] = {
        from: isoOfDay(forecast.start),
        to: isoOfDay(forecast.end - 1),
        expected: formatValue(forecast.expected, 'currency', language),
        low: formatValue(forecast.low, 'currency', language),
        high: formatValue(forecast.high, 'currency', language),
      };
  }
  return { reviews, forecasts };
}

function reviewView(c: ObjectiveReviewCase, language: Language): ObjectiveReviewView {
  const unit = kpiEntry(c.objective.kpi).unit;
  const f = (v: number) => formatValue(v, unit, language);
  const { basis } = c.proposal;
  return {
    id: c.objective.id,
    reason: c.proposal.reason,
    period: isoOfDay(c.period),
    target: f(c.objective.target),
    proposed: f(c.proposed),
    proposedValue: c.proposed,
    unit,
    basis: {
      ...(basis.seasonal !== undefined ? { seasonal: f(basis.seasonal) } : {}),
      ...(basis.forecast !== undefined ? { forecast: f(basis.forecast) } : {}),
      best: f(basis.best),
      median: f(basis.median),
    },
    ...(c.next
      ? { next: { start: isoOfDay(c.next.start), deadline: isoOfDay(c.next.deadline) } }
      : {}),
  };
}

/** Why, in words, for the log: the reason and what the proposal rests on. */
function whyText(c: ObjectiveReviewCase, language: Language): string {
  const unit = kpiEntry(c.objective.kpi).unit;
  const f = (v: number) => formatValue(v, unit, language);
  const { basis } = c.proposal;
  const parts = [
    word(language, c.proposal.reason),
    ...(basis.seasonal !== undefined
      ? [word(language, 'seasonal', { value: f(basis.seasonal) })]
      : []),
    ...(basis.forecast !== undefined
      ? [word(language, 'forecast', { value: f(basis.forecast) })]
      : []),
    word(language, 'best', { value: f(basis.best) }),
    word(language, 'median', { value: f(basis.median) }),
  ];
  return parts.join('; ');
}

interface ReadDecision {
  readonly id: string;
  readonly period: number;
  readonly action: ReviewDecision['action'];
  readonly target?: number;
}

function readDecision(input: unknown, language: Language): ReadDecision {
  const d = (input ?? {}) as Partial<Record<keyof ReviewDecision, unknown>>;
  if (typeof input !== 'object' || input === null) throw new Error(word(language, 'decision'));
  const id = readObjectiveId(d.id, language);
  const period = dayOfIso(d.period);
  const action = d.action;
  if (period === undefined || (action !== 'accept' && action !== 'edit' && action !== 'dismiss'))
    throw new Error(word(language, 'decision'));
  if (action !== 'edit') return { id, period, action };
  if (typeof d.target !== 'number' || !Number.isFinite(d.target))
    return { id, period, action, target: NaN };
  return { id, period, action, target: d.target };
}

export function wizardDecide(input: unknown): DecisionResult {
  const ctx = openWizard();
  const { language } = ctx;
  const decision = readDecision(input, language);
  const sheets = objectiveSheets(ctx);
  if (!sheets) throw new Error(say(language, 'notReady'));
  const locked = withDocumentLock(() => decide(ctx, readObjectiveBook(sheets), decision));
  if (locked.ok) return locked.value;
  if (locked.reason === 'busy') throw new Error(say(language, 'busy'));
  throw new Error(noDocumentMessage(language));
}

function decide(ctx: WizardContext, book: ObjectiveBook, d: ReadDecision): DecisionResult {
  const { language } = ctx;
  const record = book.records.find((r) => r.id === d.id);
  if (!record) throw new Error(say(language, 'notFound', { id: d.id }));
  const unchanged = (key: Word): DecisionResult => ({
    written: false,
    message: word(language, key, { id: d.id }),
    objectives: summaries(book, language),
  });
  const spreadsheet = activeSpreadsheet();
  const log = readObjectiveLog(spreadsheet);
  const decided = decidedOf(log);
  if (decided.has(decisionKey(d.id, d.period))) return unchanged('decided');
  const o = reviewedObjective(record);
  const found = o && reviewCase(ctx.workbook().data, o, ctx.today, decided);
  if (!o || !found || found.period !== d.period) return unchanged('gone');
  const newTarget =
    d.action === 'accept' ? found.proposed : d.action === 'edit' ? (d.target ?? NaN) : o.target;
  if (d.action !== 'dismiss') {
    const problem = targetProblem(o, newTarget, language);
    if (problem) return { ...unchanged('gone'), message: problem, error: problem };
  }
  const rowLanguage = sheetLanguage(book.objectives, language);
  let objectives = book.objectives;
  if (d.action !== 'dismiss') {
    const cells = changedCells(book, record.row, o, newTarget, found, rowLanguage);
    writeObjectiveCells(objectives, record.row, cells);
    objectives = withRowWritten(
      objectives,
      record.row,
      new Map([...cells].map(([key, cell]) => [key, cell.value])),
    );
  }
  const kind: LogDecision =
    d.action === 'accept' ? 'accepted' : d.action === 'edit' ? 'edited' : 'dismissed';
  const target = log ?? createObjectiveLog(spreadsheet, rowLanguage);
  const logLanguage = target.language;
  const time = new Date();
  const entries: LogEntry[] = [];
  // The objective's first row in the log keeps its target as it was before any review.
  if (!target.decisions.some((e) => e.objectiveId === d.id))
    entries.push({
      objectiveId: d.id,
      time,
      who: ctx.user,
      period: o.start,
      decision: 'original',
      oldTarget: o.target,
      newTarget: o.target,
      why: '',
    });
  const moved = found.next && d.action !== 'dismiss' ? found.next : undefined;
  entries.push({
    objectiveId: d.id,
    time,
    who: ctx.user,
    period: found.period,
    decision: kind,
    oldTarget: o.target,
    proposed: found.proposed,
    newTarget,
    why: [
      whyText(found, logLanguage),
      ...(moved
        ? [
            word(logLanguage, 'window', {
              start: isoOfDay(moved.start),
              deadline: isoOfDay(moved.deadline),
            }),
          ]
        : []),
    ].join('; '),
  });
  appendToLog(target, entries);
  const unit = kpiEntry(o.kpi).unit;
  const after = { ...book, objectives, records: wizardObjectives(objectives) };
  return {
    written: true,
    message: word(language, kind, {
      id: d.id,
      old: formatValue(o.target, unit, language),
      new: formatValue(newTarget, unit, language),
    }),
    objectives: summaries(after, language),
  };
}

/** The typed (or proposed) target checked as the wizard checks any target, in its window. */
function targetProblem(
  o: ReviewedObjective,
  value: number,
  language: Language,
): string | undefined {
  if (!Number.isFinite(value)) return say(language, 'field.number');
  // A value target needs no window (only a % change does).
  const baseline = isCumulative(o.kpi) ? null : o.baseline;
  const outcome = targetValue(o.kpi, 'value', value, baseline, undefined);
  if (!('problem' in outcome)) return undefined;
  const unit = kpiEntry(o.kpi).unit;
  const quoted: Record<string, string> =
    outcome.problem.baseline === undefined
      ? {}
      : { baseline: formatValue(outcome.problem.baseline, unit, language) };
  return say(language, outcome.problem.key, quoted);
}

/**
 * The objective's cells a decision changes: its target, and when the window moves on, its start,
 * deadline and Time-bound text (that text only when it is still the one the wizard wrote).
 */
function changedCells(
  book: ObjectiveBook,
  row: number,
  o: ReviewedObjective,
  target: number,
  c: ObjectiveReviewCase,
  language: Language,
): Map<string, Cell> {
  const cells = new Map<string, Cell>([
    ['target', { value: target, format: valueFormat(kpiEntry(o.kpi).unit) }],
  ]);
  if (!c.next) return cells;
  cells.set('start', { value: dateOfDay(c.next.start), format: 'yyyy-mm-dd' });
  cells.set('deadline', { value: dateOfDay(c.next.deadline), format: 'yyyy-mm-dd' });
  const record = book.records.find((r) => r.row === row);
  const frequency = record?.frequency;
  const values = book.objectives.values[row - 1];
  if (frequency && values) {
    const typed = textOf(cellOf(book.objectives, values, 'timeBound'));
    if (typed === timeBoundText(o.start, o.deadline, frequency, language))
      cells.set('timeBound', {
        value: timeBoundText(c.next.start, c.next.deadline, frequency, language),
      });
  }
  return cells;
}
