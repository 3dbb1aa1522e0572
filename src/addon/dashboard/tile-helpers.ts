// One hidden row per tile: the KPI's value over the last complete period and the one before, the
// change, the objective of the Objectives sheet for the chosen scope and KPI (its target and its
// Pace cell), the alert rule of the Alerts sheet for them (else the catalogue's default rule),
// whether the move breaches it (KPI_ALERT), and the status that colours the tile: alert (red),
// behind the objective's pace (amber), on track or ahead (green). "Last complete" is the last
// period its series can judge (readiness.ts): a maturing or partial period waits, so a tile never
// compares a half-converted month with a whole one.
import { kpiEntry, valueFormat } from '../metrics';
import { DIRECTIONS, OBJECTIVE_STATUSES, YES_NO } from '../schema';
import type { Language } from '../i18n';
import { choiceLabels } from '../objectives/formula-parts';
import { columnLetter, textLiteral } from '../workbook/a1';
import type { Canvas } from './canvas';
import type { ConfigColumns } from './config-refs';
import { type DataRefs, TILE_TABLE } from './positions';
import { gateOf, judgedCell } from './readiness';
import type { SeriesId } from './series';
import { say } from './texts';
import { changeIsPoints, PACE_WORDS, TILES, type TileSpec } from './tile-model';
import type { WindowLayout } from './windows';

export const TILE_FIELDS = [
  'kpi',
  'current',
  'previous',
  'change',
  'objectiveRow',
  'target',
  'pace',
  'ruleRow',
  'threshold',
  'mode',
  'direction',
  'breach',
  'status',
  'statusLabel',
  'paceLabel',
  'period',
] as const;
export type TileField = (typeof TILE_FIELDS)[number];

/** The hidden cell of a tile's field. */
export function tileCell(index: number, field: TileField): { row: number; column: number } {
  return {
    row: TILE_TABLE.row + 1 + index,
    column: TILE_TABLE.column + TILE_FIELDS.indexOf(field),
  };
}

export interface TileInputs {
  readonly data: DataRefs;
  readonly windows: WindowLayout;
  readonly objectives: ConfigColumns;
  readonly alerts: ConfigColumns;
  readonly language: Language;
}

/** 1 where the cell (or column) holds one of the texts (any case), else 0. */
function oneOf(cell: string, texts: readonly string[]): string {
  const tests = [...new Set(texts)].map((t) => `(${cell}=${textLiteral(t)})`);
  return `((${tests.join('+')})>0)`;
}

/** The series whose limit a derived rate column follows (its first part). */
const RATE_PARTS: Readonly<Record<string, SeriesId>> = {
  conversionM: 'leadsM',
  winRateM: 'wonM',
  marginM: 'revenueM',
  npsM: 'npsCountM',
  npsQ: 'npsCountQ',
};

/** The start of the last period ending on or before the day in cell `j`. */
function judgedStart(j: string, period: 'week' | 'month' | 'quarter'): string {
  switch (period) {
    case 'week':
      return `${j}-WEEKDAY(${j},3)-7`;
    case 'month':
      return `EDATE(DATE(YEAR(${j}),MONTH(${j}),1),-1)`;
    case 'quarter':
      return `EDATE(DATE(YEAR(${j}),MONTH(${j})-MOD(MONTH(${j})-1,3),1),-3)`;
  }
}

export function drawTileHelpers(canvas: Canvas, input: TileInputs): void {
  const { row, column } = TILE_TABLE;
  canvas.block('tile helpers', row, column, TILES.length + 1, TILE_FIELDS.length);
  TILE_FIELDS.forEach((f, j) => canvas.put(row, column + j, f, { bold: true, format: '@' }));
  TILES.forEach((tile, i) => drawTileRow(canvas, input, tile, i));
}

