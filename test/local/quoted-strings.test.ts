// Formulas holding doubled quotes ("a""b" is the text a"b in Sheets), which the add-on writes for
// a team named with a quote: the workbook evaluates them, gives the user's text back, keeps it
// through row inserts and open ranges, and saves and reopens them.
import { LocalWorkbook, type WorkbookJson } from '../../local/workbook';
import { fromEngineQuotes, toEngineQuotes } from '../../local/workbook/quoted-strings';

const FORMULAS: Array<[string, unknown]> = [
  ['=LEN("a""b")', 3],
  ['=""""', '"'],
  ['="x"&"say ""hi"" now"', 'xsay "hi" now'],
  ['=IF(A1="""",1,"""a""")', '"a"'],
  ['=COUNTIF(A2:A,"Team ""North""")', 2],
  ['=LEN( "a""b" )', 3],
];

function workbook(): LocalWorkbook {
  const wb = new LocalWorkbook({
    sheets: [{ name: 'S', rows: [['x'], ['Team "North"'], ['Team "North"'], ['Team South']] }],
  });
  FORMULAS.forEach(([formula], i) => wb.setInput('S', 0, i + 2, formula));
  return wb;
}

function expectFormulas(wb: LocalWorkbook, row: number): void {
  FORMULAS.forEach(([formula, value], i) => {
    expect(wb.getFormula('S', row, i + 2)).toBe(formula);
    expect(wb.getError('S', row, i + 2)).toBeUndefined();
    expect(wb.getValue('S', row, i + 2)).toBe(value);
  });
}

test('a doubled quote inside a formula string is one quote, and the formula reads back as typed', () => {
  expectFormulas(workbook(), 0);
});

test('a formula string with a backslash before its closing quote stays a Sheets text', () => {
  const wb = new LocalWorkbook({ sheets: [{ name: 'S', rows: [] }] });
  wb.setInput('S', 0, 0, '=LEN("a\\""b")');
  expect(wb.getValue('S', 0, 0)).toBe(4);
  expect(wb.getFormula('S', 0, 0)).toBe('=LEN("a\\""b")');
});

test('doubled quotes survive rows inserted above, and a save and reopen', () => {
  const wb = workbook();
  wb.insertRows('S', 0, 1);
  const moved = wb.getFormula('S', 1, 6);
  expect(moved).toBe('=COUNTIF(A3:A,"Team ""North""")');
  const reopened = LocalWorkbook.fromJSON(JSON.parse(JSON.stringify(wb.toJSON())) as WorkbookJson);
  expect(reopened.getFormula('S', 1, 6)).toBe(moved);
  expect(reopened.getValue('S', 1, 6)).toBe(2);
  expect(reopened.getValue('S', 1, 2)).toBe(3);
  expect(reopened.getFormula('S', 1, 5)).toBe('=IF(A2="""",1,"""a""")');
});

test('the engine spelling is a concatenation of CHAR(34), undone on reading only where it was made', () => {
  expect(toEngineQuotes('=LEN("a""b")')).toBe('=LEN(("a"&CHAR(34)&"b"))');
  expect(toEngineQuotes('=A1&""&B1')).toBe('=A1&""&B1');
  expect(fromEngineQuotes('="("&CHAR(34)&")"')).toBe('="("&CHAR(34)&")"');
  expect(fromEngineQuotes('=LEN(("a"&CHAR(34)&"b"))')).toBe('=LEN("a""b")');
});

test('a conditional format formula with doubled quotes is evaluated (it threw "This is not a formula")', () => {
  const wb = workbook();
  wb.setConditionalRules('S', [
    {
      ranges: [{ row: 1, col: 0, numRows: 3, numCols: 1 }],
      criteria: 'CUSTOM_FORMULA',
      values: ['=$A2="Team ""North"""'],
      style: { background: '#f4cccc' },
    },
  ]);
  expect(wb.getConditionalStyle('S', 1, 0)).toEqual({ background: '#f4cccc' });
  expect(wb.getConditionalStyle('S', 3, 0)).toBeUndefined();
});
