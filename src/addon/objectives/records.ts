// The Objectives and Alerts rows read back: each objective's fields as far as they can be read
// (the sheet is the user's: a cell may have been edited or cleared), and each alert rule with the
// objective it belongs to. Labels are read in either language, or as the stable keys.
import { readNumberText } from '../../functions/numbers';
import { readDay } from '../../functions/dates';
import { CATALOGUE, type Frequency, type KpiKey, type Scope, type StrategicGoal } from '../metrics';
import {
  ALERT_MODES,
  DIRECTIONS,
  findChoice,
  FREQUENCIES,
  OBJECTIVE_STATUSES,
  SCOPE_TYPES,
  STRATEGIC_GOALS,
  YES_NO,
} from '../schema';
import { cellOf, type SheetBlock } from '../workbook/block';
import { textOf } from '../workbook/cells';
import { canonicalObjectiveId } from './ids';
import type { AlertRule, StatusKey } from './model';
import { readSpecific, type SpecificAnswers } from './specific';

export interface ObjectiveRecord extends SpecificAnswers {
  /** The sheet row (1-based). */
  readonly row: number;
  readonly id: string;
  readonly kpi?: KpiKey;
  readonly scope?: Scope;
  readonly baseline: number | null;
  readonly target?: number;
  readonly start?: number;
  readonly deadline?: number;
  readonly frequency?: Frequency;
  readonly owner: string;
  readonly goal?: StrategicGoal;
  readonly pairedKpi?: KpiKey;
  readonly status: StatusKey;
}

export interface AlertRecord {
  readonly row: number;
  readonly id: string;
  readonly objectiveId: string;
  readonly rule: Partial<AlertRule>;
}

const KPI_CHOICES = CATALOGUE.map((e) => ({ key: e.key, en: e.name.en, fr: e.name.fr }));

export function readKpi(cell: unknown): KpiKey | undefined {
  return findChoice(KPI_CHOICES, cell)?.key;
}

export function readNumber(cell: unknown): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string' || cell.trim() === '') return undefined;
  const reading = readNumberText(cell);
  return 'value' in reading ? reading.value : undefined;
}

function readScope(typeCell: unknown, nameCell: unknown): Scope | undefined {
  const type = findChoice(SCOPE_TYPES, typeCell)?.key;
  const name = textOf(nameCell);
  if (type === 'company') return { type };
  return type && name ? { type, name } : undefined;
}

export function objectiveRecords(block: SheetBlock): ObjectiveRecord[] {
  const out: ObjectiveRecord[] = [];
  block.values.forEach((row, i) => {
    const id = i === 0 ? undefined : canonicalObjectiveId(cellOf(block, row, 'id'));
    if (!id) return;
    const get = (key: string) => cellOf(block, row, key);
    out.push({
      row: i + 1,
      id,
      kpi: readKpi(get('kpi')),
      scope: readScope(get('scopeType'), get('scope')),
      baseline: readNumber(get('baseline')) ?? null,
      target: readNumber(get('target')),
      start: readDay(get('start')),
      deadline: readDay(get('deadline')),
      frequency: findChoice(FREQUENCIES, get('frequency'))?.key,
      owner: textOf(get('owner')),
      ...readSpecific(textOf(get('specific'))),
      goal: findChoice(STRATEGIC_GOALS, get('strategicGoal'))?.key,
      pairedKpi: readKpi(get('pairedKpi')),
      status: findChoice(OBJECTIVE_STATUSES, get('status'))?.key ?? 'active',
    });
  });
  return out;
}

export function alertRecords(block: SheetBlock): AlertRecord[] {
  const out: AlertRecord[] = [];
  block.values.forEach((row, i) => {
    if (i === 0) return;
    const get = (key: string) => cellOf(block, row, key);
    const objectiveId = canonicalObjectiveId(get('objectiveId'));
    if (!objectiveId) return;
    const active = findChoice(YES_NO, get('active'))?.key;
    out.push({
      row: i + 1,
      id: textOf(get('id')),
      objectiveId,
      rule: {
        mode: findChoice(ALERT_MODES, get('mode'))?.key,
        threshold: readNumber(get('threshold')),
        direction: findChoice(DIRECTIONS, get('direction'))?.key,
        minVolume: readNumber(get('minVolume')),
        action: textOf(get('correctiveAction')),
        owner: textOf(get('owner')),
        enabled: active === undefined ? undefined : active === 'yes',
      },
    });
  });
  return out;
}
