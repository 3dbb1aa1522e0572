// Google Sheets functions that HyperFormula 3.5 lacks and the add-on (or its users) write:
// SPARKLINE and IMAGE (drawn by the playground: they evaluate to '' and keep their formula;
// SPARKLINE's evaluated data is kept for drawing), ISBETWEEN, REGEXMATCH, REGEXEXTRACT,
// REGEXREPLACE, JOIN, AVERAGEIFS, TO_DATE, TO_PERCENT. The list is in local/README.md.
import {
  CellError,
  ErrorType,
  FunctionPlugin,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import { addressKey, type AdapterContext } from './adapter-context';
import { parseCriterion } from './criteria';
import type { AstLike, ProcedureAstLike, StateLike } from './formula-adapter';
import { isRichNumber } from './hf-values';

type Scalar = unknown;

class SheetsFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    SPARKLINE: { method: 'sparkline' },
    IMAGE: { method: 'image' },
    ISBETWEEN: { method: 'isbetween' },
    REGEXMATCH: { method: 'regexmatch' },
    REGEXEXTRACT: { method: 'regexextract' },
    REGEXREPLACE: { method: 'regexreplace' },
    JOIN: { method: 'join' },
    AVERAGEIFS: { method: 'averageifs' },
    TO_DATE: { method: 'toDate' },
    TO_PERCENT: { method: 'toPercent' },
  };

  private get adapter(): AdapterContext {
    return this.config.context as AdapterContext;
  }

  /** Rows of plain values (numbers unwrapped), or throws the first error met. */
  private rows(ast: AstLike | undefined, state: StateLike): Scalar[][] {
    if (!ast || ast.type === 'EMPTY') return [['']];
    const v = this.evaluateAst(ast as never, state as never);
    const data = v instanceof SimpleRangeValue ? v.data : [[v]];
    return data.map((row) => row.map((c) => plain(c)));
  }

  private scalar(ast: AstLike | undefined, state: StateLike): Scalar {
    const rows = this.rows(ast, state);
    return rows[0]?.[0] ?? '';
  }

  private guard(
    compute: () => unknown,
    argCount: [number, number],
    ast: ProcedureAstLike,
  ): unknown {
    if (ast.args.length < argCount[0] || ast.args.length > argCount[1]) {
      return new CellError(ErrorType.NA, 'Wrong number of arguments.');
    }
    try {
      return compute();
    } catch (e) {
      if (e instanceof CellError) return e;
      return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
    }
  }

  sparkline(ast: ProcedureAstLike, state: StateLike): unknown {
    return this.guard(
      () => {
        const data = this.rows(ast.args[0], state).map((row) =>
          row.map((c): number | '' => (typeof c === 'number' ? c : '')),
        );
        const options: Record<string, string | number | boolean> = {};
        if (ast.args[1]) {
          for (const row of this.rows(ast.args[1], state)) {
            if (row.length >= 2 && typeof row[0] === 'string') {
              options[row[0].toLowerCase()] = row[1] as string | number | boolean;
            }
          }
        }
        this.adapter.sparklines.set(addressKey(state.formulaAddress), { data, options });
        return '';
      },
      [1, 2],
      ast,
    );
  }

  image(ast: ProcedureAstLike): unknown {
    return this.guard(() => '', [1, 5], ast);
  }

  isbetween(ast: ProcedureAstLike, state: StateLike): unknown {
    return this.guard(
      () => {
        const [v, lo, hi] = [0, 1, 2].map((i) => toNumber(this.scalar(ast.args[i], state)));
        const loInc = ast.args[3] ? this.scalar(ast.args[3], state) !== false : true;
        const hiInc = ast.args[4] ? this.scalar(ast.args[4], state) !== false : true;
        return (loInc ? v >= lo : v > lo) && (hiInc ? v <= hi : v < hi);
      },
      [3, 5],
      ast,
    );
  }

  regexmatch(ast: ProcedureAstLike, state: StateLike): unknown {
    return this.guard(
      () => regex(this.scalar(ast.args[1], state)).test(String(this.scalar(ast.args[0], state))),
      [2, 2],
      ast,
    );
  }

  regexextract(ast: ProcedureAstLike, state: StateLike): unknown {
    return this.guard(
      () => {
        const m = regex(this.scalar(ast.args[1], state)).exec(
          String(this.scalar(ast.args[0], state)),
        );
        if (!m) return new CellError(ErrorType.NA, 'REGEXEXTRACT: no match.');
        return m.length > 1 ? (m[1] ?? '') : m[0];
      },
      [2, 2],
      ast,
    );
  }

  regexreplace(ast: ProcedureAstLike, state: StateLike): unknown {
    return this.guard(
      () => {
        const re = new RegExp(regex(this.scalar(ast.args[1], state)).source, 'g');
        const text = String(this.scalar(ast.args[0], state));
        return text.replace(re, String(this.scalar(ast.args[2], state)));
      },
      [3, 3],
      ast,
    );
  }

  join(ast: ProcedureAstLike, state: StateLike): unknown {
    return this.guard(
      () => {
        const delimiter = String(this.scalar(ast.args[0], state));
        const parts = ast.args.slice(1).flatMap((a) => this.rows(a, state).flat());
        return parts
          .map((p) => (typeof p === 'boolean' ? (p ? 'TRUE' : 'FALSE') : String(p)))
          .join(delimiter);
      },
      [2, 255],
      ast,
    );
  }

  averageifs(ast: ProcedureAstLike, state: StateLike): unknown {
    return this.guard(
      () => {
        if (ast.args.length % 2 === 0)
          return new CellError(ErrorType.NA, 'Wrong number of arguments.');
        const values = this.rows(ast.args[0], state).flat();
        const tests: Array<[Scalar[], (v: unknown) => boolean]> = [];
        for (let i = 1; i < ast.args.length; i += 2) {
          const range = this.rows(ast.args[i], state).flat();
          if (range.length !== values.length) {
            return new CellError(ErrorType.VALUE, 'AVERAGEIFS: ranges have different sizes.');
          }
          tests.push([range, parseCriterion(this.scalar(ast.args[i + 1], state))]);
        }
        let sum = 0;
        let n = 0;
        values.forEach((v, i) => {
          if (typeof v === 'number' && tests.every(([range, test]) => test(range[i]))) {
            sum += v;
            n++;
          }
        });
        return n === 0
          ? new CellError(ErrorType.DIV_BY_ZERO, 'No data matches the criteria.')
          : sum / n;
      },
      [3, 255],
      ast,
    );
  }

  toDate(ast: ProcedureAstLike, state: StateLike): unknown {
    return this.guard(
      () => {
        const v = this.scalar(ast.args[0], state);
        return typeof v === 'number' ? this.returnNumberWrapper(v, 'NUMBER_DATE' as never) : v;
      },
      [1, 1],
      ast,
    );
  }

  toPercent(ast: ProcedureAstLike, state: StateLike): unknown {
    return this.guard(
      () => {
        const v = this.scalar(ast.args[0], state);
        return typeof v === 'number' ? this.returnNumberWrapper(v, 'NUMBER_PERCENT' as never) : v;
      },
      [1, 1],
      ast,
    );
  }
}

function plain(c: unknown): Scalar {
  if (c instanceof CellError) throw c;
  if (isRichNumber(c)) return c.val;
  if (typeof c === 'number' || typeof c === 'string' || typeof c === 'boolean') return c;
  return '';
}

function toNumber(v: Scalar): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  if (v === '' || !Number.isFinite(n))
    throw new CellError(ErrorType.VALUE, `"${String(v)}" is not a number.`);
  return n;
}

function regex(pattern: Scalar): RegExp {
  try {
    return new RegExp(String(pattern));
  } catch {
    throw new CellError(
      ErrorType.REF,
      `Function REGEX parameter 2 value "${String(pattern)}" is not a valid regular expression.`,
    );
  }
}

export const sheetsFunctionsPlugin = SheetsFunctionsPlugin as unknown as FunctionPluginDefinition;

export const SHEETS_FUNCTIONS_ADDED = Object.keys(SheetsFunctionsPlugin.implementedFunctions);
