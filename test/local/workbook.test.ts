// The local workbook model: sheets, values and typed input, dates in the spreadsheet time zone,
// display values, formats, errors, structure changes, named ranges, validation, listeners.
import { LocalWorkbook, type WorkbookChange } from '../../local/workbook';

const parisMidnight = (iso: string, offsetHours: number): Date =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - offsetHours * 3_600_000);

describe('sheets', () => {
  it('starts with Sheet1 (id 0, 1000 rows × 26 columns) and adds sheets with distinct ids', () => {
    const wb = new LocalWorkbook();
    expect(wb.listSheets()).toEqual([
      {
        id: 0,
        name: 'Sheet1',
        index: 0,
        hidden: false,
        frozenRows: 0,
        frozenColumns: 0,
        maxRows: 1000,
        maxColumns: 26,
      },
    ]);
    const a = wb.addSheet('Data');
    const b = wb.addSheet(undefined, 0);
    expect(a.id).not.toBe(0);
    expect(b.id).not.toBe(a.id);
    expect(wb.listSheets().map((s) => s.name)).toEqual(['Sheet3', 'Sheet1', 'Data']);
    expect(new LocalWorkbook().addSheet('Data').id).toBe(a.id);
  });

  it('refuses a duplicate name, whatever its case, with Apps Script wording', () => {
    const wb = new LocalWorkbook();
    wb.addSheet('Data');
    expect(() => wb.addSheet('DATA')).toThrow(
      'A sheet with the name "DATA" already exists. Please enter another name.',
    );
    expect(() => wb.renameSheet('Sheet1', 'data')).toThrow('already exists');
  });

  it('renames (formulas follow), moves, hides and deletes sheets', () => {
    const wb = new LocalWorkbook({
      sheets: [
        { name: 'A', rows: [[5]] },
        { name: 'B', rows: [['=A!A1*2']] },
      ],
    });
    wb.renameSheet('A', 'Source data');
    expect(wb.getFormula('B', 0, 0)).toBe("='Source data'!A1*2");
    expect(wb.getValue('B', 0, 0)).toBe(10);
    wb.moveSheet('B', 0);
    expect(wb.listSheets().map((s) => [s.name, s.index])).toEqual([
      ['B', 0],
      ['Source data', 1],
    ]);
    wb.setSheetHidden('B', true);
    expect(() => wb.setSheetHidden('Source data', true)).toThrow(
      "You can't hide all the sheets in a document.",
    );
    wb.setSheetHidden('B', false);
    wb.deleteSheet('Source data');
    expect(wb.getDisplayValue('B', 0, 0)).toBe('#REF!');
    expect(() => wb.deleteSheet('B')).toThrow("You can't remove all the sheets in a document.");
    expect(() => wb.getSheet('Nope')).toThrow('No sheet named "Nope".');
  });
});

