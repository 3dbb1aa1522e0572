// Custom functions recalculate as in Sheets: only when an argument changes (the result is cached
// while the arguments are the same, whatever makes the engine recompute the formula), and an
// argument computed from a volatile function (NOW, TODAY, RAND, RANDBETWEEN) is refused.
import { LocalWorkbook, type SheetsFunction } from '../../local/workbook';
import { VOLATILE_ARGUMENT_MESSAGE } from '../../local/workbook/volatile-arguments';

/** A function that reads a clock the test moves, and counts its calls (as =KPI_PROGRESS does). */
function clockFunction(): { fn: SheetsFunction; calls: () => number; move: (ms: number) => void } {
  let now = Date.UTC(2026, 3, 10, 10);
  let calls = 0;
  return {
    fn: (x: unknown) => {
      calls++;
      return `${String(x)}@${new Date(now).toISOString().slice(0, 10)}`;
    },
    calls: () => calls,
    move: (ms) => {
      now += ms;
    },
  };
}

const DAY = 86_400_000;

describe('a custom function recalculates only when one of its arguments changes', () => {
  test('the cached result stays while the clock moves and the engine recomputes the formula', () => {
    const clock = clockFunction();
    const wb = new LocalWorkbook({ timeZone: 'Europe/Paris', functions: { AT: clock.fn } });
    wb.setInputs('Sheet1', 0, 0, [[5], ['=AT(A1)'], ['=IF(NOW()>0,AT(A1),"")']]);
    expect(wb.getValue('Sheet1', 1, 0)).toBe('5@2026-04-10');
    expect(wb.getValue('Sheet1', 2, 0)).toBe('5@2026-04-10');
    const calls = clock.calls();
    clock.move(DAY);
    // The same value written again, an unrelated edit (the formula holding NOW() recomputes) and
    // a whole-workbook recalculation: the arguments are the same, so the results are kept.
    wb.setInput('Sheet1', 0, 0, 5);
    wb.setInput('Sheet1', 9, 9, 'unrelated');
    wb.setTimeZone('Europe/Paris');
    expect(wb.getValue('Sheet1', 1, 0)).toBe('5@2026-04-10');
    expect(wb.getValue('Sheet1', 2, 0)).toBe('5@2026-04-10');
    expect(clock.calls()).toBe(calls);
  });

  test('a changed argument runs the function again', () => {
    const clock = clockFunction();
    const wb = new LocalWorkbook({ functions: { AT: clock.fn } });
    wb.setInputs('Sheet1', 0, 0, [[5], ['=AT(A1)']]);
    clock.move(DAY);
    wb.setInput('Sheet1', 0, 0, 6);
    expect(wb.getValue('Sheet1', 1, 0)).toBe('6@2026-04-11');
  });

  test('the same function twice in one formula keeps a result per call', () => {
    const clock = clockFunction();
    const wb = new LocalWorkbook({ functions: { AT: clock.fn } });
    wb.setInputs('Sheet1', 0, 0, [[1, 2], ['=AT(A1)&"|"&AT(B1)']]);
    expect(wb.getValue('Sheet1', 1, 0)).toBe('1@2026-04-10|2@2026-04-10');
    clock.move(DAY);
    wb.setInput('Sheet1', 0, 1, 3);
    expect(wb.getValue('Sheet1', 1, 0)).toBe('1@2026-04-10|3@2026-04-11');
  });

  test('a spilled table re-sized by the runtime is not computed twice', () => {
    let calls = 0;
    const table: SheetsFunction = (n: unknown) => {
      calls++;
      return Array.from({ length: Number(n) }, (_, i) => [i + 1, calls]);
    };
    const wb = new LocalWorkbook({ functions: { TABLE: table } });
    wb.setInputs('Sheet1', 0, 0, [[3], ['=TABLE(A1)']]);
    expect(wb.getValues('Sheet1', 1, 0, 3, 2)).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    expect(calls).toBe(1);
  });
});

describe('volatile functions are not allowed as arguments', () => {
  const refused = { code: '#ERROR!', message: VOLATILE_ARGUMENT_MESSAGE };

  test.each([
    ['=AT(NOW())'],
    ['=AT(TODAY())'],
    ['=AT(RAND()*2)'],
    ['=AT(RANDBETWEEN(1,9))'],
    ['=AT(B1)'],
    ['=AT(C1)'],
    ['=AT(B1:C3)'],
    ['=AT(C:C)'],
  ])('%s is refused (directly, or through cells computed from TODAY())', (formula) => {
    const clock = clockFunction();
    const wb = new LocalWorkbook({ functions: { AT: clock.fn } });
    wb.setInputs('Sheet1', 0, 0, [['', '=TODAY()', '=B1+1']]);
    wb.setInput('Sheet1', 5, 0, formula);
    expect(wb.getError('Sheet1', 5, 0)).toEqual(refused);
    expect(clock.calls()).toBe(0);
  });

  test('a deterministic argument beside a volatile cell is accepted', () => {
    const clock = clockFunction();
    const wb = new LocalWorkbook({ functions: { AT: clock.fn } });
    wb.setInputs('Sheet1', 0, 0, [['=DATE(2026,4,10)', '=TODAY()'], ['=A1+1']]);
    wb.setInput('Sheet1', 5, 0, '=AT(A1:A2)');
    wb.setInput('Sheet1', 5, 1, '=IF(B1>0,AT(A2),"")');
    expect(wb.getError('Sheet1', 5, 0)).toBeUndefined();
    expect(wb.getError('Sheet1', 5, 1)).toBeUndefined();
    expect(clock.calls()).toBe(2);
  });
});
