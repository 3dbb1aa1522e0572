// Open-ended ranges ("A2:A", "Pipeline!J2:J", "'My sheet'!B3:D", "A2:2"): formulas holding them
// evaluate over the sheet's current rows/columns, keep the user's text, and follow appends,
// inserted and deleted rows, resizes and persistence.
import { LocalWorkbook, parseA1, type SheetsFunction } from '../../local/workbook';
import { shiftFormula } from '../../local/workbook/formula-shift';
import { closeFormula, reopenFormula } from '../../local/workbook/open-ranges';
import { harness } from './spreadsheet-helpers';

/** A custom function that records its arguments and returns the number of rows of the first. */
function recorder(): { fn: SheetsFunction; calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    fn: (...args: unknown[]) => {
      calls.push(args);
      return Array.isArray(args[0]) ? args[0].length : -1;
    },
  };
}

const last = <T>(xs: T[]): T => xs[xs.length - 1];

describe('closing and reopening the text of a formula', () => {
  const bounds = (name: string | undefined) =>
    name === undefined
      ? { rows: 1000, columns: 26 }
      : name === 'My sheet'
        ? { rows: 50, columns: 8 }
        : { rows: 200, columns: 12 };

  it.each([
    ['=SUM(A2:A)', '=SUM(A2:A1000)'],
    ['=KPI_NPS(Pipeline!J2:J)', '=KPI_NPS(Pipeline!J2:J200)'],
    ["=KPI_X('My sheet'!B3:D)", "=KPI_X('My sheet'!B3:D50)"],
    ["=SUM('It''s'!A1:A)", "=SUM('It''s'!A1:A200)"],
    ['=SUM($A$2:$A)+SUM(a2:b)', '=SUM($A$2:$A$1000)+SUM(a2:b1000)'],
    ['=SUM(A2:2)', '=SUM(A2:Z2)'],
    ["=SUM('My sheet'!C5:$7)", "=SUM('My sheet'!C5:H$7)"],
    ['=SUM(A2000:A)', '=SUM(A2000:A2000)'],
  ])('%s is handed to the engine as %s and reads back as typed', (typed, closed) => {
    const result = closeFormula(typed, bounds);
    expect(result.text).toBe(closed);
    expect(reopenFormula(result.text, result.openRanges!)).toBe(typed);
  });

  it.each([
    '=SUM(A1:B9)',
    '=SUM(A:A)+SUM(2:3)',
    '=LOG10(A1)',
    '=COUNTIF(A1:A9,"A2:A")',
    '=IF(A1>2,1,0)',
    '=Data!B2',
  ])('leaves %s alone', (formula) => {
    expect(closeFormula(formula, bounds)).toEqual({ text: formula });
  });

  it('gives the closed text back when the ranges no longer line up', () => {
    const { text, openRanges } = closeFormula('=SUM(A2:A)+SUM(B1:B3)', bounds);
    expect(reopenFormula('=SUM(#REF!)+SUM(B1:B3)', openRanges!)).toBe('=SUM(#REF!)+SUM(B1:B3)');
    expect(reopenFormula(text, openRanges!)).toBe('=SUM(A2:A)+SUM(B1:B3)');
  });
});

describe('A1 notation and relative moves', () => {
  it('parses open-ended ranges as reaching the end of the sheet from their start', () => {
    expect(parseA1('B3:D')).toEqual({
      sheetName: undefined,
      row: 2,
      col: 1,
      numCols: 3,
      openEnded: true,
    });
    expect(parseA1("'My sheet'!C2:2")).toEqual({
      sheetName: 'My sheet',
      row: 1,
      col: 2,
      numRows: 1,
      openEnded: true,
    });
    expect(parseA1('A2:0')).toBeUndefined();
    expect(parseA1('A:C')).toEqual({ sheetName: undefined, row: 0, col: 0, numCols: 3 });
  });

  it.each([
    ['=SUM(A2:A)', 1, 1, '=SUM(B3:B)'],
    ["=KPI_X('My sheet'!B3:D, Data!$A2:$A)", 2, 1, "=KPI_X('My sheet'!C5:E, Data!$A4:$A)"],
    ['=SUM(A:C)+SUM($A:B)', 0, 1, '=SUM(B:D)+SUM($A:C)'],
    ['=SUM(2:5)+SUM(A2:2)', 1, 1, '=SUM(3:6)+SUM(B3:3)'],
    ['=IF(A1>2,1,0)&"A2:A"', 1, 1, '=IF(B2>2,1,0)&"A2:A"'],
  ])('moves %s by %i rows and %i columns to %s', (formula, dRow, dCol, moved) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(moved);
  });
});

