// The parts of a =KPI_* declaration (./declare), each built by a small typed constructor so that
// a declaration reads as one line per parameter: the JSDoc type Sheets shows is derived from what
// the argument holds, an optional parameter's help gets its "Optional: " prefix, and a text option
// ("mean" or "median") is declared once, giving both its help and the reading of its argument.
import { readChoice } from './columns';
import type { KpiDeclaration, KpiParameter } from './declare';

/** What the cells of a range argument hold, as the JSDoc type names it ('*': anything). */
type CellType = 'number' | 'string' | 'Date' | '*';

/** A range argument: a column (or block) of cells. */
export function range(name: string, help: string, of: CellType = '*'): KpiParameter {
  return { name, type: `Array<Array<${of}>>`, help };
}

/** A single number, or a range (of numbers, or of anything such as customer identifiers). */
export function numberOrRange(name: string, help: string, of: 'number' | '*' = '*'): KpiParameter {
  return { name, type: `number|Array<Array<${of}>>`, help };
}

/** One label or a range of them ("Won", or Settings!B2:B4). */
export function labels(name: string, help: string): KpiParameter {
  return { name, type: 'string|Array<Array<string>>', help };
}

/** A single value: a number, a date or a text. */
export function single(
  name: string,
  help: string,
  type: 'number' | 'Date' | 'string',
): KpiParameter {
  return { name, type, help };
}

/** The same parameter, optional: its help says so first, as users and isOptional read it. */
export function optional(param: KpiParameter): KpiParameter {
  return { ...param, help: `Optional: ${param.help}` };
}

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

type Returns = KpiDeclaration['returns'];

/** A single value as the result, of its JSDoc type. */
export function gives(type: 'number' | 'boolean' | 'string', help: string): Returns {
  return { type, help };
}

/** A table that spills below and to the right of the formula. */
export function spills(help: string): Returns {
  return { help };
}
