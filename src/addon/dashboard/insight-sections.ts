// The Dashboard's forecast, "why did it move" and pipeline sections, below the monthly and weekly
// tables: the hidden sheet holds one row of numbers per scope (insight-values.ts, written at
// refresh), and every number on the Dashboard is an INDEX of its column by the selected scope's
// position, so choosing another scope shows its numbers at once. The forecast sits beside the
// scope's revenue objective (the revenue tile's); revenue's change is split into its four drivers
// that add up to it, with a word when the last complete month is still maturing; the waterfall
// table is what the pipeline chart (charts.ts) draws.
import { ymdOfDay } from '../../kpi/days';
import { REVENUE_DRIVERS } from '../../kpi/attribution';
import { SHORT_MONTH_NAMES } from '../month-names';
import { format, type Language } from '../i18n';
import { HEADER_STYLE, type SectionContext, TITLE_STYLE } from './context';
import { FUNNEL_RESULT } from './funnel';
import {
  type DashboardInsights,
  INSIGHT_FIELDS,
  insightColumn,
  STAGE_ROWS,
  WATERFALL_FIELDS,
  WATERFALL_MONTHS,
} from './insight-values';
import { insightWords } from './insight-texts';
import { onSheet, rangeA1 } from './refs';
import { textLiteral } from '../workbook/a1';
import { tileCell } from './tile-helpers';
import { TILES } from './tile-model';

/** Hidden sheet: the per-scope table, right of the content table's spill (tables.ts). */
export const INSIGHT_TABLE = { row: 1, column: FUNNEL_RESULT.column + 26 } as const;

/** Rows of the Dashboard's band, from its first row (the sections' offsets below). */
export const INSIGHT_ROWS = 35;
const AT = {
  forecast: 0,
  why: 5,
  waterfall: 15,
  stages: 25,
  slips: 31,
} as const;

/** Where the waterfall's table is (header row, then the months), for the chart. */
export function waterfallTable(top: number) {
  return { row: top + AT.waterfall + 2, column: 1, numRows: WATERFALL_MONTHS + 1, numColumns: 6 };
}

/** The pipeline chart's anchor: right of the waterfall table. */
export function waterfallChartAnchor(top: number) {
  return { row: top + AT.waterfall, column: 7 };
}

