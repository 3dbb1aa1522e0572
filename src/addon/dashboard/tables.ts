// The Dashboard's analysis tables: segment profitability (=KPI_SEGMENT_PROFITABILITY of the
// chosen scope's deals won in the last twelve complete months), content progression
// (=KPI_CONTENT_PROGRESSION of its leads of those months), the corrective actions' effectiveness
// (values: how often each action preceded a recovery, computed from the Actions log at refresh),
// and the monthly trends with their anomalies (=KPI_TREND on the hidden sheet, shown under headings
// in the reader's language, =KPI_ANOMALIES beside it) at the bottom of the sheet.
import type { ActionEffectiveness } from '../alerts/effectiveness';
import type { SourceSheet } from '../metrics';
import { drawCopiedTable } from './copied-table';
import { formulaOr, HEADER_STYLE, type SectionContext, TITLE_STYLE } from './context';
import { FUNNEL_RESULT } from './funnel';
import { openColumnA1 } from './refs';
import { scopeFilter } from './series';
import { say } from './texts';
import type { WarehouseTableId } from './series-values';
import { chosenRows, tableColumns, type WarehouseTable } from './warehouse-table';

/** Rows kept free below a spilled table's anchor (its header and data rows). */
export function reservedRows(groups: number): number {
  return Math.max(groups, 3) + 3;
}

/** The hidden sheet's segment and content tables, after the trends' (copied-table.ts). */
const SEGMENT_SOURCE_COLUMN = FUNNEL_RESULT.column + 16;
const CONTENT_SOURCE_COLUMN = SEGMENT_SOURCE_COLUMN + 5;

/** The two tables side by side: where each stands, what it counts, its headings and formats. */
const PROFIT_TABLES = [
  {
    block: 'segments',
    column: 1,
    title: 'segmentTitle',
    name: 'segment table',
    sourceColumn: SEGMENT_SOURCE_COLUMN,
    // KPI_SEGMENT_PROFITABILITY of the deals won in the window.
    fn: 'KPI_SEGMENT_PROFITABILITY',
    date: 'wonDate',
    label: 'segment',
    rest: ['amount', 'cost'],
    headings: ['segment', 'revenue', 'grossMargin', 'marginRate', 'marginShare'],
    formats: ['@', '#,##0', '#,##0', '0.0%', '0.0%'],
  },
  {
    block: 'content',
    column: 7,
    title: 'contentTitle',
    name: 'content table',
    sourceColumn: CONTENT_SOURCE_COLUMN,
    // KPI_CONTENT_PROGRESSION of the leads created in the window.
    fn: 'KPI_CONTENT_PROGRESSION',
    date: 'leadDate',
    label: 'content',
    rest: ['opportunityDate'],
    headings: ['contentType', 'leads', 'progressed', 'progressionRate'],
    formats: ['@', '#,##0', '#,##0', '0.0%'],
  },
] as const;

export function drawProfitTables(context: SectionContext, top: number, rows: number): void {
  const { canvas, language, sources, data } = context;
  // Computed on the hidden sheet: its own references to the parameters.
  const yearAgo = data.param('yearAgo');
  const month = data.param('month');
  const inWindow = (date: string) => `(${date}>=${yearAgo})*(${date}<${month})`;
  const scope = scopeFilter(sources, 'pipeline', data, false);
  for (const table of PROFIT_TABLES) {
    canvas.block(table.block, top, table.column, rows + 1, table.headings.length);
    canvas.put(top, table.column, say(language, table.title), TITLE_STYLE);
    drawCopiedTable(context, {
      name: table.name,
      formula: formulaOr(context, () => {
        const keep = `${scope}*${inWindow(sources.column('pipeline', table.date))}`;
        const label = sources.column('pipeline', table.label);
        const rest = table.rest.map((column) => sources.column('pipeline', column)).join(',');
        return `=${table.fn}(ARRAYFORMULA(IF(${keep},${label},"")),${rest})`;
      }),
      source: { row: 1, column: table.sourceColumn },
      at: { row: top + 1, column: table.column },
      headings: table.headings.map((key) => say(language, key)),
      rows: rows - 1,
      formats: [...table.formats],
    });
  }
}

/** The effectiveness table (values); returns the rows it takes. */
export function drawEffectiveness(
  context: SectionContext,
  top: number,
  rows: readonly ActionEffectiveness[],
): number {
  const { canvas, language } = context;
  const height = 2 + Math.max(rows.length, 1);
  canvas.block('effectiveness', top, 1, height, 5);
  canvas.put(top, 1, say(language, 'actionsTitle'), TITLE_STYLE);
  const headers = ['action', 'raised', 'recovered', 'recoveryRate', 'medianDays'] as const;
  headers.forEach((h, j) => canvas.put(top + 1, 1 + j, say(language, h), HEADER_STYLE));
  if (rows.length === 0) {
    canvas.put(top + 2, 1, say(language, 'noActions'), { italic: true, format: '@' });
    return height;
  }
  rows.forEach((row, i) => {
    const r = top + 2 + i;
    canvas.text(r, 1, row.action, { format: '@' });
    canvas.put(r, 2, row.raised, { format: '#,##0' });
    canvas.put(r, 3, row.recovered, { format: '#,##0' });
    canvas.put(r, 4, row.recoveryRate, { format: '0%' });
    canvas.put(r, 5, row.medianDaysToRecover ?? '', { format: '0.0' });
  });
  return height;
}

