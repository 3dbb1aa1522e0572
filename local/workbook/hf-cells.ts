// Why: getValues reads whole sheets on nearly every action (the demo's 50,000 rows a sheet), and
// HyperFormula's getScalarValue, cell by cell, checks the sheet, looks its address mapping up,
// and needs a fresh address object: the most expensive part of reading a block. Here a block's
// sheet is checked and looked up once, and each row of its (dense) mapping is read by index. A
// value cell's value is what getScalarValue returns for it; every other kind of cell (formulas,
// array results) still goes through getScalarValue, so its answer is unchanged. Only over the
// HyperFormula classes this knows (another version reads every cell through getScalarValue).

/** HyperFormula's value-cell and dense-mapping classes, or null when they cannot be found. */
interface Classes {
  ValueCellVertex: abstract new (...args: never[]) => { getCellValue(): unknown };
  DenseStrategy: abstract new (...args: never[]) => { mapping: unknown[][] };
}

let classes: Classes | null | undefined;

function hyperFormulaClasses(): Classes | null {
  if (classes !== undefined) return classes;
  classes = null;
  try {
    // The package's exports hide this file: it is found next to its main file, and loaded
    // through the same module registry as HyperFormula's own (its classes are the engine's).
    const main = require.resolve('hyperformula');
    const dir = main.slice(0, main.lastIndexOf('index.js'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const graph = require(`${dir}DependencyGraph/index.js`) as Partial<Classes>;
    if (typeof graph.ValueCellVertex === 'function' && typeof graph.DenseStrategy === 'function')
      classes = { ValueCellVertex: graph.ValueCellVertex, DenseStrategy: graph.DenseStrategy };
  } catch {
    classes = null;
  }
  return classes;
}

export interface ScalarGraph {
  isPlaceholder(sheet: number): boolean;
  addressMapping: { mapping: Map<number, unknown> };
  getScalarValue(address: { sheet: number; row: number; col: number }): unknown;
}

/** A sheet's dense mapping: its rows of cell vertices (a row or a cell may be missing: empty). */
export interface DenseCells {
  rows: ReadonlyArray<ReadonlyArray<unknown> | undefined>;
  /** True for a plain value cell (not a formula, array or empty cell): its value is its own. */
  isValueCell(vertex: unknown): vertex is { getCellValue(): unknown };
}

/** The sheet's cells by row and column, or null when they must be read through the engine. */
export function denseCells(graph: ScalarGraph, sheet: number): DenseCells | null {
  const known = hyperFormulaClasses();
  const strategy = graph.addressMapping.mapping.get(sheet);
  if (!known || graph.isPlaceholder(sheet) || !(strategy instanceof known.DenseStrategy))
    return null;
  const ValueCell = known.ValueCellVertex;
  return {
    rows: strategy.mapping,
    isValueCell: (vertex): vertex is { getCellValue(): unknown } => vertex instanceof ValueCell,
  };
}

/**
 * The internal values of a block of cells, row by row, as dependencyGraph.getScalarValue gives
 * them cell by cell: `each(r, c, value)` for every cell of the block, in row order.
 */
export function readScalars(
  graph: ScalarGraph,
  sheet: number,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  empty: unknown,
  each: (r: number, c: number, value: unknown) => void,
): void {
  const dense = denseCells(graph, sheet);
  if (!dense) {
    for (let r = 0; r < numRows; r++)
      for (let c = 0; c < numCols; c++)
        each(r, c, graph.getScalarValue({ sheet, row: row + r, col: col + c }));
    return;
  }
  const rows = dense.rows;
  for (let r = 0; r < numRows; r++) {
    const vertices = rows[row + r];
    for (let c = 0; c < numCols; c++) {
      const vertex = vertices === undefined ? undefined : vertices[col + c];
      if (vertex === undefined) each(r, c, empty);
      else if (dense.isValueCell(vertex)) each(r, c, vertex.getCellValue());
      else each(r, c, graph.getScalarValue({ sheet, row: row + r, col: col + c }));
    }
  }
}
