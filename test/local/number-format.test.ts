// Display formatting (number formats), typed-input reading and A1 notation of the workbook.
import {
  formatValue,
  isDateTimeFormat,
  parseA1,
  formatA1,
  columnLetters,
  columnIndex,
} from '../../local/workbook';
import { parseTypedText } from '../../local/workbook/parse-input';
import { shiftFormula } from '../../local/workbook/formula-shift';

// 45322 is 2024-01-31; .75 is 18:00.
describe('formatValue', () => {
  it.each([
    [1234.567, '0', '1235'],
    [1234.5, '0.00', '1234.50'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [0.256, '0%', '26%'],
    [0.2564, '0.0%', '25.6%'],
    [1.005, '0.00', '1.01'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [1234.5, '#,##0 €', '1,235 €'],
    [1234.5, '#,##0.00 [$€]', '1,234.50 €'],
    [1234.5, '$#,##0.00', '$1,234.50'],
    [-1234.5, '$#,##0.00', '-$1,234.50'],
    [1234.5, '[$€]#,##0.00', '€1,234.50'],
    [1234.5, '"$"#,##0.00', '$1,234.50'],
    [-5, '0;(0)', '(5)'],
    [0, '0;(0);"zero"', 'zero'],
    [-0.001, '0.00', '0.00'],
    [0.5, '#.##', '.5'],
    [12345, '0.00E+00', '1.23E+04'],
    [2500000, '#,##0,,"M"', '3M'],
    [45322, 'yyyy-mm-dd', '2024-01-31'],
    [45322, 'dd/mm/yyyy', '31/01/2024'],
    [45322, 'M/d/yyyy', '1/31/2024'],
    [45322, 'mmm yyyy', 'Jan 2024'],
    [45322, 'mmmm d, yyyy', 'January 31, 2024'],
    [45322, 'ddd dd', 'Wed 31'],
    [45322.75, 'yyyy-mm-dd hh:mm', '2024-01-31 18:00'],
    [45322.75, 'h:mm AM/PM', '6:00 PM'],
    [45322.5, 'H:mm:ss', '12:00:00'],
    [1.5, '[h]:mm', '36:00'],
  ])('%p as %p → %p', (value, format, expected) => {
    expect(formatValue(value, format)).toBe(expected);
  });

  it('uses the automatic format: up to 10 significant digits, E notation for huge numbers', () => {
    expect(formatValue(1 / 3, undefined)).toBe('0.3333333333');
    expect(formatValue(100 / 3, '0.###############')).toBe('33.33333333');
    expect(formatValue(42, 'General')).toBe('42');
    expect(formatValue(0.1 + 0.2, undefined)).toBe('0.3');
    expect(formatValue(1.5e20, undefined)).toBe('1.5E+20');
  });

  it('shows booleans, texts and empties as Sheets does', () => {
    expect(formatValue(true, '0.00')).toBe('TRUE');
    expect(formatValue('abc', '0.00')).toBe('abc');
    expect(formatValue('abc', '0;-0;0;"[ "@" ]"')).toBe('[ abc ]');
    expect(formatValue('', '0.00')).toBe('');
  });

  it('follows the French locale: decimal comma, narrow no-break space, French month names', () => {
    expect(formatValue(1234567.891, '#,##0.00', { locale: 'fr_FR' })).toBe(
      '1\u202f234\u202f567,89',
    );
    expect(formatValue(0.125, '0.0%', { locale: 'fr_FR' })).toBe('12,5%');
    expect(formatValue(45322, 'd mmmm yyyy', { locale: 'fr_FR' })).toBe('31 janvier 2024');
    expect(formatValue(1 / 4, undefined, { locale: 'fr_FR' })).toBe('0,25');
  });

  it('tells date formats from number formats', () => {
    expect(isDateTimeFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateTimeFormat('dd/MM/yyyy HH:mm')).toBe(true);
    expect(isDateTimeFormat('mmm yy')).toBe(true);
    expect(isDateTimeFormat('#,##0.00')).toBe(false);
    expect(isDateTimeFormat('0.0%')).toBe(false);
    expect(isDateTimeFormat('#,##0 "days"')).toBe(false);
    expect(isDateTimeFormat('[$€]#,##0')).toBe(false);
    expect(isDateTimeFormat('General')).toBe(false);
    expect(isDateTimeFormat(undefined)).toBe(false);
  });
});

describe('parseTypedText (what typing in a cell gives)', () => {
  it.each([
    ['42', 'en_US', 42, undefined],
    ['-3.5', 'en_US', -3.5, undefined],
    ['1,234.5', 'en_US', 1234.5, '#,##0.00'],
    ['1,234', 'en_US', 1234, '#,##0'],
    ['12.5%', 'en_US', 0.125, '0.00%'],
    ['10%', 'en_US', 0.1, '0%'],
    ['$1,234.56', 'en_US', 1234.56, '[$$]#,##0.00'],
    ['1 234,56 €', 'fr_FR', 1234.56, '#,##0.00 [$€]'],
    ['3,5', 'fr_FR', 3.5, undefined],
    ['(12)', 'en_US', -12, undefined],
    ['TRUE', 'en_US', true, undefined],
    ['false', 'en_US', false, undefined],
    ['2024-01-31', 'en_US', 45322, 'yyyy-mm-dd'],
    ['1/31/2024', 'en_US', 45322, 'M/d/yyyy'],
    ['31/01/2024', 'fr_FR', 45322, 'dd/MM/yyyy'],
    ['2024-01-31 18:00', 'en_US', 45322.75, 'yyyy-mm-dd H:mm:ss'],
  ])('%p (%s) → %p', (text, locale, value, format) => {
    expect(parseTypedText(text, locale)).toEqual(format ? { value, format } : { value });
  });

  it.each([["'42"], ['1,5'], ['2024-02-30'], ['abc'], ['12 apples'], ['31/01/2024']])(
    '%p stays text (en_US)',
    (text) => {
      const typed = parseTypedText(text, 'en_US');
      expect(typed).toEqual({ value: text.startsWith("'") ? text.slice(1) : text });
    },
  );
});

describe('A1 notation', () => {
  it('converts column letters both ways', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnIndex('AB')).toBe(27);
    expect(columnIndex('zz')).toBe(701);
  });

  it('parses cells, ranges, whole columns, whole rows and quoted sheet names', () => {
    expect(parseA1('B2')).toEqual({ sheetName: undefined, row: 1, col: 1, numRows: 1, numCols: 1 });
    expect(parseA1('C9:B2')).toEqual({
      sheetName: undefined,
      row: 1,
      col: 1,
      numRows: 8,
      numCols: 2,
    });
    expect(parseA1('$A$1:$B$3')).toMatchObject({ row: 0, col: 0, numRows: 3, numCols: 2 });
    expect(parseA1('A:C')).toEqual({ sheetName: undefined, row: 0, col: 0, numCols: 3 });
    expect(parseA1('2:5')).toEqual({ sheetName: undefined, row: 1, col: 0, numRows: 4 });
    expect(parseA1("'It''s mine'!A1")).toMatchObject({ sheetName: "It's mine", row: 0, col: 0 });
    expect(parseA1('Data!B2:C3')).toMatchObject({ sheetName: 'Data', numRows: 2 });
    expect(parseA1('A0')).toBeUndefined();
    expect(parseA1('hello')).toBeUndefined();
  });

  it('formats ranges as Apps Script prints them', () => {
    expect(formatA1({ row: 0, col: 0, numRows: 1, numCols: 1 })).toBe('A1');
    expect(formatA1({ row: 1, col: 1, numRows: 3, numCols: 2 })).toBe('B2:C4');
    expect(formatA1({ row: 0, col: 2, numRows: 1000, numCols: 1 }, { wholeColumns: true })).toBe(
      'C:C',
    );
  });

  it('moves relative references of a formula, not absolute ones, strings or sheet names', () => {
    expect(shiftFormula('=$C2>100', 3, 1)).toBe('=$C5>100');
    expect(shiftFormula('=A1+$B$1+B$1+$C1', 1, 1)).toBe('=B2+$B$1+C$1+$C2');
    expect(shiftFormula('=COUNTIF(\'Q1 2024\'!A1:A9,"A1")', 1, 0)).toBe(
      '=COUNTIF(\'Q1 2024\'!A2:A10,"A1")',
    );
    expect(shiftFormula('=LOG10(A1)', 1, 0)).toBe('=LOG10(A2)');
  });
});
