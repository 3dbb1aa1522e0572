// finishResult (api.ts): what JavaScript adds to a KPI's small aggregated result, the same for a
// BigQuery result, a DuckDB one and the JavaScript evaluator's. SQL only aggregates; here:
// - value KPIs (and stocks): the periods missing between a scope's first and last are filled
//   (counts and sums 0, medians and undefined ratios null);
// - funnel: one row per stage with the conversions from the previous and the first stage
//   (src/kpi/funnel);
// - segments: margin, margin rate and share of the total margin, sorted by margin with near
//   ties broken by name (src/kpi/results, KPI_SEGMENT_PROFITABILITY's order);
// - trend: gaps filled, the change from the previous period and the 3-period moving average
//   (src/kpi/trend, KPI_TREND's);
// - cohorts: cohort size and the share active k periods later, '' (null) beyond the last
//   period with data (KPI_COHORT_RETENTION's table).
// A result batched by `part` (the local parity runs) is finished batch by batch.
import { addPeriods, periodsBetween } from '../kpi/days';
import { funnelConversions } from '../kpi/funnel';
import { segmentProfitabilityOfGroups } from '../kpi/results';
import { trend } from '../kpi/trend';
import type { Cell, EmitOptions, KpiId, ResultTable, WarehousePeriod } from './api';
import { dayOfIso, isoOfDay } from './calendar';
import type { KpiDefinition, ValueDefinition } from './definition';
import { definitionOf } from './definitions';
import { DEFAULT_PERIOD } from './plan';
import { valueOf } from './value';

type Rows = Record<string, Cell>[];

function objects(raw: ResultTable): Rows {
  return raw.rows.map((r) => {
    const o: Record<string, Cell> = {};
    raw.columns.forEach((c, i) => (o[c] = r[i]));
    return o;
  });
}

function table(columns: string[], rows: Rows): ResultTable {
  return { columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) };
}

/** Rows grouped by the given columns, groups in first-seen order. */
function groupBy(rows: Rows, keys: readonly string[]): Rows[] {
  const groups = new Map<string, Rows>();
  for (const r of rows) {
    const k = JSON.stringify(keys.map((c) => r[c] ?? null));
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()];
}

const num = (c: Cell): number => (typeof c === 'number' ? c : Number(c));
const orNull = (x: number): number | null => (x === x && Number.isFinite(x) ? x : null);

/** Deterministic order: batch, scope type, scope, then the given columns. */
function sortRows(rows: Rows, then: readonly string[]): Rows {
  const keys = ['part', 'scope_type', 'scope', ...then];
  return rows.sort((a, b) => {
    for (const k of keys) {
      const x = a[k] ?? '';
      const y = b[k] ?? '';
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });
}

/** A scope's periods from its first to its last, the missing ones filled by `fill`. */
function fillGaps(
  series: Rows,
  period: WarehousePeriod,
  fill: (start: string) => Rows[number],
): Rows {
  const byStart = new Map(series.map((r) => [String(r.period), r]));
  const days = series.map((r) => dayOfIso(String(r.period)));
  const first = Math.min(...days);
  const count = periodsBetween(first, Math.max(...days), period) + 1;
  const out: Rows = [];
  for (let k = 0; k < count; k++) {
    const start = isoOfDay(addPeriods(first, period, k));
    out.push(byStart.get(start) ?? fill(start));
  }
  return out;
}

function emptyMeasures(def: ValueDefinition): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [name, m] of Object.entries(def.measures)) out[name] = 'median' in m ? null : 0;
  return out;
}

function seriesKeys(raw: ResultTable): string[] {
  return [...(raw.columns.includes('part') ? ['part'] : []), 'scope_type', 'scope'];
}

function finishValues(
  def: ValueDefinition,
  raw: ResultTable,
  period: WarehousePeriod,
): ResultTable {
  const rows = sortRows(objects(raw), ['period']);
  const out: Rows = [];
  for (const series of groupBy(rows, seriesKeys(raw))) {
    const filled = fillGaps(series, period, (start) => {
      const measures = emptyMeasures(def);
      return {
        ...series[0],
        period: start,
        ...measures,
        ...(def.value ? { value: valueOf(def.value, measures) } : {}),
      };
    });
    out.push(...filled);
  }
  return table(raw.columns, out);
}

