// The server's own check of the sidebar's draft, field by field: it never trusts the client
// (wrong types, missing fields, unknown keys, over-long or injected texts all get a field-level
// message, as a note that the edge says in the user's language: notes.ts). Rules that need the measured baseline (the target's range and
// direction) are applied by check.ts; everything else is here.
import {
  isKpiKey,
  kpiEntry,
  type KpiKey,
  type Scope,
  SCOPE_TYPE_LIST,
  supportsScope,
} from '../metrics';
import { FREQUENCIES, STRATEGIC_GOALS } from '../schema';
import { readAlert } from './alert-rule';
import { dayOfIso } from './dates';
import { FieldReader, isRecord } from './fields';
import { canonicalObjectiveId } from '../workbook/ids';
import { MAX_TEXT, MAX_WINDOW_DAYS, type ObjectiveFields } from './model';
import type { FieldNote } from './notes';
import { findScopeName, type KnownScopes } from './scopes';

export interface DraftContext {
  readonly today: number;
  readonly scopes: KnownScopes;
}

export interface DraftReading {
  /** Every field that passed its checks (all of them when `complete`). */
  readonly fields: Partial<ObjectiveFields>;
  /** What is wrong, by field (the path the page shows it beside). */
  readonly errors: Record<string, FieldNote>;
  readonly warnings: FieldNote[];
  readonly complete: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const GOALS = STRATEGIC_GOALS.map((g) => g.key);
const FREQUENCY_KEYS = FREQUENCIES.map((f) => f.key);

export function readDraft(input: unknown, ctx: DraftContext): DraftReading {
  const r = new FieldReader();
  const f: Mutable<Partial<ObjectiveFields>> = {};
  if (!isRecord(input)) {
    r.fail('draft', 'draft.invalid');
    return { fields: f, errors: r.errors, warnings: r.warnings, complete: false };
  }
  if (input.id !== undefined && input.id !== null && input.id !== '') {
    const id = canonicalObjectiveId(input.id);
    if (id) f.id = id;
    else r.fail('id', 'id.invalid');
  }
  f.goal = typeof input.goal === 'string' ? GOALS.find((g) => g === input.goal) : undefined;
  if (!f.goal) r.fail('goal', 'goal.unknown');
  f.kpi = isKpiKey(input.kpi) ? input.kpi : r.fail('kpi', 'kpi.unknown');
  f.scope = readScope(input.scope, f.kpi, ctx, r);
  f.who = r.text(input.who, 'who', MAX_TEXT, 'field.required');
  f.what = r.text(input.what, 'what', MAX_TEXT, 'field.required');
  f.where = r.text(input.where, 'where', MAX_TEXT);
  f.how = r.text(input.how, 'how', MAX_TEXT);
  f.targetMode = r.choice(input.targetMode, 'targetMode', ['value', 'change'] as const);
  f.target = r.number(input.target, 'target');
  readWindow(input, f, ctx, r);
  f.frequency = r.choice(input.frequency, 'frequency', FREQUENCY_KEYS);
  f.pairedKpi = readPair(input.pairedKpi, f.kpi, r);
  f.owner = r.text(input.owner, 'owner', MAX_TEXT, 'owner.required');
  f.alert = readAlert(input.alert, f.kpi, f.owner ?? '', r);
  for (const key of Object.keys(f) as Array<keyof ObjectiveFields>)
    if (f[key] === undefined) delete f[key];
  return { fields: f, errors: r.errors, warnings: r.warnings, complete: r.ok };
}

function readScope(
  input: unknown,
  kpi: KpiKey | undefined,
  ctx: DraftContext,
  r: FieldReader,
): Scope | undefined {
  if (!isRecord(input)) return r.fail('scope.type', 'field.choose');
  const type = r.choice(input.type, 'scope.type', SCOPE_TYPE_LIST);
  if (type === undefined) return undefined;
  if (kpi && !supportsScope(kpi, type)) {
    const entry = kpiEntry(kpi);
    return r.fail('scope.type', 'scope.unsupported', {
      kpi: { kpi },
      type: { scopeType: type },
      types: { scopeTypes: entry.scopes },
    });
  }
  if (type === 'company') return { type };
  const word = { scopeType: type };
  const name = r.text(input.name, 'scope.name', MAX_TEXT);
  if (name === undefined) return undefined;
  if (name === '') return r.fail('scope.name', 'scope.nameRequired', { type: word });
  const known = findScopeName(ctx.scopes, type, name);
  if (known === undefined) return r.fail('scope.name', 'scope.unknown', { type: word, name });
  return { type, name: known };
}

function readWindow(
  input: Record<string, unknown>,
  f: Mutable<Partial<ObjectiveFields>>,
  ctx: DraftContext,
  r: FieldReader,
): void {
  f.start = dayOfIso(input.start) ?? r.fail('start', 'field.date');
  f.deadline = dayOfIso(input.deadline) ?? r.fail('deadline', 'field.date');
  if (f.start === undefined || f.deadline === undefined) return;
  if (f.deadline <= f.start) {
    f.deadline = r.fail('deadline', 'deadline.order', { start: { day: f.start } });
  } else if (f.deadline - f.start + 1 > MAX_WINDOW_DAYS) {
    f.deadline = r.fail('deadline', 'deadline.tooFar', { days: MAX_WINDOW_DAYS });
  } else if (f.deadline < ctx.today) {
    // A new objective must still be reachable; an old one being edited may have run its course.
    if (f.id === undefined) f.deadline = r.fail('deadline', 'deadline.past');
    else r.warn('warning.deadlinePast');
  }
}

function readPair(value: unknown, kpi: KpiKey | undefined, r: FieldReader): KpiKey | undefined {
  const given = value === undefined || value === null || value === '' ? undefined : value;
  const entry = kpi ? kpiEntry(kpi) : undefined;
  const names = (keys: readonly KpiKey[]) => ({ kpis: keys });
  if (given === undefined) {
    if (entry?.isVolume) {
      r.fail('pairedKpi', 'pairedKpi.required', {
        kpi: { kpi: kpi! },
        pairs: names(entry.pairs),
      });
    }
    return undefined;
  }
  if (!isKpiKey(given)) {
    return entry?.isVolume
      ? r.fail('pairedKpi', 'pairedKpi.notAPair', { pairs: names(entry.pairs) })
      : r.fail('pairedKpi', 'field.choose');
  }
  if (given === kpi) return r.fail('pairedKpi', 'pairedKpi.same');
  if (entry?.isVolume && !entry.pairs.includes(given))
    return r.fail('pairedKpi', 'pairedKpi.notAPair', { pairs: names(entry.pairs) });
  return given;
}