describe('values', () => {
  it('reads typed text as Sheets does and keeps the automatic format', () => {
    const wb = new LocalWorkbook();
    wb.setInputs('Sheet1', 0, 0, [
      ['42', '1,234.5', '15%', '$9.99', 'TRUE', "'007", 'hello', '2024-01-31'],
    ]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 8)).toEqual([
      [42, 1234.5, 0.15, 9.99, true, '007', 'hello', parisMidnight('2024-01-31', 1)],
    ]);
    expect(wb.getDisplayValues('Sheet1', 0, 0, 1, 8)).toEqual([
      ['42', '1,234.50', '15%', '$9.99', 'TRUE', '007', 'hello', '2024-01-31'],
    ]);
    expect(wb.getNumberFormat('Sheet1', 0, 2)).toBe('0%');
    expect(wb.getNumberFormat('Sheet1', 0, 0)).toBe('0.###############');
  });

  it('keeps literal text with the literal option (no number reading)', () => {
    const wb = new LocalWorkbook();
    wb.setInputs('Sheet1', 0, 0, [['42', '=1+1', "'x"]], { literal: true });
    expect(wb.getValues('Sheet1', 0, 0, 1, 3)).toEqual([['42', 2, 'x']]);
  });

  it('keeps full double precision (no rounding on the way out)', () => {
    const wb = new LocalWorkbook();
    wb.setInputs('Sheet1', 0, 0, [[1 / 3, '=A1*3', '=0.1+0.2', '=0.1+0.2=0.3']]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 4)).toEqual([[1 / 3, 1, 0.1 + 0.2, true]]);
  });

  it('returns formulas and inputs; empty cells are ""', () => {
    const wb = new LocalWorkbook();
    wb.setInputs('Sheet1', 0, 0, [[2, '=A1*21', null]]);
    expect(wb.getFormulas('Sheet1', 0, 0, 1, 3)).toEqual([['', '=A1*21', '']]);
    expect(wb.getInputs('Sheet1', 0, 0, 1, 3)).toEqual([[2, '=A1*21', '']]);
    expect(wb.getValue('Sheet1', 0, 1)).toBe(42);
    wb.clearContents('Sheet1', { row: 0, col: 0, numRows: 1, numCols: 2 });
    expect(wb.getValues('Sheet1', 0, 0, 1, 2)).toEqual([['', '']]);
  });

  it('shows errors as Sheets codes with their messages', () => {
    const wb = new LocalWorkbook();
    wb.setInputs('Sheet1', 0, 0, [['=1/0', '=B1', '=NOSUCH(1)', '=SUM(1,', '=NA()']]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 5)).toEqual([
      ['#DIV/0!', '#REF!', '#NAME?', '#ERROR!', '#N/A'],
    ]);
    expect(wb.getError('Sheet1', 0, 1)?.message).toMatch(/^Circular dependency detected/);
    expect(wb.getError('Sheet1', 0, 2)?.message).toBe("Unknown function: 'NOSUCH'.");
    expect(wb.getError('Sheet1', 0, 4)).toMatchObject({ code: '#N/A' });
    expect(wb.getError('Sheet1', 5, 5)).toBeUndefined();
    expect(wb.listErrors('Sheet1').map((e) => e.col)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads TRUE and FALSE without parentheses, as Sheets', () => {
    const wb = new LocalWorkbook();
    wb.setInputs('Sheet1', 0, 0, [['=IF(TRUE, 1, 2)', '=FALSE', '=NOT(TRUE())']]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 3)).toEqual([[1, false, false]]);
  });

  it('knows the last row and column with content, spills included', () => {
    const wb = new LocalWorkbook({ functions: { KPI_T: () => [[1], [2], [3]] } });
    expect(wb.getLastRow('Sheet1')).toBe(0);
    wb.setInput('Sheet1', 4, 2, 'x');
    wb.setInput('Sheet1', 5, 0, '=KPI_T()');
    expect(wb.getLastRow('Sheet1')).toBe(8);
    expect(wb.getLastColumn('Sheet1')).toBe(3);
  });

  it('grows the sheet when a write goes past its size', () => {
    const wb = new LocalWorkbook();
    wb.setInput('Sheet1', 1200, 30, 1);
    expect(wb.getSheet('Sheet1')).toMatchObject({ maxRows: 1201, maxColumns: 31 });
  });
});

