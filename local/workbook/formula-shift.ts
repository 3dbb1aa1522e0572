// Moves the relative references of a formula by a number of rows and columns, as Sheets does
// when it applies a conditional-format formula written for the top-left cell of a range to
// another cell of the range ("=$C2>100" at B2 becomes "=$C5>100" at B5).
import { columnIndex, columnLetters } from './a1';

// A cell reference not inside a name or function call: optional sheet prefix handled by
// leaving "Sheet!" untouched (the reference after "!" is matched on its own).
const REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  // Split out string literals ("…") and quoted sheet names ('…') so they are left alone.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : shiftRefs(part, dRow, dCol)))
    .join('');
}

function shiftRefs(text: string, dRow: number, dCol: number): string {
  return text.replace(
    REF,
    (all, before: string, colAbs: string, col: string, rowAbs: string, row: string) => {
      const c = colAbs ? col.toUpperCase() : columnLetters(Math.max(0, columnIndex(col) + dCol));
      const r = rowAbs ? Number(row) : Math.max(1, Number(row) + dRow);
      return `${before}${colAbs}${c}${rowAbs}${r}`;
    },
  );
}
