// Named ranges live in HyperFormula as named expressions (so formulas can use them and they
// follow renamed sheets and inserted rows); this reads them back as sheet ranges.
import type { HyperFormula } from 'hyperformula';
import { absoluteReference, parseA1, type GridRange } from './a1';

/** Sheets' rule: letters, digits, underscores and dots, not starting with a digit, not a cell. */
export function isValidRangeName(name: string): boolean {
  return (
    /^[A-Za-z_\\][A-Za-z0-9_.]{0,249}$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C\d*$/i.test(name) &&
    !/^(true|false)$/i.test(name)
  );
}

export function setNamedExpression(
  hf: HyperFormula,
  name: string,
  sheetName: string,
  range: GridRange,
): void {
  const expression = `=${absoluteReference(sheetName, range)}`;
  if (hf.getNamedExpression(name)) hf.changeNamedExpression(name, expression);
  else hf.addNamedExpression(name, expression);
}

/** The sheet name and range a named expression points at; undefined once its sheet is gone. */
export function readNamedExpression(
  hf: HyperFormula,
  name: string,
): { sheetName: string; range: GridRange } | undefined {
  const expr = hf.getNamedExpression(name)?.expression;
  if (typeof expr !== 'string' || !expr.startsWith('=')) return undefined;
  const ref = parseA1(expr.slice(1));
  if (!ref || !ref.sheetName || ref.numRows === undefined || ref.numCols === undefined)
    return undefined;
  return {
    sheetName: ref.sheetName,
    range: { row: ref.row, col: ref.col, numRows: ref.numRows, numCols: ref.numCols },
  };
}