function dayLabel(day: number, language: Language): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${d} ${SHORT_MONTH_NAMES[language][month - 1]} ${year}`;
}

function monthLabel(day: number, language: Language): string {
  const { year, month } = ymdOfDay(day);
  return `${SHORT_MONTH_NAMES[language][month - 1]} ${year}`;
}

const MONEY = '#,##0';
const SIGNED = '+#,##0;-#,##0;0';

export function drawInsights(
  context: SectionContext,
  top: number,
  insights: DashboardInsights,
  today: number,
): void {
  const { canvas, hidden, data, language } = context;
  const w = insightWords(language);
  const options = insights.rows.length;

  // The hidden table: a header of field names, then one row per scope in the selector's order.
  const { row, column } = INSIGHT_TABLE;
  hidden.block('insights', row, column, options + 1, INSIGHT_FIELDS.length + 1);
  ['scope', ...INSIGHT_FIELDS].forEach((f, j) =>
    hidden.put(row, column + j, f, { bold: true, format: '@' }),
  );
  insights.rows.forEach((cells, i) =>
    cells.forEach((cell, j) =>
      typeof cell === 'string'
        ? hidden.text(row + 1 + i, column + j, cell, { format: '@' })
        : hidden.put(row + 1 + i, column + j, cell),
    ),
  );
  const index = data.param('index', true);
  /** The selected scope's cell of a field, and its value with a blank kept blank. */
  const cell = (field: string) =>
    `INDEX(${onSheet(data.sheetName, rangeA1(row + 1, column + insightColumn(field), Math.max(options, 1), 1))},${index})`;
  const pick = (field: string, blank = '""') => `IF(LEN(${cell(field)}),${cell(field)},${blank})`;
  const title = (r: number, words: string) => canvas.put(r, 1, words, TITLE_STYLE);
  const header = (r: number, words: readonly string[]) =>
    words.forEach((h, j) => canvas.put(r, 1 + j, h, HEADER_STYLE));
  const note = (r: number, words: string) =>
    canvas.put(r, 1, words, { italic: true, color: '#5f6368', format: '@' });

  // Forecast: the current and the next month, beside the revenue objective of the scope.
  let r = top + AT.forecast;
  canvas.block('forecast', r, 1, 5, 6);
  title(r, w.forecastTitle);
  header(r + 1, w.forecastHead);
  const revenueTile = TILES.findIndex((t) => t.kpi === 'revenue');
  const target = tileCell(revenueTile, 'target');
  insights.forecastMonths.forEach((month, k) => {
    const at = r + 2 + k;
    canvas.put(at, 1, monthLabel(month, language), { format: '@' });
    (['expected', 'low', 'high', 'wonSoFar'] as const).forEach((f, j) =>
      canvas.put(at, 2 + j, `=${pick(`${f}${k}`)}`, { format: MONEY }),
    );
    if (k === 0) canvas.put(at, 6, `=${data.remote(target.row, target.column)}`, { format: MONEY });
  });
  note(r + 4, format(w.asOfRefresh, { day: dayLabel(today, language) }, language));

  // Why did it move: the sentence, then the drivers' parts and their total.
  r = top + AT.why;
  const [before, after] = insights.whyMonths;
  canvas.block('why', r, 1, 9, 2);
  title(
    r,
    format(
      w.whyTitle,
      {
        after: monthLabel(after, language),
        before: monthLabel(before, language),
      },
      language,
    ),
  );
  canvas.put(r + 1, 1, `=${pick('sentence', textLiteral(w.noWhy))}`, {
    format: '@',
  });
  if (Number.isFinite(insights.maturing))
    note(r + 2, format(w.maturing, { month: monthLabel(insights.maturing, language) }, language));
  header(r + 3, w.whyHead);
  REVENUE_DRIVERS.forEach((driver, i) => {
    canvas.put(r + 4 + i, 1, w.drivers[driver], { format: '@' });
    canvas.put(r + 4 + i, 2, `=${pick(driver)}`, { format: SIGNED });
  });
  canvas.put(r + 8, 1, w.total, { bold: true, format: '@' });
  canvas.put(r + 8, 2, `=${pick('change')}`, { bold: true, format: SIGNED });

  // The pipeline: the waterfall (the chart's data), the days in each stage, the slipped dates.
  r = top + AT.waterfall;
  canvas.block('waterfall', r, 1, 3 + WATERFALL_MONTHS, 6);
  title(r, w.waterfallTitle);
  note(r + 1, insights.fromSnapshots ? w.fromSnapshots : w.fromStageDates);
  header(r + 2, w.waterfallHead);
  insights.waterfallMonths.forEach((month, m) => {
    canvas.put(r + 3 + m, 1, monthLabel(month, language), { format: '@' });
    WATERFALL_FIELDS.forEach((f, j) =>
      canvas.put(r + 3 + m, 2 + j, `=${pick(`${f}${m}`)}`, { format: MONEY }),
    );
  });

  r = top + AT.stages;
  canvas.block('stage days', r, 1, 2 + STAGE_ROWS.length, 3);
  title(r, w.stageTitle);
  header(r + 1, w.stageHead);
  STAGE_ROWS.forEach((stage, i) => {
    canvas.put(r + 2 + i, 1, w.stages[stage], { format: '@' });
    canvas.put(r + 2 + i, 2, `=${pick(`${stage}Median`)}`, { format: '0.0' });
    canvas.put(r + 2 + i, 3, `=${pick(`${stage}Mean`)}`, { format: '0.0' });
  });

  r = top + AT.slips;
  canvas.block('slips', r, 1, 3, 2);
  title(r, w.slipTitle);
  if (insights.slipsKnown) {
    header(r + 1, w.slipHead);
    canvas.put(r + 2, 1, `=${pick('slipDeals')}`, { format: '#,##0' });
    canvas.put(r + 2, 2, `=${pick('slipDays')}`, { format: '#,##0' });
  } else note(r + 1, w.noSlips);
}
