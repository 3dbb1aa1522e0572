// A sheet block as it reads after the add-on's own writes, without reading the sheet again: the
// feature that wrote a row or deleted rows hands the new state to the next step (the wizard's
// objective list after a save) instead of another getValues. Values only: a formula written is
// kept as its text, so a reader must not look at the formula columns of the rows written.
import type { SheetBlock } from './block';

/** How Sheets keeps a written value: a leading apostrophe only marks a text as text. */
function stored(value: unknown): unknown {
  return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
}

/** The block after `cells` (column key → value) were written in sheet row `row` (1-based). */
export function withRowWritten(
  block: SheetBlock,
  row: number,
  cells: ReadonlyMap<string, unknown>,
): SheetBlock {
  const width = block.values[0]?.length ?? 0;
  const values = block.values.map((r) => r);
  while (values.length < row) values.push(new Array<unknown>(width).fill(''));
  const written = [...values[row - 1]];
  for (const [key, value] of cells) {
    const column = block.columns.get(key);
    if (column !== undefined) written[column] = stored(value);
  }
  values[row - 1] = written;
  return { ...block, values };
}

/** The block after the sheet rows `rows` (1-based) were deleted. */
export function withoutRows(block: SheetBlock, rows: readonly number[]): SheetBlock {
  const gone = new Set(rows);
  return { ...block, values: block.values.filter((_, i) => !gone.has(i + 1)) };
}
