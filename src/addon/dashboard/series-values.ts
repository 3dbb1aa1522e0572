// Why: in warehouse mode the series behind the tiles, sparklines and charts cannot be =KPI_TREND
// over the sheets (the data is in BigQuery). The refresh computes each series' value per period
// for every scope of the selector through the metrics engine, which the warehouse's KPI tables
// answer (one query per KPI and grouping, every scope in it); warehouse-table.ts writes them to
// a hidden sheet and each series block's =KPI_TREND reads that table, filtered by the scope
// chosen, so the windows, tiles and charts keep their formulas and the selector stays live.
// A series is the catalogue KPI's value or one of its parts: counts come back exactly from a
// rate and its volume (opportunities = conversion × leads, rounded to the whole count).
import { addPeriods, periodStart } from '../../kpi/days';
import {
  computeMetric,
  dataSpan,
  type KpiKey,
  MetricError,
  metricSourceOf,
  type MetricValue,
  type SourceNeed,
  type Scope,
  WEEKLY_HISTORY_WEEKS,
  type WorkbookData,
} from '../metrics';
import type { ScopeOption } from './scopes';
import { SERIES, type SeriesId } from './series';

/** The grouping a series' values are computed in (a quarter's are its months, summed by KPI_TREND). */
export type SeriesGrain = 'week' | 'month';

type Get = (kpi: KpiKey) => MetricValue;

interface SeriesPart {
  /** The KPI whose data span the periods cover (and that `of` reads). */
  readonly kpi: KpiKey;
  readonly grain: SeriesGrain;
  /** The period's value; null: none (a rate without its base), written blank. */
  readonly of: (get: Get) => number | null;
  /** Other KPIs `of` reads. */
  readonly also?: readonly KpiKey[];
  /** Instead of `of`: a measure of a table of the source no catalogue KPI gives (aggregate). */
  readonly table?: { readonly id: string; readonly measure: string };
}

/** The monthly trend tables' values (tables.ts): the KPI's own value per month. */
export type TrendId = 'conversionTrend' | 'npsTrend';
/** The funnel's stage counts by lead month (funnel.ts), from the warehouse's funnel table. */
export const FUNNEL_IDS = [
  'funnelLeads',
  'funnelOpportunities',
  'funnelProposals',
  'funnelWon',
] as const;
export type FunnelId = (typeof FUNNEL_IDS)[number];
export type WarehouseTableId = SeriesId | TrendId | FunnelId;

const valueOf = (kpi: KpiKey) => (get: Get) => get(kpi).value ?? 0;
const volumeOf = (kpi: KpiKey) => (get: Get) => get(kpi).volume;
/** A rate's numerator: the rate times its volume, a whole count. */
const countOf =
  (kpi: KpiKey, scale = 1) =>
  (get: Get) => {
    const { value, volume } = get(kpi);
    return value === null ? 0 : Math.round((value * volume) / scale);
  };

const NPS_NET = countOf('nps', 100);
// KPI_GROSS_MARGIN leaves out rows without revenue, cost included: cost = revenue × (1 − margin).
const COST = (get: Get) => {
  const margin = get('gross_margin').value;
  const revenue = get('revenue').value ?? 0;
  return margin === null ? 0 : revenue * (1 - margin);
};

export const SERIES_PARTS: Readonly<Record<WarehouseTableId, SeriesPart>> = {
  activitiesW: {
    kpi: 'significant_interactions',
    grain: 'week',
    of: volumeOf('significant_interactions'),
  },
  callsW: { kpi: 'calls', grain: 'week', of: valueOf('calls') },
  meetingsW: { kpi: 'meetings', grain: 'week', of: valueOf('meetings') },
  revenueW: { kpi: 'revenue', grain: 'week', of: valueOf('revenue') },
  revenueM: { kpi: 'revenue', grain: 'month', of: valueOf('revenue') },
  costM: { kpi: 'revenue', grain: 'month', of: COST, also: ['gross_margin'] },
  leadsM: { kpi: 'lead_to_opportunity', grain: 'month', of: volumeOf('lead_to_opportunity') },
  oppsM: { kpi: 'lead_to_opportunity', grain: 'month', of: countOf('lead_to_opportunity') },
  wonM: { kpi: 'win_rate', grain: 'month', of: countOf('win_rate') },
  lostM: {
    kpi: 'win_rate',
    grain: 'month',
    of: (get) => get('win_rate').volume - countOf('win_rate')(get),
  },
  newCustomersM: { kpi: 'new_customers', grain: 'month', of: valueOf('new_customers') },
  npsNetM: { kpi: 'nps', grain: 'month', of: NPS_NET },
  npsCountM: { kpi: 'nps', grain: 'month', of: volumeOf('nps') },
  npsNetQ: { kpi: 'nps', grain: 'month', of: NPS_NET },
  npsCountQ: { kpi: 'nps', grain: 'month', of: volumeOf('nps') },
  conversionTrend: {
    kpi: 'lead_to_opportunity',
    grain: 'month',
    of: (get) => get('lead_to_opportunity').value,
  },
  npsTrend: { kpi: 'nps', grain: 'month', of: (get) => get('nps').value },
  ...funnelParts(),
};

