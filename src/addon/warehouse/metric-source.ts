// Why: in warehouse mode (settings saved with "use the warehouse", BigQuery service enabled),
// alerts, the dashboard, summaries and the wizard get their KPI values from KPI tables computed
// by BigQuery instead of the sheets. Each needed warehouse KPI is queried once per execution and
// period grouping (month; ISO week or day over a recent window, history-window.ts; every scope
// in the same query; several at once when a feature says what it will read: prefetch) and its
// small aggregated table kept for the execution (kpi-table.ts); computeMetric is then answered
// from it: a span of whole periods sums their measures (a median or a stock: one period), a period
// missing from a scope's rows is an empty one (what finishResult's gap filling would add), and
// the value is the definition's. A KPI, scope or span the warehouse cannot give is a MetricError
// naming it, never a silent read of the sheets. Values only: no `detail` (no feature reads it).
import { bigQueryJobs, type BigQueryJobs, sleep } from '../adapters/bigquery';
import { activeSpreadsheet, spreadsheetTimeZone, todayIn } from '../adapters/services';
import { currentLanguage, type Language } from '../i18n';
import {
  type KpiKey,
  kpiEntry,
  MetricError,
  type MetricSource,
  type MetricValue,
  type Scope,
  type SourceNeed,
  DAILY_HISTORY_DAYS,
  WEEKLY_HISTORY_WEEKS,
} from '../metrics';
import type { SourceCoverage } from '../metrics/source';
import { MEASURES } from '../metrics/measures';
import { compareNames } from '../../kpi/results';
import type { WarehousePeriod } from '../../warehouse/api';
import { dayOfIso, isoOfDay } from '../../warehouse/calendar';
import { periodsAddUp, type ValueDefinition } from '../../warehouse/definition';
import { definitionOf } from '../../warehouse/definitions';
import { emitQuery } from '../../warehouse/emit';
import { valueOf } from '../../warehouse/value';
import { WarehouseCoverage } from './coverage';
import {
  type KpiTable,
  type Measures,
  readTable,
  refusal,
  scopeKey,
  tile,
  valueDefinition,
} from './kpi-table';
import { historyFrom } from './history-window';
import { WAREHOUSE_KPI_OF } from './kpi-map';
import { warehouseKpiLabel } from './kpi-labels';
import { type BatchItem, runQueries, runQuery } from './run-query';
import { googleSqlTables, readSettings, type WarehouseSettings } from './settings';

export interface WarehouseContext {
  /** YYYY-MM-DD: rows dated after it are left out (a parameter, so results cache). */
  asOf: string;
  timeZone: string;
  language: Language;
}

export class WarehouseMetricSource implements MetricSource {
  private readonly tables = new Map<string, KpiTable | Error>();
  private readiness?: WarehouseCoverage;

  /** `context` is read from the services on the first query unless given; `pause` between polls. */
  constructor(
    private readonly settings: WarehouseSettings,
    private readonly jobs: BigQueryJobs,
    private context?: WarehouseContext,
    private readonly pause: (ms: number) => void = sleep,
  ) {}

  compute(kpi: KpiKey, scope: Scope, from: number, to: number): MetricValue {
    const mapped = WAREHOUSE_KPI_OF[kpi];
    const name = (l: Language) => kpiEntry(kpi).name[l];
    if (!mapped) throw refusal(name, 'kpiNotInWarehouse');
    const def = definitionOf(mapped[0]) as ValueDefinition;
    const sums = this.sums(def, name, scope, from, to, MEASURES[kpi].total);
    if (!sums) return { value: null, volume: 0 };
    return {
      value: valueOf(def.value ?? { measure: mapped[1] }, sums),
      volume: sums[mapped[1]] ?? 0,
    };
  }

  /**
   * A warehouse definition's measures summed over a span for a scope (the dashboard's funnel
   * reads the funnel's stage counts by lead month this way; no catalogue KPI gives them).
   */
  aggregate(id: string, scope: Scope, from: number, to: number): Readonly<Measures> {
    const def = valueDefinition(id);
    const name = (l: Language) => warehouseKpiLabel(id, l);
    if (!def) throw refusal(name, 'kpiNotInWarehouse');
    return this.sums(def, name, scope, from, to, false)!;
  }

  /**
   * The span's measures: each period's summed (0 for a period with no row; a median or a stock
   * is asked for one period only and stays null without a row). Null for a `total` KPI's span
   * outside the company's data (no value, as on the sheets).
   */
  private sums(
    def: ValueDefinition,
    name: (l: Language) => string,
    scope: Scope,
    from: number,
    to: number,
    total: boolean,
  ): Measures | null {
    if (scope.type !== 'company' && !def.scopes.includes(scope.type))
      throw refusal(name, 'scopeNotInWarehouse', { scope: scope.type });
    const single = !periodsAddUp(def);
    const tiled = tile(from, to, single);
    if (!tiled)
      throw refusal(
        name,
        'spanNotInWarehouse',
        { from: isoOfDay(from), to: isoOfDay(to - 1) },
        single,
      );
    const kept = historyFrom(this.now().asOf, tiled[0]);
    if (kept !== undefined && tiled[1][0] < dayOfIso(kept))
      throw refusal(name, tiled[0] === 'week' ? 'beforeWeeks' : 'beforeDays', {
        from: isoOfDay(from),
        weeks: WEEKLY_HISTORY_WEEKS,
        days: DAILY_HISTORY_DAYS,
      });
    const table = this.table(def, tiled[0]);
    const key = scopeKey(scope.type, scope.type === 'company' ? '' : scope.name);
    if (total && !tiled[1].some((s) => s >= table.first && s <= table.last)) return null;
    const sums: Measures = {};
    for (const [m, measure] of Object.entries(def.measures))
      sums[m] = 'median' in measure ? null : 0;
    for (const start of tiled[1]) {
      const row = table.rows.get(`${key}|${start}`);
      if (!row) continue;
      if (single) Object.assign(sums, row);
      else for (const m in sums) sums[m] = (sums[m] ?? 0) + (row[m] ?? 0);
    }
    return sums;
  }

