// "Refresh dashboard": reads what the layout depends on (one getValues per source sheet through
// the wizard's reader, the Actions log, the selector cell), builds the layout, and writes it,
// under the document lock. The layout depends on the data only through the scope list, the
// number of segments and content types, the data's span and the corrective-action statistics;
// every number is a formula, so the dashboard stays live between refreshes, except the forecast,
// "why did it move" and pipeline sections, computed here per scope from the Pipeline and the
// Pipeline history (one more read) and picked by the selected scope. In warehouse mode the
// series' values come from BigQuery at refresh (series-values.ts) into a second hidden sheet that
// the formulas read. User sheets are never written: only the Dashboard and its hidden sheets.
import { activeSpreadsheet, spreadsheetTimeZone, todayIn } from '../adapters/services';
import { dayOfIsoText } from '../../functions/values/dates';
import { actionEffectiveness } from '../alerts/effectiveness';
import { actionIn } from '../workbook/stored-text';
import { actionRecords } from '../workbook/actions-sheet';
import { tableOf } from '../workbook/cells';
import {
  CATALOGUE,
  dataSpan,
  metricSourceOf,
  scopesInData,
  SOURCE_SHEETS,
  type WorkbookData,
} from '../metrics';
import { seriesNeeds, seriesValues, type SeriesValues } from './series-values';
import { placeWarehouseTable, type WarehouseTable, writeWarehouseTable } from './warehouse-table';
import type { SheetKey } from '../schema';
import type { Language } from '../i18n';
import { readBlock } from '../workbook/block';
import { withDocumentLock } from '../workbook/lock';
import { keepAsOfCurrent } from '../workbook/as-of';
import { type LocatedSheet, locateSheets } from '../workbook/locate';
import { readSources } from '../workbook/read-data';
import { buildLayout } from './layout';
import { dashboardReadiness } from './readiness';
import { SELECTOR } from './positions';
import { keptScope, scopeOptions, withNames } from './scopes';
import { dashboardSheet, dataSheet, valueAt } from './sheets';
import { writeDashboard } from './write';
import { say } from './texts';
import { dashboardInsights } from './insight-values';
import { pipelineDeals } from '../history/deal-dates';
import { readHistoryRows } from '../history/sheet-rows';
import { retiredKpis } from '../workbook/retired-kpis';

export type RefreshReport =
  | {
      readonly ok: true;
      readonly scopes: number;
      readonly day: string;
      readonly scope: string;
      /** Missing sheets and columns the dashboard shows notes for instead of numbers. */
      readonly problems: readonly string[];
    }
  | { readonly ok: false; readonly reason: 'busy' | 'noDocument' | 'notSetUp' };

const SHEETS: readonly SheetKey[] = [
  ...SOURCE_SHEETS,
  'teams',
  'objectives',
  'alerts',
  'actions',
  'dashboard',
  'context',
  'pipelineHistory',
];

export function refreshDashboard(language: Language): RefreshReport {
  const result = withDocumentLock(() => refreshUnlocked(language));
  return result.ok ? result.value : { ok: false, reason: result.reason };
}

