// Why: HyperFormula 3.5's DependencyGraph.removeVertexAndCleanupDependencies drains a Set by
// taking `set.values().next()` after each delete. V8 keeps deleted Set entries until the table is
// rebuilt, so each fresh iterator walks over every entry deleted before it: quadratic in the
// number of cells of the ranges a removed formula read. Re-entering the dashboard's =KPI_TREND
// formulas over 10,000-row columns (spills.ts: a spill that changed size is re-entered) spent
// about 9 s of CPU there. The replacement walks the same Set with one live iterator: the same
// entries in the same order (the first remaining one each time; entries added meanwhile come
// last, as before), each visited once. Applied once to HyperFormula's class.
// Also: each evaluation run (Evaluator.run, partialRun, runAndForget) is counted on its dependency
// graph, so that fast-arrays.ts can keep what it read from a range for the rest of one run (a
// run computes a range's cells before any formula that reads it, and changes nothing else).
// And: a text that is not a date is remembered as such (DateTimeHelper.dateStringToDateNumber),
// so the demo's 60,000 rows of names and types are not parsed against every date format again
// whenever a sheet is loaded or a text compared (texts that are dates are parsed each time, as
// before: their values are objects HyperFormula keeps).
// And: the list of changed cells HyperFormula builds for every edit and evaluation (to return
// from setCellContents and batch, and for its valuesUpdated event) is not built: the local
// workbook reads neither (it reads the cells it needs), and keying every cell written or
// recomputed by its address text cost about a fifth of the demo's build and of a first
// dashboard refresh, most of it in garbage collection. What HyperFormula keeps for its own
// lookups (the column index, fed by the array changes) is untouched.
// And: conditional aggregations (COUNTIFS, SUMIFS, …) walk their columns by index (hf-criteria.ts),
// and ranges of plain values are read row by row from the sheet's mapping (hf-ranges.ts).
import { HyperFormula } from 'hyperformula';
import { patchCriterionFunctions } from './hf-criteria';
import { patchRangeValues } from './hf-ranges';

type Dependency = [unknown, GraphVertex];
interface GraphVertex {
  constructor: unknown;
}
interface GraphLike {
  removeNode(vertex: GraphVertex): Iterable<Dependency>;
  hasNode(vertex: GraphVertex): boolean;
  adjacentNodesCount(vertex: GraphVertex): number;
}
interface DependencyGraphLike {
  graph: GraphLike;
  rangeMapping: { removeVertexIfExists(vertex: GraphVertex): void };
  addressMapping: { removeCell(address: unknown): void };
  cleanupPlaceholderSheets(sheets: Set<number>): void;
  removeVertexAndCleanupDependencies(vertex: GraphVertex): void;
}

const PATCHED = Symbol('sheets-local.removeVertexPatched');

/** The vertex classes the original tells apart, found by name on HyperFormula's own instances. */
function isNamed(vertex: GraphVertex, name: string): boolean {
  return (vertex.constructor as { name?: string }).name === name;
}

function isSimpleCellAddress(a: unknown): boolean {
  const x = a as { sheet?: unknown; row?: unknown; col?: unknown } | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.sheet === 'number' &&
    typeof x.row === 'number' &&
    typeof x.col === 'number'
  );
}

function removeVertexAndCleanupDependencies(this: DependencyGraphLike, input: GraphVertex): void {
  const dependencies = new Set(this.graph.removeNode(input));
  const affectedSheets = new Set<number>();
  const pending = dependencies.values();
  for (let next = pending.next(); !next.done; next = pending.next()) {
    const dependency = next.value;
    dependencies.delete(dependency);
    const [address, vertex] = dependency;
    if (this.graph.hasNode(vertex) && this.graph.adjacentNodesCount(vertex) === 0) {
      const isRange = isNamed(vertex, 'RangeVertex');
      const isEmptyCell = isNamed(vertex, 'EmptyCellVertex');
      if (isRange || isEmptyCell) {
        for (const candidate of this.graph.removeNode(vertex)) dependencies.add(candidate);
      }
      if (isRange) {
        this.rangeMapping.removeVertexIfExists(vertex);
        affectedSheets.add((vertex as unknown as { sheet: number }).sheet);
      } else if (isEmptyCell && isSimpleCellAddress(address)) {
        this.addressMapping.removeCell(address);
        affectedSheets.add((address as { sheet: number }).sheet);
      }
    }
  }
  this.cleanupPlaceholderSheets(affectedSheets);
}

const RUN = Symbol('sheets-local.evaluationRun');

/** The number of the evaluation run under way (or last made) on this dependency graph. */
export function evaluationRun(dependencyGraph: object): number {
  return (dependencyGraph as { [RUN]?: number })[RUN] ?? 0;
}

type Method = (this: { dependencyGraph: { [RUN]?: number } }, ...args: unknown[]) => unknown;

function countRuns(evaluator: object): void {
  const proto = Object.getPrototypeOf(evaluator) as Record<PropertyKey, unknown>;
  if (proto[PATCHED]) return;
  for (const name of ['run', 'partialRun', 'runAndForget']) {
    const original = proto[name] as Method | undefined;
    if (typeof original !== 'function') throw new Error(`HyperFormula's Evaluator has no ${name}.`);
    proto[name] = function (this: ThisParameterType<Method>, ...args: unknown[]) {
      const graph = this.dependencyGraph;
      graph[RUN] = (graph[RUN] ?? 0) + 1;
      try {
        return original.apply(this, args);
      } finally {
        // Whatever happens between runs (edits) is never read from a run's cache.
        graph[RUN] = graph[RUN] + 1;
      }
    };
  }
  proto[PATCHED] = true;
}