function finishTrend(def: KpiDefinition, raw: ResultTable, period: WarehousePeriod): ResultTable {
  const filled = objects(finishValues(def, raw, period));
  const out: Rows = [];
  const keys = seriesKeys(raw);
  for (const series of groupBy(filled, keys)) {
    const days = Float64Array.from(series, (r) => dayOfIso(String(r.period)));
    const values = Float64Array.from(series, (r) => (r.value === null ? NaN : num(r.value)));
    const t = trend(days, values, { first: days[0], last: days[days.length - 1] }, period, 'sum');
    series.forEach((r, k) =>
      out.push({ ...r, change: orNull(t.changes[k]), moving_average: orNull(t.movingAverages[k]) }),
    );
  }
  const columns = [...keys, 'period', 'value', 'change', 'moving_average'];
  return table([...columns, ...Object.keys(def.measures).filter((m) => !columns.includes(m))], out);
}

function finishFunnel(def: KpiDefinition, raw: ResultTable): ResultTable {
  const stages = Object.keys(def.measures);
  const keys = [...seriesKeys(raw), 'period'];
  const out: Rows = [];
  for (const r of sortRows(objects(raw), ['period'])) {
    const counts = stages.map((s) => num(r[s]));
    const { fromPrevious, fromFirst } = funnelConversions(counts);
    stages.forEach((stage, s) => {
      const row: Record<string, Cell> = {};
      for (const k of keys) row[k] = r[k];
      out.push({
        ...row,
        stage,
        reached: counts[s],
        from_previous: orNull(fromPrevious[s]),
        from_first: orNull(fromFirst[s]),
      });
    });
  }
  return table([...keys, 'stage', 'reached', 'from_previous', 'from_first'], out);
}

function finishSegments(raw: ResultTable): ResultTable {
  const keys = [...seriesKeys(raw), 'period'];
  const out: Rows = [];
  for (const group of groupBy(sortRows(objects(raw), ['period', 'item']), keys)) {
    const rows = segmentProfitabilityOfGroups(
      Int32Array.from(group, (_, i) => i),
      group.length,
      Float64Array.from(group, (r) => num(r.revenue)),
      Float64Array.from(group, (r) => num(r.cost)),
      (i) => String(group[i].item),
    );
    for (const s of rows) {
      const row: Record<string, Cell> = {};
      for (const k of keys) row[k] = group[0][k];
      out.push({
        ...row,
        segment: s.segment,
        revenue: s.revenue,
        margin: s.margin,
        rate: orNull(s.rate),
        share: orNull(s.share),
      });
    }
  }
  return table([...keys, 'segment', 'revenue', 'margin', 'rate', 'share'], out);
}

function finishCohorts(raw: ResultTable, period: WarehousePeriod): ResultTable {
  const partitioned = raw.columns.includes('part');
  const out: Rows = [];
  let width = 0;
  const batches = groupBy(objects(raw), partitioned ? ['part'] : []);
  for (const batch of batches) {
    const starts = batch.map((r) => dayOfIso(String(r.cohort)));
    const origin = Math.min(...starts);
    // The last period with data: the latest cohort start plus offset.
    let last = origin;
    for (const r of batch)
      last = Math.max(last, addPeriods(dayOfIso(String(r.cohort)), period, num(r.period_offset)));
    const periods = periodsBetween(origin, last, period) + 1;
    width = Math.max(width, periods);
    for (const cohort of groupBy(batch, ['cohort'])) {
      const start = dayOfIso(String(cohort[0].cohort));
      const active = new Map(cohort.map((r) => [num(r.period_offset), num(r.customers)]));
      const size = active.get(0) ?? 0;
      const observable = periodsBetween(start, last, period) + 1;
      const row: Record<string, Cell> = partitioned ? { part: cohort[0].part } : {};
      row.cohort = cohort[0].cohort;
      row.size = size;
      for (let k = 0; k < periods; k++)
        row[`period_${k}`] = k < observable && size > 0 ? (active.get(k) ?? 0) / size : null;
      out.push(row);
    }
  }
  out.sort((a, b) =>
    String(a.part ?? '') === String(b.part ?? '')
      ? String(a.cohort) < String(b.cohort)
        ? -1
        : 1
      : num(a.part) - num(b.part),
  );
  const shares = Array.from({ length: width }, (_, k) => `period_${k}`);
  return table([...(partitioned ? ['part'] : []), 'cohort', 'size', ...shares], out);
}

/** The KPI table the add-on shows, from a KPI's aggregated result. */
export function finishResult(kpi: KpiId, raw: ResultTable, options: EmitOptions): ResultTable {
  const def = definitionOf(kpi);
  const period = options.period ?? DEFAULT_PERIOD;
  if (raw.rows.length === 0) return raw;
  if (def.kind === 'cohort') return finishCohorts(raw, period);
  if (def.kind === 'stock') return finishValues(def, raw, period);
  switch (def.finish) {
    case 'value':
      return finishValues(def, raw, period);
    case 'trend':
      return finishTrend(def, raw, period);
    case 'funnel':
      return finishFunnel(def, raw);
    case 'segments':
      return finishSegments(raw);
  }
}
