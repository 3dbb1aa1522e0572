// The Alerts sheet as rules to evaluate. Rows come from the wizard or are typed by hand, so each
// row is checked on its own: a bad row is reported by its row number and left out, and every
// other rule still runs. Blank cells take sensible values: the KPI and scope of the linked
// objective, the catalogue's default mode, threshold, direction, minimum volume and corrective
// action for the KPI, and "active" when the Active cell is blank.
import { isBlank } from '../../functions/cells';
import type { AlertDirection, AlertMode } from '../../kpi/alert';
import { CATALOGUE, defaultPeriod, kpiEntry, type KpiKey, type Scope } from '../metrics';
import { ALERT_MODES, DIRECTIONS, findChoice, type Language, SCOPE_TYPES, YES_NO } from '../schema';
import { nextId } from '../objectives/ids';
import { cellOf, isBlankRow, readNumber, textOf } from '../workbook/cells';
import { say } from './messages';
import { type KnownScopes, kpiOfText, scopeTypeOfText } from './resolve';
import type { ConfigTable } from '../workbook/cells';
import type { AlertRule, Objective, RuleProblem } from './types';

export interface RulesRead {
  readonly rules: AlertRule[];
  readonly problems: RuleProblem[];
  /** Rows typed without an ID (index in the table's rows) and the ID each was given. */
  readonly assignedIds: { index: number; id: string }[];
}

type Params = Record<string, string | number>;
/** Thrown inside one row's check; ends that row only. */
class RowProblem extends Error {}

export function readRules(
  table: ConfigTable,
  objectives: ReadonlyMap<string, Objective>,
  known: KnownScopes,
  language: Language,
): RulesRead {
  const ids = idsOf(table);
  const out: RulesRead = { rules: [], problems: [], assignedIds: ids.assigned };
  const firstRowOf = new Map<string, number>();
  table.rows.forEach((cells, index) => {
    const id = ids.byIndex.get(index);
    if (id === undefined) return; // a blank row
    const row = table.firstRow + index;
    const report = (key: Parameters<typeof say>[1], params: Params, skipped: boolean) =>
      out.problems.push({ row, id, message: say(language, key, { row, ...params }), skipped });
    const first = firstRowOf.get(id);
    if (first !== undefined) return report('duplicateId', { id, first }, true);
    firstRowOf.set(id, row);
    try {
      const rule = readRule(table, cells, { id, row, objectives, known, language, report });
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
  objectives: ReadonlyMap<string, Objective>;
  known: KnownScopes;
  language: Language;
  report(key: Parameters<typeof say>[1], params: Params, skipped: boolean): void;
}

/** The rule of one row; undefined for an inactive row; throws RowProblem for a bad one. */
function readRule(
  table: ConfigTable,
  cells: readonly unknown[],
  ctx: RowContext,
): AlertRule | undefined {
  const cell = (key: string) => cellOf(table, cells, key);
  const fail = (key: Parameters<typeof say>[1], params: Params = {}): never => {
    ctx.report(key, params, true);
    throw new RowProblem();
  };
  if (!isActive(cell('active'), fail)) return undefined;

  const objectiveId = textOf(cell('objectiveId'));
  const objective = objectiveId === '' ? undefined : ctx.objectives.get(objectiveId);
  const kpi = kpiOf(textOf(cell('kpi')), objective, ctx.language, fail);
  const scope = scopeOf(cell('scopeType'), textOf(cell('scope')), objective, ctx, fail);
  const entry = kpiEntry(kpi);
  if (!entry.scopes.includes(scope.type))
    fail('scopeUnsupported', { kpi: entry.name[ctx.language], type: scopeWord(scope, ctx) });

  const defaults = entry.alert;
  const mode = choiceOr(cell('mode'), ALERT_MODES, defaults.mode, 'modeUnknown', fail);
  const threshold = thresholdOf(cell('threshold'), mode, defaults, ctx.language, fail);
  const direction = choiceOr(
    cell('direction'),
    DIRECTIONS,
    defaults.direction,
    'directionUnknown',
    fail,
  );
  if (mode === 'relative' && direction === 'down' && threshold > 1)
    fail('thresholdTooLarge', { value: threshold });
  const minVolume = readNumber(cell('minVolume'));
  if ('bad' in minVolume || ('value' in minVolume && minVolume.value < 0))
    fail('minVolumeBad', { text: textOf(cell('minVolume')) });

  const period = objective?.period ?? defaultPeriod(kpi);
  if (objectiveId !== '' && !objective)
    ctx.report('objectiveUnknown', { id: objectiveId, periods: periodsWord(period, ctx) }, false);
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
    action: textOf(cell('correctiveAction')) || defaults.action[ctx.language],
    owner: textOf(cell('owner')) || objective?.owner || '',
    period,
  };
}

/** Every non-blank row's ID: as typed, or a new one (the wizard's form) for rows typed without. */
function idsOf(table: ConfigTable): {
  byIndex: Map<number, string>;
  assigned: { index: number; id: string }[];
} {
  const byIndex = new Map<number, string>();
  const missing: number[] = [];
  table.rows.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const id = textOf(cellOf(table, cells, 'id'));
    if (id === '') missing.push(index);
    else byIndex.set(index, id);
  });
  const taken = [...byIndex.values()];
  const assigned = missing.map((index) => {
    const id = nextId('ALR', taken);
    taken.push(id);
    byIndex.set(index, id);
    return { index, id };
  });
  return { byIndex, assigned };
}