describe('dates in the spreadsheet time zone', () => {
  it('hands back a date-formatted number beyond any Date (a product of dates) as the number', () => {
    const wb = new LocalWorkbook({ timeZone: 'Europe/Paris', sheets: [{ name: 'S', rows: [] }] });
    wb.setInputs('S', 0, 0, [['2026-01-02', '=A1*A1']]);
    wb.setProps('S', { row: 0, col: 1, numRows: 1, numCols: 1 }, { numberFormat: 'yyyy-mm-dd' });
    expect(wb.getValue('S', 0, 1)).toBe(46024 * 46024);
    expect(wb.getValue('S', 0, 0)).toBeInstanceOf(Date);
  });

  it('stores a Date as a serial with a date format and reads it back as the same instant', () => {
    const wb = new LocalWorkbook({ timeZone: 'Europe/Paris' });
    const winter = parisMidnight('2024-01-31', 1);
    const summer = parisMidnight('2024-07-01', 2);
    wb.setInputs('Sheet1', 0, 0, [[winter, summer, '=A1+1', '=B1-A1']]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 4)).toEqual([
      [winter, summer, parisMidnight('2024-02-01', 1), 152],
    ]);
    expect(wb.getNumberFormat('Sheet1', 0, 0)).toBe('M/d/yyyy');
    expect(wb.getDisplayValues('Sheet1', 0, 0, 1, 3)).toEqual([
      ['1/31/2024', '7/1/2024', '2/1/2024'],
    ]);
    expect(wb.evaluateFormula('Sheet1', '=A1')).toBe(45322);
  });

  it('keeps the time of day of a Date', () => {
    const wb = new LocalWorkbook({ timeZone: 'America/New_York' });
    const at = new Date('2024-03-15T18:30:00Z'); // 14:30 in New York (EDT)
    wb.setInput('Sheet1', 0, 0, at);
    expect(wb.getValue('Sheet1', 0, 0)).toEqual(at);
    expect(wb.getDisplayValue('Sheet1', 0, 0)).toBe('3/15/2024 14:30:00');
  });

  it('turns a number into a date when it gets a date format, and back', () => {
    const wb = new LocalWorkbook({ timeZone: 'UTC' });
    wb.setInputs('Sheet1', 0, 0, [[45322, '=A1+1']]);
    const cell = { row: 0, col: 0, numRows: 1, numCols: 1 };
    wb.setProps('Sheet1', cell, { numberFormat: 'yyyy-mm-dd' });
    expect(wb.getValue('Sheet1', 0, 0)).toEqual(new Date('2024-01-31T00:00:00Z'));
    expect(wb.getDisplayValue('Sheet1', 0, 1)).toBe('2/1/2024');
    wb.setProps('Sheet1', cell, { numberFormat: '0.00' });
    expect(wb.getValue('Sheet1', 0, 0)).toBe(45322);
    expect(wb.getDisplayValue('Sheet1', 0, 0)).toBe('45322.00');
  });

  it('reads French typed dates day first in a French spreadsheet', () => {
    const wb = new LocalWorkbook({ locale: 'fr_FR', timeZone: 'Europe/Paris' });
    wb.setInputs('Sheet1', 0, 0, [['03/02/2024', '1 234,5']]);
    expect(wb.getValue('Sheet1', 0, 0)).toEqual(parisMidnight('2024-02-03', 1));
    expect(wb.getDisplayValues('Sheet1', 0, 0, 1, 2)).toEqual([['03/02/2024', '1\u202f234,50']]);
  });
});

describe('formats and properties', () => {
  it('patches properties, removes them with null, and shares identical ones', () => {
    const wb = new LocalWorkbook();
    const range = { row: 0, col: 0, numRows: 2, numCols: 2 };
    wb.setProps('Sheet1', range, {
      fontWeight: 'bold',
      background: '#ffeeaa',
      numberFormat: '0.0',
    });
    wb.setProps(
      'Sheet1',
      { row: 0, col: 0, numRows: 1, numCols: 1 },
      { background: null, note: 'hi' },
    );
    expect(wb.getProps('Sheet1', 0, 0)).toEqual({
      fontWeight: 'bold',
      numberFormat: '0.0',
      note: 'hi',
    });
    expect(wb.getProps('Sheet1', 1, 1)).toEqual({
      fontWeight: 'bold',
      background: '#ffeeaa',
      numberFormat: '0.0',
    });
    wb.clearFormats('Sheet1', range);
    expect(wb.getProps('Sheet1', 0, 0)).toEqual({ note: 'hi' });
    expect(wb.getProps('Sheet1', 1, 1)).toEqual({});
  });

  it('applies number formats to display values only', () => {
    const wb = new LocalWorkbook();
    wb.setInputs('Sheet1', 0, 0, [[0.4567, 1234567.8, 1234.5]]);
    wb.setPropsGrid('Sheet1', 0, 0, [
      [{ numberFormat: '0.0%' }, { numberFormat: '#,##0' }, { numberFormat: '#,##0.00 €' }],
    ]);
    expect(wb.getDisplayValues('Sheet1', 0, 0, 1, 3)).toEqual([
      ['45.7%', '1,234,568', '1,234.50 €'],
    ]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 3)).toEqual([[0.4567, 1234567.8, 1234.5]]);
  });
});

