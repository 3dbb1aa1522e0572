// The KPI relevance review's findings (issue 15 item 4): which tracked KPIs no objective or alert
// uses, whose data stopped, which activity KPIs are tracked without a paired quality KPI, which
// activity → conversion pairs never moved with the results over the history, and which scopes
// carry more than five active objectives. Pure: the caller reads the workbook and passes what
// each check needs; every finding has a stable id, so a decision taken on it is remembered.
import { correlation } from '../../kpi/correlation';
import { kpiEntry, type KpiKey, MAX_ACTIVE_OBJECTIVES_PER_SCOPE, type Scope } from '../metrics';
import { scopeKey } from '../metrics';

export type FindingKind = 'unused' | 'stopped' | 'unpaired' | 'uncorrelated' | 'crowded';

export interface Finding {
  /** "unused:calls", "uncorrelated:calls+lead_to_opportunity", "crowded:team:lyon". */
  readonly id: string;
  readonly kind: FindingKind;
  /** The KPI a decision retires (absent for a crowded scope: there is no KPI to retire). */
  readonly kpi?: KpiKey;
  /** The conversion KPI of an uncorrelated pair. */
  readonly pair?: KpiKey;
  /** The last day with data of a stopped KPI (null: never any row). */
  readonly last?: number | null;
  readonly scope?: Scope;
  /** A crowded scope's active objectives. */
  readonly count?: number;
  /** The best correlation found with the results (an uncorrelated pair's). */
  readonly best?: number | null;
}

/** Data that stopped this long ago (no row in these weeks) is called stopped. */
export const STOPPED_WEEKS = 8;
/** A pair "correlates with results" when some lag reaches this correlation. */
export const MIN_CORRELATION = 0.3;
/** Lags tried, in months: an activity may move the results a month or two later. */
export const MAX_LAG_MONTHS = 2;
/** Fewer complete months than this: the history cannot say a pair never correlates. */
export const MIN_MONTHS = 6;

export interface ObjectiveUse {
  readonly kpi: KpiKey;
  readonly scope: Scope;
  readonly active: boolean;
}

export interface RelevanceInput {
  /** The KPIs the dashboard and the emails show (retired ones already left out). */
  readonly tracked: readonly KpiKey[];
  readonly objectives: readonly ObjectiveUse[];
  /** The KPIs of the active alert rules. */
  readonly alertKpis: ReadonlySet<KpiKey>;
  /** Each KPI's last day with a source row (null: none). */
  readonly lastDay: (kpi: KpiKey) => number | null;
  readonly today: number;
  /** The company's monthly values of a KPI over the history, oldest first (NaN: no value). */
  readonly monthly: (kpi: KpiKey) => Float64Array;
  /** The results KPI the pairs are judged against. */
  readonly result: KpiKey;
}

export function relevanceFindings(input: RelevanceInput): Finding[] {
  const tracked = new Set(input.tracked);
  const out: Finding[] = [];
  const used = new Set<KpiKey>(input.alertKpis);
  for (const o of input.objectives) if (o.active) used.add(o.kpi);
  for (const kpi of input.tracked)
    if (!used.has(kpi)) out.push({ id: `unused:${kpi}`, kind: 'unused', kpi });
  for (const kpi of input.tracked) {
    const last = input.lastDay(kpi);
    if (last === null || input.today - last > STOPPED_WEEKS * 7)
      out.push({ id: `stopped:${kpi}`, kind: 'stopped', kpi, last });
  }
  for (const kpi of input.tracked) {
    const entry = kpiEntry(kpi);
    if (entry.isVolume && !entry.pairs.some((p) => tracked.has(p)))
      out.push({ id: `unpaired:${kpi}`, kind: 'unpaired', kpi });
  }
  out.push(...uncorrelatedPairs(input, tracked));
  out.push(...crowdedScopes(input.objectives));
  return out;
}

/** The best correlation of a series with the results at lags 0…MAX_LAG_MONTHS (null: too short). */
export function bestCorrelation(x: Float64Array, results: Float64Array): number | null {
  let best: number | null = null;
  for (let lag = 0; lag <= MAX_LAG_MONTHS; lag++) {
    const c = correlation(x, results, lag);
    if ('r' in c && c.pairs >= MIN_MONTHS) best = Math.max(best ?? -1, c.r);
  }
  return best;
}

function uncorrelatedPairs(input: RelevanceInput, tracked: ReadonlySet<KpiKey>): Finding[] {
  const out: Finding[] = [];
  if (!tracked.has(input.result)) return out;
  const results = input.monthly(input.result);
  const cache = new Map<KpiKey, number | null>();
  const best = (kpi: KpiKey) => {
    if (!cache.has(kpi)) cache.set(kpi, bestCorrelation(input.monthly(kpi), results));
    return cache.get(kpi)!;
  };
  for (const kpi of input.tracked) {
    const entry = kpiEntry(kpi);
    if (!entry.isVolume) continue;
    for (const pair of entry.pairs) {
      if (!tracked.has(pair)) continue;
      const a = best(kpi);
      const b = best(pair);
      // Judged only when the history is long enough for both.
      if (a === null || b === null) continue;
      if (Math.max(a, b) < MIN_CORRELATION)
        out.push({
          id: `uncorrelated:${kpi}+${pair}`,
          kind: 'uncorrelated',
          kpi,
          pair,
          best: Math.max(a, b),
        });
    }
  }
  return out;
}

function crowdedScopes(objectives: readonly ObjectiveUse[]): Finding[] {
  const counts = new Map<string, { scope: Scope; count: number }>();
  for (const o of objectives) {
    if (!o.active) continue;
    const key = scopeKey(o.scope);
    const entry = counts.get(key) ?? { scope: o.scope, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.entries()]
    .filter(([, e]) => e.count > MAX_ACTIVE_OBJECTIVES_PER_SCOPE)
    .map(([key, e]) => ({ id: `crowded:${key}`, kind: 'crowded', scope: e.scope, count: e.count }));
}
