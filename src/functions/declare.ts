// One declaration per =KPI_* function, beside its implementation in its family file: the name,
// the parameters with their help, the English and French help, an example and the code. Everything
// else is derived from it: the top-level stubs with JSDoc that Sheets reads (scripts/build.mjs),
// KPI_EXPLAIN's texts, the README's function table (scripts/readme-functions.mjs), and the tests
// that hold the bundle and docs/kpi-functions.md to it. Adding a function to a family is one
// declareKpi call and one entry in that family's list. The parameters are built by the typed
// constructors of ./params, the result by gives or spills below.
import { defineKpi, type Result } from './define';

export interface KpiParameter {
  readonly name: string;
  /** The JSDoc type Sheets shows, e.g. "number|Array<Array<*>>". */
  readonly type: string;
  /** Its help; an optional parameter's help starts with "Optional". */
  readonly help: string;
}

export interface KpiDeclaration {
  /** The name users type: KPI_ and upper case. */
  readonly name: string;
  /** What it gives, in one paragraph: the autocomplete help and KPI_EXPLAIN's text. */
  readonly help: { readonly en: string; readonly fr: string };
  readonly params: readonly KpiParameter[];
  /** The result: its JSDoc type when it is a single value, and its help. */
  readonly returns: { readonly type?: string; readonly help: string };
  /** A formula as a user would write it, e.g. '=KPI_NPS(Surveys!D2:D)'. */
  readonly example: string;
}

/** A single value as the result, of its JSDoc type. */
export function gives(
  type: 'number' | 'boolean' | 'string',
  help: string,
): KpiDeclaration['returns'] {
  return { type, help };
}

/** A table as the result: it spills below and to the right of the formula. */
export function spills(help: string): KpiDeclaration['returns'] {
  return { help };
}

/** A guarded =KPI_* function that carries its declaration. */
export type KpiFunction<A extends unknown[] = never, R extends Result = Result> = ((
  ...args: A
) => R) & { readonly declaration: KpiDeclaration };

/** True for a parameter the function can do without. */
export function isOptional(param: KpiParameter): boolean {
  return param.help.startsWith('Optional');
}

/** A declaration as a family file writes it: the English and French help side by side. */
export type KpiSpec = Omit<KpiDeclaration, 'help'> & { readonly en: string; readonly fr: string };

/**
 * The function behind a declaration: the implementation under the guard of defineKpi (every
 * error names the function), with its declaration attached for the build and the tests. The
 * implementation receives the function's name first, for its messages, then the arguments.
 */
export function declareKpi<A extends unknown[], R extends Result>(
  { name, en, fr, params, returns, example }: KpiSpec,
  impl: (fn: string, ...args: A) => R,
): KpiFunction<A, R> {
  const declaration: KpiDeclaration = { name, help: { en, fr }, params, returns, example };
  return Object.assign(
    defineKpi(name, (...args: A) => impl(name, ...args)),
    { declaration },
  );
}

/**
 * The arguments of an example made of literal values only ('=KPI_CLTV(480, 3, 62%, 4)',
 * '=KPI_EXPLAIN("KPI_NPS", "fr")'), or undefined when it refers to cells or calls a function:
 * such an example runs anywhere (the bench times it, the demo's Quick start shows it).
 */
export function exampleArguments(example: string): unknown[] | undefined {
  const inner = /^=KPI_\w+\((.*)\)$/.exec(example)?.[1];
  if (inner === undefined) return undefined;
  const args: unknown[] = [];
  for (const [token] of inner.matchAll(/"[^"]*"|[^,\s][^,]*/g)) {
    const text = token.trim();
    const number = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(text);
    if (number) args.push(Number(number[1]) / (number[2] ? 100 : 1));
    else if (/^"[^"]*"$/.test(text)) args.push(text.slice(1, -1));
    else if (/^(TRUE|FALSE)$/i.test(text)) args.push(text.toUpperCase() === 'TRUE');
    else return undefined;
  }
  return args;
}
