// The hidden sheet's first two blocks: the scope table (the selector's dropdown reads its labels)
// and the parameters every formula shares, all derived from the Dashboard's two inputs, the scope
// and the as-of date. The scope filter of a source row is all + (Team = team) + (Rep = rep):
// 1 for every row when the company is chosen, else 1 only where the chosen team or rep is named
// (CHAR(1), which no cell holds, stands for "no team" or "no rep").
import { ymdOfDay } from '../../kpi/days';
import { quoteSheet } from '../workbook/a1';
import type { Canvas } from './canvas';
import { cellA1, rangeA1 } from './refs';
import {
  AS_OF,
  type DataRefs,
  PARAM_COLUMN,
  PARAM_NAMES,
  type ParamName,
  SCOPE_TABLE,
  SELECTOR,
} from './positions';
import { type ScopeOption, TYPE_LABELS } from './scopes';

const HEADER = { bold: true, background: '#e8eaed' };

/** The scope table: header, then one row per option. Returns its label range (absolute). */
export function drawScopeTable(canvas: Canvas, options: readonly ScopeOption[]): string {
  const { row, column, width } = SCOPE_TABLE;
  canvas.block('scopes', row, column, options.length + 1, width);
  ['Label', 'Type', 'Name', 'Type (en)', 'Type (fr)'].forEach((h, j) =>
    canvas.put(row, column + j, h, HEADER),
  );
  options.forEach((o, i) => {
    const r = row + 1 + i;
    canvas.text(r, column, o.label, { format: '@' });
    canvas.put(r, column + 1, o.type, { format: '@' });
    canvas.text(r, column + 2, o.name, { format: '@' });
    canvas.put(r, column + 3, TYPE_LABELS[o.type].en, { format: '@' });
    canvas.put(r, column + 4, TYPE_LABELS[o.type].fr, { format: '@' });
  });
  return rangeA1(row + 1, column, options.length, 1);
}

/** The parameters block (names, then formulas). */
export function drawParams(
  canvas: Canvas,
  refs: DataRefs,
  dashboardName: string,
  optionCount: number,
  today: number,
): void {
  const last = SCOPE_TABLE.row + optionCount;
  const col = (offset: number) =>
    rangeA1(SCOPE_TABLE.row + 1, SCOPE_TABLE.column + offset, last - SCOPE_TABLE.row, 1);
  const p = (name: ParamName) => refs.param(name);
  const dashboard = (row: number, column: number) =>
    `${quoteSheet(dashboardName)}!${cellA1(row, column)}`;
  const asOf = dashboard(AS_OF.row, AS_OF.column);
  const { year, month, day } = ymdOfDay(today);
  const formulas: Record<ParamName, { formula: string; format?: string }> = {
    selected: { formula: `=${dashboard(SELECTOR.row, SELECTOR.column)}&""` },
    index: { formula: `=IFERROR(MATCH(${p('selected')},${col(0)},0),1)` },
    type: { formula: `=INDEX(${col(1)},${p('index')})` },
    name: { formula: `=INDEX(${col(2)},${p('index')})&""` },
    all: { formula: `=IF(${p('type')}="company",1,0)` },
    team: { formula: `=IF(${p('type')}="team",${p('name')},CHAR(1))` },
    rep: { formula: `=IF(${p('type')}="rep",${p('name')},CHAR(1))` },
    // The refresh day stands in when the date cell is cleared or holds text.
    asOf: {
      formula: `=IF(ISNUMBER(${asOf}),INT(${asOf}),DATE(${year},${month},${day}))`,
      format: 'yyyy-mm-dd',
    },
    week: { formula: `=${p('asOf')}-WEEKDAY(${p('asOf')},3)`, format: 'yyyy-mm-dd' },
    month: { formula: `=DATE(YEAR(${p('asOf')}),MONTH(${p('asOf')}),1)`, format: 'yyyy-mm-dd' },
    quarter: {
      formula: `=DATE(YEAR(${p('asOf')}),MONTH(${p('asOf')})-MOD(MONTH(${p('asOf')})-1,3),1)`,
      format: 'yyyy-mm-dd',
    },
    yearAgo: { formula: `=EDATE(${p('month')},-12)`, format: 'yyyy-mm-dd' },
    typeEn: { formula: `=INDEX(${col(3)},${p('index')})` },
    typeFr: { formula: `=INDEX(${col(4)},${p('index')})` },
    // Objectives and alert rules of the company may leave the scope type and name blank.
    objType: { formula: `=IF(${p('type')}="company","",CHAR(1))` },
    objName: { formula: `=IF(${p('type')}="company","",${p('name')})` },
  };
  canvas.block('params', 1, PARAM_COLUMN - 1, PARAM_NAMES.length, 2);
  PARAM_NAMES.forEach((name, i) => {
    canvas.put(i + 1, PARAM_COLUMN - 1, name, { bold: true, format: '@' });
    const { formula, format } = formulas[name];
    canvas.put(i + 1, PARAM_COLUMN, formula, { format: format ?? 'General' });
  });
}
