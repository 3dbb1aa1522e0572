// The Summary log sheet: the run log (newest first) written as one block under its header, so
// anyone with the spreadsheet open sees whether the summaries went out. Written only when the log
// changes; a missing sheet (the workbook was set up before the summaries existed) is skipped,
// the settings page still shows the log. Only the log's own columns are written (a column the
// user inserted between them is left alone), and texts go through safeCell.
import { dateOfDay } from '../../functions/values/dates';
import { dayFromYmd } from '../../kpi/days';
import { safeCell } from '../safe-text';
import { SCHEMA } from '../schema';
import type { Language } from '../i18n';
import { createSheet } from '../workbook/managed-sheet';
import { recordNewSheet } from '../workbook/layout-store';
import { readBlock } from '../workbook/block';
import { type LocatedSheet, locateSheets } from '../workbook/locate';
import { MAX_RUNS, type RunRecord } from './run-log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TRIGGER_WORDS: Record<Language, Record<RunRecord['trigger'], string>> = {
  en: { scheduled: 'Scheduled', manual: 'Send now' },
  fr: { scheduled: 'Planifiée', manual: 'Envoi immédiat' },
};

const LOG_COLUMNS = ['time', 'period', 'trigger', 'sent', 'deferred', 'awaiting', 'error'] as const;

function periodDate(period: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  return m ? dateOfDay(dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]))) : period;
}

/** Each log column's cells, one per run (newest first), padded with blanks to MAX_RUNS. */
export function logColumns(
  runs: readonly RunRecord[],
  language: Language,
): Record<(typeof LOG_COLUMNS)[number], unknown[]> {
  const newest = [...runs].reverse().slice(0, MAX_RUNS);
  const pad = (cells: unknown[]): unknown[] =>
    cells.concat(new Array(MAX_RUNS - cells.length).fill(''));
  return {
    time: pad(newest.map((r) => new Date(r.at))),
    period: pad(newest.map((r) => periodDate(r.period))),
    trigger: pad(newest.map((r) => TRIGGER_WORDS[language][r.trigger])),
    sent: pad(newest.map((r) => r.sent)),
    deferred: pad(newest.map((r) => r.deferred)),
    awaiting: pad(newest.map((r) => r.awaiting)),
    error: pad(newest.map((r) => safeCell(r.error ?? ''))),
  };
}

/** Writes the log; one setValues per run of adjacent log columns (one when none was moved). */
export function writeStatusSheet(
  located: LocatedSheet | undefined,
  runs: readonly RunRecord[],
  language: Language,
): boolean {
  if (!located) return false;
  const block = readBlock(located);
  const cells = logColumns(runs, language);
  const placed = LOG_COLUMNS.filter((k) => block.columns.has(k))
    .map((key) => ({ key, col: block.columns.get(key)! }))
    .sort((a, b) => a.col - b.col);
  if (placed.length === 0) return false;
  const sheet = located.sheet;
  if (sheet.getMaxRows() < MAX_RUNS + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), MAX_RUNS + 1 - sheet.getMaxRows());
  for (let i = 0; i < placed.length;) {
    let j = i + 1;
    while (j < placed.length && placed[j].col === placed[j - 1].col + 1) j++;
    const run = placed.slice(i, j);
    const values = Array.from({ length: MAX_RUNS }, (_, r) => run.map((p) => cells[p.key][r]));
    sheet.getRange(2, run[0].col + 1, MAX_RUNS, run.length).setValues(values);
    i = j;
  }
  return true;
}

/**
 * Creates the Summary log sheet when it is missing (a workbook set up before the summaries
 * existed, or a hand-made one), and nothing else: the caller holds the document lock.
 */
export function ensureStatusSheet(spreadsheet: Spreadsheet, language: Language): void {
  if (locateSheets(spreadsheet, ['summaryLog']).has('summaryLog')) return;
  const sheet = createSheet(spreadsheet, 'summaryLog', language, MAX_RUNS + 1);
  const columns = SCHEMA.summaryLog.columns.map((c, i) => [c.key, [i + 1, c[language]]] as const);
  recordNewSheet('summaryLog', sheet, Object.fromEntries(columns));
}
