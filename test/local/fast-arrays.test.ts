// The native ARRAYFORMULA (local/workbook/fast-arrays.ts) gives exactly what HyperFormula's own
// ARRAYFORMULA gives: random expressions over columns of mixed cells (numbers, texts that read as
// dates or numbers, blanks, booleans, errors) are written twice, evaluated once natively and once
// with the native code switched off; values and error messages must be the same.
// Also: values read from a range during one recalculation are never kept into the next one.
import fc from 'fast-check';
import { LocalWorkbook, type CellInput } from '../../local/workbook';
import { fastArrays } from '../../local/workbook/fast-arrays';

const ROWS = 20;
const COLUMNS = ['A', 'B', 'C', 'D'];
const range = (c: string) => `Data!$${c}$2:$${c}$${ROWS + 1}`;

const cell = fc.oneof(
  fc.constantFrom<CellInput>(
    null,
    '',
    'Lyon',
    'lyon',
    'Réussi',
    ' a  b ',
    '2026-01-02',
    '1/2/2026',
    '12',
    '10%',
    'TRUE',
    true,
    false,
    0,
    -0.5,
    9,
    6,
    46000,
    '=1/0',
    '=NA()',
  ),
  fc.integer({ min: -20, max: 20 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

const leaf = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...COLUMNS.map(range)) },
  { weight: 2, arbitrary: fc.constantFrom('Data!$F$1', 'Data!$F$2', 'Data!$F$3') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('"Lyon"', '""', '"2026-01-02"', '9', '0', '6', 'TRUE()'),
  },
);

const { expr } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom('=', '<>', '<', '>', '<=', '>=', '+', '-', '*', '/', '&'),
        tie('expr'),
      )
      .map(([a, op, b]) => `(${a}${op}${b})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, a, b]) => `IF(${c},${a},${b})`),
    fc.tuple(tie('expr'), tie('expr')).map(([c, a]) => `IF(${c},${a})`),
    tie('expr').map((a) => `ISNUMBER(${a})`),
    tie('expr').map((a) => `TRIM(${a})`),
    tie('expr').map((a) => `-${a}`),
  ),
}));

function results(wb: LocalWorkbook, sheet: string): unknown {
  return {
    values: wb.getValues(sheet, 0, 0, ROWS, 1),
    errors: wb.listErrors(sheet),
  };
}

describe('ARRAYFORMULA evaluated natively', () => {
  test('equals HyperFormula’s array evaluation for random expressions and cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), {
          minLength: ROWS,
          maxLength: ROWS,
        }),
        fc.array(cell, { minLength: 3, maxLength: 3 }),
        fc.array(expr, { minLength: 1, maxLength: 4 }),
        (rows, scalars, exprs) => {
          const wb = new LocalWorkbook();
          wb.addSheet('Data');
          wb.addSheet('Native');
          wb.addSheet('Engine');
          wb.setInputs('Data', 1, 0, rows);
          wb.setInputs(
            'Data',
            0,
            5,
            scalars.map((s) => [s]),
          );
          for (const e of exprs) {
            wb.setInput('Native', 0, 0, `=ARRAYFORMULA(${e})`);
            fastArrays.enabled = false;
            try {
              wb.setInput('Engine', 0, 0, `=ARRAYFORMULA(${e})`);
            } finally {
              fastArrays.enabled = true;
            }
            expect({ e, ...(results(wb, 'Native') as object) }).toEqual({
              e,
              ...(results(wb, 'Engine') as object),
            });
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 300_000);

  test('the other array functions keep working beside it (FILTER, ARRAY_CONSTRAIN)', () => {
    const wb = new LocalWorkbook();
    wb.setInputs('Sheet1', 0, 0, [[1], [5], [3]]);
    wb.setInputs('Sheet1', 0, 1, [
      ['=FILTER(A1:A3,A1:A3>2)', '=ARRAY_CONSTRAIN(ARRAYFORMULA(A1:A3*2),2,1)'],
    ]);
    expect(wb.listErrors('Sheet1')).toEqual([]);
    expect(wb.getValues('Sheet1', 0, 1, 3, 2)).toEqual([
      [5, 2],
      [3, 10],
      ['', ''],
    ]);
  });

  test('a formula over a range sees the range as it is after each change', () => {
    const wb = new LocalWorkbook();
    wb.addSheet('Data');
    wb.setInputs('Data', 0, 0, [['Lyon'], ['Paris'], ['Lyon']]);
    wb.setInputs('Sheet1', 0, 0, [
      ['=ARRAYFORMULA((Data!A1:A3="Lyon")*1)', '=ARRAYFORMULA(IF(Data!A1:A3="Paris",2,0))'],
    ]);
    expect(wb.getValues('Sheet1', 0, 0, 3, 2)).toEqual([
      [1, 0],
      [0, 2],
      [1, 0],
    ]);
    wb.setInput('Data', 1, 0, 'Lyon');
    expect(wb.getValues('Sheet1', 0, 0, 3, 2)).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
    ]);
    wb.setInput('Data', 2, 0, 'Paris');
    expect(wb.getValues('Sheet1', 0, 0, 3, 2)).toEqual([
      [1, 0],
      [1, 0],
      [0, 2],
    ]);
  });
});
