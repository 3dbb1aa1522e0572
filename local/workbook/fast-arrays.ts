// Why: HyperFormula evaluates ARRAYFORMULA over whole columns cell by cell through its generic
// interpreter, re-reading a column each time the formula names it and parsing every text cell as
// a possible date at every comparison. The dashboard's hidden sheet has about 25 such formulas
// over the demo's 10,000-row sheets, recalculated at every scope change (seconds each). This
// plugin evaluates the common shapes natively over flat column arrays: ranges read once per
// formula, comparisons with the date reading of each distinct text remembered, operators,
// IF, ISNUMBER and TRIM element by element with HyperFormula's own semantics (its helpers do the
// per-cell work whenever a value is not a plain number, text or blank). Anything else (another
// function, arrays of different sizes, a scalar result) goes to HyperFormula's own ARRAYFORMULA,
// so results are identical by construction; test/local/fast-arrays.test.ts checks both agree.
import {
  CellError,
  EmptyValue,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import { evaluationRun } from './hf-patches';
import { isRichNumber } from './hf-values';

/** The parts of HyperFormula's AST this evaluator reads. */
interface Node {
  type: string;
  left?: Node;
  right?: Node;
  value?: Node | unknown;
  expression?: Node;
  procedureName?: string;
  args?: Node[];
}

interface State {
  formulaAddress: unknown;
  arraysFlag: boolean;
  formulaVertex?: unknown;
}

type Op = (a: unknown, b: unknown) => unknown;

/** The interpreter's per-cell operators and comparison helpers (HyperFormula internals). */
interface InterpreterOps {
  plusOp: Op;
  minusOp: Op;
  timesOp: Op;
  divOp: Op;
  powerOp: Op;
  concatOp: Op;
  unaryMinusOp: (a: unknown) => unknown;
  unaryPlusOp: (a: unknown) => unknown;
  percentOp: (a: unknown) => unknown;
}
interface ArithmeticLike {
  compare(a: unknown, b: unknown): number;
  floatCmp(a: unknown, b: unknown): number;
  stringCmp(a: string, b: string): number;
}
interface DateTimeLike {
  dateStringToDateNumber(text: string): unknown;
}

/** An evaluated node: one value, or a height × width block of values (row-major). */
type Scalar = { scalar: unknown };
type Block = { h: number; w: number; v: unknown[] };
type Value = Scalar | Block;

/** Thrown to hand the whole formula back to HyperFormula. */
class Unsupported {}
const UNSUPPORTED = new Unsupported();

const RANGE_TYPES = new Set(['CELL_RANGE']);
const COMPARISONS: Record<string, (c: number) => boolean> = {
  EQUALS_OP: (c) => c === 0,
  NOT_EQUAL_OP: (c) => c !== 0,
  LESS_THAN_OP: (c) => c < 0,
  GREATER_THAN_OP: (c) => c > 0,
  LESS_THAN_OR_EQUAL_OP: (c) => c <= 0,
  GREATER_THAN_OR_EQUAL_OP: (c) => c >= 0,
};
const ARITHMETIC: Record<string, keyof InterpreterOps> = {
  PLUS_OP: 'plusOp',
  MINUS_OP: 'minusOp',
  TIMES_OP: 'timesOp',
  DIV_OP: 'divOp',
  POWER_OP: 'powerOp',
  CONCATENATE_OP: 'concatOp',
};
const UNARY: Record<string, keyof InterpreterOps> = {
  MINUS_UNARY_OP: 'unaryMinusOp',
  PLUS_UNARY_OP: 'unaryPlusOp',
  PERCENT_OP: 'percentOp',
};

/** The number a text reads as when compared (a date, a time), memoised per engine. */
const MEMO_LIMIT = 50_000;

const isNumberLike = (v: unknown): boolean => typeof v === 'number' || isRichNumber(v);

type ArrayMethod = (this: FunctionPlugin, ast: unknown, state: unknown) => unknown;

/** HyperFormula's own array plugin: its ARRAYFORMULA metadata and methods are borrowed. */
function hyperFormulaArrayPlugin(): {
  implementedFunctions: ImplementedFunctions;
  prototype: { arrayformula: ArrayMethod; arrayformulaArraySize: ArrayMethod };
} {
  const plugin = HyperFormula.getAllFunctionPlugins().find(
    (p) =>
      'ARRAYFORMULA' in (p as unknown as { implementedFunctions: object }).implementedFunctions,
  );
  if (!plugin) throw new Error('HyperFormula has no ARRAYFORMULA plugin.');
  return plugin as unknown as ReturnType<typeof hyperFormulaArrayPlugin>;
}

const ArrayPlugin = hyperFormulaArrayPlugin();

/** Off: HyperFormula's own ARRAYFORMULA everywhere (tests compare the two). */
export const fastArrays = { enabled: true };

// Not a subclass of HyperFormula's ArrayPlugin: HyperFormula hands each function to the first
// plugin instance of its class, so a subclass would be handed FILTER, VSTACK, … as well.
class FastArrayPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ARRAYFORMULA: ArrayPlugin.implementedFunctions.ARRAYFORMULA,
  };

  private readonly dateMemo = new Map<string, unknown>();
  /** Ranges read during the current evaluation run, by address (see hf-patches.ts). */
  private ranges = new Map<string, Value>();
  private rangesRun = -1;

  /** The values of a range read earlier in this evaluation run, or reads and keeps them. */
  rangeValues(key: string, read: () => Value): Value {
    const run = evaluationRun((this as unknown as { dependencyGraph: object }).dependencyGraph);
    if (run !== this.rangesRun) {
      this.ranges = new Map();
      this.rangesRun = run;
    }
    let value = this.ranges.get(key);
    if (!value) {
      value = read();
      this.ranges.set(key, value);
    }
    return value;
  }

  arrayformula(ast: Node, state: State): unknown {
    const arg = ast.args?.length === 1 ? ast.args[0] : undefined;
    if (arg && fastArrays.enabled && state.arraysFlag && hasRange(arg)) {
      try {
        const value = new Evaluation(this, state).evaluate(arg);
        if ('v' in value) {
          const rows: unknown[][] = new Array(value.h);
          for (let r = 0; r < value.h; r++) rows[r] = value.v.slice(r * value.w, (r + 1) * value.w);
          return SimpleRangeValue.onlyValues(rows as never);
        }
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
      }
    }
    return ArrayPlugin.prototype.arrayformula.call(this, ast, state);
  }

  arrayformulaArraySize(ast: Node, state: State): unknown {
    return ArrayPlugin.prototype.arrayformulaArraySize.call(this, ast, state);
  }

  /** Internals the evaluation needs (HyperFormula's own helpers, so semantics stay its own). */
  get internals(): { ops: InterpreterOps; arithmetic: ArithmeticLike } {
    const self = this as unknown as {
      interpreter: InterpreterOps;
      arithmeticHelper: ArithmeticLike;
    };
    return { ops: self.interpreter, arithmetic: self.arithmeticHelper };
  }

  evaluateNode(ast: Node, state: State): unknown {
    return this.evaluateAst(ast as never, state as never);
  }

  dateNumber(text: string): unknown {
    let d = this.dateMemo.get(text);
    if (d === undefined && !this.dateMemo.has(text)) {
      const helper = (this as unknown as { dateTimeHelper: DateTimeLike }).dateTimeHelper;
      d = helper.dateStringToDateNumber(text);
      if (this.dateMemo.size >= MEMO_LIMIT) this.dateMemo.clear();
      this.dateMemo.set(text, d);
    }
    return d;
  }
}