  /**
   * The teams and reps named in the tables fetched so far (first spelling, A→Z): a team whose
   * data lives only in the warehouse still gets its scopes (the dashboard's selector).
   */
  scopeNames(): { teams: string[]; reps: string[] } {
    const seen = new Map<string, { type: 'team' | 'rep'; name: string }>();
    for (const table of this.tables.values())
      if (!(table instanceof Error))
        for (const [key, found] of table.names) if (!seen.has(key)) seen.set(key, found);
    const of = (type: 'team' | 'rep') =>
      [...seen.values()]
        .filter((n) => n.type === type && n.name !== '')
        .map((n) => n.name)
        .sort(compareNames);
    return { teams: of('team'), reps: of('rep') };
  }

  /** A KPI's table in one grouping: queried on first need, kept (or its failure) for the execution. */
  private table(def: ValueDefinition, period: WarehousePeriod): KpiTable {
    const key = `${def.id}|${period}`;
    let known = this.tables.get(key);
    if (known === undefined) {
      try {
        known = this.query(def, period);
      } catch (error) {
        known = error instanceof Error ? error : new Error(String(error));
      }
      this.tables.set(key, known);
    }
    if (known instanceof Error) throw new MetricError('warehouse', known.message);
    return known;
  }

  /** The KPI's data span, usual gap and window, measured in the warehouse (coverage.ts). */
  coverage(kpi: KpiKey): SourceCoverage {
    return this.readinessOf().of(kpi);
  }

  private readinessOf(): WarehouseCoverage {
    this.readiness ??= new WarehouseCoverage(
      this.settings,
      this.jobs,
      () => this.now(),
      this.pause,
    );
    return this.readiness;
  }

  private now(): WarehouseContext {
    if (!this.context) {
      const timeZone = spreadsheetTimeZone(activeSpreadsheet());
      this.context = { asOf: todayIn(timeZone), timeZone, language: currentLanguage() };
    }
    return this.context;
  }

  /** Where the queries run and how they wait. */
  private target() {
    const tables = googleSqlTables(this.settings);
    const target = { project: this.settings.project, location: this.settings.location, tables };
    return { target, deps: { jobs: this.jobs, sleep: this.pause, language: this.now().language } };
  }

  /** The KPI's query; by week or day, over the last weeks or days only (history-window.ts). */
  private emit(def: ValueDefinition, period: WarehousePeriod) {
    const { asOf, timeZone } = this.now();
    return emitQuery(def.id, 'googlesql', googleSqlTables(this.settings), {
      asOf,
      timeZone,
      period,
      ...(historyFrom(asOf, period) ? { from: historyFrom(asOf, period) } : {}),
    });
  }

  private query(def: ValueDefinition, period: WarehousePeriod): KpiTable {
    const { target, deps } = this.target();
    return readTable(def, runQuery(this.emit(def, period), target, deps, period));
  }

  /**
   * Runs at once the queries of the KPI tables (and their coverage) a feature is about to read,
   * instead of one after the other on first need: the wait is the slowest query's, not the sum.
   * A table already known is not asked again; a KPI the warehouse has no definition for is left
   * to compute() to refuse.
   */
  prefetch(needs: readonly SourceNeed[]): void {
    const items: BatchItem[] = [];
    const asked = new Set<string>();
    for (const need of needs) {
      const id = 'kpi' in need ? WAREHOUSE_KPI_OF[need.kpi]?.[0] : need.table;
      const def = id === undefined ? undefined : valueDefinition(id);
      if (!def) continue;
      const { period } = need;
      const key = `${def.id}|${period}`;
      if (this.tables.has(key) || asked.has(key)) continue;
      asked.add(key);
      items.push({
        query: () => this.emit(def, period),
        period,
        keep: (result) =>
          this.tables.set(key, result instanceof Error ? result : readTable(def, result)),
      });
    }
    const kpis = needs.flatMap((n) => ('kpi' in n ? [n.kpi] : []));
    items.push(...this.readinessOf().pending(kpis));
    const { target, deps } = this.target();
    runQueries(items, target, deps);
  }
}

let current: { key: string; source: WarehouseMetricSource } | undefined;

/**
 * The metrics engine's source in warehouse mode, or undefined for the sheets: no BigQuery
 * service (the default manifest: not even a property is read), no settings, or the settings'
 * "use the warehouse" off. One source per execution and settings, so its tables are shared.
 */
export function warehouseMetricSource(): MetricSource | undefined {
  const jobs = bigQueryJobs();
  const settings = jobs && readSettings();
  if (!jobs || !settings?.useForKpis) return undefined;
  const key = JSON.stringify(settings);
  if (current?.key !== key) current = { key, source: new WarehouseMetricSource(settings, jobs) };
  return current.source;
}
