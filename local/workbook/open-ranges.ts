// Open-ended ranges, which Sheets users write all the time: "A2:A", "Pipeline!J2:J",
// "'My sheet'!B3:D" (down to the last row of the sheet) and "A2:2" (across to the last column).
// HyperFormula cannot parse them, so a formula is handed to it "closed": each open end becomes
// the sheet's last row or column ("A2:A1000", "A2:Z2"), and the workbook remembers which
// ranges were open to give the user's text back ("reopen"). Closed ends follow rows inserted
// or deleted inside the range like any reference; the workbook closes the formulas again
// whenever a sheet's size changes otherwise (appends, resizes, rows added after the last one:
// WorkbookBase.recloseOpenRanges).
import { columnIndex, columnLetters } from './a1';
import { toEngineQuotes } from './quoted-strings';

/** Which ranges of a closed formula were open: `count` ranges in all, `open` by position. */
export interface OpenRanges {
  count: number;
  open: Array<{ index: number; toEnd: 'rows' | 'columns' }>;
}

/** A formula as HyperFormula receives it, and its open ranges (undefined when none). */
export interface ClosedFormula {
  text: string;
  openRanges?: OpenRanges;
  /** Some open range names a sheet that does not exist (closed at 1000 rows × 26 columns). */
  unresolved?: true;
}

/**
 * The size of a sheet named in a reference (undefined name: the formula's own sheet);
 * undefined when there is no such sheet.
 */
export type SheetBounds = (
  sheetName: string | undefined,
) => { rows: number; columns: number } | undefined;

/** Any size keeps a formula on a missing sheet parseable (it shows #REF! until the sheet exists). */
const MISSING_SHEET = { rows: 1000, columns: 26 };

const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}\p{N}_]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
// A range whose start is a cell: "A1:B2", "A2:A", "A2:2", each with optional sheet prefixes.
// The end is tried as a cell, then a column, then a row; nothing that continues a name may
// follow or precede it (so function names and named ranges are left alone).
const RANGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.$'!])(${SHEET})?(${CELL}):(${SHEET})?(${CELL}|\$?[A-Za-z]{1,3}|\$?\d+)(?![\p{L}\p{N}_.(!$:])`,
  'gu',
);
const STRING_LITERAL = /("(?:[^"]|"")*")/;
const START = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN_END = /^\$?[A-Za-z]{1,3}$/;
const ROW_END = /^\$?\d+$/;

/** Calls `replace` on every cell-started range outside string literals, with its position. */
function mapRanges(
  formula: string,
  replace: (index: number, m: RegExpExecArray) => string | undefined,
): { text: string; count: number } {
  let count = 0;
  const text = formula
    .split(STRING_LITERAL)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(RANGE, (...args: unknown[]) => {
            const m = args.slice(0, 5) as unknown as RegExpExecArray;
            return replace(count++, m) ?? m[0];
          }),
    )
    .join('');
  return { text, count };
}

function unquote(prefix: string | undefined): string | undefined {
  if (prefix === undefined) return undefined;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Closes the open ranges of a formula to the current sheet sizes (quotes as the engine reads them). */
export function closeFormula(userFormula: string, bounds: SheetBounds): ClosedFormula {
  const formula = toEngineQuotes(userFormula);
  // Fast path: a range needs a colon.
  if (!formula.includes(':')) return { text: formula };
  const open: OpenRanges['open'] = [];
  let unresolved = false;
  const { text, count } = mapRanges(formula, (index, m) => {
    const [all, startSheet = '', start, endSheet = '', end] = m;
    const isColumn = COLUMN_END.test(end);
    if (!isColumn && !ROW_END.test(end)) return undefined;
    let size = bounds(unquote(startSheet || undefined));
    if (!size) {
      unresolved = true;
      size = MISSING_SHEET;
    }
    const [, colAbs, startCol, rowAbs, startRow] = START.exec(start) as RegExpExecArray;
    // The added end is never before the start (HyperFormula would swap the ends) and is as
    // absolute as the start: ROWS and COLUMNS miscount "A2:A$9" (mixed) in HyperFormula.
    let closedEnd: string;
    if (isColumn) {
      closedEnd = `${end}${rowAbs}${Math.max(size.rows, Number(startRow))}`;
    } else {
      const lastCol = Math.max(size.columns - 1, columnIndex(startCol));
      closedEnd = `${colAbs}${columnLetters(lastCol)}${end}`;
    }
    open.push({ index, toEnd: isColumn ? 'rows' : 'columns' });
    return all.slice(0, all.length - end.length - endSheet.length) + endSheet + closedEnd;
  });
  if (open.length === 0) return { text: formula };
  return { text, openRanges: { count, open }, ...(unresolved ? { unresolved: true } : {}) };
}

/**
 * The user's text of a closed formula (HyperFormula's current writing of it, with its
 * references moved by inserted rows and renamed sheets). When the ranges no longer line up
 * with what was recorded (a reference replaced by an error), the closed text is returned.
 */
export function reopenFormula(text: string, ranges: OpenRanges): string {
  const byIndex = new Map(ranges.open.map((o) => [o.index, o.toEnd]));
  const result = mapRanges(text, (index, m) => {
    const toEnd = byIndex.get(index);
    if (toEnd === undefined) return undefined;
    const end = m[4];
    const cell = /^(\$?[A-Za-z]{1,3})(\$?\d+)$/.exec(end);
    if (!cell) return undefined;
    return m[0].slice(0, m[0].length - end.length) + (toEnd === 'rows' ? cell[1] : cell[2]);
  });
  return result.count === ranges.count ? result.text : text;
}
