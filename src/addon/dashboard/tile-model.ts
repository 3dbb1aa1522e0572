// The KPI tiles: which KPIs, which window column holds their values (at the KPI's tracking
// frequency: activity per week, conversion and results per month, satisfaction per quarter),
// how their values and changes are shown, and the statuses that colour them.
import { kpiEntry, type KpiKey } from '../metrics';
import type { WindowColumnId } from './windows';

export interface TileSpec {
  readonly kpi: KpiKey;
  readonly column: WindowColumnId;
}

export const TILES: readonly TileSpec[] = [
  { kpi: 'calls', column: 'callsW' },
  { kpi: 'meetings', column: 'meetingsW' },
  { kpi: 'lead_to_opportunity', column: 'conversionM' },
  { kpi: 'win_rate', column: 'winRateM' },
  { kpi: 'revenue', column: 'revenueM' },
  { kpi: 'gross_margin', column: 'marginM' },
  { kpi: 'new_customers', column: 'newCustomersM' },
  { kpi: 'nps', column: 'npsQ' },
];

/**
 * How a tile shows its change vs the previous period, as its alert rule measures it: a relative
 * change (%), or a change in points (a rate's percentage points, NPS points), with an arrow.
 */
export function changeIsPoints(kpi: KpiKey): boolean {
  return kpiEntry(kpi).alert.mode === 'points';
}

export function changeFormat(kpi: KpiKey): string {
  return changeIsPoints(kpi)
    ? '"▲ "0.0" pts";"▼ "0.0" pts";"= "0.0" pts"'
    : '"▲ "0.0%;"▼ "0.0%;"= "0.0%';
}

/** Tile statuses, in the order their colours are checked. */
export const STATUS_COLOURS = [
  ['alert', 'red'],
  ['behind', 'amber'],
  ['ok', 'green'],
] as const;

/** KPI_PROGRESS's statuses (and the French words a translated Pace cell may hold). */
export const PACE_WORDS = {
  ahead: ['ahead', 'en avance'],
  onTrack: ['on track', 'dans les temps', 'en bonne voie'],
  behind: ['behind', 'en retard'],
  done: ['done', 'atteint'],
} as const;
