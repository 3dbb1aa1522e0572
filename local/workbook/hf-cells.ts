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
  const known = hyperFormulaClasses();
  const strategy = graph.addressMapping.mapping.get(sheet);
  if (!known || graph.isPlaceholder(sheet) || !(strategy instanceof known.DenseStrategy)) {
    for (let r = 0; r < numRows; r++)
      for (let c = 0; c < numCols; c++)
        each(r, c, graph.getScalarValue({ sheet, row: row + r, col: col + c }));
    return;
  }
  const ValueCell = known.ValueCellVertex;
  const rows = strategy.mapping;
  for (let r = 0; r < numRows; r++) {
    const vertices = rows[row + r] as unknown[] | undefined;
    for (let c = 0; c < numCols; c++) {
      const vertex = vertices === undefined ? undefined : vertices[col + c];
      if (vertex === undefined) each(r, c, empty);
      else if (vertex instanceof ValueCell) each(r, c, vertex.getCellValue());
      else each(r, c, graph.getScalarValue({ sheet, row: row + r, col: col + c }));
    }
  }
}
