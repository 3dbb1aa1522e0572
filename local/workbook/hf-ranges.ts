// Why: HyperFormula reads the cells of a range (the argument of SUM, COUNTIFS, a custom function,
// an ARRAYFORMULA) in SimpleRangeValue.ensureThatComputed, through addressesArrayMap: a fresh
// address object and a full getCellValue lookup (sheet check, address mapping, vertex kind) per
// cell, and the range's end asked again for each cell. That was about a tenth of the objectives'
// and the dashboard's formula tests. When every cell of the range is a plain value cell or empty
// (the source sheets' columns), the replacement reads them from the sheet's dense mapping row by
// row: the same values in the same rows and columns, the same "only numbers" flag. A range that
// holds any other kind of cell (formulas, array results) is read by HyperFormula's own code, as
// before. Applied once to HyperFormula's class, and only over the code it replaces.
import { EmptyValue, SimpleRangeValue } from 'hyperformula';
import { denseCells, type ScalarGraph } from './hf-cells';

interface RangeLike {
  start: { sheet: number; row: number; col: number };
  effectiveEndRow(graph: unknown): number;
  effectiveEndColumn(graph: unknown): number;
}
interface RangeValueLike {
  _data: unknown[][] | undefined;
  _hasOnlyNumbers: boolean | undefined;
  range: RangeLike;
  dependencyGraph: ScalarGraph;
}

const PATCHED = Symbol('sheets-local.rangeValuesPatched');

/** HyperFormula's isExtendedNumber (a number, or a number with a type such as a date). */
function extendedNumberTest(): ((value: unknown) => boolean) | undefined {
  try {
    // The package's exports hide this file: it is found next to its main file, and loaded
    // through the same module registry as HyperFormula's own.
    const main = require.resolve('hyperformula');
    const dir = main.slice(0, main.lastIndexOf('index.js'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const values = require(`${dir}interpreter/InterpreterValue.js`) as {
      isExtendedNumber?: (value: unknown) => boolean;
    };
    return typeof values.isExtendedNumber === 'function' ? values.isExtendedNumber : undefined;
  } catch {
    return undefined;
  }
}

/** The range's cells from the dense mapping, or undefined when one is not a value or empty. */
function readValueCells(
  self: RangeValueLike,
  isExtendedNumber: (value: unknown) => boolean,
): { data: unknown[][]; onlyNumbers: boolean } | undefined {
  const range = self.range;
  const graph = self.dependencyGraph;
  const dense = denseCells(graph, range.start.sheet);
  if (!dense) return undefined;
  const endRow = range.effectiveEndRow(graph);
  const endCol = range.effectiveEndColumn(graph);
  const data: unknown[][] = [];
  let onlyNumbers = true;
  for (let row = range.start.row; row <= endRow; row++) {
    const vertices = dense.rows[row];
    const line: unknown[] = [];
    for (let col = range.start.col; col <= endCol; col++) {
      const vertex = vertices === undefined ? undefined : vertices[col];
      let value: unknown;
      if (vertex === undefined) value = EmptyValue;
      else if (dense.isValueCell(vertex)) value = vertex.getCellValue();
      else return undefined;
      if (!isExtendedNumber(value)) onlyNumbers = false;
      line.push(value);
    }
    data.push(line);
  }
  return { data, onlyNumbers };
}

/** Installs the row-by-row reading of value ranges (idempotent). */
export function patchRangeValues(): void {
  const proto = SimpleRangeValue.prototype as unknown as Record<PropertyKey, unknown>;
  if (proto[PATCHED]) return;
  const original = proto.ensureThatComputed as ((this: RangeValueLike) => void) | undefined;
  // Only over the code this replaces (another HyperFormula version keeps its own).
  if (
    typeof original !== 'function' ||
    !/addressesArrayMap\(this\.dependencyGraph[\s\S]*getCellValue\(cellFromRange\)[\s\S]*isExtendedNumber/.test(
      String(original),
    )
  )
    return;
  const isExtendedNumber = extendedNumberTest();
  if (!isExtendedNumber) return;
  proto.ensureThatComputed = function (this: RangeValueLike): void {
    if (this._data !== undefined) return;
    const read = this.range ? readValueCells(this, isExtendedNumber) : undefined;
    if (!read) {
      original.call(this);
      return;
    }
    this._hasOnlyNumbers = read.onlyNumbers;
    this._data = read.data;
  };
  proto[PATCHED] = true;
}
