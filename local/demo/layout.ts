// Lays the Quick start examples out on a sheet: label in A, the formula as text in B, the
// formula itself in C with room below and to the right for what it spills. Placeholders
// ({name}, {name.values}) become the addresses of earlier results. Pure: build.ts applies it.
import { columnLetters, type GridRange, type CellInput, type PropsPatch } from '../workbook';
import type { ChartSpec, ConditionalRule } from '../workbook';
import type { QuickStartExample } from './quick-start';

export interface QuickStartLayout {
  /** Labels and texts; the formulas are apart, so the build can enter them one by one. */
  rows: CellInput[][];
  formulas: Array<{ row: number; col: number; formula: string }>;
  props: Array<{ range: GridRange; patch: PropsPatch }>;
  rules: ConditionalRule[];
  /** Chart specs without their sheet id (the sheet's id is known once it exists). */
  charts: Array<Omit<ChartSpec, 'id' | 'ranges'> & { ranges: GridRange[] }>;
  columnWidths: Record<number, number>;
}

const LABEL = 0;
const TEXT = 1;
const RESULT = 2;
const FIRST_EXAMPLE_ROW = 4;
const MUTED = '#5f6368';
const ALERT_RED = { background: '#f4c7c3', fontColor: '#a50e0e' };
const CALM_GREEN = { background: '#b7e1cd', fontColor: '#0d652d' };

interface Placed {
  example: QuickStartExample;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const a1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

export function layoutQuickStart(examples: QuickStartExample[]): QuickStartLayout {
  const placed = place(examples);
  const byName = new Map(placed.filter((p) => p.example.name).map((p) => [p.example.name, p]));
  const resolve = (formula: string): string =>
    formula.replace(/\{(\w+)(\.values)?\}/g, (_, name: string, values?: string) => {
      const p = byName.get(name);
      if (!p) throw new Error(`Quick start: no example named "${name}"`);
      // ".values": the table's second column without its header row.
      return values
        ? `${a1(p.row + 1, p.col + 1)}:${a1(p.row + p.rows - 1, p.col + 1)}`
        : a1(p.row, p.col);
    });

  const out: QuickStartLayout = {
    rows: [],
    formulas: [],
    props: [],
    rules: [],
    charts: [],
    columnWidths: {},
  };
  const put = (row: number, col: number, value: CellInput): void => {
    while (out.rows.length <= row) out.rows.push([]);
    out.rows[row][col] = value;
  };
  put(0, 0, 'Quick start: every =KPI_* function on the demo data');
  put(
    1,
    0,
    'Type a value or a formula in any cell (Enter to commit); column B shows each formula as typed.',
  );
  put(3, LABEL, 'What it shows');
  put(3, TEXT, 'Formula as typed');
  put(3, RESULT, 'Result');
  out.props.push({ range: cell(0, 0), patch: { fontWeight: 'bold', fontSize: 14 } });
  out.props.push({ range: cell(1, 0), patch: { fontColor: MUTED, fontStyle: 'italic' } });
  out.props.push({
    range: { row: 3, col: 0, numRows: 1, numCols: 3 },
    patch: { fontWeight: 'bold', background: '#f1f3f4' },
  });

  for (const p of placed) {
    const formula = resolve(p.example.formula);
    if (p.example.beside) {
      put(p.row - 1, p.col, p.example.label);
      out.props.push({ range: cell(p.row - 1, p.col), patch: { fontWeight: 'bold' } });
    } else {
      put(p.row, LABEL, p.example.label);
      // A leading apostrophe keeps the formula as text, as in Sheets.
      put(p.row, TEXT, `'${formula}`);
      out.props.push({
        range: cell(p.row, TEXT),
        patch: { fontColor: MUTED, fontFamily: 'monospace' },
      });
    }
    out.formulas.push({ row: p.row, col: p.col, formula });
    const formats = p.example.formats ?? [];
    for (let c = 0; c < p.cols && formats.length > 0; c++) {
      const numberFormat = formats[Math.min(c, formats.length - 1)];
      out.props.push({
        range: { row: p.row, col: p.col + c, numRows: p.rows, numCols: 1 },
        patch: { numberFormat },
      });
    }
    addRules(out, p, formula);
    if (p.example.chart) {
      out.charts.push({
        type: 'LINE',
        ranges: [{ row: p.row, col: p.col, numRows: p.rows, numCols: 2 }],
        // Over the empty label columns beside the table's rows, where it is seen with it.
        position: { row: p.row + 1, col: LABEL, offsetX: 12, offsetY: 6 },
        options: { title: p.example.chart, 'legend.position': 'none', width: 540, height: 320 },
        numHeaders: 1,
        transpose: false,
      });
    }
  }
  out.columnWidths = { [LABEL]: 330, [TEXT]: 260, [RESULT]: 120 };
  return out;
}

/** Rows and columns of every example: one below the other, "beside" ones next to their table. */
function place(examples: QuickStartExample[]): Placed[] {
  const placed: Placed[] = [];
  let row = FIRST_EXAMPLE_ROW;
  for (const example of examples) {
    const rows = example.rows ?? 1;
    const cols = example.cols ?? 1;
    const host = example.beside && placed.find((p) => p.example.name === example.beside);
    if (example.beside && !host)
      throw new Error(`Quick start: "${example.beside}" must come first`);
    if (host) {
      placed.push({ example, row: host.row + 1, col: host.col + host.cols, rows, cols });
      continue;
    }
    placed.push({ example, row, col: RESULT, rows, cols });
    row += rows + (rows > 1 ? 1 : 0);
  }
  return placed;
}

/** Colours that show conditional formatting at work: alerts red or green, anomalies red. */
function addRules(out: QuickStartLayout, p: Placed, formula: string): void {
  const range = { row: p.row, col: p.col, numRows: p.rows, numCols: p.cols };
  if (/^=KPI_(ALERT|ANOMALIES)\(/.test(formula)) {
    out.rules.push({
      ranges: [range],
      criteria: 'CUSTOM_FORMULA',
      values: [`=${a1(p.row, p.col)}=TRUE`],
      style: ALERT_RED,
    });
  }
  if (/^=KPI_ALERT\(/.test(formula)) {
    out.rules.push({
      ranges: [range],
      criteria: 'CUSTOM_FORMULA',
      values: [`=${a1(p.row, p.col)}=FALSE`],
      style: CALM_GREEN,
    });
  }
  if (/^=KPI_TREND\(/.test(formula)) {
    // The "change" column: falls in red.
    const change = { row: p.row + 1, col: p.col + 2, numRows: p.rows - 1, numCols: 1 };
    out.rules.push({
      ranges: [change],
      criteria: 'NUMBER_LESS_THAN',
      values: [0],
      style: { fontColor: '#c5221f' },
    });
  }
}

function cell(row: number, col: number): GridRange {
  return { row, col, numRows: 1, numCols: 1 };
}
