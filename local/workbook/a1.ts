// A1 notation as Sheets writes it: column letters, 1-based rows, optional quoted sheet names,
// whole-column ("A:C") and whole-row ("2:5") ranges. Everything else in local/ works with
// 0-based rows and columns; this file is the only place that converts.

/** A rectangle of cells, 0-based, in some sheet. */
export interface GridRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A parsed A1 reference: `rows`/`cols` undefined mean "to the end of the sheet". */
export interface A1Reference {
  sheetName?: string;
  row: number;
  col: number;
  /** Undefined for a whole-column reference such as "A:C" (all rows). */
  numRows?: number;
  /** Undefined for a whole-row reference such as "2:5" (all columns). */
  numCols?: number;
  /** An open-ended range ("A2:B" down to the last row, "A2:2" across to the last column). */
  openEnded?: true;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26 (case-insensitive). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as it must appear before "!" in a formula or A1 reference. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/**
 * Parses "A1", "B2:C9", "A:C", "2:5", "A2:B", "A2:2", "Sheet 1!A1:B2", "'It''s'!A1".
 * Undefined if invalid.
 */
export function parseA1(text: string): A1Reference | undefined {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    }
    if (sheetName === '') return undefined;
  }
  const [first, second, extra] = rest.split(':');
  if (extra !== undefined || first === undefined) return undefined;
  const end = second ?? first;
  const a = CELL.exec(first);
  const b = CELL.exec(end);
  if (a && b) {
    const r1 = Number(a[2]) - 1;
    const r2 = Number(b[2]) - 1;
    const c1 = columnIndex(a[1]);
    const c2 = columnIndex(b[1]);
    if (r1 < 0 || r2 < 0) return undefined;
    const row = Math.min(r1, r2);
    const col = Math.min(c1, c2);
    return {
      sheetName,
      row,
      col,
      numRows: Math.abs(r2 - r1) + 1,
      numCols: Math.abs(c2 - c1) + 1,
    };
  }
  if (second === undefined) return undefined;
  if (a) return openEnded(sheetName, a, second);
  const ca = COLUMN.exec(first);
  const cb = COLUMN.exec(second);
  if (ca && cb) {
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    return { sheetName, row: 0, col: Math.min(c1, c2), numCols: Math.abs(c2 - c1) + 1 };
  }
  const ra = ROW.exec(first);
  const rb = ROW.exec(second);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    if (r1 < 0 || r2 < 0) return undefined;
    return { sheetName, row: Math.min(r1, r2), col: 0, numRows: Math.abs(r2 - r1) + 1 };
  }
  return undefined;
}

/** "A2:B" (rows to the end of the sheet) or "A2:2" (columns to the end), as Sheets reads them. */
function openEnded(
  sheetName: string | undefined,
  start: RegExpExecArray,
  end: string,
): A1Reference | undefined {
  const row = Number(start[2]) - 1;
  const col = columnIndex(start[1]);
  if (row < 0) return undefined;
  const c = COLUMN.exec(end);
  if (c) {
    const endCol = columnIndex(c[1]);
    const cols = { col: Math.min(col, endCol), numCols: Math.abs(endCol - col) + 1 };
    return { sheetName, row, ...cols, openEnded: true };
  }
  const r = ROW.exec(end);
  if (!r || Number(r[1]) < 1) return undefined;
  const endRow = Number(r[1]) - 1;
  const rows = { row: Math.min(row, endRow), numRows: Math.abs(endRow - row) + 1 };
  return { sheetName, ...rows, col, openEnded: true };
}

/** "A1" for one cell, "A1:C3" otherwise; whole columns/rows as "A:C" / "2:5" when flagged. */
export function formatA1(
  range: GridRange,
  options: { wholeColumns?: boolean; wholeRows?: boolean } = {},
): string {
  const c1 = columnLetters(range.col);
  const c2 = columnLetters(range.col + range.numCols - 1);
  const r1 = range.row + 1;
  const r2 = range.row + range.numRows;
  if (options.wholeColumns) return `${c1}:${c2}`;
  if (options.wholeRows) return `${r1}:${r2}`;
  if (range.numRows === 1 && range.numCols === 1) return `${c1}${r1}`;
  return `${c1}${r1}:${c2}${r2}`;
}

/** An absolute reference such as `'My sheet'!$A$1:$B$3`, used for named ranges in formulas. */
export function absoluteReference(sheetName: string, range: GridRange): string {
  const c1 = columnLetters(range.col);
  const c2 = columnLetters(range.col + range.numCols - 1);
  return `${quoteSheetName(sheetName)}!$${c1}$${range.row + 1}:$${c2}$${range.row + range.numRows}`;
}