describe('formulas with open-ended ranges in a workbook', () => {
  function book(): { wb: LocalWorkbook; nps: ReturnType<typeof recorder> } {
    const nps = recorder();
    const wb = new LocalWorkbook({
      functions: { KPI_NPS: nps.fn },
      sheets: [
        { name: 'Calc', rows: [['Total'], [1], [2], [3]], maxRows: 20, maxColumns: 6 },
        {
          name: 'Surveys',
          rows: [
            ['Date', 'Rep', 'Team', 'Score'],
            [null, null, null, 9],
          ],
        },
        { name: 'My sheet', rows: [['a', 'b', 'c', 'd'], [], [null, 1, 2, 3]], maxRows: 10 },
      ],
    });
    return { wb, nps };
  }

  it('evaluates SUM(A2:A) without the header and shows the formula as typed', () => {
    const { wb } = book();
    wb.setInput('Calc', 0, 1, '=SUM(A2:A)');
    expect(wb.getValue('Calc', 0, 1)).toBe(6);
    expect(wb.getFormula('Calc', 0, 1)).toBe('=SUM(A2:A)');
    expect(wb.getInput('Calc', 0, 1)).toBe('=SUM(A2:A)');
    expect(wb.getFormulas('Calc', 0, 0, 1, 2)).toEqual([['', '=SUM(A2:A)']]);
    wb.setInput('Calc', 19, 0, 10); // the last row of the sheet
    expect(wb.getValue('Calc', 0, 1)).toBe(16);
  });

  it('passes a custom function every row from the start to the last row of the other sheet', () => {
    const { wb, nps } = book();
    wb.setInput('Calc', 0, 2, '=KPI_NPS(Surveys!D2:D)');
    expect(wb.getFormula('Calc', 0, 2)).toBe('=KPI_NPS(Surveys!D2:D)');
    const rows = last(nps.calls)[0] as unknown[][];
    expect(rows).toHaveLength(999); // D2:D1000 of a 1000-row sheet, blanks included
    expect(rows[0]).toEqual([9]);
    expect(rows[1]).toEqual(['']);
    expect(wb.getValue('Calc', 0, 2)).toBe(999);
  });

  it('passes the columns of a column-bounded range on a quoted sheet name', () => {
    const { wb, nps } = book();
    wb.setInput('Calc', 1, 2, "=KPI_NPS('My sheet'!B3:D)");
    const rows = last(nps.calls)[0] as unknown[][];
    expect(rows).toHaveLength(8); // rows 3 to 10
    expect(rows[0]).toEqual([1, 2, 3]);
    expect(wb.getFormula('Calc', 1, 2)).toBe("=KPI_NPS('My sheet'!B3:D)");
  });

  it('reaches rows appended beyond the previous last row', () => {
    const { wb, nps } = book();
    wb.setInput('Calc', 0, 1, '=SUM(A2:A)');
    wb.setInput('Calc', 0, 2, "=KPI_NPS('My sheet'!B3:D)");
    wb.setInputs('Calc', 20, 0, [[100], [1000]]); // rows 21 and 22: the sheet grows to 22 rows
    expect(wb.getSheet('Calc').maxRows).toBe(22);
    expect(wb.getValue('Calc', 0, 1)).toBe(1106);
    expect(wb.getFormula('Calc', 0, 1)).toBe('=SUM(A2:A)');
    wb.setInput('My sheet', 11, 3, 7); // row 12 of a 10-row sheet
    const rows = last(nps.calls)[0] as unknown[][];
    expect(rows).toHaveLength(10); // rows 3 to 12
    expect(last(rows)).toEqual(['', '', 7]);
    expect(wb.getValue('Calc', 0, 2)).toBe(10);
  });

  it('reaches the rows and columns a resize adds', () => {
    const { wb } = book();
    wb.setInput('Calc', 0, 1, '=ROWS(A2:A)');
    wb.setInput('Calc', 0, 2, '=COLUMNS(A2:2)');
    wb.resizeSheet('Calc', 30, 8);
    expect(wb.getValues('Calc', 0, 1, 1, 2)).toEqual([[29, 8]]);
    expect(wb.getFormulas('Calc', 0, 1, 1, 2)).toEqual([['=ROWS(A2:A)', '=COLUMNS(A2:2)']]);
  });

  it('follows inserted rows: above the range, inside it and after the last row', () => {
    const { wb } = book();
    wb.setInput('Calc', 0, 1, '=SUM(A2:A)');
    wb.setInput('Calc', 0, 2, '=ROWS(A2:A)');
    wb.insertRows('Calc', 0, 1); // above: the formula moves to row 2 and the range to A3
    expect(wb.getFormula('Calc', 1, 1)).toBe('=SUM(A3:A)');
    expect(wb.getValues('Calc', 1, 1, 1, 2)).toEqual([[6, 19]]);
    wb.insertRows('Calc', 3, 2); // inside
    expect(wb.getValue('Calc', 1, 2)).toBe(21);
    wb.insertRows('Calc', 23, 3); // after the last row (23 rows before)
    expect(wb.getSheet('Calc').maxRows).toBe(26);
    expect(wb.getValue('Calc', 1, 2)).toBe(24);
    wb.setInput('Calc', 25, 0, 50);
    expect(wb.getValue('Calc', 1, 1)).toBe(56);
    expect(wb.getFormulas('Calc', 1, 1, 1, 2)).toEqual([['=SUM(A3:A)', '=ROWS(A3:A)']]);
  });

  it('follows deleted rows, the start row of the range included', () => {
    const { wb } = book();
    wb.setInput('Calc', 0, 1, '=SUM(A2:A)');
    wb.setInput('Calc', 0, 2, '=ROWS(A2:A)');
    wb.deleteRows('Calc', 1, 1); // deletes the 1: the range still starts at A2
    expect(wb.getFormula('Calc', 0, 1)).toBe('=SUM(A2:A)');
    expect(wb.getValues('Calc', 0, 1, 1, 2)).toEqual([[5, 18]]);
    wb.deleteRows('Calc', 15, 4); // the last rows
    expect(wb.getValues('Calc', 0, 1, 1, 2)).toEqual([[5, 14]]);
    wb.setInput('Calc', 0, 3, '=SUM(Calc!A3:A)');
    wb.insertRows('Calc', 0, 2);
    expect(wb.getFormula('Calc', 2, 3)).toBe('=SUM(Calc!A5:A)');
    expect(wb.getValue('Calc', 2, 3)).toBe(3);
  });

  it('follows a formula moved by inserted rows on its own sheet, for another sheet', () => {
    const { wb, nps } = book();
    wb.setInput('Calc', 4, 1, '=KPI_NPS(Surveys!D2:D)');
    wb.insertRows('Calc', 0, 3);
    expect(wb.getFormula('Calc', 7, 1)).toBe('=KPI_NPS(Surveys!D2:D)');
    wb.insertRows('Surveys', 1000, 5); // after the last row of Surveys
    expect(last(nps.calls)[0]).toHaveLength(1004);
    expect(wb.getValue('Calc', 7, 1)).toBe(1004);
  });

  it('follows columns: row-open and column-bounded ranges', () => {
    const { wb } = book();
    wb.setInputs('Calc', 1, 1, [[10, 20, 30, 40, 50]]); // B2:F2
    wb.setInput('Calc', 5, 0, '=SUM(B2:2)');
    wb.setInput('Calc', 6, 0, '=ROWS(B2:C)*10+COLUMNS(B2:C)');
    expect(wb.getValues('Calc', 5, 0, 2, 1)).toEqual([[150], [192]]);
    wb.insertColumns('Calc', 2, 1); // inside both
    expect(wb.getFormulas('Calc', 5, 0, 2, 1)).toEqual([
      ['=SUM(B2:2)'],
      ['=ROWS(B2:D)*10+COLUMNS(B2:D)'],
    ]);
    expect(wb.getValues('Calc', 5, 0, 2, 1)).toEqual([[150], [193]]);
    wb.insertColumns('Calc', 7, 2); // after the last column (7 columns before)
    wb.setInput('Calc', 1, 8, 1000);
    expect(wb.getValue('Calc', 5, 0)).toBe(1150);
    wb.deleteColumns('Calc', 1, 1); // the start column of both
    expect(wb.getFormulas('Calc', 5, 0, 2, 1)).toEqual([
      ['=SUM(B2:2)'],
      ['=ROWS(B2:C)*10+COLUMNS(B2:C)'],
    ]);
    expect(wb.getValue('Calc', 5, 0)).toBe(1140);
  });

  it('follows renamed sheets', () => {
    const { wb } = book();
    wb.setInput('Calc', 0, 1, '=ROWS(Surveys!D2:D)');
    wb.renameSheet('Surveys', 'Survey answers');
    expect(wb.getFormula('Calc', 0, 1)).toBe("=ROWS('Survey answers'!D2:D)");
    wb.setInput('Survey answers', 1099, 0, 'late');
    expect(wb.getValue('Calc', 0, 1)).toBe(1099);
  });

  it('keeps formulas on a deleted sheet as typed and reconnects them when it comes back', () => {
    const { wb } = book();
    wb.setInput('Calc', 0, 1, '=SUM(Surveys!D2:D)');
    wb.setInput('Calc', 0, 2, '=KPI_NPS(Later!A2:A)');
    wb.deleteSheet('Surveys');
    expect(wb.getValues('Calc', 0, 1, 1, 2)).toEqual([['#REF!', '#REF!']]);
    wb.setInput('Calc', 29, 0, 1); // a size change while the sheets are missing
    wb.addSheet('Surveys');
    wb.addSheet('Later');
    wb.resizeSheet('Later', 40, 3);
    wb.setInput('Surveys', 1099, 3, 8); // row 1100 of a new 1000-row sheet
    expect(wb.getFormulas('Calc', 0, 1, 1, 2)).toEqual([
      ['=SUM(Surveys!D2:D)', '=KPI_NPS(Later!A2:A)'],
    ]);
    expect(wb.getValues('Calc', 0, 1, 1, 2)).toEqual([[8, 39]]);
  });

  it('spills an array of an open range down to the last row and grows with the sheet', () => {
    const wb = new LocalWorkbook({ sheets: [{ name: 'S', rows: [['h'], [1], [2]], maxRows: 5 }] });
    wb.setInput('S', 1, 1, '={A2:A}');
    expect(wb.getValues('S', 1, 1, 5, 1)).toEqual([[1], [2], [''], [''], ['']]);
    wb.setInput('S', 6, 0, 7); // row 7 of a 5-row sheet
    expect(wb.getValues('S', 5, 1, 2, 1)).toEqual([[''], [7]]);
    expect(wb.getFormula('S', 1, 1)).toBe('={A2:A}');
  });

  it('evaluates open ranges in evaluateFormula and custom-formula conditional formats', () => {
    const { wb } = book();
    expect(wb.evaluateFormula('Calc', '=SUM(A2:A)')).toBe(6);
    expect(wb.evaluateFormula('Calc', "=COUNTA('My sheet'!A1:D)")).toBe(7);
    wb.setConditionalRules('Calc', [
      {
        ranges: [{ row: 1, col: 0, numRows: 3, numCols: 1 }],
        criteria: 'CUSTOM_FORMULA',
        values: ['=A2=MAX($A$2:$A)'],
        style: { bold: true },
      },
    ]);
    expect(wb.getConditionalStyle('Calc', 3, 0)).toEqual({ bold: true });
    expect(wb.getConditionalStyle('Calc', 2, 0)).toBeUndefined();
  });

  it('saves the formulas as typed and evaluates them again when loaded', () => {
    const { wb, nps } = book();
    wb.setInput('Calc', 0, 1, '=SUM(A2:A)');
    wb.setInput('Calc', 0, 2, "=KPI_NPS('My sheet'!B3:D)");
    wb.setInput('Calc', 24, 0, 4); // grows Calc to 25 rows
    const json = wb.toJSON();
    expect(json.sheets[0].cells[0]).toEqual(['Total', '=SUM(A2:A)', "=KPI_NPS('My sheet'!B3:D)"]);
    const loaded = LocalWorkbook.fromJSON(json, { functions: { KPI_NPS: nps.fn } });
    expect(loaded.getFormulas('Calc', 0, 1, 1, 2)).toEqual([
      ['=SUM(A2:A)', "=KPI_NPS('My sheet'!B3:D)"],
    ]);
    expect(loaded.getValues('Calc', 0, 1, 1, 2)).toEqual([[10, 8]]);
    loaded.setInput('Calc', 29, 0, 5);
    expect(loaded.getValue('Calc', 0, 1)).toBe(15);
    expect(loaded.toJSON().sheets[0].cells[0]).toEqual(json.sheets[0].cells[0]);
  });

  it('builds seeded formulas with open ranges', () => {
    const wb = new LocalWorkbook({
      sheets: [
        { name: 'Data', rows: [['n'], [2], [3]], maxRows: 4 },
        { name: 'Sum', rows: [['=SUM(Data!A2:A)', '=ROWS(Data!A2:A)']] },
      ],
    });
    expect(wb.getValues('Sum', 0, 0, 1, 2)).toEqual([[5, 3]]);
    expect(wb.getFormulas('Sum', 0, 0, 1, 2)).toEqual([['=SUM(Data!A2:A)', '=ROWS(Data!A2:A)']]);
  });

  it('forgets the open ranges of a cell overwritten by a value or another formula', () => {
    const { wb } = book();
    wb.setInput('Calc', 0, 1, '=ROWS(A2:A)');
    wb.setInput('Calc', 0, 1, '=ROWS(A2:A20)');
    wb.setInput('Calc', 0, 2, '=ROWS(A2:A)');
    wb.setInput('Calc', 0, 2, 5);
    wb.setInput('Calc', 29, 0, 1);
    expect(wb.getFormula('Calc', 0, 1)).toBe('=ROWS(A2:A20)');
    expect(wb.getValues('Calc', 0, 1, 1, 2)).toEqual([[19, 5]]);
  });
});