const NOT_DATES = Symbol('sheets-local.notDates');
const NOT_DATES_LIMIT = 100_000;

type DateParser = (this: { [NOT_DATES]?: Set<string> }, text: string) => unknown;

function rememberNonDates(dateTimeHelper: object): void {
  const proto = Object.getPrototypeOf(dateTimeHelper) as Record<PropertyKey, unknown>;
  if (proto[PATCHED]) return;
  const original = proto.dateStringToDateNumber as DateParser | undefined;
  if (typeof original !== 'function') throw new Error('HyperFormula has no date parser.');
  proto.dateStringToDateNumber = function (this: ThisParameterType<DateParser>, text: string) {
    // One set per helper: each engine's configuration has its own date formats.
    let known = this[NOT_DATES];
    if (known?.has(text)) return undefined;
    const value = original.call(this, text);
    if (value === undefined) {
      if (!known || known.size >= NOT_DATES_LIMIT) known = this[NOT_DATES] = new Set();
      known.add(text);
    }
    return value;
  };
  proto[PATCHED] = true;
}

let patched = false;

/** Installs the patches on HyperFormula's classes, once, before the first engine is built. */
export function patchHyperFormulaOnce(): void {
  if (patched) return;
  patched = true;
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  try {
    patchHyperFormula(hf);
    patchCriterionFunctions();
    patchRangeValues();
  } finally {
    hf.destroy();
  }
}

/** A change list that keeps nothing (see the top of the file). */
interface ChangeList {
  add(): void;
  addAll(): ChangeList;
  addChange(): void;
  addInterpreterValue(): void;
  exportChanges(): unknown[];
  getChanges(): unknown[];
  isEmpty(): boolean;
}

function discardingList(prototype: object): ChangeList {
  const list = Object.create(prototype) as ChangeList & { changes: Map<string, unknown> };
  list.changes = new Map();
  list.add = () => {};
  list.addAll = () => list;
  list.addChange = () => {};
  list.addInterpreterValue = () => {};
  list.exportChanges = () => [];
  list.getChanges = () => [];
  list.isEmpty = () => true;
  return list;
}

interface EvaluatorLike {
  stats: { measure(type: string, fn: () => void): void };
  dependencyGraph: {
    graph: {
      getTopSortedWithSccSubgraphFrom(
        vertices: unknown,
        onVertex: (v: unknown) => boolean,
        onCycle: (v: unknown) => void,
      ): void;
    };
  };
  recomputeVertex(vertex: unknown, changes: ChangeList): boolean;
  processVertexOnCycle(vertex: unknown, changes: ChangeList): void;
}

/** The edits' and evaluations' change lists of every engine discard what they are given. */
function discardChangeLists(hf: HyperFormula, evaluator: object): void {
  const operations = (hf as unknown as { _crudOperations: { operations: { changes: object } } })
    ._crudOperations.operations;
  const operationsProto = Object.getPrototypeOf(operations) as Record<PropertyKey, unknown>;
  const evaluatorProto = Object.getPrototypeOf(evaluator) as Record<PropertyKey, unknown>;
  if (operationsProto[PATCHED] || evaluatorProto[PATCHED]) return;
  const original = String(evaluatorProto.partialRun);
  // Only over the code this replaces (another HyperFormula version keeps its own).
  if (
    !/recomputeVertex\(vertex, changes\)[\s\S]*processVertexOnCycle\(vertex, changes\)/.test(
      original,
    )
  )
    return;
  const discard = discardingList(Object.getPrototypeOf(operations.changes) as object);
  operationsProto.getAndClearContentChanges = function (this: { changes: object }) {
    this.changes = discard;
    return discard;
  };
  evaluatorProto.partialRun = function (this: EvaluatorLike, vertices: unknown) {
    this.stats.measure('EVALUATION', () => {
      this.dependencyGraph.graph.getTopSortedWithSccSubgraphFrom(
        vertices,
        (vertex) => this.recomputeVertex(vertex, discard),
        (vertex) => this.processVertexOnCycle(vertex, discard),
      );
    });
    return discard;
  };
  operationsProto[PATCHED] = true;
}

/** A new engine's first edit list is its own (made before any edit): it is swapped too. */
export function discardFirstChanges(hf: HyperFormula): void {
  (
    hf as unknown as { _crudOperations: { operations: { getAndClearContentChanges(): unknown } } }
  )._crudOperations.operations.getAndClearContentChanges();
}

/** Installs the patches on the engine's classes (idempotent). */
function patchHyperFormula(hf: HyperFormula): void {
  const evaluator = (hf as unknown as { _evaluator: { interpreter: { dateTimeHelper: object } } })
    ._evaluator;
  // Before countRuns, which wraps partialRun as it then is.
  discardChangeLists(hf, evaluator);
  countRuns(evaluator);
  rememberNonDates(evaluator.interpreter.dateTimeHelper);
  const graph = (hf as unknown as { dependencyGraph: DependencyGraphLike }).dependencyGraph;
  const proto = Object.getPrototypeOf(graph) as Record<PropertyKey, unknown>;
  if (proto[PATCHED]) return;
  // Only over the code this replaces (another HyperFormula version keeps its own).
  const original = String(proto.removeVertexAndCleanupDependencies);
  if (!/values\(\)\.next\(\)[\s\S]*RangeVertex[\s\S]*EmptyCellVertex/.test(original)) return;
  proto.removeVertexAndCleanupDependencies = removeVertexAndCleanupDependencies;
  proto[PATCHED] = true;
}