function refreshUnlocked(language: Language): RefreshReport {
  const spreadsheet = activeSpreadsheet();
  const dayText = todayIn(spreadsheetTimeZone(spreadsheet));
  const today = dayOfIsoText(dayText)!;
  const located = locateSheets(spreadsheet, SHEETS);
  if (!SOURCE_SHEETS.some((key) => located.has(key))) return { ok: false, reason: 'notSetUp' };
  keepAsOfCurrent(spreadsheet, today);
  const snapshot = readSources(located);
  const actionsSheet = located.get('actions');
  const log = actionsSheet ? actionRecords(tableOf(readBlock(actionsSheet))) : [];

  const dashboard = dashboardSheet(spreadsheet, located.get('dashboard')?.sheet, language);
  const { sheet: hidden, fresh: hiddenIsNew } = dataSheet(spreadsheet, language);
  // Warehouse mode: the series' values come from the warehouse (its jobs started at once),
  // written to their hidden sheet; the selector also lists the teams and reps it names.
  const source = metricSourceOf(snapshot.data);
  const fromWarehouse = source !== undefined;
  // BigQuery takes seconds: the person waiting is told what is happening (one call).
  if (fromWarehouse)
    spreadsheet.toast(say(language, 'readingWarehouse'), say(language, 'reportTitle'), 30);
  source?.prefetch?.(seriesNeeds());
  const scopes = withNames(scopesInData(snapshot.data), source?.scopeNames?.());
  const options = scopeOptions(scopes, language);
  const warehouse = fromWarehouse
    ? warehouseTable(spreadsheet, language, seriesValues(snapshot.data, options))
    : undefined;
  const selected = keptScope(options, valueAt(dashboard, SELECTOR.row, SELECTOR.column));
  const layout = buildLayout({
    language,
    today,
    dashboardName: dashboard.getName(),
    dataSheetName: hidden.getName(),
    options,
    selected,
    layouts: snapshot.layouts,
    located,
    // The catalogue's actions in the reader's language, one group whichever language logged them.
    effectiveness: actionEffectiveness(
      log
        .filter((row) => row.action !== '')
        .map((row) => ({ ...row, action: actionIn(row.action, language) })),
    ),
    groups: { segments: scopes.segments.length, contents: contentTypes(snapshot.data) },
    maxPeriods: weeksOfData(snapshot.data),
    pipelineRows: located.get('pipeline')?.sheet.getMaxRows() ?? 0,
    readiness: dashboardReadiness(snapshot.data, today, fromWarehouse),
    insights: dashboardInsights({
      deals: pipelineDeals(
        snapshot.data.pipeline?.rows ?? [],
        snapshot.data.pipeline?.columns ?? {},
      ),
      history: historyRows(located.get('pipelineHistory')),
      today,
      options,
      language,
    }),
    retired: retiredKpis(),
    warehouse,
  });
  writeDashboard(dashboard, hidden, layout, hiddenIsNew);
  dashboard.activate();
  return {
    ok: true,
    scopes: options.length,
    day: dayText,
    scope: selected.label,
    problems: layout.problems,
  };
}

/** The warehouse's series values, placed and written to their hidden sheet. */
function warehouseTable(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  language: Language,
  values: SeriesValues[],
): WarehouseTable {
  const { sheet, fresh } = dataSheet(spreadsheet, language, 'warehouse');
  const table = placeWarehouseTable(sheet.getName(), values);
  writeWarehouseTable(sheet, table);
  if (fresh || !sheet.isSheetHidden()) sheet.hideSheet();
  return table;
}

/** The Pipeline history's rows (one read), none without the sheet. */
function historyRows(located: LocatedSheet | undefined) {
  if (!located) return [];
  const block = readBlock(located);
  return readHistoryRows(block.values.slice(1), block.columns);
}

/** How many distinct content types the Pipeline names (the content table's rows). */
function contentTypes(data: WorkbookData): number {
  const table = data.pipeline;
  const column = table?.columns.content;
  if (!table || column === undefined) return 0;
  const seen = new Set<string>();
  for (const row of table.rows) {
    const cell = row[column];
    if (cell !== '' && cell !== null && cell !== undefined)
      seen.add(String(cell).trim().toLowerCase());
  }
  return seen.size;
}

/** The weeks from the earliest to the latest dated row of any KPI (the series' length). */
function weeksOfData(data: WorkbookData): number {
  let first = Infinity;
  let last = -Infinity;
  for (const entry of CATALOGUE) {
    try {
      const span = dataSpan(data, entry.key);
      if (span) [first, last] = [Math.min(first, span.first), Math.max(last, span.last)];
    } catch {
      // A sheet without the KPI's date column: that KPI adds no span.
    }
  }
  return first > last ? 0 : Math.min(Math.ceil((last - first) / 7) + 2, 5200);
}
