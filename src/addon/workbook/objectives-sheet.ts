// The Objectives sheet read back, the one way every feature reads it: the wizard lists and edits
// the objectives, the alerts check their pace and colour the activity they need, the summaries
// report it. The sheet is the user's (a cell may have been edited or cleared), so each field is
// what its cell says, undefined when the cell is blank or cannot be read; labels are read in
// either language or as the stable keys.
import { type ConfigTable, readDayCell, readNumber, readRows, valueOf } from './cells';
import { frequencyOfText, kpiOfText, scopeTypeOfText } from './labels';
import {
  type Frequency,
  type KpiKey,
  type MetricPeriod,
  PERIOD_OF_FREQUENCY,
  type Scope,
  type StrategicGoal,
} from '../metrics';
import { findChoice, OBJECTIVE_STATUSES, STRATEGIC_GOALS } from '../schema';
import { canonicalObjectiveId } from './ids';
import { readSpecific, type SpecificAnswers } from './specific-cell';

export type StatusKey = (typeof OBJECTIVE_STATUSES)[number]['key'];

/** One row of the Objectives sheet that has an ID. */
export interface ObjectiveRecord extends SpecificAnswers {
  /** The sheet row (1-based). */
  readonly row: number;
  /** "OBJ-0003" for an ID of the wizard's form typed in any case ("obj-3"), else as typed. */
  readonly id: string;
  readonly kpi?: KpiKey;
  /** Blank type and name cells are the whole company. */
  readonly scope?: Scope;
  /** null: blank or unreadable (no baseline). */
  readonly baseline: number | null;
  readonly target?: number;
  /** Calendar days (days since 1970-01-01). */
  readonly start?: number;
  readonly deadline?: number;
  readonly frequency?: Frequency;
  readonly owner: string;
  readonly goal?: StrategicGoal;
  readonly pairedKpi?: KpiKey;
  /** 'active' when the cell is blank; undefined when it says something else. */
  readonly status?: StatusKey;
}

/** Every row with an ID, in row order (an ID may repeat: see objectivesById). */
export function objectiveRecords(table: ConfigTable): ObjectiveRecord[] {
  return readRows(table, ({ row, cell, text }) => {
    const typed = text('id');
    if (typed === '') return undefined;
    const status = text('status');
    return {
      row,
      id: canonicalObjectiveId(typed) ?? typed,
      kpi: kpiOfText(text('kpi')),
      scope: scopeOf(text('scopeType'), text('scope')),
      baseline: valueOf(readNumber(cell('baseline'))) ?? null,
      target: valueOf(readNumber(cell('target'))),
      start: valueOf(readDayCell(cell('start'))),
      deadline: valueOf(readDayCell(cell('deadline'))),
      frequency: frequencyOfText(text('frequency')),
      owner: text('owner'),
      ...readSpecific(text('specific')),
      goal: findChoice(STRATEGIC_GOALS, text('strategicGoal'))?.key,
      pairedKpi: kpiOfText(text('pairedKpi')),
      status: status === '' ? 'active' : findChoice(OBJECTIVE_STATUSES, status)?.key,
    };
  });
}

/** The objectives by ID; the first row wins when an ID repeats. */
export function objectivesById(records: readonly ObjectiveRecord[]): Map<string, ObjectiveRecord> {
  const out = new Map<string, ObjectiveRecord>();
  for (const record of records) if (!out.has(record.id)) out.set(record.id, record);
  return out;
}

/** The objective's tracking period, from its frequency. */
export function trackingPeriod(record: ObjectiveRecord): MetricPeriod | undefined {
  return record.frequency ? PERIOD_OF_FREQUENCY[record.frequency] : undefined;
}

function scopeOf(typeText: string, name: string): Scope | undefined {
  const type = typeText === '' && name === '' ? 'company' : scopeTypeOfText(typeText);
  if (type === 'company') return { type };
  return type !== undefined && name !== '' ? { type, name } : undefined;
}
