// The formula adapter: custom functions receive arguments exactly as Sheets passes them, their
// tables spill, their errors show as #ERROR! with the message, and edits recalculate.
import { existsSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { BUNDLE_PATH, loadBundleBare } from '../../local/harness/bundle';
import { LocalWorkbook, type SheetsFunction } from '../../local/workbook';

/** Paris midnight of a day, as the instant Apps Script hands over (CET = UTC+1, CEST = UTC+2). */
const parisMidnight = (iso: string, offsetHours: number): Date =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - offsetHours * 3_600_000);

function recorder(result: unknown = 'ok'): { fn: SheetsFunction; calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    fn: (...args: unknown[]) => {
      calls.push(args);
      return result;
    },
  };
}

describe('arguments as Sheets passes them', () => {
  const rec = recorder();
  const wb = new LocalWorkbook({
    timeZone: 'Europe/Paris',
    functions: { REC: rec.fn },
    sheets: [
      {
        name: 'Data',
        rows: [
          [7, 'text', true],
          [new Date(Date.UTC(2024, 0, 30, 23)), null, 'x'],
          [new Date(Date.UTC(2024, 5, 30, 22)), 2.5, null],
        ],
      },
    ],
  });

  beforeEach(() => {
    rec.calls.length = 0;
  });

  it('passes one cell as a scalar and a range as rows of cells', () => {
    wb.setInput('Data', 5, 0, '=REC(A1, B1, C1, A1:C1)');
    expect(rec.calls[0]).toEqual([7, 'text', true, [[7, 'text', true]]]);
  });

  it('passes an empty cell as "" (alone and inside a range)', () => {
    wb.setInput('Data', 5, 0, '=REC(B2, A2:C3)');
    const [single, rows] = rec.calls[0] as [unknown, unknown[][]];
    expect(single).toBe('');
    expect(rows[0][1]).toBe('');
    expect(rows[1][2]).toBe('');
  });

  it('passes date cells as Dates at midnight in the spreadsheet time zone', () => {
    wb.setInput('Data', 5, 0, '=REC(A2, A2:A3)');
    const [single, rows] = rec.calls[0] as [Date, Date[][]];
    expect(single).toBeInstanceOf(Date);
    expect(single.toISOString()).toBe(parisMidnight('2024-01-31', 1).toISOString());
    expect(rows[1][0].toISOString()).toBe(parisMidnight('2024-07-01', 2).toISOString());
  });

  it('passes a typed percentage as its fraction and a typed number as a number', () => {
    wb.setInputs('Data', 6, 0, [['12.5%', '1,234.5', "'10%"]]);
    wb.setInput('Data', 5, 0, '=REC(A7, B7, C7)');
    expect(rec.calls[0]).toEqual([0.125, 1234.5, '10%']);
  });

  it('passes literals and an omitted argument', () => {
    wb.setInput('Data', 5, 0, '=REC(1.5, "a", TRUE, , DATE(2024,2,29))');
    const args = rec.calls[0];
    expect(args.slice(0, 4)).toEqual([1.5, 'a', true, '']);
    expect((args[4] as Date).toISOString()).toBe(parisMidnight('2024-02-29', 1).toISOString());
  });

  it('passes a whole-column reference down to the last row of the sheet, blanks as ""', () => {
    wb.setInput('Data', 5, 0, '=REC(B:B)');
    const rows = rec.calls[0][0] as unknown[][];
    expect(rows).toHaveLength(1000);
    expect(rows[0]).toEqual(['text']);
    expect(rows[2]).toEqual([2.5]);
    expect(rows[999]).toEqual(['']);
  });

  it('passes a one-cell range as a scalar', () => {
    wb.setInput('Data', 5, 0, '=REC(A1:A1)');
    expect(rec.calls[0]).toEqual([7]);
  });

  it('does not call the function when an argument holds an error: the error shows', () => {
    wb.setInput('Data', 8, 0, '=1/0');
    wb.setInput('Data', 5, 0, '=REC(A9)');
    expect(rec.calls).toHaveLength(0);
    expect(wb.getDisplayValue('Data', 5, 0)).toBe('#DIV/0!');
  });
});