/** Whether a subtree reads a range (otherwise HyperFormula evaluates it as a scalar). */
const rangeMemo = new WeakMap<Node, boolean>();
function hasRange(ast: Node): boolean {
  let known = rangeMemo.get(ast);
  if (known === undefined) {
    known =
      RANGE_TYPES.has(ast.type) ||
      ast.type === 'COLUMN_RANGE' ||
      ast.type === 'ROW_RANGE' ||
      [ast.left, ast.right, ast.expression, ast.value, ...(ast.args ?? [])].some(
        (c) => isNode(c) && hasRange(c),
      );
    rangeMemo.set(ast, known);
  }
  return known;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
}

/** One ARRAYFORMULA evaluation. */
class Evaluation {
  private readonly ops: InterpreterOps;
  private readonly arithmetic: ArithmeticLike;

  constructor(
    private readonly plugin: FastArrayPlugin,
    private readonly state: State,
  ) {
    ({ ops: this.ops, arithmetic: this.arithmetic } = plugin.internals);
  }

  evaluate(ast: Node): Value {
    if (!hasRange(ast)) return this.scalarOrBlock(this.plugin.evaluateNode(ast, this.state));
    switch (ast.type) {
      case 'CELL_RANGE':
        return this.range(ast);
      case 'PARENTHESES':
        return this.evaluate(ast.expression as Node);
      case 'FUNCTION_CALL':
        return this.call(ast);
    }
    const comparison = COMPARISONS[ast.type];
    if (comparison) return this.binary(ast, (a, b) => this.compare(a, b, comparison));
    const arithmetic = ARITHMETIC[ast.type];
    if (arithmetic) return this.binary(ast, this.ops[arithmetic] as Op);
    const unary = UNARY[ast.type];
    if (unary) return this.unary(ast, this.ops[unary] as (a: unknown) => unknown);
    throw UNSUPPORTED;
  }

