// Why: what warehouse mode makes of a KPI query's rows, apart from running it: the small table
// kept for an execution (measures by scope and period start, the names it spells), the scope keys
// the sheets compare names by, the periods that tile a span, and the refusals in both languages.
import type { Language } from '../i18n';
import { MetricError } from '../metrics';
import { BLANK, choiceMatcher } from '../metrics/choices';
import { SEGMENTS } from '../schema';
import { normalizeLabel } from '../../functions/values/labels';
import { addPeriods, periodStart } from '../../kpi/days';
import type { ResultTable, WarehousePeriod } from '../../warehouse/api';
import { dayOfIso } from '../../warehouse/calendar';
import type { ValueDefinition } from '../../warehouse/definition';
import { definitionOf, WAREHOUSE_KPIS } from '../../warehouse/definitions';
import { say } from './messages';

export type Measures = Record<string, number | null>;

/** A KPI's rows by scope key, then period start; the company's first and last period. */
export interface KpiTable {
  readonly rows: Map<string, Measures>;
  /** The teams' and reps' names as the table spells them first, by scope key. */
  readonly names: ReadonlyMap<string, { readonly type: 'team' | 'rep'; readonly name: string }>;
  readonly first: number;
  readonly last: number;
}

const segmentChoice = choiceMatcher(SEGMENTS);

/** A scope as the sheets compare names (metrics/names.ts: trimmed, any case; segments by choice). */
export function scopeKey(type: string, name: string): string {
  const i = type === 'segment' ? segmentChoice(name) : BLANK;
  return type === 'company' ? type : `${type}:${i >= 0 ? SEGMENTS[i].key : normalizeLabel(name)}`;
}

/**
 * The period starts that tile [from, to) exactly: whole months, else whole ISO weeks, else days
 * (a rolling 7 days); one period only for a KPI whose periods do not add up.
 */
export function tile(
  from: number,
  to: number,
  single: boolean,
): [WarehousePeriod, number[]] | null {
  for (const period of ['month', 'week', 'day'] as const) {
    if (periodStart(from, period) !== from || periodStart(to, period) !== to) continue;
    const starts: number[] = [];
    for (let s = from; s < to; s = addPeriods(s, period, 1)) starts.push(s);
    if (!single || starts.length === 1) return [period, starts];
  }
  return null;
}

export const hasMedian = (def: ValueDefinition) =>
  Object.values(def.measures).some((m) => 'median' in m);

/** A KPI's raw result as its table: measures by scope and period start. */
export function readTable(def: ValueDefinition, result: ResultTable): KpiTable {
  const rows = new Map<string, Measures>();
  const names = new Map<string, { type: 'team' | 'rep'; name: string }>();
  let [first, last] = [Infinity, -Infinity];
  const at = (name: string) => result.columns.indexOf(name);
  for (const cells of result.rows) {
    const type = String(cells[at('scope_type')]);
    const day = dayOfIso(String(cells[at('period')]));
    if (type === 'company') [first, last] = [Math.min(first, day), Math.max(last, day)];
    const name = String(cells[at('scope')] ?? '');
    const scope = scopeKey(type, name);
    if ((type === 'team' || type === 'rep') && !names.has(scope))
      names.set(scope, { type, name: name.trim() });
    const key = `${scope}|${day}`;
    const row: Measures = rows.get(key) ?? {};
    // Two spellings of one name ("Lyon", "lyon ") are one scope, as on the sheets (their
    // counts and sums add up; a median cannot be merged: none).
    const merged = rows.has(key);
    result.columns.forEach((c, i) => {
      const v = cells[i];
      const median = merged && hasMedian(def) && c in row;
      row[c] = typeof v === 'number' && !median ? (row[c] ?? 0) + v : null;
    });
    rows.set(key, row);
  }
  return { rows, names, first, last };
}

/** A warehouse definition with measures by period (not a cohort table), or undefined. */
export function valueDefinition(id: string): ValueDefinition | undefined {
  if (!WAREHOUSE_KPIS.includes(id)) return undefined;
  const def = definitionOf(id);
  return 'measures' in def ? (def as ValueDefinition) : undefined;
}

/** Why the warehouse cannot answer, in both languages, naming the KPI. */
export function refusal(
  name: (l: Language) => string,
  key: Parameters<typeof say>[1],
  params: Record<string, unknown> = {},
  single = false,
): MetricError {
  const texts = { en: '', fr: '' };
  for (const l of ['en', 'fr'] as const) {
    const extra = { kpi: name(l), single: single ? say(l, 'singleOnly') : '' };
    texts[l] = say(l, key, { ...params, ...extra });
  }
  return new MetricError('warehouse', texts.en, texts);
}
