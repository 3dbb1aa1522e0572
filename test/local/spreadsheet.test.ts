// SpreadsheetApp fake: Spreadsheet, Sheet and Range behave as Apps Script's, errors worded alike.
import { harness, parisMidnight } from './spreadsheet-helpers';

describe('Spreadsheet', () => {
  it('describes itself', () => {
    const { ss, app } = harness({ id: 'sheet-id-1', name: 'Sales', locale: 'fr_FR' });
    expect(ss.getId()).toBe('sheet-id-1');
    expect(ss.getName()).toBe('Sales');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/sheet-id-1/edit');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    expect(ss.getSpreadsheetLocale()).toBe('fr_FR');
    expect(app.getActive().getId()).toBe('sheet-id-1');
    expect(app.openById('sheet-id-1').getName()).toBe('Sales');
  });

  it('inserts sheets (0-based index, the new sheet becomes active) and finds them', () => {
    const { ss } = harness();
    const data = ss.insertSheet('Data');
    const first = ss.insertSheet('First', 0);
    const auto = ss.insertSheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Data', 'Sheet4']);
    expect(ss.getActiveSheet().getName()).toBe(auto.getName());
    expect(ss.getSheetByName('data')?.getSheetId()).toBe(data.getSheetId());
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetById(first.getSheetId())?.getName()).toBe('First');
    expect(first.getIndex()).toBe(1);
    expect(ss.getNumSheets()).toBe(4);
    expect(() => ss.insertSheet('DATA')).toThrow(
      'A sheet with the name "DATA" already exists. Please enter another name.',
    );
    ss.deleteSheet(data);
    expect(ss.getSheetByName('Data')).toBeNull();
    ss.setActiveSheet(first);
    expect(ss.getActiveSheet().getName()).toBe('First');
  });

  it('gets ranges by A1 with a sheet name and by name; records toasts', () => {
    const { ss, ui } = harness();
    const sheet = ss.insertSheet('My data');
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(ss.getRange("'My data'!B2").getValue()).toBe(4);
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
    ss.setNamedRange('Block', sheet.getRange('A1:B2'));
    expect(ss.getRangeByName('Block')?.getA1Notation()).toBe('A1:B2');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['Block']);
    expect(ss.getRangeByName('Missing')).toBeNull();
    ss.toast('Saved', 'Sales KPI');
    expect(ui.toasts).toEqual([{ message: 'Saved', title: 'Sales KPI', timeoutSeconds: 5 }]);
  });
});

describe('Sheet', () => {
  it('addresses ranges by A1 and by row/column, with Apps Script errors', () => {
    const { ss } = harness();
    const sheet = ss.getSheets()[0];
    expect(sheet.getRange('B2:C5').getA1Notation()).toBe('B2:C5');
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(sheet.getRange('B:C').getA1Notation()).toBe('B:C');
    expect(sheet.getRange('B:C').getNumRows()).toBe(1000);
    expect(sheet.getRange('3:4').getNumColumns()).toBe(26);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1000, 1, 2)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('knows its data extent and grows with appendRow', () => {
    const { ss } = harness();
    const sheet = ss.getSheets()[0];
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.appendRow(['Date', 'Amount']);
    sheet.appendRow(['2024-01-31', '1,234.5']);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Date', 'Amount'],
      [parisMidnight('2024-01-31', 1), 1234.5],
    ]);
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual(sheet.getDataRange().getValues());
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('getSheetValues with -1 on an empty sheet refuses as any empty range does', () => {
    const { ss } = harness();
    const sheet = ss.insertSheet('Empty');
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    sheet.getRange('B1').setValue('x');
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([['', 'x']]);
  });

  it('inserts and deletes rows and columns (1-based positions)', () => {
    const { ss } = harness();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['a'], [''], [''], ['b'], ['c']]);
    sheet.deleteRows(2, 2);
    sheet.insertRowAfter(1);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['a'], [''], ['b'], ['c']]);
    sheet.deleteRow(2);
    sheet.insertColumnBefore(1);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', 'a']]);
    sheet.deleteColumn(1);
    sheet.insertRows(1);
    sheet.insertColumns(1, 2);
    expect(sheet.getRange('C2').getValue()).toBe('a');
    expect(sheet.getMaxRows()).toBe(1000 - 2 + 2 - 1 + 1 + 1);
    expect(() => sheet.deleteRows(1000, 5)).toThrow('Those rows are out of bounds.');
  });

  it('freezes, hides, renames, clears and sizes columns', () => {
    const { ss } = harness();
    const sheet = ss.getSheets()[0];
    ss.insertSheet('Other');
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    sheet.setName('Renamed');
    expect(ss.getSheetByName('Renamed')?.getSheetId()).toBe(0);
    sheet.getRange('A1').setValue('a long header text').setFontWeight('bold');
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBe(18 * 7 + 14);
    sheet.setColumnWidth(2, 150);
    expect(sheet.getColumnWidth(2)).toBe(150);
    expect(sheet.getColumnWidth(3)).toBe(100);
    sheet.clear({ contentsOnly: true });
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    sheet.clear();
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
  });
});

