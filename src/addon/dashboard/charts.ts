// The Dashboard's embedded charts as plain specs: the funnel (columns of KPI_FUNNEL's reached
// counts), the monthly revenue trend (line, with the context notes' months as points on it),
// activities vs meetings per week (combo: bars and a line), the monthly NPS (line) and the
// pipeline waterfall of the last six months (columns). Each draws visible cells of the Dashboard's tables, so the
// charts follow the scope selector with the formulas. charts-write.ts builds them with the
// embedded chart builder.
import type { Language } from '../i18n';
import type { Region } from './canvas';
import { SECTIONS } from './sections';
import { MARKER_COLUMN } from './context-markers';
import { insightWords } from './insight-texts';
import { waterfallChartAnchor, waterfallTable } from './insight-sections';
import { say } from './texts';

export type ChartKind = 'column' | 'line' | 'combo';

export interface ChartSpec {
  readonly kind: ChartKind;
  /** The anchor cell (1-based); a chart found there is updated in place on the next refresh. */
  readonly row: number;
  readonly column: number;
  readonly ranges: readonly Region[];
  readonly options: Readonly<Record<string, unknown>>;
}

export function chartSpecs(language: Language): ChartSpec[] {
  const top = SECTIONS.chartsTop;
  const second = top + SECTIONS.chartHeight;
  const options = (title: Parameters<typeof say>[1], extra: Record<string, unknown> = {}) => ({
    title: say(language, title),
    legend: { position: 'bottom' },
    // No width or height: Sheets' default size (600 × 371) fits the grid, and each option is a
    // service call.
    ...extra,
  });
  const funnel = SECTIONS.funnel;
  const monthly = { row: SECTIONS.monthly.row + 1, column: SECTIONS.monthly.column, numRows: 13 };
  const weekly = { row: SECTIONS.weekly.row + 1, column: SECTIONS.weekly.column, numRows: 27 };
  return [
    {
      kind: 'column',
      row: top,
      column: 1,
      ranges: [{ row: funnel.row + 1, column: funnel.column, numRows: 5, numColumns: 2 }],
      options: options('funnelTitle', { legend: { position: 'none' }, colors: ['#1a73e8'] }),
    },
    {
      kind: 'line',
      row: top,
      column: 7,
      // The revenue line, and the context notes' months as points on it (context-markers.ts).
      ranges: [{ ...monthly, numColumns: MARKER_COLUMN - monthly.column + 1 }],
      options: options('revenueChart', {
        colors: ['#188038', '#e37400'],
        series: { 1: { lineWidth: 0, pointSize: 10 } },
      }),
    },
    {
      kind: 'combo',
      row: second,
      column: 1,
      ranges: [{ ...weekly, numColumns: 3 }],
      options: options('activityChart', {
        seriesType: 'bars',
        series: { 1: { type: 'line' } },
        colors: ['#9aa0a6', '#d93025'],
      }),
    },
    {
      kind: 'line',
      row: second,
      column: 7,
      ranges: [
        { ...monthly, numColumns: 1 },
        { ...monthly, column: monthly.column + 4, numColumns: 1 },
      ],
      options: options('npsChart', { colors: ['#a142f4'] }),
    },
    {
      // The pipeline waterfall of the last six months (insight-sections.ts).
      kind: 'column',
      ...waterfallChartAnchor(SECTIONS.insights),
      ranges: [waterfallTable(SECTIONS.insights)],
      // Only a title: each option is a service call, and the set-up step that draws the frame
      // is near the call budget.
      options: { title: insightWords(language).waterfallChart },
    },
  ];
}
