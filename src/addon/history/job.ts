// The Pipeline history's scheduled job: on the first hourly tick of each day (src/addon/schedule),
// one snapshot of the Pipeline sheet is compared with each deal's last row in the Pipeline history
// and the deals that changed are appended in one block. The day of the last snapshot is kept in
// the document properties, so the other 23 ticks of the day make no Sheets call for it; the sheet
// itself is also checked, so a day is never written twice. The next tick rewrites the Pipeline
// insights sheet from both (insights.ts).
import { dayOfIsoText } from '../../functions/values/dates';
import { changedRows } from '../../kpi/pipeline-history';
import {
  activeSpreadsheet,
  documentProperty,
  setDocumentProperty,
  spreadsheetToday,
} from '../adapters/services';
import type { ScheduledJob } from '../schedule/tick';
import { SCHEMA } from '../schema';
import { type Language, currentLanguage } from '../i18n';
import { createSheet } from '../workbook/managed-sheet';
import { readBlock } from '../workbook/block';
import { sheetLanguage } from '../workbook/sheet-language';
import { recordNewSheet } from '../workbook/layout-store';
import { type LocatedSheet, locateSheets } from '../workbook/locate';
import { withDocumentLock } from '../workbook/lock';
import { growTo, maxRowsOf } from '../workbook/max-rows';
import { historyCells, latestStates, pipelineStates, readHistoryRows } from './sheet-rows';
import { pipelineDeals } from './deal-dates';
import {
  CHART_COLUMN,
  CHART_ROWS,
  CHART_WIDTH,
  chartCells,
  chartTitle,
  insightCells,
  INSIGHTS_WIDTH,
} from './insights';
import { safeCell } from '../safe-text';

export const HISTORY_JOB_NAME = 'pipelineHistory';
const DAY_KEY = 'salesKpi.historyDay';
/** The id of the insights sheet whose chart was inserted. */
const CHART_KEY = 'salesKpi.historyChart';
/** The day the insights were last written (the tick after the snapshot's). */
const INSIGHTS_KEY = 'salesKpi.historyInsightsDay';
/** When the last snapshot was taken (ms since the epoch). */
const SNAPSHOT_AT_KEY = 'salesKpi.historySnapshotAt';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet's today (the tick's day, in its time zone). */
function today(): string {
  return spreadsheetToday(activeSpreadsheet());
}

/** The insights wait for a later tick than the snapshot's (a tick is at least this apart). */
const INSIGHTS_AFTER_MS = 30 * 60_000;

function snapshotDue(): boolean {
  return documentProperty(DAY_KEY) !== today();
}

function insightsDue(now: Date): boolean {
  if (documentProperty(INSIGHTS_KEY) === today()) return false;
  const at = Number(documentProperty(SNAPSHOT_AT_KEY));
  return !(now.getTime() - at < INSIGHTS_AFTER_MS);
}

/** The snapshot or the insights are due (asked of the properties only: no Sheets call). */
export function historySnapshotDue(): boolean {
  return snapshotDue() || insightsDue(new Date());
}

/** The history sheet, made when missing (a workbook set up before the history existed). */
function historySheet(spreadsheet: Spreadsheet, found: LocatedSheet | undefined): LocatedSheet {
  if (found) return found;
  const language = currentLanguage();
  const sheet = createSheet(spreadsheet, 'pipelineHistory', language, 2);
  const columns = SCHEMA.pipelineHistory.columns.map((c, i) => [c.key, [i + 1, c[language]]]);
  recordNewSheet('pipelineHistory', sheet, Object.fromEntries(columns));
  return locateSheets(spreadsheet, ['pipelineHistory']).get('pipelineHistory')!;
}

/**
 * Rewrites the insights sheet (made when missing) with today's block and the chart's data beside
 * it: one clear, one write. The chart over that data is inserted once (recorded in the document
 * properties); a chart the user deletes stays deleted.
 */