/** Rows of each trend table on the Dashboard: its headings and months (ten years). */
const TREND_FORMAT_ROWS = 120;
/** The hidden sheet's =KPI_TREND tables, four columns each, after the funnel's table. */
const TREND_SOURCE_COLUMN = FUNNEL_RESULT.column + 4;

/** Warehouse mode: each trend's monthly values (revenue summed; the rates, one per month). */
const WAREHOUSE_TRENDS: readonly WarehouseTableId[] = ['revenueM', 'conversionTrend', 'npsTrend'];

export function drawTrends(context: SectionContext, top: number): void {
  const { canvas, language, sources, data } = context;
  // Warehouse mode: the trend of the chosen option's months before this one.
  const warehouseTrend = (table: WarehouseTable, id: WarehouseTableId, how: string) => {
    const c = tableColumns(table, id);
    const months = `ARRAYFORMULA(IF(${c.starts}<${data.param('month')},${c.starts},""))`;
    const values = `ARRAYFORMULA(IF(${chosenRows(c, data.param('index'))},${c.values},""))`;
    return `=KPI_TREND(${months},${values},"month","${how}")`;
  };
  // Computed on the hidden sheet (copied-table.ts): its own references to the parameters.
  const scope = (sheet: SourceSheet) => scopeFilter(sources, sheet, data, false);
  const before = (date: string) => `ARRAYFORMULA(IF(${date}<${data.param('month')},${date},""))`;
  // Each trend: a sheet's dated values (those of the scope, kept by `keep`), summed or averaged
  // by month.
  const trends: Array<{
    column: number;
    format: string;
    sheet: SourceSheet;
    date: string;
    how: 'sum' | 'mean';
    values: () => { keep?: string; value: string };
  }> = [
    {
      column: 1,
      format: '#,##0',
      sheet: 'orders',
      date: 'date',
      how: 'sum',
      values: () => ({ value: sources.column('orders', 'amount') }),
    },
    {
      column: 7,
      format: '0.0%',
      sheet: 'pipeline',
      date: 'leadDate',
      how: 'mean',
      values: () => ({ value: `(${sources.column('pipeline', 'opportunityDate')}<>"")*1` }),
    },
    {
      column: 13,
      format: '0.0',
      sheet: 'surveys',
      date: 'date',
      how: 'mean',
      values: () => {
        const kind = sources.column('surveys', 'kind');
        const score = sources.column('surveys', 'score');
        return {
          keep: `*(${kind}="NPS")*ISNUMBER(${score})`,
          value: `100*((${score}>=9)-(${score}<=6))`,
        };
      },
    },
  ];
  const build = (trend: (typeof trends)[number], i: number) => () => {
    if (context.warehouse) return warehouseTrend(context.warehouse, WAREHOUSE_TRENDS[i], trend.how);
    const date = sources.column(trend.sheet, trend.date);
    const { keep = '', value } = trend.values();
    return `=KPI_TREND(${before(date)},ARRAYFORMULA(IF(${scope(trend.sheet)}${keep},${value},"")),"month","${trend.how}")`;
  };
  const titles = ['revenue', 'conversion', 'nps'] as const;
  canvas.block('trends', top, 1, TREND_FORMAT_ROWS + 2, 17);
  canvas.put(top, 1, say(language, 'trendTitle'), TITLE_STYLE);
  trends.forEach((trend, i) => {
    const c = trend.column;
    canvas.put(top + 1, c, say(language, titles[i]), { ...HEADER_STYLE });
    drawCopiedTable(context, {
      name: `${titles[i]} trend`,
      formula: formulaOr(context, build(trend, i)),
      source: { row: 1, column: TREND_SOURCE_COLUMN + 4 * i },
      at: { row: top + 2, column: c },
      headings: [
        say(language, 'month'),
        say(language, trend.how === 'sum' ? 'trendSum' : 'trendMean'),
        say(language, 'changeVsPrevious'),
        say(language, 'movingAverage'),
      ],
      rows: TREND_FORMAT_ROWS - 1,
      formats: ['mmm yyyy', trend.format, '+0.0%;-0.0%;0.0%', trend.format],
    });
    canvas.put(top + 2, c + 4, say(language, 'anomaly'), HEADER_STYLE);
    // The anomalies line up with the trend's values, from its first data row down.
    canvas.put(top + 3, c + 4, `=KPI_ANOMALIES(${openColumnA1(top + 3, c + 1)})`);
    canvas.landing(top + 3, c + 4, TREND_FORMAT_ROWS - 1, 1);
  });
}
