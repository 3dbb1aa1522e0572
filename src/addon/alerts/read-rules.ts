// The Alerts sheet's rows (workbook/alerts-sheet.ts) as rules to evaluate. Rows come from the
// wizard or are typed by hand, so each row is checked on its own: a bad row is reported by its row number and left out, and every
// other rule still runs. Blank cells take sensible values: the KPI and scope of the linked
// objective, the catalogue's default mode, threshold, direction, minimum volume and corrective
// action for the KPI, and "active" when the Active cell is blank.
import type { AlertDirection, AlertMode } from '../../kpi/alert';
import { defaultPeriod, kpiEntry, type KpiKey, type Scope } from '../metrics';
import { nextId } from '../workbook/ids';
import type { AlertRow, TypedCell } from '../workbook/alerts-sheet';
import { kpiOfText, scopeTypeOfText } from '../workbook/labels';
import { type ObjectiveRecord, trackingPeriod } from '../workbook/objectives-sheet';
import type { KnownScopes } from './resolve';
import type { AlertMessage } from './messages';
import type { NoteParams } from './notes';
import type { AlertRule, RuleProblem } from './types';

export interface RulesRead {
  readonly rules: AlertRule[];
  readonly problems: RuleProblem[];
  /** Rows typed without an ID (index in the table's rows) and the ID each was given. */
  readonly assignedIds: { index: number; id: string }[];
}

type Params = NoteParams;
/** Thrown inside one row's check; ends that row only. */
class RowProblem extends Error {}

export function readRules(
  rows: readonly AlertRow[],
  objectives: ReadonlyMap<string, ObjectiveRecord>,
  known: KnownScopes,
): RulesRead {
  const ids = idsOf(rows);
  const out: RulesRead = { rules: [], problems: [], assignedIds: ids.assigned };
  const firstRowOf = new Map<string, number>();
  rows.forEach((cells, i) => {
    const id = ids.byRow[i];
    const row = cells.row;
    const report = (key: AlertMessage, params: Params, skipped: boolean) =>
      out.problems.push({ row, id, note: { key, params: { row, ...params } }, skipped });
    const first = firstRowOf.get(id);
    if (first !== undefined) return report('duplicateId', { id, first }, true);
    firstRowOf.set(id, row);
    try {
      const rule = readRule(cells, { id, row, objectives, known, report });
      if (rule) out.rules.push(rule);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
    }
  });
  return out;
}

interface RowContext {
  id: string;
  row: number;
  objectives: ReadonlyMap<string, ObjectiveRecord>;
  known: KnownScopes;
  report(key: AlertMessage, params: Params, skipped: boolean): void;
}

/** The rule of one row; undefined for an inactive row; throws RowProblem for a bad one. */
function readRule(cells: AlertRow, ctx: RowContext): AlertRule | undefined {
  const fail = (key: AlertMessage, params: Params = {}): never => {
    ctx.report(key, params, true);
    throw new RowProblem();
  };
  if (!isActive(cells.active, fail)) return undefined;

  const objectiveId = cells.objectiveId;
  const objective = objectiveId === '' ? undefined : ctx.objectives.get(objectiveId);
  const kpi = kpiOf(cells.kpi, objective, fail);
  const scope = scopeOf(cells.scopeType, cells.scope, objective, ctx, fail);
  const entry = kpiEntry(kpi);
  if (!entry.scopes.includes(scope.type))
    fail('scopeUnsupported', { kpi: { kpi }, type: { scopeType: scope.type, lower: true } });

  const defaults = entry.alert;
  const mode = choiceOr(cells.mode, defaults.mode, 'modeUnknown', fail);
  const threshold = thresholdOf(cells.threshold, mode, defaults, fail);
  const direction = choiceOr(cells.direction, defaults.direction, 'directionUnknown', fail);
  if (mode === 'relative' && direction === 'down' && threshold > 1)
    fail('thresholdTooLarge', { value: threshold });
  const minVolume = cells.minVolume;
  if ('bad' in minVolume || ('value' in minVolume && minVolume.value < 0))
    fail('minVolumeBad', { text: minVolume.text });

  const period = (objective && trackingPeriod(objective)) ?? defaultPeriod(kpi);
  if (objectiveId !== '' && !objective)
    ctx.report('objectiveUnknown', { id: objectiveId, periods: { periods: period } }, false);
  return {
    id: ctx.id,
    row: ctx.row,
    objectiveId: objective ? objectiveId : '',
    kpi,
    scope,
    mode,
    threshold,
    direction,
    minVolume: 'value' in minVolume ? minVolume.value : defaults.minVolume,
    // A catalogue default: the edges say it in their reader's language (workbook/stored-text).
    action: cells.action || defaults.action.en,
    owner: cells.owner || objective?.owner || '',
    period,
  };
}

