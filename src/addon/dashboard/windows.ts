// The hidden sheet's series blocks and windows. A series block holds its label, two counters
// (how many periods the spill has, and where the window starts in it) and the =KPI_TREND whose
// table spills below. A window lists the last complete weeks (26), months (12) or quarters (8)
// before the as-of date, and takes each series' value for those periods by position in its spill
// (INDEX, no search), blank where the series has no such period (before or after its data: the
// metrics engine's "no value" there). Derived columns turn sums into rates (conversion, win rate,
// gross margin, NPS) exactly as the metrics engine does. A period ending after its series'
// "judged until" day (readiness.ts: still maturing, or cut short by data that stops) is blank too.
import { columnLetter } from '../workbook/a1';
import type { Canvas } from './canvas';
import { MissingColumn, rangeA1, type SourceRefs } from './refs';
import {
  type DataRefs,
  SERIES_START,
  SERIES_TABLE_ROW,
  WINDOWS,
  type WindowPeriod,
} from './positions';
import {
  type DashboardReadiness,
  gateOf,
  judgedCell,
  judgedFormula,
  NO_READINESS,
} from './readiness';
import { SERIES, type SeriesId, seriesFormula, type SeriesSpec } from './series';
import { chosenRows, tableColumns, type WarehouseTable } from './warehouse-table';
import { MetricError } from '../metrics';
import { SERIAL_OF_EPOCH } from '../../kpi/days';

export type DerivedId = 'conversionM' | 'winRateM' | 'marginM' | 'npsM' | 'npsQ';
export type WindowColumnId = SeriesId | DerivedId;

interface Derived {
  readonly id: DerivedId;
  readonly period: WindowPeriod;
  /** The formula of row `r`, given the cell of another column on the same row. */
  readonly formula: (cell: (id: SeriesId) => string) => string;
  readonly format: string;
}

const DERIVED: readonly Derived[] = [
  {
    id: 'conversionM',
    period: 'month',
    formula: (c) => `=IF(N(${c('leadsM')})>0,N(${c('oppsM')})/${c('leadsM')},"")`,
    format: '0.0%',
  },
  {
    id: 'winRateM',
    period: 'month',
    formula: (c) =>
      `=IF(N(${c('wonM')})+N(${c('lostM')})>0,N(${c('wonM')})/(N(${c('wonM')})+N(${c('lostM')})),"")`,
    format: '0.0%',
  },
  {
    id: 'marginM',
    period: 'month',
    formula: (c) =>
      `=IF(N(${c('revenueM')})>0,(${c('revenueM')}-N(${c('costM')}))/${c('revenueM')},"")`,
    format: '0.0%',
  },
  {
    id: 'npsM',
    period: 'month',
    formula: (c) => `=IF(N(${c('npsCountM')})>0,100*N(${c('npsNetM')})/${c('npsCountM')},"")`,
    format: '0.0',
  },
  {
    id: 'npsQ',
    period: 'quarter',
    formula: (c) => `=IF(N(${c('npsCountQ')})>0,100*N(${c('npsNetQ')})/${c('npsCountQ')},"")`,
    format: '0.0',
  },
];

const FORMATS: Partial<Record<SeriesId, string>> = {
  revenueW: '#,##0',
  revenueM: '#,##0',
  costM: '#,##0',
};

/** Where each window column is: its window and 1-based sheet column. */
export interface WindowLayout {
  readonly columns: ReadonlyMap<WindowColumnId, { period: WindowPeriod; column: number }>;
  /** The first data row and length of a window (the header is on the row above). */
  readonly firstRow: (period: WindowPeriod) => number;
  readonly length: (period: WindowPeriod) => number;
  /** The column of a window's period starts. */
  readonly startColumn: (period: WindowPeriod) => number;
}

export function windowLayout(): WindowLayout {
  const columns = new Map<WindowColumnId, { period: WindowPeriod; column: number }>();
  for (const period of Object.keys(WINDOWS) as WindowPeriod[]) {
    let column = WINDOWS[period].column + 1;
    for (const s of SERIES)
      if (s.period === period) columns.set(s.id, { period, column: column++ });
    for (const d of DERIVED)
      if (d.period === period) columns.set(d.id, { period, column: column++ });
  }
  return {
    columns,
    firstRow: (period) => WINDOWS[period].row + 1,
    length: (period) => WINDOWS[period].length,
    startColumn: (period) => WINDOWS[period].column,
  };
}

/**
 * Draws the series blocks; a series whose sheet lacks a column gets a note instead. `periods` is
 * how many rows of a spill the counters read: bounded ranges, so that the hidden sheet's length
 * (the funnel's stage block spills as many rows as the Pipeline has) costs them nothing.
 */