describe('results', () => {
  it('shows a thrown error as #ERROR! with the error message', () => {
    const wb = new LocalWorkbook({
      functions: {
        KPI_FAIL: () => {
          throw new Error('KPI_FAIL: scores row 7 holds 11');
        },
      },
    });
    wb.setInput('Sheet1', 0, 0, '=KPI_FAIL()');
    expect(wb.getDisplayValue('Sheet1', 0, 0)).toBe('#ERROR!');
    expect(wb.getValue('Sheet1', 0, 0)).toBe('#ERROR!');
    expect(wb.getError('Sheet1', 0, 0)).toEqual({
      code: '#ERROR!',
      message: 'KPI_FAIL: scores row 7 holds 11',
    });
  });

  it('spills a returned table, Dates shown as dates, and reads back as values', () => {
    const table = [
      ['Period', 'Value'],
      [parisMidnight('2024-01-01', 1), 10],
      [parisMidnight('2024-02-01', 1), 12.5],
    ];
    const wb = new LocalWorkbook({ functions: { KPI_TABLE: () => table } });
    wb.setInput('Sheet1', 1, 1, '=KPI_TABLE()');
    expect(wb.getValues('Sheet1', 1, 1, 4, 3)).toEqual([
      ['Period', 'Value', ''],
      [parisMidnight('2024-01-01', 1), 10, ''],
      [parisMidnight('2024-02-01', 1), 12.5, ''],
      ['', '', ''],
    ]);
    expect(wb.getDisplayValues('Sheet1', 2, 1, 1, 1)).toEqual([['1/1/2024']]);
    expect(wb.getFormula('Sheet1', 2, 1)).toBe('');
    expect(wb.getFormula('Sheet1', 1, 1)).toBe('=KPI_TABLE()');
  });

  it('re-sizes the spill when the result grows or shrinks', () => {
    let rows = 2;
    const wb = new LocalWorkbook({
      functions: {
        KPI_N: (n: unknown) => Array.from({ length: Number(n) }, (_, i) => [i + 1, 'x']),
      },
    });
    wb.setInputs('Sheet1', 0, 0, [[rows, '=KPI_N(A1)']]);
    expect(wb.getValues('Sheet1', 0, 1, 4, 2)).toEqual([
      [1, 'x'],
      [2, 'x'],
      ['', ''],
      ['', ''],
    ]);
    rows = 4;
    wb.setInput('Sheet1', 0, 0, rows);
    expect(wb.getValues('Sheet1', 0, 1, 5, 1)).toEqual([[1], [2], [3], [4], ['']]);
    wb.setInput('Sheet1', 0, 0, 1);
    expect(wb.getValues('Sheet1', 0, 1, 3, 2)).toEqual([
      [1, 'x'],
      ['', ''],
      ['', ''],
    ]);
    // Cells freed by the shrink can be written.
    wb.setInput('Sheet1', 2, 1, 'free');
    expect(wb.getValue('Sheet1', 2, 1)).toBe('free');
  });

  it('shows #REF! when the spill would overwrite data, and spills once the data is gone', () => {
    const wb = new LocalWorkbook({ functions: { KPI_COL: () => [[1], [2], [3]] } });
    wb.setInput('Sheet1', 2, 0, 'blocker');
    wb.setInput('Sheet1', 0, 0, '=KPI_COL()');
    expect(wb.getDisplayValue('Sheet1', 0, 0)).toBe('#REF!');
    expect(wb.getError('Sheet1', 0, 0)?.message).toBe(
      'Array result was not expanded because it would overwrite data.',
    );
    wb.setInput('Sheet1', 2, 0, null);
    expect(wb.getValues('Sheet1', 0, 0, 3, 1)).toEqual([[1], [2], [3]]);
  });

  it('spills a 1-D array down a column and pads ragged rows with blanks', () => {
    const wb = new LocalWorkbook({
      functions: { KPI_LIST: () => ['a', 'b'], KPI_RAGGED: () => [[1, 2], [3]] },
    });
    wb.setInputs('Sheet1', 0, 0, [['=KPI_LIST()', null, '=KPI_RAGGED()']]);
    expect(wb.getValues('Sheet1', 0, 0, 2, 4)).toEqual([
      ['a', '', 1, 2],
      ['b', '', 3, ''],
    ]);
  });

  it('turns non-finite numbers into #NUM! and undefined into an empty cell', () => {
    const wb = new LocalWorkbook({ functions: { KPI_NAN: () => NaN, KPI_UNDEF: () => undefined } });
    wb.setInputs('Sheet1', 0, 0, [['=KPI_NAN()', '=KPI_UNDEF()']]);
    expect(wb.getDisplayValue('Sheet1', 0, 0)).toBe('#NUM!');
    expect(wb.getValue('Sheet1', 0, 1)).toBe(0);
  });

  it('recalculates dependants when a cell is edited (and only calls the function again then)', () => {
    const rec = recorder();
    const sum: SheetsFunction = (range: unknown) => {
      rec.calls.push([range]);
      return (range as number[][]).flat().reduce((a, b) => a + (Number(b) || 0), 0);
    };
    const wb = new LocalWorkbook({ functions: { KPI_SUM: sum } });
    wb.setInputs('Sheet1', 0, 0, [[1], [2], [3], ['=KPI_SUM(A1:A3)'], ['=A4*10']]);
    expect(wb.getValue('Sheet1', 4, 0)).toBe(60);
    const calls = rec.calls.length;
    wb.setInput('Sheet1', 1, 0, 20);
    expect(wb.getValue('Sheet1', 3, 0)).toBe(24);
    expect(wb.getValue('Sheet1', 4, 0)).toBe(240);
    expect(rec.calls.length).toBe(calls + 1);
    wb.setInput('Sheet1', 9, 9, 'unrelated');
    expect(rec.calls.length).toBe(calls + 1);
  });

  it('registers functions after creation (the formula turns from #NAME? into its value)', () => {
    const wb = new LocalWorkbook();
    wb.setInput('Sheet1', 0, 0, '=KPI_LATE(2)');
    expect(wb.getDisplayValue('Sheet1', 0, 0)).toBe('#NAME?');
    expect(wb.getError('Sheet1', 0, 0)?.message).toBe("Unknown function: 'KPI_LATE'.");
    wb.registerFunctions({ KPI_LATE: (x: unknown) => Number(x) * 21 });
    expect(wb.getValue('Sheet1', 0, 0)).toBe(42);
    wb.registerFunctions({ KPI_LATE: (x: unknown) => Number(x) * 2 });
    expect(wb.getValue('Sheet1', 0, 0)).toBe(4);
  });
});

