// What GET /api/workbook sends: sheet summaries (size, frozen rows, column widths, charts with
// their data) and windows of cells (display text, value, formula, editing text, effective style
// with conditional formats, error message, sparkline data). Big sheets go out a window at a time.
import {
  AUTOMATIC_FORMAT,
  dateToSerial,
  formatValue,
  listChoices,
  showsDropdown,
  type CellStyle,
  type ChartSpec,
  type LocalWorkbook,
  type SheetInfo,
  type SheetRange,
  type SparklineData,
  type ValidationRule,
} from '../workbook';

export interface ChartView {
  id: number;
  type: string;
  position: ChartSpec['position'];
  options: Record<string, unknown>;
  labels: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
}

export interface SheetSummary extends SheetInfo {
  /** Rows and columns the grid shows (the sheet's size, grown to its content). */
  rowCount: number;
  columnCount: number;
  columnWidths: number[];
  charts: ChartView[];
}

/** One non-empty cell; absent fields are empty. Empty cells are null. */
export interface CellView {
  /** Display text (number format applied; the error code for errors). */
  d: string;
  /** Value: a number, text or boolean; dates as ISO texts (t = 'd'). */
  v: string | number | boolean;
  /** n number, d date, b boolean, s text, e error. */
  t: 'n' | 'd' | 'b' | 's' | 'e';
  /** The formula, when the cell holds one. */
  f?: string;
  /** What the editor shows: the formula, or the value as it would be typed. */
  i?: string;
  /** The error's message (the tooltip of #ERROR!). */
  e?: string;
  /** The number format, when the cell has one other than automatic. */
  nf?: string;
  /** Style after conditional formats, when not plain. */
  s?: CellStyle;
  /** SPARKLINE data, for drawing. */
  k?: SparklineData;
  /** The choices of the cell's dropdown (a list data-validation rule that shows one). */
  l?: string[];
}

export interface CellWindow {
  sheet: string;
  offset: number;
  limit: number;
  rows: Array<Array<CellView | null>>;
}

/** Never draw more points than this per chart (a chart of 50,000 rows says nothing more). */
const MAX_CHART_POINTS = 2000;
/** Sheets' limit of columns shown by this grid. */
const MAX_GRID_COLUMNS = 200;

export function sheetSummary(wb: LocalWorkbook, info: SheetInfo): SheetSummary {
  const rowCount = Math.max(info.maxRows, wb.getLastRow(info.id));
  const columnCount = Math.min(
    MAX_GRID_COLUMNS,
    Math.max(info.maxColumns, wb.getLastColumn(info.id)),
  );
  return {
    ...info,
    rowCount,
    columnCount,
    columnWidths: Array.from({ length: columnCount }, (_, c) => wb.getColumnWidth(info.id, c)),
    charts: wb.getCharts(info.id).map((spec) => chartView(wb, spec)),
  };
}

export function cellWindow(
  wb: LocalWorkbook,
  summary: SheetSummary,
  offset: number,
  limit: number,
): CellWindow {
  const numRows = Math.max(0, Math.min(limit, summary.rowCount - offset));
  const numCols = summary.columnCount;
  const rows: Array<Array<CellView | null>> = [];
  if (numRows === 0) return { sheet: summary.name, offset, limit, rows };
  const id = summary.id;
  const values = wb.getValues(id, offset, 0, numRows, numCols);
  const display = wb.getDisplayValues(id, offset, 0, numRows, numCols);
  const formulas = wb.getFormulas(id, offset, 0, numRows, numCols);
  const dropdowns = new DropdownChoices(wb);
  for (let r = 0; r < numRows; r++) {
    const line: Array<CellView | null> = [];
    for (let c = 0; c < numCols; c++) {
      const row = offset + r;
      const view = cellView(wb, id, row, c, values[r][c], display[r][c], formulas[r][c]);
      const choices = dropdowns.of(id, row, c);
      line.push(choices ? { ...(view ?? { d: '', v: '', t: 's' }), l: choices } : view);
    }
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    rows.push(line);
  }
  return { sheet: summary.name, offset, limit, rows };
}

/** Each list rule's choices, read once per window (many cells share one rule). */
class DropdownChoices {
  private readonly known = new Map<ValidationRule, string[] | undefined>();

  constructor(private readonly wb: LocalWorkbook) {}