describe('Range', () => {
  it('reports its geometry and moves with offset and getCell', () => {
    const { ss } = harness();
    const range = ss.getSheets()[0].getRange('B2:D5');
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 2, 4, 3,
    ]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([5, 4]);
    expect(range.getSheet().getName()).toBe('Sheet1');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:E6');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 3).getA1Notation()).toBe('D3');
    expect(() => range.getCell(5, 1)).toThrow('Cell reference out of range');
    expect(() => range.offset(-2, 0)).toThrow('outside the dimensions of the sheet');
  });

  it('sets and gets values, with the exact errors for mismatched dimensions', () => {
    const { ss } = harness();
    const range = ss.getSheets()[0].getRange('A1:B2');
    range.setValues([
      [1, 'two'],
      [true, parisMidnight('2024-07-01', 2)],
    ]);
    expect(range.getValues()).toEqual([
      [1, 'two'],
      [true, parisMidnight('2024-07-01', 2)],
    ]);
    expect(range.getValue()).toBe(1);
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => range.setValues([1, 2] as unknown as unknown[][])).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    range.setValue('same');
    expect(range.getValues()).toEqual([
      ['same', 'same'],
      ['same', 'same'],
    ]);
    expect(range.isBlank()).toBe(false);
    range.clearContent();
    expect(range.isBlank()).toBe(true);
  });

  it('writes Dates as dates and reads them back as the same instants', () => {
    const { ss } = harness();
    const cell = ss.getSheets()[0].getRange('A1');
    const day = parisMidnight('2024-03-31', 1);
    cell.setValue(day);
    expect(cell.getValue()).toEqual(day);
    expect(cell.getNumberFormat()).toBe('M/d/yyyy');
    expect(cell.getDisplayValue()).toBe('3/31/2024');
  });

  it('sets formulas; a formula set on a block adjusts its relative references', () => {
    const { ss } = harness();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*10');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*10'], ['=A2*10'], ['=A3*10']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
    sheet.getRange('C1:C2').setFormulas([['=SUM(A1:A3)'], ['=B3/A3']]);
    expect(sheet.getRange('C1').getFormula()).toBe('=SUM(A1:A3)');
    expect(sheet.getRange('C1:C2').getValues()).toEqual([[6], [10]]);
    expect(() => sheet.getRange('C1:C2').setFormulas([['=1']])).toThrow(
      'The data has 1 but the range has 2.',
    );
  });

  it('formats numbers for display', () => {
    const { ss } = harness();
    const range = ss.getSheets()[0].getRange('A1:C1');
    range.setValues([[0.256, 1234.5, 1234.5]]);
    range.setNumberFormats([['0.0%', '#,##0.00', '#,##0 €']]);
    expect(range.getDisplayValues()).toEqual([['25.6%', '1,234.50', '1,235 €']]);
    expect(range.getNumberFormats()).toEqual([['0.0%', '#,##0.00', '#,##0 €']]);
    range.setNumberFormat('0');
    expect(range.getDisplayValue()).toBe('0');
  });

  it('sets fonts, colours, alignment, wrapping and notes, with Sheets defaults', () => {
    const { ss } = harness();
    const range = ss.getSheets()[0].getRange('A1:B1');
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(range.getFontWeights()).toEqual([['normal', 'normal']]);
    range
      .setFontWeight('bold')
      .setFontColor('#ffffff')
      .setBackground('#1f4e79')
      .setHorizontalAlignment('center');
    range.setBackgrounds([['#ff0000', null]]);
    range.setWrap(true).setNote('Header');
    expect(range.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(range.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(range.getFontColor()).toBe('#ffffff');
    expect(range.getHorizontalAlignments()).toEqual([['center', 'center']]);
    expect(range.getWraps()).toEqual([[true, true]]);
    expect(range.getNotes()).toEqual([['Header', 'Header']]);
    range.setFontWeights([['normal', null]]);
    expect(range.getFontWeights()).toEqual([['normal', 'normal']]);
    range.clearFormat();
    expect(range.getBackground()).toBe('#ffffff');
    expect(range.getNote()).toBe('Header');
  });
});
