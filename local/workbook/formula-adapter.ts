// Registers Apps Script custom functions (the bundle's =KPI_*) as HyperFormula functions.
// Each call evaluates its arguments, converts them as Sheets does (sheets-arguments.ts), calls
// the function, and converts the result back; a thrown error becomes #ERROR! with the error's
// message. Array results spill; their size is learnt at run time (spills.ts). As in Sheets, the
// function runs again only when its arguments change (custom-results.ts), and an argument
// computed from NOW(), TODAY() or RAND() is refused (volatile-arguments.ts).
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionPlugin,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import type { AdapterContext } from './adapter-context';
import {
  ArgumentError,
  fromSheetsRows,
  fromSheetsScalar,
  toSheetsRows,
  toSheetsScalar,
} from './sheets-arguments';
import { argumentsFingerprint, callRank, callSite } from './custom-results';
import type { CellAddress } from './spills';
import {
  isVolatileArgument,
  volatileAreas,
  VOLATILE_ARGUMENT_MESSAGE,
  type AstNode,
  type GraphLike,
} from './volatile-arguments';

/** The parts of HyperFormula's AST and interpreter state this adapter reads. */
export interface AstLike {
  type: string;
}
export interface ProcedureAstLike extends AstLike {
  procedureName: string;
  args: AstLike[];
}
export interface StateLike {
  formulaAddress: CellAddress;
  formulaVertex?: { formula?: unknown; width: number; height: number };
}

/** Base class with the conversion logic; a subclass per set of names is generated below. */
export class CustomFunctionsPluginBase extends FunctionPlugin {
  protected get adapter(): AdapterContext {
    return this.config.context as AdapterContext;
  }

  /** Evaluates one argument the way Sheets passes it to a custom function. */
  protected sheetsArgument(ast: AstLike, state: StateLike): unknown {
    if (ast.type === 'EMPTY') return '';
    const value = this.evaluateAst(ast as never, state as never);
    const tz = this.adapter.timeZone;
    if (value instanceof SimpleRangeValue) {
      // A whole-column reference covers every row of the sheet, blanks included.
      const minRows =
        ast.type === 'COLUMN_RANGE' && value.range
          ? this.adapter.maxRows(value.range.start.sheet)
          : 0;
      return toSheetsRows(value, tz, minRows);
    }
    return toSheetsScalar(value, tz);
  }

  protected callCustom(name: string, ast: ProcedureAstLike, state: StateLike): unknown {
    const fn = this.adapter.functions.get(name);
    if (!fn) return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);
    if (this.hasVolatileArgument(ast, state)) {
      const refused = new CellError(ErrorType.ERROR, VOLATILE_ARGUMENT_MESSAGE);
      return this.fitToPrediction(ast, state, refused, 1, 1);
    }
    let result: unknown;
    try {
      const args = ast.args.map((a) => this.sheetsArgument(a, state));
      const rank = callRank(state.formulaVertex?.formula, ast, ast.procedureName);
      const site = callSite(state.formulaAddress, name, rank);
      const fingerprint = argumentsFingerprint(args);
      const cached = this.adapter.results.lookup(site, fingerprint);
      if (cached) result = cached.result;
      else {
        result = fn(...args);
        this.adapter.results.store(site, fingerprint, result);
      }
    } catch (error) {
      const cellError =
        error instanceof ArgumentError
          ? error.error
          : new CellError(ErrorType.ERROR, messageOf(error));
      return this.fitToPrediction(ast, state, cellError, 1, 1);
    }
    const tz = this.adapter.timeZone;
    const wrap = (v: number, type: string): unknown => this.returnNumberWrapper(v, type as never);
    if (Array.isArray(result)) {
      const value = fromSheetsRows(result, tz, wrap);
      if (value instanceof SimpleRangeValue) {
        return this.fitToPrediction(ast, state, value, value.width(), value.height());
      }
      return this.fitToPrediction(ast, state, value, 1, 1);
    }
    return this.fitToPrediction(ast, state, fromSheetsScalar(result, tz, wrap), 1, 1);
  }

  /** True when an argument is computed from a volatile function (free when the book has none). */
  private hasVolatileArgument(ast: ProcedureAstLike, state: StateLike): boolean {
    const tainted = volatileAreas(this.dependencyGraph as unknown as GraphLike);
    const namedExpressions = (
      this.interpreter as unknown as {
        namedExpressions: {
          nearestNamedExpression(n: string, s: number): { address: CellAddress } | undefined;
        };
      }
    ).namedExpressions;
    const named = (n: string, sheet: number) =>
      namedExpressions.nearestNamedExpression(n, sheet)?.address;
    return ast.args.some((a) =>
      isVolatileArgument(a as AstNode, state.formulaAddress, tainted, named),
    );
  }

  /**
   * When this call is the whole formula, its result must fit the size HyperFormula predicted
   * (it throws otherwise): remember the real size for the next prediction and crop meanwhile.
   */
  private fitToPrediction(
    ast: ProcedureAstLike,
    state: StateLike,
    value: unknown,
    width: number,
    height: number,
  ): unknown {
    const vertex = state.formulaVertex;
    if (!vertex || vertex.formula !== ast) return value;
    const predictedWidth = vertex.width;
    const predictedHeight = vertex.height;
    if (predictedWidth !== width || predictedHeight !== height) {
      this.adapter.spills.record(state.formulaAddress, { width, height });
    }
    if (!(value instanceof SimpleRangeValue)) return value;
    if (predictedWidth === 1 && predictedHeight === 1) return value.data[0][0];
    if (width <= predictedWidth && height <= predictedHeight) return value;
    const cropped = value.data.slice(0, predictedHeight).map((row) => row.slice(0, predictedWidth));
    return SimpleRangeValue.onlyValues(cropped);
  }

  /** The size remembered for this formula cell (one cell until it has returned something). */
  protected predictedSize(state: StateLike): ArraySize {
    const size = this.adapter.spills.sizeAt(state.formulaAddress);
    return size ? new ArraySize(size.width, size.height) : ArraySize.scalar();
  }
}

/** The message Sheets shows: the error's message (errors may come from another realm, the vm). */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** A HyperFormula plugin class implementing the given (upper-case) custom function names. */
export function customFunctionsPlugin(names: string[]): FunctionPluginDefinition {
  class CustomFunctions extends CustomFunctionsPluginBase {
    static override implementedFunctions: ImplementedFunctions = {};
  }
  const proto = CustomFunctions.prototype as unknown as Record<string, unknown>;
  names.forEach((name, i) => {
    const method = `custom${i}`;
    const sizeMethod = `custom${i}Size`;
    CustomFunctions.implementedFunctions[name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      vectorizationForbidden: true,
    };
    proto[method] = function (this: CustomFunctions, ast: ProcedureAstLike, state: StateLike) {
      return this.callCustom(name, ast, state);
    };
    proto[sizeMethod] = function (this: CustomFunctions, _ast: ProcedureAstLike, state: StateLike) {
      return this.predictedSize(state);
    };
  });
  return CustomFunctions as unknown as FunctionPluginDefinition;
}
