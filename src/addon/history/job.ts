// The Pipeline history's scheduled job: on the first hourly tick of each day (src/addon/schedule),
// one snapshot of the Pipeline sheet is compared with each deal's last row in the Pipeline history
// and the deals that changed are appended in one block. The day of the last snapshot is kept in
// the document properties, so the other 23 ticks of the day make no Sheets call for it; the sheet
// itself is also checked, so a day is never written twice. The Pipeline insights sheet is then
// rewritten from both (insights.ts).
import { dayOfIsoText } from '../../functions/dates';
import { changedRows } from '../../kpi/pipeline-history';
import {
  activeSpreadsheet,
  documentProperty,
  setDocumentProperty,
  spreadsheetToday,
  userLocale,
} from '../adapters/services';
import type { ScheduledJob } from '../schedule/tick';
import { languageOfLocale, SCHEMA } from '../schema';
import { createSheet } from '../setup/setup';
import { readBlock } from '../workbook/block';
import { recordNewSheet } from '../workbook/layout-store';
import { type LocatedSheet, locateSheets } from '../workbook/locate';
import { holdDocumentLock } from '../workbook/lock';
import { growTo, maxRowsOf } from '../workbook/max-rows';
import { historyCells, latestStates, pipelineStates, readHistoryRows } from './sheet-rows';
import { pipelineDeals } from './deal-dates';
import { insightCells, INSIGHTS_WIDTH } from './insights';
import { safeCell } from '../safe-text';

export const HISTORY_JOB_NAME = 'pipelineHistory';
const DAY_KEY = 'salesKpi.historyDay';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet's today (the tick's day, in its time zone). */
function today(): string {
  return spreadsheetToday(activeSpreadsheet());
}

/** No snapshot yet today (asked of the properties only: no Sheets call). */
export function historySnapshotDue(): boolean {
  return documentProperty(DAY_KEY) !== today();
}

/** The history sheet, made when missing (a workbook set up before the history existed). */
function historySheet(spreadsheet: Spreadsheet, found: LocatedSheet | undefined): LocatedSheet {
  if (found) return found;
  const language = languageOfLocale(userLocale());
  const sheet = createSheet(spreadsheet, 'pipelineHistory', language, 2);
  const columns = SCHEMA.pipelineHistory.columns.map((c, i) => [c.key, [i + 1, c[language]]]);
  recordNewSheet('pipelineHistory', sheet, Object.fromEntries(columns));
  return locateSheets(spreadsheet, ['pipelineHistory']).get('pipelineHistory')!;
}

/** Rewrites the insights sheet (made when missing) with today's block: one clear, one write. */
function writeInsights(
  spreadsheet: Spreadsheet,
  found: LocatedSheet | undefined,
  cells: unknown[][],
): void {
  const sheet =
    found?.sheet ??
    createSheet(spreadsheet, 'pipelineInsights', languageOfLocale(userLocale()), cells.length);
  if (!found) recordNewSheet('pipelineInsights', sheet, {});
  const block = cells.map((row) =>
    Array.from({ length: INSIGHTS_WIDTH }, (_, i) => safeCell(row[i] ?? '')),
  );
  sheet.clearContents();
  if (maxRowsOf(sheet) < block.length) growTo(sheet, block.length);
  sheet.getRange(1, 1, block.length, INSIGHTS_WIDTH).setValues(block);
}

/** Takes today's snapshot; returns what it did, for the tick's status. */
export function takeSnapshot(): string {
  const iso = today();
  const day = dayOfIsoText(iso)!;
  const spreadsheet = activeSpreadsheet();
  const located = locateSheets(spreadsheet, ['pipeline', 'pipelineHistory', 'pipelineInsights']);
  const pipeline = located.get('pipeline');
  if (!pipeline) {
    // Tried again tomorrow, not every hour.
    setDocumentProperty(DAY_KEY, iso);
    return 'no Pipeline sheet';
  }
  const lock = holdDocumentLock(10_000);
  if (!lock.held) return 'busy: tried again next hour';
  try {
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
      const language = languageOfLocale(userLocale());
      const first = Math.max(block.values.length, 1) + 1;
      if (maxRowsOf(history.sheet) < first + rows.length - 1)
        growTo(history.sheet, first + rows.length - 1);
      history.sheet
        .getRange(first, 1, rows.length, width)
        .setValues(historyCells(rows, block.columns, width, language));
    }
    writeInsights(
      spreadsheet,
      located.get('pipelineInsights'),
      insightCells(
        pipelineDeals(source.values.slice(1), Object.fromEntries(source.columns)),
        [...written, ...rows],
        day,
        languageOfLocale(userLocale()),
      ),
    );
    setDocumentProperty(DAY_KEY, iso);
    return `recorded ${rows.length}`;
  } finally {
    lock.release();
  }
}

export const HISTORY_JOB: ScheduledJob = {
  name: HISTORY_JOB_NAME,
  enabled: historySnapshotDue,
  run: takeSnapshot,
};
