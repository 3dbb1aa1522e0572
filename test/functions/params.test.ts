// The pieces the =KPI_* declarations and implementations are built from: the parameter
// constructors give the JSDoc types and help Sheets shows (nothing else checks a parameter's type
// or help text), a text option gives its help and reads its argument, readScalars reads every
// number before checking any, and ratio refuses a division by 0 in the function's words.
import {
  cells,
  choice,
  date,
  dates,
  number,
  numberOrCells,
  numberOrNumbers,
  numbers,
  optionalCells,
  optionalDate,
  optionalLabels,
  optionalNumber,
  text,
  texts,
} from '../../src/functions/params';
import {
  fraction,
  notNegative,
  readScalars,
  type ScalarSpec,
} from '../../src/functions/scalar-rules';
import { ratio } from '../../src/functions/ratio';

test('each constructor gives its JSDoc type, and an optional parameter says so first', () => {
  const types = [
    [number, 'number'],
    [date, 'Date'],
    [text, 'string'],
    [numbers, 'Array<Array<number>>'],
    [dates, 'Array<Array<Date>>'],
    [texts, 'Array<Array<string>>'],
    [cells, 'Array<Array<*>>'],
    [numberOrNumbers, 'number|Array<Array<number>>'],
    [numberOrCells, 'number|Array<Array<*>>'],
  ] as const;
  for (const [make, type] of types) {
    expect(make('x', 'The x.')).toEqual({ name: 'x', type, help: 'The x.' });
  }
  expect(optionalNumber('lag', 'the lag (default 0).')).toEqual({
    name: 'lag',
    type: 'number',
    help: 'Optional: the lag (default 0).',
  });
  expect(optionalDate('as_of', 'the day.').type).toBe('Date');
  expect(optionalCells('rules', 'the rules.').type).toBe('Array<Array<*>>');
  expect(optionalLabels('won_labels', 'the labels.')).toEqual({
    name: 'won_labels',
    type: 'string|Array<Array<string>>',
    help: 'Optional: the labels.',
  });
});

test('a text option lists its choices, the first the default, and reads its argument', () => {
  const two = choice('statistic', ['median', 'mean']);
  expect(two.param).toEqual({
    name: 'statistic',
    type: 'string',
    help: 'Optional: "median" (default) or "mean".',
  });
  const four = choice('period', ['month', 'week', 'quarter', 'day']);
  expect(four.param.help).toBe('Optional: "month" (default), "week", "quarter" or "day".');
  expect(four.read('KPI_X', undefined)).toBe('month');
  expect(four.read('KPI_X', '')).toBe('month');
  expect(four.read('KPI_X', ' Week ')).toBe('week');
  expect(() => four.read('KPI_X', 'year')).toThrow(
    'KPI_X: period "year" is not one of "month", "week", "quarter", "day"',
  );
});

test('readScalars reads every number before checking any, then checks them in order', () => {
  const specs = (a: unknown, b: unknown): Record<'a' | 'b' | 'c', ScalarSpec> => ({
    a: [a, notNegative('an a')],
    b: [b, fraction('25 % is 0.25')],
    c: [undefined, notNegative('a c'), 7],
  });
  expect(readScalars('KPI_X', specs(2, 0.5))).toEqual({ a: 2, b: 0.5, c: 7 });
  // An unreadable b is reported before a readable a out of range.
  expect(() => readScalars('KPI_X', specs(-1, 'abc'))).toThrow('KPI_X: b holds "abc"');
  expect(() => readScalars('KPI_X', specs(-1, 2))).toThrow(
    'KPI_X: a is -1; an a cannot be negative',
  );
  expect(() => readScalars('KPI_X', specs(1, 2))).toThrow(
    'KPI_X: b is 2; give a fraction from 0 to 1 (25 % is 0.25)',
  );
});

test('ratio divides, and fails in the words given when there is nothing to divide by', () => {
  expect(ratio('KPI_X', 3, 4, 'unused')).toBe(0.75);
  expect(ratio('KPI_X', 0, 4, 'unused')).toBe(0);
  expect(() => ratio('KPI_X', 3, 0, 'nothing to divide by')).toThrow('KPI_X: nothing to divide by');
});