function funnelParts(): Record<FunnelId, SeriesPart> {
  const measures = ['leads', 'opportunities', 'proposals', 'won'];
  const part = (i: number): SeriesPart => ({
    kpi: 'lead_to_opportunity', // by Lead date, as the funnel's deals
    grain: 'month',
    of: () => null,
    table: { id: 'funnel', measure: measures[i] },
  });
  return {
    funnelLeads: part(0),
    funnelOpportunities: part(1),
    funnelProposals: part(2),
    funnelWon: part(3),
  };
}

const TABLE_IDS: readonly WarehouseTableId[] = [
  ...SERIES.map((s) => s.id),
  'conversionTrend',
  'npsTrend',
  ...FUNNEL_IDS,
];

/** The KPIs, tables and groupings the series read (a remote source fetches them at once). */
export function seriesNeeds(): SourceNeed[] {
  const needs = new Map<string, SourceNeed>();
  for (const part of Object.values(SERIES_PARTS)) {
    const period = part.grain;
    for (const kpi of [part.kpi, ...(part.also ?? [])])
      needs.set(`${kpi}|${period}`, { kpi, period });
    if (part.table) needs.set(`table ${part.table.id}|${period}`, { table: part.table.id, period });
  }
  return [...needs.values()];
}

/** One series' rows: [the option's 1-based place in the selector, period start (day), value]. */
export type SeriesValues =
  | {
      readonly id: WarehouseTableId;
      readonly rows: ReadonlyArray<readonly [number, number, number | null]>;
    }
  | { readonly id: WarehouseTableId; readonly error: MetricError };

export function scopeOfOption(option: ScopeOption): Scope {
  return option.type === 'company' ? { type: 'company' } : { type: option.type, name: option.name };
}

/**
 * Every series' (and monthly trend's) values for every option, over the periods from its KPI's first to its last
 * dated day. A series the source cannot give the company is an error (its block shows why); a
 * scope it cannot give has no rows (its values read 0).
 */
export function seriesValues(data: WorkbookData, options: readonly ScopeOption[]): SeriesValues[] {
  const source = metricSourceOf(data);
  source?.prefetch?.(seriesNeeds());
  // A source table's measure (the funnel's): only a source that has such tables gives it.
  const tableValue = (part: SeriesPart, i: number, start: number): number | null => {
    const { id, measure } = part.table!;
    if (!source?.aggregate)
      throw new MetricError(
        'warehouse',
        `The ${id} table by period is read from the warehouse only`,
      );
    const end = addPeriods(start, part.grain, 1);
    return source.aggregate(id, scopeOfOption(options[i]), start, end)[measure] ?? null;
  };
  const known = new Map<string, MetricValue | MetricError>();
  const metric = (kpi: KpiKey, i: number, start: number, grain: SeriesGrain): MetricValue => {
    const key = `${kpi}|${i}|${start}|${grain}`;
    let found = known.get(key);
    if (found === undefined) {
      try {
        const end = addPeriods(start, grain, 1);
        found = computeMetric(data, kpi, scopeOfOption(options[i]), start, end);
      } catch (e) {
        if (!(e instanceof MetricError)) throw e;
        found = e;
      }
      known.set(key, found);
    }
    if (found instanceof MetricError) throw found;
    return found;
  };
  return TABLE_IDS.map((id) => {
    const part = SERIES_PARTS[id];
    try {
      const span = dataSpan(data, part.kpi);
      const rows: [number, number, number | null][] = [];
      if (!span) return { id, rows };
      const last = periodStart(span.last, part.grain);
      // Weekly values go back WEEKLY_HISTORY_WEEKS weeks at most (what a remote source keeps).
      const earliest =
        part.grain === 'week' ? addPeriods(last, 'week', 1 - WEEKLY_HISTORY_WEEKS) : -Infinity;
      const first = Math.max(periodStart(span.first, part.grain), earliest);
      options.forEach((_, i) => {
        for (let start = first; start <= last; start = addPeriods(start, part.grain, 1)) {
          try {
            const value = part.table
              ? tableValue(part, i, start)
              : part.of((kpi) => metric(kpi, i, start, part.grain));
            rows.push([i + 1, start, value]);
          } catch (e) {
            // The company's failure is the series' (below); another scope's leaves it out.
            if (i === 0 || !(e instanceof MetricError)) throw e;
            return;
          }
        }
      });
      return { id, rows };
    } catch (e) {
      if (!(e instanceof MetricError)) throw e;
      return { id, error: e };
    }
  });
}