export function drawSeries(
  canvas: Canvas,
  sources: SourceRefs,
  data: DataRefs,
  periods: number,
  missing: (error: MissingColumn | MetricError) => string,
  readiness: DashboardReadiness = NO_READINESS,
  warehouse?: WarehouseTable,
): void {
  SERIES.forEach((spec, i) => {
    const column = SERIES_START.column + i * SERIES_START.width;
    const row = SERIES_START.row;
    canvas.block(`series ${spec.id}`, row, column, SERIES_TABLE_ROW, SERIES_START.width - 1);
    canvas.put(row, column, spec.id, { bold: true, format: '@' });
    const table = SERIES_TABLE_ROW + 1;
    const starts = rangeA1(table, column, periods, 1);
    const first = data.local(row + 1, column + 1);
    // How many periods the spill has, and the first one's start (rounded: a date written by a
    // script in another time zone may carry a few hours).
    canvas.put(row + 1, column, `=COUNT(${starts})`);
    canvas.put(row + 1, column + 1, `=IFERROR(ROUND(${data.local(table, column)}),"")`, {
      format: 'yyyy-mm-dd',
    });
    canvas.put(row + 1, column + 2, `=IFERROR(${offsetFormula(spec.period, first)},"")`);
    // The latest end of a period shown (readiness.ts); a missing date column shows nothing. In
    // warehouse mode the last day is the warehouse's, measured at refresh.
    let judged = '=0';
    try {
      const last = readiness.last?.[spec.id];
      const dates = warehouse ? String(last === undefined ? 0 : last + SERIAL_OF_EPOCH) : '';
      judged = judgedFormula(
        dates || sources.column(spec.sheet, spec.date),
        data.param('asOf'),
        readiness,
        spec.id,
      );
    } catch (e) {
      if (!(e instanceof MissingColumn)) throw e;
    }
    canvas.put(row + 1, column + 3, judged, { format: 'yyyy-mm-dd' });
    // The spill's header row lies inside the block.
    canvas.landing(row + 2, column, 1, SERIES_START.width - 1);
    try {
      const formula = warehouse
        ? warehouseSeriesFormula(spec, warehouse, data)
        : seriesFormula(spec, sources, data);
      canvas.put(row + 2, column, formula);
    } catch (e) {
      if (!(e instanceof MissingColumn || e instanceof MetricError)) throw e;
      canvas.put(row + 2, column, missing(e), { format: '@' });
    }
  });
}

/**
 * Warehouse mode: the series' =KPI_TREND over its columns of the hidden warehouse table, the
 * rows of the option chosen in the selector (the `index` parameter) counted, the others 0.
 */
function warehouseSeriesFormula(spec: SeriesSpec, table: WarehouseTable, data: DataRefs): string {
  const columns = tableColumns(table, spec.id);
  const chosen = chosenRows(columns, data.param('index'));
  return `=KPI_TREND(${columns.starts},ARRAYFORMULA(${columns.values}*${chosen}),"${spec.period}","sum")`;
}

/** Periods from the series' first period to the window's first one. */
function offsetFormula(period: WindowPeriod, first: string): string {
  const start = `$${columnLetter(WINDOWS[period].column)}$${WINDOWS[period].row + 1}`;
  const months = `(YEAR(${start})-YEAR(${first}))*12+MONTH(${start})-MONTH(${first})`;
  switch (period) {
    case 'week':
      return `(${start}-${first})/7`;
    case 'month':
      return months;
    case 'quarter':
      return `(${months})/3`;
  }
}

/** Draws the three windows: period starts, each series' values, the derived rates. */
export function drawWindows(
  canvas: Canvas,
  data: DataRefs,
  layout: WindowLayout,
  periods: number,
): void {
  for (const period of Object.keys(WINDOWS) as WindowPeriod[]) {
    const w = WINDOWS[period];
    const own = [...layout.columns].filter(([, c]) => c.period === period);
    canvas.block(`window ${period}`, w.row, w.column, w.length + 1, own.length + 1);
    canvas.put(w.row, w.column, period, { bold: true, format: '@' });
    for (const [id, c] of own) canvas.put(w.row, c.column, id, { bold: true, format: '@' });
    const p = data.param(period);
    for (let k = 1; k <= w.length; k++) {
      const row = w.row + k;
      const back = w.length + 1 - k;
      const start =
        period === 'week'
          ? `=${p}-${7 * back}`
          : `=EDATE(${p},${-(period === 'month' ? 1 : 3) * back})`;
      canvas.put(row, w.column, start, { format: 'yyyy-mm-dd' });
      SERIES.forEach((spec, i) => {
        if (spec.period !== period) return;
        const column = SERIES_START.column + i * SERIES_START.width;
        const count = data.local(SERIES_START.row + 1, column);
        const offset = data.local(SERIES_START.row + 1, column + 2);
        const values = rangeA1(SERIES_TABLE_ROW + 1, column + 1, periods, 1);
        const at = `${offset}+${k}`;
        const startCell = data.local(row, w.column);
        const end =
          period === 'week'
            ? `${startCell}+7`
            : `EDATE(${startCell},${period === 'month' ? 1 : 3})`;
        const judged = judgedCell(data, gateOf(spec.id));
        canvas.put(
          row,
          layout.columns.get(spec.id)!.column,
          `=IFERROR(IF(AND(${at}>=1,${at}<=${count},${end}<=${judged}),INDEX(${values},${at}),""),"")`,
          { format: FORMATS[spec.id] ?? '#,##0' },
        );
      });
      for (const d of DERIVED) {
        if (d.period !== period) continue;
        const cell = (id: SeriesId) => `${columnLetter(layout.columns.get(id)!.column)}${row}`;
        canvas.put(row, layout.columns.get(d.id)!.column, d.formula(cell), { format: d.format });
      }
    }
  }
}
