// The dashboard's side of src/kpi/readiness. Each series gets a "judged until" cell: the latest
// end a period of it may have to be shown, from the live as-of date and the sheet's last date
// (MAX of its date column, so new rows count before the next refresh) and two numbers measured at
// refresh (the usual gap between the sheet's dated days; the conversion window for the lead
// series). The windows leave later periods blank, so no tile, sparkline or chart draws a fall from
// a maturing or partial period, and each tile shows the last period it can judge. A sheet not kept
// up is named above the tiles.
import { DEFAULT_GAP_DAYS } from '../../kpi/readiness';
import { kpiData, kpiIsStale, type KpiKey, type SourceSheet, type WorkbookData } from '../metrics';
import type { DataRefs } from './positions';
import { SERIES_START } from './positions';
import { SERIES, type SeriesId } from './series';

/** What the refresh measured: per series, the usual gap and the conversion window (days). */
export interface DashboardReadiness {
  readonly gaps: Readonly<Partial<Record<SeriesId, number>>>;
  readonly windows: Readonly<Partial<Record<SeriesId, number>>>;
  /** Source sheets with no new row for longer than their usual gap, and their last day. */
  readonly stale: ReadonlyArray<{ readonly sheet: SourceSheet; readonly last: number }>;
  /**
   * Warehouse mode: each series' last dated day (calendar-day number) as the warehouse has it,
   * in place of the sheet's MAX of its date column; none in sheet mode.
   */
  readonly last?: Readonly<Partial<Record<SeriesId, number>>>;
}

export const NO_READINESS: DashboardReadiness = { gaps: {}, windows: {}, stale: [] };

/** The KPI whose date column a series is placed by (its gap and window are that KPI's). */
const SERIES_KPI: Record<SeriesId, KpiKey> = {
  activitiesW: 'calls',
  callsW: 'calls',
  meetingsW: 'meetings',
  revenueW: 'revenue',
  revenueM: 'revenue',
  costM: 'revenue',
  leadsM: 'lead_to_opportunity',
  oppsM: 'lead_to_opportunity',
  wonM: 'win_rate',
  lostM: 'win_rate',
  newCustomersM: 'new_customers',
  npsNetM: 'nps',
  npsCountM: 'nps',
  npsNetQ: 'nps',
  npsCountQ: 'nps',
};

/** A series blanked by another's limit: the parts of one rate are shown over the same periods. */
const GATE: Partial<Record<SeriesId, SeriesId>> = {
  oppsM: 'leadsM',
  lostM: 'wonM',
  costM: 'revenueM',
  npsNetM: 'npsCountM',
  npsNetQ: 'npsCountQ',
};

/** The series whose limit applies to a series (itself, or the first part of its rate). */
export function gateOf(id: SeriesId): SeriesId {
  return GATE[id] ?? id;
}

export function dashboardReadiness(
  data: WorkbookData,
  today: number,
  fromWarehouse = false,
): DashboardReadiness {
  const gaps: Partial<Record<SeriesId, number>> = {};
  const last: Partial<Record<SeriesId, number>> = {};
  const windows: Partial<Record<SeriesId, number>> = {};
  const stale: { sheet: SourceSheet; last: number }[] = [];
  for (const spec of SERIES) {
    const d = kpiData(data, SERIES_KPI[spec.id]);
    gaps[spec.id] = d.gap;
    if (d.last !== null) last[spec.id] = d.last;
    if (d.window && gateOf(spec.id) === spec.id) windows[spec.id] = d.window.days;
    if (d.last !== null && !stale.some((s) => s.sheet === d.sheet))
      if (kpiIsStale(data, SERIES_KPI[spec.id], today))
        stale.push({ sheet: d.sheet, last: d.last });
  }
  return fromWarehouse ? { gaps, windows, stale, last } : { gaps, windows, stale };
}

/** The hidden cell holding a series' "judged until" day (in its block's counters row). */
export function judgedCell(data: DataRefs, id: SeriesId): string {
  const i = SERIES.findIndex((s) => s.id === id);
  return data.local(SERIES_START.row + 1, SERIES_START.column + i * SERIES_START.width + 3);
}

/**
 * src/kpi/readiness's judgedUntil as a formula: periods must end by the as-of date, not after the
 * sheet's last day plus its usual gap (partial), and for a conversion not later than the window
 * before the last day observed (today, or the day after the last row of a sheet not kept up).
 */
export function judgedFormula(
  dates: string,
  asOf: string,
  readiness: DashboardReadiness,
  id: SeriesId,
): string {
  const gap = readiness.gaps[id] ?? DEFAULT_GAP_DAYS;
  const window = readiness.windows[id] ?? 0;
  const last = `MAX(${dates})`;
  const terms = [`${last}+${gap + 1}`, asOf];
  if (window > 0) terms.unshift(`IF(${asOf}-1-${last}>${gap},${last}+1,${asOf})-${window}`);
  return `=IFERROR(MIN(${terms.join(',')}),${asOf})`;
}
