// The cells of an objective's row and of its alert's row, by column key, each with its number
// format: labels in the user's language, dates as dates, user texts neutralised against formula
// injection (safe-text.ts), and the live formulas (formulas.ts) referencing the row's own cells.
import { dateOfDay } from '../../functions/values/dates';
import { kpiEntry, type KpiKey, sheetUnit, valueFormat } from '../metrics';
import { neutralizeFormula } from '../safe-text';
import {
  ALERT_MODES,
  DIRECTIONS,
  FREQUENCIES,
  OBJECTIVE_STATUSES,
  SCOPE_TYPES,
  STRATEGIC_GOALS,
  UNITS,
  YES_NO,
} from '../schema';
import type { Language } from '../i18n';
import { columnLetter } from '../workbook/a1';
import type { SourceLayouts } from '../workbook/read-data';
import type { CheckedObjective } from './check';
import { currentFormula, paceFormula, progressFormula, type RowRefs } from './formulas';
import type { StatusKey } from '../workbook/objectives-sheet';
import type { AlertSettings } from './model';
import { timeBoundText } from './sentence';
import { specificText } from '../workbook/specific-cell';

export interface Cell {
  readonly value: unknown;
  /** The number format to give the cell; undefined leaves the column's format. */
  readonly format?: string;
}

export type RowCells = Map<string, Cell>;

const label = <C extends { key: string; en: string; fr: string }>(
  choices: readonly C[],
  key: string,
  language: Language,
): string => choices.find((c) => c.key === key)?.[language] ?? key;

export interface ObjectiveRowInput {
  readonly objective: CheckedObjective;
  readonly id: string;
  readonly status: StatusKey;
  /** The Measurable cell ("Calls: 52 a week (week of …) → 700 in total"). */
  readonly measurable: string;
  readonly language: Language;
  readonly layouts: SourceLayouts;
  /** The as-of cell the Progress and Pace formulas read (formulas.ts). */
  readonly asOf?: string;
}

/** The row's cells; `problem` says why the live value could not be written, if it could not. */
export function objectiveCells(
  input: ObjectiveRowInput,
  row: number,
  columns: ReadonlyMap<string, number>,
): { cells: RowCells; problem?: string } {
  const { objective: o, language } = input;
  const entry = kpiEntry(o.kpi);
  const ref = (key: string) => {
    const column = columns.get(key);
    return column === undefined ? '' : `$${columnLetter(column + 1)}${row}`;
  };
  const refs: RowRefs = {
    start: ref('start'),
    deadline: ref('deadline'),
    target: ref('target'),
    baseline: ref('baseline'),
    current: ref('current'),
    asOf: input.asOf,
  };
  const current = currentFormula(o.kpi, o.scope, input.layouts, refs, language);
  const kpiFormat = valueFormat(entry.unit);
  const text = (t: string): Cell => ({ value: neutralizeFormula(t) });
  const cells: RowCells = new Map<string, Cell>([
    ['id', { value: input.id }],
    ['kpi', { value: entry.name[language] }],
    ['scopeType', { value: label(SCOPE_TYPES, o.scope.type, language) }],
    ['scope', text(o.scope.type === 'company' ? '' : o.scope.name)],
    ['baseline', { value: o.baseline ?? '', format: kpiFormat }],
    ['target', { value: o.targetValue, format: kpiFormat }],
    ['unit', { value: label(UNITS, sheetUnit(entry.unit), language) }],
    ['start', { value: dateOfDay(o.start), format: 'yyyy-mm-dd' }],
    ['deadline', { value: dateOfDay(o.deadline), format: 'yyyy-mm-dd' }],
    ['frequency', { value: label(FREQUENCIES, o.frequency, language) }],
    ['owner', text(o.owner)],
    ['specific', text(specificText(o, language))],
    ['measurable', text(input.measurable)],
    ['achievable', text(o.achievable)],
    ['realistic', text(o.realistic)],
    ['timeBound', text(timeBoundText(o.start, o.deadline, o.frequency, language))],
    ['strategicGoal', { value: label(STRATEGIC_GOALS, o.goal, language) }],
    ['pairedKpi', { value: o.pairedKpi ? kpiEntry(o.pairedKpi).name[language] : '' }],
    ['status', { value: label(OBJECTIVE_STATUSES, input.status, language) }],
    ['current', { value: 'formula' in current ? current.formula : '', format: kpiFormat }],
    ['progress', { value: progressFormula(o.kpi, refs), format: '0%' }],
    ['pace', { value: paceFormula(o.kpi, refs), format: 'General' }],
  ]);
  return 'problem' in current ? { cells, problem: current.problem } : { cells };
}

export interface AlertRowInput {
  readonly id: string;
  readonly objectiveId: string;
  readonly kpi: KpiKey;
  readonly scope: CheckedObjective['scope'];
  readonly rule: AlertSettings;
  readonly language: Language;
}

export function alertCells(input: AlertRowInput): RowCells {
  const { rule, language } = input;
  const unit = kpiEntry(input.kpi).unit;
  // A relative threshold is a fraction (10 %); a points threshold is in the KPI's own unit.
  const thresholdFormat = rule.mode === 'relative' ? '0%' : valueFormat(unit);
  return new Map<string, Cell>([
    ['id', { value: input.id }],
    ['objectiveId', { value: input.objectiveId }],
    ['kpi', { value: kpiEntry(input.kpi).name[language] }],
    ['scopeType', { value: label(SCOPE_TYPES, input.scope.type, language) }],
    ['scope', { value: neutralizeFormula(input.scope.type === 'company' ? '' : input.scope.name) }],
    ['mode', { value: label(ALERT_MODES, rule.mode, language) }],
    ['threshold', { value: rule.threshold, format: thresholdFormat }],
    ['direction', { value: label(DIRECTIONS, rule.direction, language) }],
    ['minVolume', { value: rule.minVolume }],
    ['correctiveAction', { value: neutralizeFormula(rule.action) }],
    ['owner', { value: neutralizeFormula(rule.owner) }],
    ['active', { value: label(YES_NO, rule.enabled ? 'yes' : 'no', language) }],
  ]);
}
