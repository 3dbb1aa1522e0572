// Header rows of text-only arguments. A column of numbers or dates shows its heading (a text that
// is no number or date), but a column of labels or identifiers cannot: "Source" reads as one more
// source, "Customer ID" as one more customer. A custom function receives values, not the range's
// address, so it cannot tell Customers!F:F from Customers!F2:F. What it can tell is the heading
// itself: the add-on's own sheets have known headings (src/addon/schema, English and French).
// A first cell that is one of them, on a range of two rows or more, and that does not come again
// below, is a header. Headings that
// are also dropdown values of those sheets ("Team" is a scope type) are left out, so a range of
// the add-on's data rows is never cut. Identifier columns also recognise the usual shape of an
// identifier heading: a text without digits naming an ID ("Customer ID", "order_id", "ID client").
import { SCHEMA } from '../addon/schema';
import type { Cell } from './values/cells';
import { isBlank } from './values/cells';

let known: ReadonlySet<string> | undefined;

const fold = (text: string): string => text.trim().toLowerCase();

/** The headings of the add-on's sheets in both languages, minus any text that is a data value. */
function knownHeadings(): ReadonlySet<string> {
  if (known) return known;
  const headings = new Set<string>();
  const values = new Set<string>();
  for (const sheet of Object.values(SCHEMA)) {
    for (const column of sheet.columns) {
      headings.add(fold(column.en));
      headings.add(fold(column.fr));
      for (const choice of column.choices ?? []) {
        values.add(fold(choice.en));
        values.add(fold(choice.fr));
      }
    }
  }
  for (const value of values) headings.delete(value);
  known = headings;
  return headings;
}

/** "Customer ID", "customer_id", "ID client", "OrderId": no digit, and an ID word. */
const ID_HEADING = /^(?:\D*[\s_.-])?id(?:[\s_.-]\D*)?$/i;
const CAMEL_ID_HEADING = /^\D*[a-z](?:ID|Id)$/;

/** True for a text that is a heading of the add-on's sheets (or, for identifiers, shaped as one). */
export function isKnownHeading(cell: Cell, identifiers: boolean): boolean {
  if (typeof cell !== 'string' || isBlank(cell)) return false;
  if (knownHeadings().has(fold(cell))) return true;
  if (!identifiers) return false;
  const text = cell.trim();
  return ID_HEADING.test(text) || CAMEL_ID_HEADING.test(text);
}

/**
 * True when the first of two or more rows of a text-only range is a header: it holds at least one
 * text, each of its non-blank cells is a known heading, and none of them comes again below (a
 * heading names its column once; a value that happens to be a heading word would repeat).
 */
export function isHeadingRow(grid: readonly (readonly Cell[])[], identifiers: boolean): boolean {
  if (grid.length < 2) return false;
  const headings = new Set<string>();
  let shortest = Infinity;
  for (const cell of grid[0]) {
    if (isBlank(cell)) continue;
    if (!isKnownHeading(cell, identifiers)) return false;
    const text = fold(cell as string);
    headings.add(text);
    shortest = Math.min(shortest, text.length);
  }
  if (headings.size === 0) return false;
  for (let r = 1; r < grid.length; r++) {
    for (const cell of grid[r]) {
      // Only a text at least as long as a heading can fold to it: others need no folding.
      if (typeof cell === 'string' && cell.length >= shortest && headings.has(fold(cell)))
        return false;
    }
  }
  return true;
}