  private scalarOrBlock(value: unknown): Value {
    if (value instanceof SimpleRangeValue) {
      const data = value.data as unknown[][];
      return { h: data.length, w: data[0]?.length ?? 0, v: data.flat() };
    }
    return { scalar: value };
  }

  private range(ast: Node): Value {
    const value = this.plugin.evaluateNode(ast, this.state);
    if (!(value instanceof SimpleRangeValue)) return { scalar: value };
    const range = (value as unknown as { range?: { start: object; end: object } }).range;
    const key = range ? JSON.stringify([range.start, range.end]) : undefined;
    if (key === undefined) return this.scalarOrBlock(value);
    return this.plugin.rangeValues(key, () => this.scalarOrBlock(value));
  }

  /** Interpreter.binaryRangeWrapper for blocks of one size or a block and a scalar. */
  private binary(ast: Node, op: Op): Value {
    const a = this.evaluate(ast.left as Node);
    const b = this.evaluate(ast.right as Node);
    if ('scalar' in a && a.scalar instanceof CellError) return a;
    if ('scalar' in b && b.scalar instanceof CellError) return b;
    if ('scalar' in a && 'scalar' in b) throw UNSUPPORTED;
    const shape = this.shapeOf([a, b]);
    const out = new Array<unknown>(shape.h * shape.w);
    const av = 'v' in a ? a.v : undefined;
    const bv = 'v' in b ? b.v : undefined;
    const as = 'scalar' in a ? a.scalar : undefined;
    const bs = 'scalar' in b ? b.scalar : undefined;
    for (let i = 0; i < out.length; i++) out[i] = op(av ? av[i] : as, bv ? bv[i] : bs);
    return { h: shape.h, w: shape.w, v: out };
  }

  private unary(ast: Node, op: (a: unknown) => unknown): Value {
    const a = this.evaluate(ast.value as Node);
    if ('scalar' in a) {
      if (a.scalar instanceof CellError) return a;
      throw UNSUPPORTED;
    }
    return { h: a.h, w: a.w, v: a.v.map((x) => op(x)) };
  }

  /** The one size of the blocks among the values (scalars broadcast); others are refused. */
  private shapeOf(values: Value[]): { h: number; w: number } {
    let shape: { h: number; w: number } | undefined;
    for (const x of values) {
      if (!('v' in x)) continue;
      if (!shape) shape = { h: x.h, w: x.w };
      else if (shape.h !== x.h || shape.w !== x.w) throw UNSUPPORTED;
    }
    if (!shape || shape.h * shape.w < 2) throw UNSUPPORTED;
    return shape;
  }

