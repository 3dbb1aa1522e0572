// The Dashboard's header (title, scope selector, as-of date, sheets not kept up), the monthly and weekly tables the
// charts draw, and the correlation section (=KPI_CORRELATION of weekly calls, meetings and
// revenue, with lags of 0 to 4 weeks).
import { dateLabelFormula } from './date-labels';
import { dateOfDay } from '../../functions/values/dates';
import { ymdOfDay } from '../../kpi/days';
import { type SourceSheet, staleNote } from '../metrics';
import { SHORT_MONTH_NAMES } from '../month-names';
import { HEADER_STYLE, type SectionContext, TITLE_STYLE } from './context';
import { AS_OF, SELECTOR } from './positions';
import { onSheet, rangeA1 } from './refs';
import { say } from './texts';
import type { WindowColumnId } from './windows';

export const SECTIONS = {
  chartsTop: 17,
  chartHeight: 20,
  funnel: { row: 58, column: 1 },
  correlation: { row: 58, column: 6 },
  monthly: { row: 66, column: 1 },
  weekly: { row: 66, column: 6 },
  tablesBottom: 94,
  /** The forecast, "why did it move" and pipeline band (insight-sections.ts). */
  insights: 95,
} as const;

export function drawHeader(context: SectionContext, selected: string, today: number): void {
  const { canvas, language } = context;
  // The selector and the date are blocks of their own: rewriting the title must not rewrite
  // the scope, which every series depends on.
  canvas.block('title', 1, 1, 1, 6);
  canvas.put(1, 1, say(language, 'title'), { ...TITLE_STYLE });
  canvas.block('selector', SELECTOR.row, SELECTOR.column - 1, 1, 3);
  canvas.put(SELECTOR.row, SELECTOR.column - 1, say(language, 'scope'), {
    bold: true,
    format: '@',
  });
  canvas.text(SELECTOR.row, SELECTOR.column, selected, {
    bold: true,
    background: '#fff2cc',
    format: '@',
  });
  canvas.block('as of', AS_OF.row, AS_OF.column - 1, 1, 2);
  canvas.put(AS_OF.row, AS_OF.column - 1, say(language, 'asOf'), { bold: true, format: '@' });
  canvas.put(AS_OF.row, AS_OF.column, dateOfDay(today), {
    background: '#fff2cc',
    format: 'yyyy-mm-dd',
  });
  canvas.block('how to', 3, 1, 1, 6);
  canvas.put(3, 1, say(language, 'howTo'), { italic: true, color: '#5f6368', format: '@' });
}

/**
 * Above the tiles, the sheets with no new row for longer than their usual gap, said plainly
 * ("No activity logged since 13 Nov: is the data up to date?"); blank when all are kept up. In
 * warehouse mode, first, what comes from BigQuery and what still reads the sheets.
 */
export function drawFreshness(
  context: SectionContext,
  stale: ReadonlyArray<{ readonly sheet: SourceSheet; readonly last: number }>,
): void {
  const { canvas, language } = context;
  const date = (day: number) => {
    const { day: d, month } = ymdOfDay(day);
    return `${d} ${SHORT_MONTH_NAMES[language][month - 1]}`;
  };
  const notes = stale.map((s) => staleNote(s.sheet, date(s.last), language));
  if (context.warehouse) notes.unshift(say(language, 'fromWarehouse'));
  canvas.block('freshness', 4, 1, 1, 6);
  canvas.put(4, 1, notes.join(' '), { italic: true, color: '#5f6368', format: '@' });
}

interface TableColumn {
  readonly header: Parameters<typeof say>[1];
  /** null: a column another section fills (the context markers, context-markers.ts). */
  readonly source: WindowColumnId | 'start' | null;
  readonly format: string;
}

/** A visible copy of a hidden window (the charts draw visible cells). */
function drawWindowTable(
  context: SectionContext,
  at: { row: number; column: number },
  period: 'week' | 'month',
  title: Parameters<typeof say>[1],
  columns: readonly TableColumn[],
): void {
  const { canvas, language, data, windows } = context;
  const length = windows.length(period);
  canvas.block(`${period} table`, at.row, at.column, length + 2, columns.length);
  canvas.put(at.row, at.column, say(language, title), TITLE_STYLE);
  columns.forEach((c, j) => {
    if (c.source === null) return;
    canvas.put(at.row + 1, at.column + j, say(language, c.header), HEADER_STYLE);
    const source =
      c.source === 'start' ? windows.startColumn(period) : windows.columns.get(c.source)!.column;
    for (let k = 0; k < length; k++) {
      const ref = data.remote(windows.firstRow(period) + k, source);
      // The period's start as a label in the reader's language (date-labels.ts).
      const label = period === 'month' ? 'monthShort' : 'weekDay';
      const formula = c.source === 'start' ? dateLabelFormula(ref, label, language) : `=${ref}`;
      canvas.put(at.row + 2 + k, at.column + j, formula, { format: c.format });
    }
  });
}

export function drawChartTables(context: SectionContext): void {
  drawWindowTable(context, SECTIONS.monthly, 'month', 'monthlyTable', [
    { header: 'month', source: 'start', format: 'General' },
    { header: 'revenue', source: 'revenueM', format: '#,##0' },
    // Beside the revenue, so that the revenue chart draws both from one range.
    { header: 'revenue', source: null, format: 'General' },
    { header: 'conversion', source: 'conversionM', format: '0.0%' },
    { header: 'nps', source: 'npsM', format: '0.0' },
  ]);
  drawWindowTable(context, SECTIONS.weekly, 'week', 'weeklyTable', [
    { header: 'week', source: 'start', format: 'General' },
    { header: 'activities', source: 'activitiesW', format: '#,##0' },
    { header: 'meetings', source: 'meetingsW', format: '#,##0' },
    { header: 'calls', source: 'callsW', format: '#,##0' },
    { header: 'revenue', source: 'revenueW', format: '#,##0' },
  ]);
}

export function drawCorrelation(context: SectionContext): void {
  const { canvas, language, data, windows } = context;
  const { row, column } = SECTIONS.correlation;
  canvas.block('correlation', row, column, 7, 4);
  canvas.put(row, column, say(language, 'correlationTitle'), TITLE_STYLE);
  const headers = ['lag', 'callsToMeetings', 'meetingsToRevenue', 'callsToRevenue'] as const;
  headers.forEach((h, j) => canvas.put(row + 1, column + j, say(language, h), HEADER_STYLE));
  const weekly = (id: WindowColumnId) =>
    onSheet(
      data.sheetName,
      rangeA1(windows.firstRow('week'), windows.columns.get(id)!.column, windows.length('week'), 1),
    );
  const pairs: Array<[WindowColumnId, WindowColumnId]> = [
    ['callsW', 'meetingsW'],
    ['meetingsW', 'revenueW'],
    ['callsW', 'revenueW'],
  ];
  for (let lag = 0; lag <= 4; lag++) {
    const r = row + 2 + lag;
    canvas.put(r, column, lag, { format: '0' });
    pairs.forEach(([x, y], j) =>
      canvas.put(
        r,
        column + 1 + j,
        `=IFERROR(KPI_CORRELATION(${weekly(x)},${weekly(y)},${lag}),"")`,
        { format: '0.00' },
      ),
    );
  }
}