describe('rows and columns', () => {
  function sample(): LocalWorkbook {
    const wb = new LocalWorkbook({
      sheets: [{ name: 'S', rows: [['a', 'b', 'c'], [1, 2, 3], [4, 5, 6], ['=SUM(A2:A3)']] }],
    });
    wb.setProps('S', { row: 1, col: 1, numRows: 1, numCols: 1 }, { background: '#ff0000' });
    wb.setValidation(
      'S',
      { row: 2, col: 2, numRows: 1, numCols: 1 },
      {
        criteria: 'VALUE_IN_LIST',
        values: [['x'], true],
        allowInvalid: false,
        helpText: null,
      },
    );
    wb.setConditionalRules('S', [
      {
        ranges: [{ row: 1, col: 0, numRows: 2, numCols: 3 }],
        criteria: 'CELL_NOT_EMPTY',
        values: [],
        style: { bold: true },
      },
    ]);
    return wb;
  }

  it('inserting rows moves values, formulas, formats, validations and rule ranges', () => {
    const wb = sample();
    wb.insertRows('S', 1, 2);
    expect(wb.getValues('S', 3, 0, 3, 1)).toEqual([[1], [4], [5]]);
    expect(wb.getFormula('S', 5, 0)).toBe('=SUM(A4:A5)');
    expect(wb.getProps('S', 3, 1)).toEqual({ background: '#ff0000' });
    expect(wb.getValidation('S', 4, 2)?.criteria).toBe('VALUE_IN_LIST');
    expect(wb.getConditionalRules('S')[0].ranges).toEqual([
      { row: 3, col: 0, numRows: 2, numCols: 3 },
    ]);
    expect(wb.getSheet('S').maxRows).toBe(1002);
  });

  it('deleting rows drops their side tables and shrinks spans', () => {
    const wb = sample();
    wb.deleteRows('S', 1, 1);
    expect(wb.getValues('S', 1, 0, 1, 3)).toEqual([[4, 5, 6]]);
    expect(wb.getProps('S', 1, 1)).toEqual({});
    expect(wb.getValidation('S', 1, 2)?.criteria).toBe('VALUE_IN_LIST');
    expect(wb.getConditionalRules('S')[0].ranges).toEqual([
      { row: 1, col: 0, numRows: 1, numCols: 3 },
    ]);
    expect(wb.getValue('S', 2, 0)).toBe(4);
    expect(() => wb.deleteRows('S', 0, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('moving a column moves its contents and formats; formulas follow', () => {
    const wb = sample();
    wb.moveColumns('S', 0, 1, 3); // A goes after C
    expect(wb.getValues('S', 0, 0, 1, 3)).toEqual([['b', 'c', 'a']]);
    expect(wb.getProps('S', 1, 0)).toEqual({ background: '#ff0000' });
    expect(wb.getFormula('S', 3, 2)).toBe('=SUM(C2:C3)');
    expect(wb.getValue('S', 3, 2)).toBe(5);
  });
});

describe('named ranges', () => {
  it('are usable in formulas, follow renamed sheets and inserted rows, and can be removed', () => {
    const wb = new LocalWorkbook({ sheets: [{ name: 'Data', rows: [[1], [2], [3]] }] });
    wb.setNamedRange('Scores', 'Data', { row: 0, col: 0, numRows: 3, numCols: 1 });
    wb.setInput('Data', 0, 2, '=SUM(Scores)');
    expect(wb.getValue('Data', 0, 2)).toBe(6);
    wb.renameSheet('Data', 'All data');
    wb.insertRows('All data', 0, 1);
    expect(wb.getNamedRange('scores')).toEqual({
      name: 'Scores',
      sheetId: 0,
      range: { row: 1, col: 0, numRows: 3, numCols: 1 },
    });
    expect(wb.listNamedRanges().map((n) => n.name)).toEqual(['Scores']);
    expect(() => wb.setNamedRange('A1', 0, { row: 0, col: 0, numRows: 1, numCols: 1 })).toThrow(
      'not valid',
    );
    wb.removeNamedRange('Scores');
    expect(wb.getNamedRange('Scores')).toBeUndefined();
  });
});

describe('data validation', () => {
  it('checks what a user types against the rule of the cell', () => {
    const wb = new LocalWorkbook({
      sheets: [
        {
          name: 'S',
          rows: [
            [null, 'Won'],
            [null, 'Lost'],
          ],
        },
      ],
    });
    const cell = { row: 0, col: 0, numRows: 1, numCols: 1 };
    wb.setValidation('S', cell, {
      criteria: 'VALUE_IN_RANGE',
      values: [{ sheetId: 0, row: 0, col: 1, numRows: 2, numCols: 1 }, true],
      allowInvalid: false,
      helpText: null,
    });
    expect(wb.checkInput('S', 0, 0, 'Won')).toBeUndefined();
    expect(wb.checkInput('S', 0, 0, 'Open')).toBe(
      'Input must be an item on the specified list: Won, Lost.',
    );
    wb.setValidation('S', cell, {
      criteria: 'NUMBER_BETWEEN',
      values: [0, 10],
      allowInvalid: true,
      helpText: 'From 0 to 10',
    });
    expect(wb.checkInput('S', 0, 0, '7')).toBeUndefined();
    expect(wb.checkInput('S', 0, 0, '11')).toBe('From 0 to 10');
    expect(wb.checkInput('S', 1, 1, 'anything')).toBeUndefined();
  });
});

describe('change listeners', () => {
  it('are told about every change, once per kind in a batch, until they unsubscribe', () => {
    const wb = new LocalWorkbook();
    const seen: WorkbookChange[] = [];
    const off = wb.onChange((c) => seen.push(c));
    wb.setInput('Sheet1', 0, 0, 1);
    wb.setProps('Sheet1', { row: 0, col: 0, numRows: 1, numCols: 1 }, { fontWeight: 'bold' });
    wb.addSheet('More');
    expect(seen.map((c) => c.kind)).toEqual(['cells', 'format', 'sheets']);
    seen.length = 0;
    wb.batch(() => {
      wb.setInput('Sheet1', 1, 0, 2);
      wb.setInput('Sheet1', 2, 0, '=A1+A2');
    });
    expect(seen).toEqual([{ kind: 'cells', sheetId: 0 }]);
    expect(wb.getValue('Sheet1', 2, 0)).toBe(3);
    off();
    wb.setInput('Sheet1', 0, 0, 5);
    expect(seen).toHaveLength(1);
  });

  it('keep the workbook working when a listener throws', () => {
    const wb = new LocalWorkbook();
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    wb.onChange(() => {
      throw new Error('disk full');
    });
    wb.setInput('Sheet1', 0, 0, 1);
    expect(wb.getValue('Sheet1', 0, 0)).toBe(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('size', () => {
  // How long this takes is measured by npm run bench (bench/playground.ts), not asserted here:
  // a test never depends on the machine's speed or load.
  it('builds and evaluates a workbook of ~400k cells; an edit recalculates its dependants', () => {
    const rows: Array<Array<string | number | Date>> = [
      ['Date', 'Rep', 'Team', 'Type', 'Minutes', 'Outcome', 'Deal'],
    ];
    for (let i = 0; i < 57_000; i++) {
      rows.push([
        new Date(Date.UTC(2023, 0, 1 + (i % 730))),
        `Rep ${i % 12}`,
        `Team ${i % 3}`,
        'Call',
        i % 60,
        'Positive reply',
        `D${i}`,
      ]);
    }
    const wb = new LocalWorkbook({
      timeZone: 'UTC',
      functions: { KPI_COUNT: (r: unknown) => (r as unknown[][]).length },
      sheets: [
        { name: 'Activities', rows },
        {
          name: 'Calc',
          rows: [
            [
              '=SUM(Activities!E2:E57001)',
              '=KPI_COUNT(Activities!A2:A57001)',
              '=COUNTIF(Activities!B:B,"Rep 1")',
            ],
          ],
        },
      ],
    });
    // Σ (i mod 60) over 57,000 rows: 950 full cycles of 0..59 (1,770 each).
    expect(wb.getValues('Calc', 0, 0, 1, 3)).toEqual([[950 * 1770, 57_000, 4750]]);
    wb.setInput('Activities', 1, 4, 1000);
    expect(wb.getValue('Calc', 0, 0)).toBe(950 * 1770 + 1000);
  }, 300_000);
});