  of(id: number, row: number, col: number): string[] | undefined {
    const rule = this.wb.getValidation(id, row, col);
    if (!rule || !showsDropdown(rule)) return undefined;
    if (!this.known.has(rule)) {
      const read = (r: SheetRange) =>
        this.wb.getDisplayValues(r.sheetId, r.row, r.col, r.numRows, r.numCols);
      this.known.set(rule, listChoices(rule, read));
    }
    return this.known.get(rule);
  }
}

function cellView(
  wb: LocalWorkbook,
  id: number,
  row: number,
  col: number,
  value: unknown,
  display: string,
  formula: string,
): CellView | null {
  const style = plainStyle(wb.getCellStyle(id, row, col));
  if (value === '' && formula === '' && !style) return null;
  const view: CellView = { d: display, v: '', t: 's' };
  const error = display.startsWith('#') ? wb.getError(id, row, col) : undefined;
  if (error) {
    view.t = 'e';
    view.v = error.code;
    view.e = error.message;
  } else if (value instanceof Date) {
    view.t = 'd';
    view.v = value.toISOString();
  } else if (typeof value === 'number') {
    view.t = 'n';
    view.v = value;
  } else if (typeof value === 'boolean') {
    view.t = 'b';
    view.v = value;
  } else view.v = String(value);
  if (formula) {
    view.f = formula;
    view.i = formula;
    if (/^=\s*SPARKLINE\s*\(/i.test(formula)) view.k = wb.getSparkline(id, row, col);
  } else if (view.t !== 'e') view.i = editingText(wb, id, row, col, value);
  if (view.t === 'n' || view.t === 'd') {
    const format = wb.getNumberFormat(id, row, col);
    if (format !== AUTOMATIC_FORMAT) view.nf = format;
  }
  if (style) view.s = style;
  return view;
}

/** The value as a user would type it back: 25% for a percentage, 2024-12-02 for a date. */
function editingText(
  wb: LocalWorkbook,
  id: number,
  row: number,
  col: number,
  value: unknown,
): string {
  if (value instanceof Date) {
    const serial = dateToSerial(value, wb.timeZone);
    return formatValue(serial, Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss', {
      locale: wb.locale,
    });
  }
  if (typeof value === 'number') {
    return wb.getNumberFormat(id, row, col).includes('%')
      ? `${round(value * 100)}%`
      : String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

const round = (n: number): number => Math.round(n * 1e10) / 1e10;

/** The style, or undefined when it has nothing to paint. */
function plainStyle(style: CellStyle): CellStyle | undefined {
  return Object.keys(style).length > 0 ? style : undefined;
}

/**
 * A chart's data: the first column of its range is the domain (labels), the others are series;
 * with numHeaders 1 (or -1 and a text first row) the first row names the series.
 */
export function chartView(wb: LocalWorkbook, spec: ChartSpec): ChartView {
  const view: ChartView = {
    id: spec.id,
    type: spec.type,
    position: spec.position,
    options: spec.options,
    labels: [],
    series: [],
  };
  const columns: Array<{ values: unknown[]; display: string[] }> = [];
  for (const r of spec.ranges) {
    const numRows = Math.min(r.numRows, MAX_CHART_POINTS + 1);
    const values = wb.getValues(r.sheetId, r.row, r.col, numRows, r.numCols);
    const display = wb.getDisplayValues(r.sheetId, r.row, r.col, numRows, r.numCols);
    const lines = spec.transpose ? transpose(values) : values;
    const texts = spec.transpose ? transpose(display) : display;
    for (let c = 0; c < (lines[0]?.length ?? 0); c++) {
      columns.push({ values: lines.map((l) => l[c]), display: texts.map((l) => l[c]) });
    }
  }
  if (columns.length === 0) return view;
  const headed =
    spec.numHeaders > 0 ||
    (spec.numHeaders < 0 &&
      columns.slice(1).some((col) => typeof col.values[0] === 'string' && col.values[0] !== ''));
  const from = headed ? Math.max(1, spec.numHeaders) : 0;
  const [domain, ...rest] = columns;
  view.labels = domain.display.slice(from);
  view.series = rest.map((col, i) => ({
    name: headed ? col.display.slice(0, from).join(' ') : `Series ${i + 1}`,
    values: col.values.slice(from).map((v) => (typeof v === 'number' ? v : null)),
  }));
  return view;
}

function transpose<T>(rows: T[][]): T[][] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[c]));
}