type Fail = (key: Parameters<typeof say>[1], params?: Params) => never;

function isActive(cell: unknown, fail: Fail): boolean {
  // Blank counts as active: a manager who types a rule by hand expects it to work.
  if (isBlank(cell) || cell === true) return true;
  if (cell === false) return false;
  const text = textOf(cell);
  const choice = findChoice(YES_NO, text);
  if (choice) return choice.key === 'yes';
  if (/^(true|vrai)$/i.test(text)) return true;
  if (/^(false|faux)$/i.test(text)) return false;
  return fail('activeUnknown', { text });
}

function kpiOf(
  text: string,
  objective: Objective | undefined,
  language: Language,
  fail: Fail,
): KpiKey {
  if (text === '') return objective?.kpi ?? fail('kpiMissing');
  const kpi = kpiOfText(text);
  if (kpi) return kpi;
  const examples = CATALOGUE.slice(0, 4).map((e) => `"${e.name[language]}"`);
  return fail('kpiUnknown', { text, examples: `${examples.join(', ')}…` });
}

function scopeOf(
  typeCell: unknown,
  name: string,
  objective: Objective | undefined,
  ctx: RowContext,
  fail: Fail,
): Scope {
  const typeText = textOf(typeCell);
  if (typeText === '' && name === '') return objective?.scope ?? { type: 'company' };
  if (typeText === '') {
    // A name alone: the team, rep or segment of the data it names (the widest first).
    const type = ctx.known.typesOf(name)[0];
    return type ? { type, name } : fail('scopeNotFound', { name });
  }
  const type = scopeTypeOfText(typeText) ?? fail('scopeTypeUnknown', { text: typeText });
  if (type === 'company') return { type };
  const word = findChoice(SCOPE_TYPES, type)![ctx.language];
  if (name === '') fail('scopeNameMissing', { type: word });
  if (!ctx.known.has(type, name)) fail('scopeUnknown', { type: word, name });
  return { type, name };
}

function scopeWord(scope: Scope, ctx: RowContext): string {
  return findChoice(SCOPE_TYPES, scope.type)![ctx.language].toLowerCase();
}

function periodsWord(period: AlertRule['period'], ctx: RowContext): string {
  const key =
    period === 'week' ? 'periodsWeek' : period === 'month' ? 'periodsMonth' : 'periodsQuarter';
  return say(ctx.language, key);
}

function choiceOr<K extends string>(
  cell: unknown,
  choices: readonly { key: K; en: string; fr: string }[],
  fallback: K,
  problem: 'modeUnknown' | 'directionUnknown',
  fail: Fail,
): K {
  const text = textOf(cell);
  if (text === '') return fallback;
  return findChoice(choices, text)?.key ?? fail(problem, { text });
}

function thresholdOf(
  cell: unknown,
  mode: AlertMode,
  defaults: { mode: AlertMode; threshold: number; direction: AlertDirection },
  language: Language,
  fail: Fail,
): number {
  const read = readNumber(cell);
  if ('bad' in read) return fail('thresholdBad', { text: textOf(cell) });
  if ('blank' in read) {
    // The default threshold is in the default mode's units: 0.1 is not 0.1 NPS points.
    if (mode === defaults.mode) return defaults.threshold;
    return fail('thresholdMissing', { mode: findChoice(ALERT_MODES, mode)![language] });
  }
  if (!(read.value > 0)) fail('thresholdNotPositive', { value: read.value });
  return read.value;
}