describe('Sheets functions HyperFormula lacks', () => {
  const wb = new LocalWorkbook({
    sheets: [
      {
        name: 'S',
        rows: [
          [1, 'Won', 10],
          [5, 'Lost', 20],
          [3, 'Won', 30],
        ],
      },
    ],
  });

  it('SPARKLINE evaluates to "" but keeps its formula and its data for drawing', () => {
    wb.setInput('S', 5, 0, '=SPARKLINE(A1:A3, {"charttype","column";"max",10})');
    expect(wb.getValue('S', 5, 0)).toBe('');
    expect(wb.getFormula('S', 5, 0)).toMatch(/^=SPARKLINE\(/);
    expect(wb.getSparkline('S', 5, 0)).toEqual({
      data: [[1], [5], [3]],
      options: { charttype: 'column', max: 10 },
    });
    wb.setInput('S', 1, 0, 8);
    expect(wb.getSparkline('S', 5, 0)?.data).toEqual([[1], [8], [3]]);
    wb.setInput('S', 1, 0, 5);
  });

  it.each([
    ['=ISBETWEEN(5, 1, 10)', true],
    ['=ISBETWEEN(10, 1, 10, TRUE, FALSE)', false],
    ['=REGEXMATCH("KPI-42", "\\d+")', true],
    ['=REGEXEXTRACT("KPI-42", "(\\d+)")', '42'],
    ['=REGEXREPLACE("a-b-c", "-", "+")', 'a+b+c'],
    ['=JOIN(", ", B1:B3)', 'Won, Lost, Won'],
    ['=AVERAGEIFS(C1:C3, B1:B3, "Won")', 20],
    ['=AVERAGEIFS(C1:C3, A1:A3, ">=3")', 25],
    ['=IMAGE("https://example.com/a.png")', ''],
  ])('%s', (formula, expected) => {
    wb.setInput('S', 7, 0, formula);
    expect(wb.getValue('S', 7, 0)).toBe(expected);
  });

  it('TO_DATE shows a serial as a date', () => {
    wb.setInput('S', 7, 0, '=TO_DATE(45322)');
    expect(wb.getDisplayValue('S', 7, 0)).toBe('1/31/2024');
  });
});

const bundleIt = existsSync(BUNDLE_PATH) ? it : it.skip;

describe('the built bundle through the adapter (when dist/Code.js exists)', () => {
  bundleIt('evaluates =KPI_NPS over a range and shows a KPI error as #ERROR!', () => {
    const bundle = loadBundleBare();
    if (typeof bundle.KPI_NPS !== 'function') return;
    const wb = new LocalWorkbook({
      functions: { KPI_NPS: bundle.KPI_NPS },
      sheets: [{ name: 'Surveys', rows: [['Score'], [10], [9], [7], [3]] }],
    });
    wb.setInput('Surveys', 0, 2, '=KPI_NPS(A1:A5)');
    // 2 promoters, 1 detractor, 4 answers: 100 × (2 − 1) / 4.
    expect(wb.getValue('Surveys', 0, 2)).toBeCloseTo(25, 10);
    wb.setInput('Surveys', 4, 0, 11);
    expect(wb.getDisplayValue('Surveys', 0, 2)).toBe('#ERROR!');
    expect(wb.getError('Surveys', 0, 2)?.message).toMatch(/^KPI_NPS: /);
  });
});

describe('values from another realm (scripts run in node:vm)', () => {
  it('reads a vm Date returned by a custom function or written to a cell as a date', () => {
    const vmDate = runInNewContext('new Date(Date.UTC(2024, 0, 30, 23))') as Date;
    expect(vmDate instanceof Date).toBe(false);
    const wb = new LocalWorkbook({
      timeZone: 'Europe/Paris',
      functions: { KPI_DAY: () => vmDate },
    });
    wb.setInputs('Sheet1', 0, 0, [['=KPI_DAY()', vmDate]]);
    expect(wb.getValues('Sheet1', 0, 0, 1, 2)).toEqual([
      [parisMidnight('2024-01-31', 1), parisMidnight('2024-01-31', 1)],
    ]);
    expect(wb.getDisplayValues('Sheet1', 0, 0, 1, 2)).toEqual([['1/31/2024', '1/31/2024']]);
  });
});