  /** binaryErrorWrapper + ArithmeticHelper.compare, with each text's date reading memoised. */
  private compare(a: unknown, b: unknown, test: (c: number) => boolean): unknown {
    if (a instanceof CellError) return a;
    if (b instanceof CellError) return b;
    return test(this.cmp(a, b));
  }

  private cmp(a: unknown, b: unknown): number {
    const h = this.arithmetic;
    const ta = typeof a;
    const tb = typeof b;
    if (ta === 'number' && tb === 'number') return h.floatCmp(a, b);
    if (ta === 'string' && tb === 'string') {
      const da = this.plugin.dateNumber(a as string);
      const db = da === undefined ? undefined : this.plugin.dateNumber(b as string);
      if (isNumberLike(da) && isNumberLike(db)) return h.floatCmp(da, db);
      return h.stringCmp(a as string, b as string);
    }
    // A blank against a text is '' against it (no date reading can make both numbers).
    if (a === EmptyValue && tb === 'string') return h.stringCmp('', b as string);
    if (ta === 'string' && b === EmptyValue) return h.stringCmp(a as string, '');
    // A number against a text: the text's date, else numbers sort before texts.
    if (ta === 'number' && tb === 'string') {
      const db = this.plugin.dateNumber(b as string);
      return isNumberLike(db) ? h.floatCmp(a, db) : -1;
    }
    if (ta === 'string' && tb === 'number') {
      const da = this.plugin.dateNumber(a as string);
      return isNumberLike(da) ? h.floatCmp(da, b) : 1;
    }
    return h.compare(a, b);
  }

  private call(ast: Node): Value {
    const name = String(ast.procedureName).toUpperCase();
    const args = ast.args ?? [];
    switch (name) {
      case 'IF':
        if (args.length < 2 || args.length > 3) throw UNSUPPORTED;
        return this.vectorized(args, (c, t, f = false) => {
          const condition = toBoolean(c);
          if (condition instanceof CellError) return condition;
          return condition ? t : f;
        });
      case 'ISNUMBER':
        if (args.length !== 1) throw UNSUPPORTED;
        return this.vectorized(args, (v) => isNumberLike(v));
      case 'TRIM':
        if (args.length !== 1) throw UNSUPPORTED;
        return this.vectorized(args, (v) => {
          const text = toText(v);
          if (text instanceof CellError) return text;
          return text.replace(/^ +/g, '').replace(/ +$/g, '').replace(/ +/g, ' ');
        });
      default:
        throw UNSUPPORTED;
    }
  }

  /** FunctionPlugin.runFunction's vectorisation for arguments of one size (or scalars). */
  private vectorized(args: Node[], fn: (...values: unknown[]) => unknown): Value {
    const values = args.map((a) => this.evaluate(a));
    const shape = this.shapeOf(values);
    const out = new Array<unknown>(shape.h * shape.w);
    const at = values.map((x) => ('v' in x ? (i: number) => x.v[i] : () => x.scalar));
    for (let i = 0; i < out.length; i++) out[i] = fn(...at.map((get) => get(i)));
    return { h: shape.h, w: shape.w, v: out };
  }
}

/** coerceScalarToBoolean; a text other than TRUE/FALSE/'' is handed back to HyperFormula. */
function toBoolean(v: unknown): boolean | CellError {
  if (v instanceof CellError || typeof v === 'boolean') return v;
  if (v === EmptyValue) return false;
  if (typeof v === 'number') return v !== 0;
  if (isRichNumber(v)) return v.val !== 0;
  if (typeof v === 'string') {
    const upper = v.toUpperCase();
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE' || upper === '') return false;
  }
  throw UNSUPPORTED;
}

/** coerceScalarToString. */
function toText(v: unknown): string | CellError {
  if (v instanceof CellError || typeof v === 'string') return v;
  if (v === EmptyValue) return '';
  if (typeof v === 'number') return v.toString();
  if (isRichNumber(v)) return v.val.toString();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  throw UNSUPPORTED;
}

export const fastArrayPlugin = FastArrayPlugin as unknown as FunctionPluginDefinition;
