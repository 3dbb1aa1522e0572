// Moves the relative references of a formula by a number of rows and columns, as Sheets does
// when it applies a conditional-format formula written for the top-left cell of a range to
// another cell of the range ("=$C2>100" at B2 becomes "=$C5>100" at B5), or when a formula is
// set on a block of cells. Open-ended and whole ranges move too: "A2:A" by one column is
// "B2:B", "A:C" is "B:D", "2:2" by one row is "3:3".
import { columnIndex, columnLetters } from './a1';

const NOT_BEFORE = String.raw`(?<![A-Za-z0-9_.$])`;
const NOT_AFTER = String.raw`(?![A-Za-z0-9_.(!])`;
const PIECE = new RegExp(
  [
    // A cell: A1, $A$1, B$2 (a sheet prefix "Data!" is left alone; the cell after it moves).
    String.raw`${NOT_BEFORE}(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])`,
    // A column alone: the end of "A2:A", either side of "A:C".
    String.raw`(?:(?<=:)|${NOT_BEFORE}(?=\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}${NOT_AFTER}))(\$?)([A-Za-z]{1,3})${NOT_AFTER}`,
    // A row alone: the end of "A2:2", either side of "2:5".
    String.raw`(?:(?<=:)|${NOT_BEFORE}(?=\$?\d+:\$?\d+${NOT_AFTER}))(\$?)(\d+)${NOT_AFTER}`,
  ].join('|'),
  'g',
);

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  // Split out string literals ("…") and quoted sheet names ('…') so they are left alone.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : shiftRefs(part, dRow, dCol)))
    .join('');
}

function shiftRefs(text: string, dRow: number, dCol: number): string {
  const column = (abs: string, letters: string): string =>
    abs ? `$${letters.toUpperCase()}` : columnLetters(Math.max(0, columnIndex(letters) + dCol));
  const row = (abs: string, digits: string): string =>
    abs ? `$${digits}` : String(Math.max(1, Number(digits) + dRow));
  return text.replace(PIECE, (...g: Array<string | undefined>) => {
    if (g[2] !== undefined) return column(g[1] ?? '', g[2]) + row(g[3] ?? '', g[4] as string);
    if (g[6] !== undefined) return column(g[5] ?? '', g[6]);
    return row(g[7] ?? '', g[8] as string);
  });
}
