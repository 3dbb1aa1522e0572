// Saving and reopening a workbook: JSON-safe, nothing lost (values, formulas, dates, formats,
// side tables, metadata, named ranges, sheet settings), custom functions re-registered.
import { LocalWorkbook, type WorkbookJson } from '../../local/workbook';

function rich(): LocalWorkbook {
  const wb = new LocalWorkbook({
    id: 'abc123',
    name: 'Sales',
    timeZone: 'Europe/Paris',
    locale: 'fr_FR',
    functions: { KPI_DOUBLE: (x: unknown) => [['double'], [Number(x) * 2]] },
    sheets: [
      {
        name: 'Data',
        rows: [
          ['Date', 'Amount', 'Note'],
          [new Date(Date.UTC(2024, 0, 30, 23)), 1234.5, null],
          [new Date(Date.UTC(2024, 6, 14, 10, 30)), 0.125, null],
        ],
        frozenRows: 1,
      },
      { name: 'Calc', rows: [['=KPI_DOUBLE(Data!B2)', null, '=SUM(Data!B2:B3)']] },
    ],
  });
  // Typed text: "'" keeps text that starts with "=" or "'" as text.
  wb.setInputs('Data', 1, 2, [["'=starts with equals"], ["''quoted"]]);
  wb.setProps(
    'Data',
    { row: 0, col: 0, numRows: 1, numCols: 3 },
    { fontWeight: 'bold', background: '#cfe2f3' },
  );
  wb.setProps(
    'Data',
    { row: 2, col: 1, numRows: 1, numCols: 1 },
    { numberFormat: '0.0%', note: 'rate' },
  );
  wb.setValidation(
    'Data',
    { row: 1, col: 2, numRows: 2, numCols: 1 },
    {
      criteria: 'VALUE_IN_LIST',
      values: [['a', 'b'], true],
      allowInvalid: false,
      helpText: 'a or b',
    },
  );
  wb.setConditionalRules('Data', [
    {
      ranges: [{ row: 1, col: 0, numRows: 2, numCols: 1 }],
      criteria: 'DATE_BEFORE',
      values: [new Date('2024-03-01T00:00:00Z')],
      style: { background: '#f4cccc' },
    },
  ]);
  wb.insertChart('Calc', {
    type: 'LINE',
    ranges: [{ sheetId: 0, row: 0, col: 0, numRows: 3, numCols: 2 }],
    position: { row: 3, col: 1, offsetX: 5, offsetY: 0 },
    options: { title: 'Amounts', since: new Date('2024-01-01T00:00:00Z') },
    numHeaders: 1,
    transpose: false,
  });
  wb.setNamedRange('Amounts', 'Data', { row: 1, col: 1, numRows: 2, numCols: 1 });
  wb.metadata.add('kpi.sheet', 'data', 'DOCUMENT', { type: 'SHEET', sheetId: 0 });
  wb.metadata.add('kpi.column', 'amount', 'PROJECT', {
    type: 'COLUMN',
    sheetId: 0,
    start: 1,
    count: 1,
  });
  wb.setColumnWidth('Data', 2, 240);
  wb.setSheetHidden('Calc', true);
  wb.activeSheetId = wb.getSheet('Data').id;
  return wb;
}

describe('toJSON / fromJSON', () => {
  it('is JSON-safe (a JSON round trip changes nothing)', () => {
    const json = rich().toJSON();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('reopens with the same values, dates, display, formulas and side tables', () => {
    const before = rich();
    const text = JSON.stringify(before.toJSON());
    const after = LocalWorkbook.fromJSON(JSON.parse(text) as WorkbookJson, {
      functions: { KPI_DOUBLE: (x: unknown) => [['double'], [Number(x) * 2]] },
    });
    for (const sheet of ['Data', 'Calc']) {
      expect(after.getValues(sheet, 0, 0, 4, 4)).toEqual(before.getValues(sheet, 0, 0, 4, 4));
      expect(after.getDisplayValues(sheet, 0, 0, 4, 4)).toEqual(
        before.getDisplayValues(sheet, 0, 0, 4, 4),
      );
      expect(after.getFormulas(sheet, 0, 0, 4, 4)).toEqual(before.getFormulas(sheet, 0, 0, 4, 4));
      expect(after.getConditionalRules(sheet)).toEqual(before.getConditionalRules(sheet));
      expect(after.getCharts(sheet)).toEqual(before.getCharts(sheet));
    }
    expect(after.getValue('Data', 1, 0)).toEqual(new Date(Date.UTC(2024, 0, 30, 23)));
    expect(after.getValue('Data', 2, 0)).toEqual(new Date(Date.UTC(2024, 6, 14, 10, 30)));
    expect(after.getValue('Data', 1, 2)).toBe('=starts with equals');
    expect(after.getValue('Data', 2, 2)).toBe("'quoted");
    expect(after.getValues('Calc', 0, 0, 2, 1)).toEqual([['double'], [2469]]);
    expect(after.getProps('Data', 2, 1)).toEqual({ numberFormat: '0.0%', note: 'rate' });
    expect(after.getDisplayValue('Data', 2, 1)).toBe('12,5%');
    expect(after.getValidation('Data', 2, 2)?.helpText).toBe('a or b');
    expect(after.getCharts('Calc')[0].options.since).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(after.listNamedRanges()).toEqual(before.listNamedRanges());
    expect(after.metadata.list()).toEqual(before.metadata.list());
    expect(after.listSheets()).toEqual(before.listSheets());
    expect(after.getColumnWidth('Data', 2)).toBe(240);
    expect(after.activeSheetId).toBe(0);
    expect([after.id, after.name, after.timeZone, after.locale]).toEqual([
      'abc123',
      'Sales',
      'Europe/Paris',
      'fr_FR',
    ]);
  });

  it('saves again to the same JSON (stable), and new ids continue after the saved ones', () => {
    const json = rich().toJSON();
    const reopened = LocalWorkbook.fromJSON(json);
    expect(reopened.toJSON()).toEqual(json);
    const added = reopened.addSheet('New');
    expect(reopened.listSheets().filter((s) => s.id === added.id)).toHaveLength(1);
    const md = reopened.metadata.add('k', null, 'DOCUMENT', { type: 'SPREADSHEET' });
    expect(md.id).toBe(3);
  });

  it('rejects a file that is not a saved workbook', () => {
    expect(() => LocalWorkbook.fromJSON({ format: 'other' } as unknown as WorkbookJson)).toThrow(
      'Not a local workbook file',
    );
  });
});
