// The parameters of a =KPI_* declaration (./declare), each built by a small typed constructor so
// that a declaration reads as one line per parameter: the constructor says what the argument
// holds and gives the JSDoc type Sheets shows, an optional parameter's help gets its "Optional: "
// prefix, and a text option ("mean" or "median") is declared once, giving both its help and the
// reading of its argument.
import { readChoice } from './columns';
import type { KpiParameter } from './declare';

/** The constructor of the parameters of one JSDoc type, required or optional. */
const ofType =
  (type: string) =>
  (name: string, help: string): KpiParameter => ({ name, type, help });
const optionalOfType =
  (type: string) =>
  (name: string, help: string): KpiParameter => ({ name, type, help: `Optional: ${help}` });

/** What one cell holds, as JSDoc names it ('*': anything, such as identifiers or markers). */
const rangeOf = (cell: string): string => `Array<Array<${cell}>>`;

/** A single number, date or text. */
export const [number, date, text] = ['number', 'Date', 'string'].map(ofType);
export const [optionalNumber, optionalDate] = ['number', 'Date'].map(optionalOfType);

/** A range of numbers, of dates, of texts, or of any cells. */
export const [numbers, dates, texts, cells] = ['number', 'Date', 'string', '*']
  .map(rangeOf)
  .map(ofType);
export const optionalCells = optionalOfType(rangeOf('*'));

/** A number or a range: of numbers (amounts), or of any cells (counts, or identifiers). */
export const [numberOrNumbers, numberOrCells] = ['number', '*'].map((cell) =>
  ofType(`number|${rangeOf(cell)}`),
);

/** Labels that replace the defaults: one label, or a range of them ("Won", or Settings!B2:B4). */
export const optionalLabels = optionalOfType(`string|${rangeOf('string')}`);

/** A text option: its parameter (help listing the choices, the first the default) and its reading. */
export interface Choice<T extends string> {
  readonly param: KpiParameter;
  /** The choice an argument makes, case-insensitive; blank → the default. */
  read(fn: string, arg: unknown): T;
}

export function choice<const T extends string>(
  name: string,
  choices: readonly [T, ...T[]],
): Choice<T> {
  const [fallback, ...others] = choices.map((c) => `"${c}"`);
  const listed = [`${fallback} (default)`, ...others];
  const last = listed.pop() as string;
  const help = `Optional: ${listed.length ? `${listed.join(', ')} or ${last}` : last}.`;
  return {
    param: { name, type: 'string', help },
    read: (fn, arg) => readChoice(fn, name, arg, choices, choices[0]),
  };
}