describe('open-ended ranges through SpreadsheetApp', () => {
  it('sets and reads formulas as typed, moving relative references across a block', () => {
    const { ss, wb } = harness({
      sheets: [
        {
          name: 'S',
          rows: [
            ['a', 'b'],
            [1, 10],
            [2, 20],
          ],
          maxRows: 10,
        },
      ],
    });
    const sheet = ss.getSheetByName('S')!;
    sheet.getRange('D1:E1').setFormula('=SUM(A2:A)');
    expect(sheet.getRange('D1:E1').getFormulas()).toEqual([['=SUM(A2:A)', '=SUM(B2:B)']]);
    expect(sheet.getRange('D1:E1').getValues()).toEqual([[3, 30]]);
    sheet.appendRow([3, 30]);
    expect(wb.getValues('S', 0, 3, 1, 2)).toEqual([[6, 60]]);
  });

  it('getRange reads open-ended A1 notation down to the last row or across to the last column', () => {
    const { ss } = harness({ sheets: [{ name: 'S', rows: [['a', 'b']], maxRows: 10 }] });
    const sheet = ss.getSheetByName('S')!;
    const down = sheet.getRange('B3:C');
    expect([down.getRow(), down.getColumn(), down.getNumRows(), down.getNumColumns()]).toEqual([
      3, 2, 8, 2,
    ]);
    expect(down.getA1Notation()).toBe('B3:C10');
    const across = ss.getRange("'S'!C2:2");
    expect([
      across.getRow(),
      across.getColumn(),
      across.getNumRows(),
      across.getNumColumns(),
    ]).toEqual([2, 3, 1, 24]);
    expect(() => sheet.getRange('A11:A')).toThrow();
  });
});