function drawTileRow(canvas: Canvas, input: TileInputs, tile: TileSpec, i: number): void {
  const { data, windows } = input;
  const entry = kpiEntry(tile.kpi);
  const at = (field: TileField) => {
    const c = tileCell(i, field);
    return `${columnLetter(c.column)}${c.row}`;
  };
  const put = (field: TileField, value: unknown, format = 'General') => {
    const c = tileCell(i, field);
    canvas.put(c.row, c.column, value, { format });
  };
  const where = windows.columns.get(tile.column)!;
  const last = windows.firstRow(where.period) + windows.length(where.period) - 1;
  const unit = valueFormat(entry.unit);
  const p = (name: Parameters<DataRefs['param']>[0]) => data.param(name);

  put('kpi', tile.kpi, '@');
  // The judged period's start, and its row in the window (MATCH on the window's period starts).
  const j = judgedCell(
    data,
    gateOf(RATE_PARTS[tile.column as string] ?? (tile.column as SeriesId)),
  );
  const firstRow = windows.firstRow(where.period);
  const starts = `$${columnLetter(windows.startColumn(where.period))}$${firstRow}:$${columnLetter(windows.startColumn(where.period))}$${last}`;
  const values = `$${columnLetter(where.column)}$${firstRow}:$${columnLetter(where.column)}$${last}`;
  const match = `MATCH(${at('period')},${starts},0)`;
  put('current', `=IFERROR(INDEX(${values},${match}),"")`, unit);
  put('previous', `=IFERROR(IF(${match}>1,INDEX(${values},${match}-1),""),"")`, unit);
  const [cur, prev] = [at('current'), at('previous')];
  // Points of a rate are percentage points (0.412 → 0.380 is −3.2 points).
  const scale = entry.unit === 'rate' ? '*100' : '';
  put(
    'change',
    changeIsPoints(tile.kpi)
      ? `=IF(AND(ISNUMBER(${cur}),ISNUMBER(${prev})),(${cur}-${prev})${scale},"")`
      : `=IF(AND(ISNUMBER(${cur}),ISNUMBER(${prev}),N(${prev})<>0),${cur}/${prev}-1,"")`,
  );
  put('period', `=IFERROR(${judgedStart(j, where.period)},"")`, 'yyyy-mm-dd');

  // The chosen scope's row of a config sheet (Objectives, Alerts) for this KPI, active (its
  // `activeKey` column blank or one of `activeTexts`), written in `field`: 0 when the sheet lacks
  // a column to match on. Returns that cell.
  const kpiNames = [entry.name.en, entry.name.fr, entry.key];
  const configRow = (
    field: TileField,
    sheet: ConfigColumns,
    activeKey: string,
    activeTexts: readonly string[],
  ): string => {
    const [kpi, type, name, active] = ['kpi', 'scopeType', 'scope', activeKey].map((k) =>
      sheet.column(k),
    );
    let match = '';
    if (kpi && type && name) {
      const typeTest = `((${type}=${p('typeEn')})+(${type}=${p('typeFr')})+(${type}=${p('type')})+(${type}=${p('objType')})>0)`;
      const parts = [oneOf(kpi, kpiNames), typeTest, `(TRIM(${name})=${p('objName')})`];
      if (active) parts.push(oneOf(active, ['', ...activeTexts]));
      match = `=IFERROR(MATCH(1,ARRAYFORMULA(${parts.join('*')}),0),0)`;
    }
    put(field, match || 0);
    return at(field);
  };
  const objective = input.objectives;
  const objRow = configRow(
    'objectiveRow',
    objective,
    'status',
    choiceLabels(OBJECTIVE_STATUSES, 'active'),
  );
  const target = objective.column('target');
  const pace = objective.column('pace');
  put('target', target ? `=IF(N(${objRow})>0,INDEX(${target},${objRow}),"")` : '', unit);
  put('pace', pace ? `=IF(N(${objRow})>0,TRIM(INDEX(${pace},${objRow})&""),"")` : '');

  const alerts = input.alerts;
  const ruleRow = configRow('ruleRow', alerts, 'active', choiceLabels(YES_NO, 'yes'));
  const rule = entry.alert;
  const ruleCell = (key: string, fallback: string, read: (cell: string) => string) => {
    const col = alerts.column(key);
    if (!col) return fallback;
    const cell = `INDEX(${col},${ruleRow})`;
    return `IF(N(${ruleRow})>0,IF(TRIM(${cell}&"")="",${fallback},${read(cell)}),${fallback})`;
  };
  put(
    'threshold',
    `=${ruleCell('threshold', String(rule.threshold), (c) => `IF(ISNUMBER(${c}),${c},${rule.threshold})`)}`,
  );
  put(
    'mode',
    `=${ruleCell('mode', `"${rule.mode}"`, (c) => `IF(${oneOf(`TRIM(${c})`, ['points'])},"points","relative")`)}`,
  );
  put(
    'direction',
    `=${ruleCell('direction', `"${rule.direction}"`, (c) => `IF(${oneOf(`TRIM(${c})`, choiceLabels(DIRECTIONS, 'up'))},"up","down")`)}`,
  );
  put(
    'breach',
    `=IFERROR(IF(AND(ISNUMBER(${cur}),ISNUMBER(${prev})),KPI_ALERT(${cur},${prev},${at('threshold')},${at('mode')},${at('direction')}),FALSE),FALSE)`,
  );
  const paceCell = at('pace');
  const okWords = [...PACE_WORDS.ahead, ...PACE_WORDS.onTrack, ...PACE_WORDS.done];
  put(
    'status',
    `=IF(${at('breach')}=TRUE,"alert",IF(${oneOf(paceCell, PACE_WORDS.behind)},"behind",IF(${oneOf(paceCell, okWords)},"ok","")))`,
  );
  const t = (key: Parameters<typeof say>[1]) => textLiteral(say(input.language, key));
  const status = at('status');
  put(
    'statusLabel',
    `=IF(${status}="alert",${t('statusAlert')},IF(${status}="behind",${t('statusBehind')},IF(${status}="ok",${t('statusOk')},"")))`,
  );
  put(
    'paceLabel',
    `=IF(${oneOf(paceCell, PACE_WORDS.ahead)},${t('paceAhead')},IF(${oneOf(paceCell, PACE_WORDS.onTrack)},${t('paceOnTrack')},IF(${oneOf(paceCell, PACE_WORDS.behind)},${t('paceBehind')},IF(${oneOf(paceCell, PACE_WORDS.done)},${t('paceDone')},${paceCell}))))`,
  );
}