function writeInsights(
  spreadsheet: Spreadsheet,
  found: LocatedSheet | undefined,
  cells: unknown[][],
  chart: unknown[][],
  language: Language,
): void {
  const sheet =
    found?.sheet ?? createSheet(spreadsheet, 'pipelineInsights', language, cells.length);
  if (!found) recordNewSheet('pipelineInsights', sheet, {});
  const width = CHART_COLUMN - 1 + CHART_WIDTH;
  const height = Math.max(cells.length, chart.length);
  const block = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell =
        c < INSIGHTS_WIDTH
          ? cells[r]?.[c]
          : c >= CHART_COLUMN - 1
            ? chart[r]?.[c - CHART_COLUMN + 1]
            : '';
      return safeCell(cell ?? '');
    }),
  );
  sheet.clearContents();
  if (maxRowsOf(sheet) < block.length) growTo(sheet, block.length);
  sheet.getRange(1, 1, block.length, width).setValues(block);
  const id = String(sheet.getSheetId());
  if (documentProperty(CHART_KEY) === id) return;
  const built = sheet
    .newChart()
    .asColumnChart()
    .addRange(sheet.getRange(1, CHART_COLUMN, CHART_ROWS, CHART_WIDTH))
    .setNumHeaders(1)
    .setPosition(CHART_ROWS + 2, CHART_COLUMN, 0, 0)
    .setOption('title', chartTitle(language))
    .build();
  sheet.insertChart(built);
  setDocumentProperty(CHART_KEY, id);
}

/** Takes today's snapshot; returns what it did, for the tick's status. */
export function takeSnapshot(now: Date): string {
  const iso = today();
  const day = dayOfIsoText(iso)!;
  const spreadsheet = activeSpreadsheet();
  const located = locateSheets(spreadsheet, ['pipeline', 'pipelineHistory']);
  const pipeline = located.get('pipeline');
  if (!pipeline) {
    // Tried again tomorrow, not every hour.
    setDocumentProperty(DAY_KEY, iso);
    return 'no Pipeline sheet';
  }
  const locked = withDocumentLock(() => {
    const history = historySheet(spreadsheet, located.get('pipelineHistory'));
    const block = readBlock(history);
    const written = readHistoryRows(block.values.slice(1), block.columns);
    const { last, lastDay } = latestStates(written);
    if (lastDay >= day) {
      setDocumentProperty(DAY_KEY, iso);
      return 'already taken today';
    }
    const source = readBlock(pipeline);
    const rows = changedRows(
      last,
      pipelineStates(source.values.slice(1), source.columns, day),
      day,
    );
    if (rows.length) {
      const width = Math.max(
        block.values[0]?.length ?? 0,
        ...[...block.columns.values()].map((c) => c + 1),
      );
      const first = Math.max(block.values.length, 1) + 1;
      if (maxRowsOf(history.sheet) < first + rows.length - 1)
        growTo(history.sheet, first + rows.length - 1);
      history.sheet
        .getRange(first, 1, rows.length, width)
        // The stages in the sheet's language (its headers'), whoever's run writes them.
        .setValues(
          historyCells(rows, block.columns, width, sheetLanguage(block, currentLanguage())),
        );
    }
    setDocumentProperty(DAY_KEY, iso);
    setDocumentProperty(SNAPSHOT_AT_KEY, String(now.getTime()));
    return `recorded ${rows.length}`;
  }, 10_000);
  if (locked.ok) return locked.value;
  return locked.reason === 'busy' ? 'busy: tried again next hour' : 'no document lock';
}

/** Rewrites the Pipeline insights from the history and the Pipeline (the tick after the snapshot). */
export function refreshInsights(): string {
  const iso = today();
  const day = dayOfIsoText(iso)!;
  const spreadsheet = activeSpreadsheet();
  const located = locateSheets(spreadsheet, ['pipeline', 'pipelineHistory', 'pipelineInsights']);
  const pipeline = located.get('pipeline');
  const history = located.get('pipelineHistory');
  if (!pipeline || !history) {
    setDocumentProperty(INSIGHTS_KEY, iso);
    return 'no Pipeline sheet';
  }
  const locked = withDocumentLock(() => {
    const block = readBlock(history);
    const rows = readHistoryRows(block.values.slice(1), block.columns);
    const source = readBlock(pipeline);
    const language = currentLanguage();
    writeInsights(
      spreadsheet,
      located.get('pipelineInsights'),
      insightCells(
        pipelineDeals(source.values.slice(1), Object.fromEntries(source.columns)),
        rows,
        day,
        language,
      ),
      chartCells(rows, day, language),
      language,
    );
    setDocumentProperty(INSIGHTS_KEY, iso);
    return 'insights';
  }, 10_000);
  if (locked.ok) return locked.value;
  return locked.reason === 'busy' ? 'busy: tried again next hour' : 'no document lock';
}

// The day's two steps in two ticks, so that neither adds much to the features' own calls: the
// snapshot first, the insights at a later tick (half an hour at least after the snapshot).
export const HISTORY_JOB: ScheduledJob = {
  name: HISTORY_JOB_NAME,
  enabled: historySnapshotDue,
  run: (now) => (snapshotDue() ? takeSnapshot(now) : refreshInsights()),
};
