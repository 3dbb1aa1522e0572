// Why: a refresh from the warehouse costs money, so the settings page shows what it would read
// and cost before anything runs: a dry run of every KPI query (free) gives the bytes processed;
// the bill is at least 10 MB per table referenced, rounded up to a whole MB, at BigQuery's
// on-demand price (an assumption: US multi-region list price per TiB, before the monthly free
// TiB; capacity-priced projects pay for slots instead).
import {
  bytesBilledLimit,
  dryRunBytes,
  MIN_BILLED_PER_TABLE,
  type QueryDeps,
  type WarehouseTarget,
} from './run-query';
import type { PlannedQuery } from './queries';
import type { WarehousePeriod } from '../../warehouse/api';

export const ON_DEMAND_USD_PER_TIB = 6.25;
const MIB = 1024 * 1024;
const TIB = 1024 * 1024 * MIB;

export interface KpiEstimate {
  kpi: string;
  /** The query's grouping when not the default month (the dashboard reads some KPIs by week). */
  period?: WarehousePeriod;
  /** Bytes the dry run says the query processes. */
  bytes: number;
  /** What on-demand pricing bills at least for them. */
  billedBytes: number;
  /** Why this KPI cannot run (a table not mapped, a refused query). */
  error?: string;
}

export interface RefreshEstimate {
  kpis: KpiEstimate[];
  bytes: number;
  billedBytes: number;
  usd: number;
  /** The limit each real job gets (maximumBytesBilled), summed: the most a refresh can bill. */
  capBytes: number;
}

/** On-demand bytes billed for a query: at least 10 MB per table, rounded up to a whole MB. */
export function billedBytes(bytes: number, tablesReferenced: number): number {
  const floor = MIN_BILLED_PER_TABLE * Math.max(1, tablesReferenced);
  return Math.max(floor, Math.ceil(bytes / MIB) * MIB);
}

export function usdOf(bytes: number): number {
  return (bytes / TIB) * ON_DEMAND_USD_PER_TIB;
}

const at = (p: PlannedQuery) => (p.period ? { kpi: p.kpi, period: p.period } : { kpi: p.kpi });

export function estimateRefresh(
  planned: readonly PlannedQuery[],
  target: WarehouseTarget,
  deps: QueryDeps,
): RefreshEstimate {
  const kpis: KpiEstimate[] = [];
  let capBytes = 0;
  for (const p of planned) {
    if ('error' in p) {
      kpis.push({ ...at(p), bytes: 0, billedBytes: 0, error: p.error });
      continue;
    }
    try {
      const bytes = dryRunBytes(p.query, target, deps, p.period);
      const tables = new Set(p.query.reads).size;
      kpis.push({ ...at(p), bytes, billedBytes: billedBytes(bytes, tables) });
      capBytes += bytesBilledLimit(bytes, tables);
    } catch (error) {
      const message = (error as Error).message;
      kpis.push({ ...at(p), bytes: 0, billedBytes: 0, error: message });
    }
  }
  const bytes = kpis.reduce((s, k) => s + k.bytes, 0);
  const billed = kpis.reduce((s, k) => s + k.billedBytes, 0);
  return { kpis, bytes, billedBytes: billed, usd: usdOf(billed), capBytes };
}