/** Every row's ID: as typed, or a new one (the wizard's form) for rows typed without. */
function idsOf(rows: readonly AlertRow[]): {
  byRow: string[];
  assigned: { index: number; id: string }[];
} {
  const taken = rows.map((r) => r.id).filter((id) => id !== '');
  const assigned: { index: number; id: string }[] = [];
  const byRow = rows.map((r) => {
    if (r.id !== '') return r.id;
    const id = nextId('ALR', taken);
    taken.push(id);
    assigned.push({ index: r.index, id });
    return id;
  });
  return { byRow, assigned };
}

type Fail = (key: AlertMessage, params?: Params) => never;

function isActive(cell: TypedCell<boolean>, fail: Fail): boolean {
  // Blank counts as active: a manager who types a rule by hand expects it to work.
  if ('bad' in cell) return fail('activeUnknown', { text: cell.text });
  return 'value' in cell ? cell.value : true;
}

function kpiOf(text: string, objective: ObjectiveRecord | undefined, fail: Fail): KpiKey {
  if (text === '') return objective?.kpi ?? fail('kpiMissing');
  const kpi = kpiOfText(text);
  if (kpi) return kpi;
  return fail('kpiUnknown', { text, examples: { kpiExamples: 4 } });
}

function scopeOf(
  typeText: string,
  name: string,
  objective: ObjectiveRecord | undefined,
  ctx: RowContext,
  fail: Fail,
): Scope {
  if (typeText === '' && name === '') return objective?.scope ?? { type: 'company' };
  if (typeText === '') {
    // A name alone: the team, rep or segment of the data it names (the widest first).
    const type = ctx.known.typesOf(name)[0];
    return type ? { type, name } : fail('scopeNotFound', { name });
  }
  const type = scopeTypeOfText(typeText) ?? fail('scopeTypeUnknown', { text: typeText });
  if (type === 'company') return { type };
  const word = { scopeType: type };
  if (name === '') fail('scopeNameMissing', { type: word });
  if (!ctx.known.has(type, name)) fail('scopeUnknown', { type: word, name });
  return { type, name };
}

function choiceOr<K extends string>(
  cell: TypedCell<K>,
  fallback: K,
  problem: 'modeUnknown' | 'directionUnknown',
  fail: Fail,
): K {
  if ('value' in cell) return cell.value;
  return 'bad' in cell ? fail(problem, { text: cell.text }) : fallback;
}

function thresholdOf(
  read: TypedCell<number>,
  mode: AlertMode,
  defaults: { mode: AlertMode; threshold: number; direction: AlertDirection },
  fail: Fail,
): number {
  if ('bad' in read) return fail('thresholdBad', { text: read.text });
  if ('blank' in read) {
    // The default threshold is in the default mode's units: 0.1 is not 0.1 NPS points.
    if (mode === defaults.mode) return defaults.threshold;
    return fail('thresholdMissing', { mode: { mode } });
  }
  if (!(read.value > 0)) fail('thresholdNotPositive', { value: read.value });
  return read.value;
}
