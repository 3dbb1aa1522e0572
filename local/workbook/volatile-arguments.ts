// Sheets refuses a custom function whose argument is computed from a volatile function (NOW,
// TODAY, RAND, RANDBETWEEN, RANDARRAY), directly or through the cells it references, however far
// back: "This function is not allowed to reference a cell with NOW(), RAND(), or RANDBETWEEN()."
// (Apps Script guide "Custom Functions in Google Sheets": arguments must be deterministic.)
// Finding it is cheap: nothing to do while the workbook holds no volatile formula (HyperFormula
// lists them); otherwise the cells that depend on one are collected forwards from them, and each
// argument's references are compared with those cells.

export const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  'NOW',
  'TODAY',
  'RAND',
  'RANDBETWEEN',
  'RANDARRAY',
]);

export const VOLATILE_ARGUMENT_MESSAGE =
  'This function is not allowed to reference a cell with NOW(), RAND(), or RANDBETWEEN().';

interface Address {
  sheet: number;
  row: number;
  col: number;
}

/** A rectangle of cells; Infinity for whole rows or columns. */
interface Area {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The parts of HyperFormula's dependency graph read here (internals, as spills.ts does). */
export interface GraphLike {
  graph: {
    dirtyAndVolatileNodeIds: { rawValue: { volatile: number[] } };
    nodesSparseArray: unknown[];
    adjacentNodes(node: unknown): Set<unknown>;
  };
  lazilyTransformingAstService: unknown;
}

interface FormulaVertexLike {
  formula: AstNode;
  width?: number;
  height?: number;
  getAddress(service: unknown): Address;
}

export interface AstNode {
  type: string;
  [key: string]: unknown;
}

interface ReferenceLike {
  toSimpleCellAddress(base: Address): Address;
}

/** Looks up a named expression's cell (HyperFormula's named expressions). */
export type NamedAddress = (name: string, sheet: number) => Address | undefined;

const isFormulaVertex = (v: unknown): v is FormulaVertexLike =>
  typeof v === 'object' &&
  v !== null &&
  'formula' in v &&
  typeof (v as { getAddress?: unknown }).getAddress === 'function';

/** The child nodes of an AST node (function arguments, operands, array items). */
export function children(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (typeof v === 'object' && v !== null && typeof (v as AstNode).type === 'string')
      out.push(v as AstNode);
  };
  if (node.type === 'FUNCTION_CALL' || node.type === 'ARRAY') add(node.args);
  add(node.left);
  add(node.right);
  add(node.value);
  add(node.expression);
  return out;
}

export function callsVolatile(node: AstNode): boolean {
  if (node.type === 'FUNCTION_CALL' && VOLATILE_FUNCTIONS.has(String(node.procedureName))) {
    return true;
  }
  return children(node).some(callsVolatile);
}

/** The cells whose values depend on a volatile function; empty (and free) when there is none. */
export function volatileAreas(dg: GraphLike): Area[] {
  const ids = dg.graph.dirtyAndVolatileNodeIds.rawValue.volatile;
  if (ids.length === 0) return [];
  const nodes = dg.graph.nodesSparseArray;
  const queue: unknown[] = [];
  for (const id of ids) {
    const node = nodes[id];
    if (isFormulaVertex(node) && callsVolatile(node.formula)) queue.push(node);
  }
  const seen = new Set<unknown>(queue);
  const areas: Area[] = [];
  while (queue.length > 0) {
    const node = queue.pop();
    if (isFormulaVertex(node)) {
      const a = node.getAddress(dg.lazilyTransformingAstService);
      areas.push({ ...a, rows: node.height ?? 1, cols: node.width ?? 1 });
    }
    for (const next of dg.graph.adjacentNodes(node)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return areas;
}

const overlaps = (x: Area, y: Area): boolean =>
  x.sheet === y.sheet &&
  x.row < y.row + y.rows &&
  y.row < x.row + x.rows &&
  x.col < y.col + y.cols &&
  y.col < x.col + x.cols;

/** The cells an argument references (its cell, range, whole column or row, named expression). */
function referencedAreas(node: AstNode, base: Address, named: NamedAddress, out: Area[]): void {
  const cell = (r: unknown): Address => (r as ReferenceLike).toSimpleCellAddress(base);
  switch (node.type) {
    case 'CELL_REFERENCE': {
      const a = cell(node.reference);
      out.push({ ...a, rows: 1, cols: 1 });
      return;
    }
    case 'CELL_RANGE': {
      const s = cell(node.start);
      const e = cell(node.end);
      out.push({
        sheet: s.sheet,
        row: Math.min(s.row, e.row),
        col: Math.min(s.col, e.col),
        rows: Math.abs(e.row - s.row) + 1,
        cols: Math.abs(e.col - s.col) + 1,
      });
      return;
    }
    case 'COLUMN_RANGE': {
      type Col = { toSimpleColumnAddress(b: Address): { sheet: number; col: number } };
      const s = (node.start as Col).toSimpleColumnAddress(base);
      const e = (node.end as Col).toSimpleColumnAddress(base);
      const col = Math.min(s.col, e.col);
      out.push({ sheet: s.sheet, row: 0, col, rows: Infinity, cols: Math.abs(e.col - s.col) + 1 });
      return;
    }
    case 'ROW_RANGE': {
      type Row = { toSimpleRowAddress(b: Address): { sheet: number; row: number } };
      const s = (node.start as Row).toSimpleRowAddress(base);
      const e = (node.end as Row).toSimpleRowAddress(base);
      const row = Math.min(s.row, e.row);
      out.push({ sheet: s.sheet, row, col: 0, rows: Math.abs(e.row - s.row) + 1, cols: Infinity });
      return;
    }
    case 'NAMED_EXPRESSION': {
      const a = named(String(node.expressionName), base.sheet);
      if (a) out.push({ ...a, rows: 1, cols: 1 });
      return;
    }
    default:
      for (const child of children(node)) referencedAreas(child, base, named, out);
  }
}

/** True when the argument calls a volatile function or references a cell computed from one. */
export function isVolatileArgument(
  node: AstNode,
  base: Address,
  tainted: readonly Area[],
  named: NamedAddress,
): boolean {
  if (callsVolatile(node)) return true;
  if (tainted.length === 0) return false;
  const refs: Area[] = [];
  referencedAreas(node, base, named, refs);
  return refs.some((r) => tainted.some((t) => overlaps(r, t)));
}
