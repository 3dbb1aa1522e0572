// Conditional formats evaluated for display, as Sheets: first matching rule wins, custom
// formulas are relative to the top-left cell of the rule's first range.
import { LocalWorkbook, type ConditionalRule } from '../../local/workbook';

const R = (row: number, col: number, numRows = 1, numCols = 1) => ({ row, col, numRows, numCols });

function workbook(rules: ConditionalRule[]): LocalWorkbook {
  const wb = new LocalWorkbook({
    timeZone: 'UTC',
    sheets: [
      {
        name: 'S',
        rows: [
          ['KPI', 'Actual', 'Target', 'Note'],
          ['Calls', 120, 100, 'ok'],
          ['Win rate', 0.18, 0.25, 'Behind plan'],
          ['NPS', 40, 40, null],
        ],
      },
    ],
  });
  wb.setConditionalRules('S', rules);
  return wb;
}

describe('conditional formats for display', () => {
  it('applies a custom formula relative to each cell of the range', () => {
    const wb = workbook([
      {
        ranges: [R(1, 0, 3, 3)],
        criteria: 'CUSTOM_FORMULA',
        values: ['=$B2<$C2'],
        style: { background: '#f4cccc', fontColor: '#990000' },
      },
    ]);
    // Row 3 (Win rate): 0.18 < 0.25 → whole row coloured; rows 2 and 4 are not.
    expect(wb.getConditionalStyle('S', 2, 0)).toEqual({
      background: '#f4cccc',
      fontColor: '#990000',
    });
    expect(wb.getConditionalStyle('S', 2, 2)).toEqual({
      background: '#f4cccc',
      fontColor: '#990000',
    });
    expect(wb.getConditionalStyle('S', 1, 1)).toBeUndefined();
    expect(wb.getConditionalStyle('S', 3, 1)).toBeUndefined();
    // Outside the range nothing applies.
    expect(wb.getConditionalStyle('S', 2, 3)).toBeUndefined();
  });

  it('uses the first matching rule only (later rules do not combine)', () => {
    const wb = workbook([
      {
        ranges: [R(1, 1, 3, 1)],
        criteria: 'NUMBER_GREATER_THAN',
        values: [50],
        style: { background: '#00ff00' },
      },
      {
        ranges: [R(1, 1, 3, 1)],
        criteria: 'NUMBER_GREATER_THAN',
        values: [10],
        style: { background: '#ffff00', bold: true },
      },
    ]);
    expect(wb.getConditionalStyle('S', 1, 1)).toEqual({ background: '#00ff00' });
    expect(wb.getConditionalStyle('S', 3, 1)).toEqual({ background: '#ffff00', bold: true });
    expect(wb.getConditionalStyle('S', 2, 1)).toBeUndefined();
  });

  it.each<[string, unknown[], [number, number], boolean]>([
    ['NUMBER_BETWEEN', [100, 150], [1, 1], true],
    ['NUMBER_BETWEEN', [150, 100], [1, 1], true],
    ['NUMBER_NOT_BETWEEN', [100, 150], [1, 1], false],
    ['NUMBER_EQUAL_TO', [40], [3, 1], true],
    ['NUMBER_NOT_EQUAL_TO', [40], [3, 1], false],
    ['NUMBER_LESS_THAN', [0.2], [2, 1], true],
    ['NUMBER_LESS_THAN_OR_EQUAL_TO', [40], [3, 1], true],
    ['NUMBER_GREATER_THAN_OR_EQUAL_TO', [121], [1, 1], false],
    ['NUMBER_GREATER_THAN', [0], [1, 3], false],
    ['TEXT_CONTAINS', ['behind'], [2, 3], true],
    ['TEXT_DOES_NOT_CONTAIN', ['behind'], [2, 3], false],
    ['TEXT_STARTS_WITH', ['BEH'], [2, 3], true],
    ['TEXT_ENDS_WITH', ['plan'], [2, 3], true],
    ['TEXT_EQUAL_TO', ['OK'], [1, 3], true],
    ['CELL_EMPTY', [], [3, 3], true],
    ['CELL_EMPTY', [], [1, 3], false],
    ['CELL_NOT_EMPTY', [], [1, 3], true],
    ['CUSTOM_FORMULA', ['=D2="ok"'], [1, 3], true],
  ])('%s %p on row %p', (criteria, values, [row, col], matches) => {
    const wb = workbook([{ ranges: [R(1, col, 3, 1)], criteria, values, style: { italic: true } }]);
    expect(wb.getConditionalStyle('S', row, col)).toEqual(matches ? { italic: true } : undefined);
  });

  it('compares dates, absolute and relative to today (the workbook clock)', () => {
    const wb = workbook([]);
    wb.setInputs('S', 5, 0, [
      [new Date('2024-03-01T00:00:00Z')],
      [new Date('2024-03-10T00:00:00Z')],
    ]);
    wb.now = () => new Date('2024-03-10T15:00:00Z');
    wb.setConditionalRules('S', [
      {
        ranges: [R(5, 0, 2, 1)],
        criteria: 'DATE_EQUAL_TO_RELATIVE',
        values: ['TODAY'],
        style: { bold: true },
      },
      {
        ranges: [R(5, 0, 2, 1)],
        criteria: 'DATE_BEFORE',
        values: [new Date('2024-03-05T00:00:00Z')],
        style: { italic: true },
      },
    ]);
    expect(wb.getConditionalStyle('S', 6, 0)).toEqual({ bold: true });
    expect(wb.getConditionalStyle('S', 5, 0)).toEqual({ italic: true });
  });

  it('gives the painted look: cell formatting overlaid by the conditional format', () => {
    const wb = workbook([
      {
        ranges: [R(1, 1, 3, 1)],
        criteria: 'NUMBER_LESS_THAN',
        values: [1],
        style: { background: '#f4cccc', bold: true, strikethrough: true },
      },
    ]);
    wb.setProps('S', R(1, 1, 3, 1), {
      background: '#ffffff',
      fontColor: '#333333',
      numberFormat: '0.0',
    });
    expect(wb.getCellStyle('S', 2, 1)).toEqual({
      background: '#f4cccc',
      fontColor: '#333333',
      fontWeight: 'bold',
      fontLine: 'line-through',
    });
    expect(wb.getCellStyles('S', R(1, 1, 1, 1))).toEqual([
      [{ background: '#ffffff', fontColor: '#333333' }],
    ]);
  });

  it('re-evaluates when the data changes', () => {
    const wb = workbook([
      {
        ranges: [R(1, 1, 3, 1)],
        criteria: 'CUSTOM_FORMULA',
        values: ['=B2>=C2'],
        style: { background: '#d9ead3' },
      },
    ]);
    expect(wb.getConditionalStyle('S', 2, 1)).toBeUndefined();
    wb.setInput('S', 2, 1, 0.3);
    expect(wb.getConditionalStyle('S', 2, 1)).toEqual({ background: '#d9ead3' });
  });
});
