// Reads what the relevance review needs (the source sheets, Objectives and Alerts: one getValues
// each) and computes its findings (findings.ts), then leaves out those already decided
// (decisions.ts). Shared by the quarterly job and the "Review tracked KPIs…" page.
import { activeSpreadsheet, spreadsheetToday } from '../adapters/services';
import { dayOfIsoText } from '../../functions/values/dates';
import { addPeriods, periodStart } from '../../kpi/days';
import { TILES } from '../dashboard/tile-model';
import {
  COMPANY,
  dataSpan,
  kpiData,
  type KpiKey,
  metricSeries,
  type WorkbookData,
} from '../metrics';
import { HEADLINE_KPIS } from '../summaries/model';
import { readBlock } from '../workbook/block';
import { alertRows } from '../workbook/alerts-sheet';
import { tableOf } from '../workbook/cells';
import { kpiOfText } from '../workbook/labels';
import { objectiveRecords, type ObjectiveRecord } from '../workbook/objectives-sheet';
import { locateSheets } from '../workbook/locate';
import { readSources, WIZARD_SHEETS } from '../workbook/read-data';
import { type ObjectiveUse, relevanceFindings, type Finding } from './findings';

/** The KPIs the dashboard's tiles and the emails' headline show: what the review looks at. */
export const TRACKED_KPIS: readonly KpiKey[] = [
  ...new Set([...TILES.map((t) => t.kpi), ...HEADLINE_KPIS]),
];

/** The results KPI an activity → conversion pair must move. */
const RESULT: KpiKey = 'revenue';

export interface ReviewSources {
  readonly data: WorkbookData;
  readonly objectives: readonly ObjectiveRecord[];
  /** The KPIs of the active Alerts rows (a blank KPI takes its objective's). */
  readonly alertKpis: ReadonlySet<KpiKey>;
}

export function readReviewSources(): { sources: ReviewSources; today: number } {
  const spreadsheet = activeSpreadsheet();
  const today = dayOfIsoText(spreadsheetToday(spreadsheet))!;
  const located = locateSheets(spreadsheet, WIZARD_SHEETS);
  const snapshot = readSources(located);
  const objectivesSheet = located.get('objectives');
  const alertsSheet = located.get('alerts');
  const objectives = objectivesSheet ? objectiveRecords(tableOf(readBlock(objectivesSheet))) : [];
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const alertKpis = new Set<KpiKey>();
  for (const row of alertsSheet ? alertRows(tableOf(readBlock(alertsSheet))) : []) {
    if ('value' in row.active && !row.active.value) continue;
    const kpi = kpiOfText(row.kpi) ?? byId.get(row.objectiveId)?.kpi;
    if (kpi) alertKpis.add(kpi);
  }
  return { sources: { data: snapshot.data, objectives, alertKpis }, today };
}

/** The company's monthly values, complete months only (NaN for the others), over the history. */
function monthly(data: WorkbookData, kpi: KpiKey, today: number): Float64Array {
  try {
    const span = dataSpan(data, kpi);
    if (!span) return new Float64Array(0);
    const end = periodStart(today, 'month');
    const from = Math.max(periodStart(span.first, 'month'), addPeriods(end, 'month', -36));
    const points = metricSeries(data, kpi, COMPANY, 'month', from, end, { asOf: today });
    return Float64Array.from(points, (p) =>
      p.status === 'complete' && p.value !== null ? p.value : NaN,
    );
  } catch {
    return new Float64Array(0);
  }
}

/** Every finding on the workbook now (decided ones included), retired KPIs left out. */
export function findingsOf(
  sources: ReviewSources,
  today: number,
  retired: ReadonlySet<KpiKey>,
): Finding[] {
  const objectives: ObjectiveUse[] = [];
  for (const o of sources.objectives)
    if (o.kpi && o.scope)
      objectives.push({ kpi: o.kpi, scope: o.scope, active: o.status === 'active' });
  return relevanceFindings({
    tracked: TRACKED_KPIS.filter((k) => !retired.has(k)),
    objectives,
    alertKpis: sources.alertKpis,
    lastDay: (kpi) => kpiData(sources.data, kpi).last,
    today,
    monthly: (kpi) => monthly(sources.data, kpi, today),
    result: RESULT,
  });
}
