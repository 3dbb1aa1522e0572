// The KPI tiles on the Dashboard: two rows of four cards, each three columns wide and five rows
// high: the KPI and its period; the value, its change with an arrow (a number format, so the cell
// stays a number) and its status; the previous value; the objective and its pace; a SPARKLINE of
// the last twelve periods. Every cell is a formula on the hidden tile row, so choosing another
// scope or date recalculates the tiles. Their colours are conditional-format rules on the status
// cell (tileRules).
import { dateLabelFormula } from './date-labels';
import type { CfRule } from '../workbook/cf-model';
import { kpiEntry, type KpiKey, valueFormat } from '../metrics';
import type { Language } from '../i18n';
import { textLiteral } from '../workbook/a1';
import type { Canvas } from './canvas';
import type { DataRefs } from './positions';
import { cellA1, onSheet, rangeA1 } from './refs';
import { say } from './texts';
import { tileCell, type TileField } from './tile-helpers';
import { changeFormat, STATUS_COLOURS, TILES } from './tile-model';
import type { WindowLayout } from './windows';

export const TILES_TOP = 5;
const CARD = { width: 3, height: 5, gap: 1, perRow: 4 } as const;
const CARD_BACKGROUND = '#f8f9fa';
const SPARK_POINTS = 12;

/** The card of tile i: its top-left cell. */
export function cardOrigin(i: number): { row: number; column: number } {
  return {
    row: TILES_TOP + Math.floor(i / CARD.perRow) * (CARD.height + CARD.gap),
    column: 1 + (i % CARD.perRow) * CARD.width,
  };
}

/** The Dashboard cell of a tile's value (tests and the summaries read it). */
export function tileValueCell(kpi: KpiKey): { row: number; column: number } {
  const i = TILES.findIndex((t) => t.kpi === kpi);
  if (i < 0) throw new Error(`No tile for ${kpi}`);
  const o = cardOrigin(i);
  return { row: o.row + 1, column: o.column };
}

/** The rows the tiles take. */
export function tilesHeight(): number {
  const rows = Math.ceil(TILES.length / CARD.perRow);
  return rows * CARD.height + (rows - 1) * CARD.gap;
}

export function drawTiles(
  canvas: Canvas,
  data: DataRefs,
  windows: WindowLayout,
  language: Language,
  retired: ReadonlySet<KpiKey> = new Set(),
): void {
  canvas.block('tiles', TILES_TOP, 1, tilesHeight(), CARD.perRow * CARD.width);
  // A KPI retired by the relevance review (src/addon/relevance) gets no card: the others close
  // up; each card still reads its own row of the hidden tile rows (index i).
  const shown = TILES.map((tile, i) => ({ tile, i })).filter(({ tile }) => !retired.has(tile.kpi));
  shown.forEach(({ tile, i }, position) => {
    const entry = kpiEntry(tile.kpi);
    const o = cardOrigin(position);
    const ref = (field: TileField) => {
      const c = tileCell(i, field);
      return data.remote(c.row, c.column);
    };
    const unit = valueFormat(entry.unit);
    const card = { background: CARD_BACKGROUND };
    for (let r = 0; r < CARD.height; r++)
      for (let c = 0; c < CARD.width; c++) canvas.style(o.row + r, o.column + c, card);
    const where = windows.columns.get(tile.column)!;
    canvas.put(o.row, o.column, entry.name[language], { ...card, bold: true, format: '@' });
    canvas.put(o.row, o.column + 2, periodLabel(ref('period'), where.period, language), {
      ...card,
      format: 'General',
      align: 'right',
      italic: true,
    });
    canvas.put(o.row + 1, o.column, `=${ref('current')}`, { ...card, bold: true, format: unit });
    canvas.put(o.row + 1, o.column + 1, `=${ref('change')}`, {
      ...card,
      format: changeFormat(tile.kpi),
    });
    canvas.put(o.row + 1, o.column + 2, `=${ref('statusLabel')}`, {
      ...card,
      bold: true,
      align: 'right',
    });
    canvas.put(o.row + 2, o.column, say(language, 'previous'), { ...card, format: '@' });
    canvas.put(o.row + 2, o.column + 1, `=${ref('previous')}`, { ...card, format: unit });
    canvas.put(o.row + 3, o.column, say(language, 'objective'), { ...card, format: '@' });
    canvas.put(
      o.row + 3,
      o.column + 1,
      `=IF(${ref('target')}="",${textLiteral(say(language, 'noObjective'))},${ref('target')})`,
      { ...card, format: unit },
    );
    canvas.put(o.row + 3, o.column + 2, `=${ref('paceLabel')}`, { ...card, align: 'right' });
    const last = windows.firstRow(where.period) + windows.length(where.period) - 1;
    const count = Math.min(SPARK_POINTS, windows.length(where.period));
    const points = onSheet(data.sheetName, rangeA1(last - count + 1, where.column, count, 1));
    canvas.put(
      o.row + 4,
      o.column,
      `=SPARKLINE(${points},{"charttype","line";"color","#1a73e8";"linewidth",2})`,
      card,
    );
  });
}

/** The period's start as "Week of 9 Nov" / "octobre 2026" (date-labels.ts) or "Q3 2026" / "T3 2026". */
function periodLabel(start: string, period: string, language: Language): string {
  if (period === 'week') return dateLabelFormula(start, 'week', language);
  if (period !== 'quarter') return dateLabelFormula(start, 'month', language);
  const prefix = textLiteral(say(language, 'quarterPrefix'));
  return `=IF(ISNUMBER(${start}),${prefix}&ROUNDUP(MONTH(${start})/3,0)&" "&YEAR(${start}),"")`;
}

/**
 * Colours: the card's first four rows by the status shown in its corner. One rule per status for
 * all the cards (each rule costs several Sheets calls to build): its ranges are the rows of
 * cards, and the formula finds the status cell of the card a cell belongs to from the cell's
 * own row and column (ROW(A5) and COLUMN(A5) move with the cell, as relative references do).
 */
export function tileRules(language: Language): CfRule[] {
  const labels = {
    alert: say(language, 'statusAlert'),
    behind: say(language, 'statusBehind'),
    ok: say(language, 'statusOk'),
  } as const;
  const rows = Math.ceil(TILES.length / CARD.perRow);
  const ranges = Array.from({ length: rows }, (_, k) => {
    const cards = Math.min(CARD.perRow, TILES.length - k * CARD.perRow);
    const o = cardOrigin(k * CARD.perRow);
    return {
      row: o.row,
      column: o.column,
      numRows: CARD.height - 1,
      numColumns: cards * CARD.width,
    };
  });
  const last = ranges[ranges.length - 1];
  const area = rangeA1(1, 1, last.row + last.numRows - 1, CARD.perRow * CARD.width);
  const here = cellA1(TILES_TOP, 1, true);
  const statusRow = `ROW(${here})-MOD(ROW(${here})-${TILES_TOP},${CARD.height + CARD.gap})+1`;
  const statusColumn = `COLUMN(${here})-MOD(COLUMN(${here})-1,${CARD.width})+${CARD.width - 1}`;
  const status = `INDEX(${area},${statusRow},${statusColumn})`;
  return STATUS_COLOURS.map(([key, colour]) => ({
    ranges,
    condition: `${status}=${textLiteral(labels[key])}`,
    colour,
  }));
}
