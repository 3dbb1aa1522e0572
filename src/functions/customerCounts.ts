// Reads a "new customers" argument, which is either counts to add up (numbers) or customer
// identifiers to count once each (text). Deciding between the two needs the whole range, so it
// cannot go through readColumns, whose kinds are fixed in advance.
import { Arg, Cell, describeCell, isBlank, isRange, toGrid, isDate } from './values/cells';
import { toNumber } from './columns';
import { fail } from './errors';
import { isHeadingRow } from './headings';
import { readNumberText } from './values/numbers';

export type NewCustomers = { kind: 'counts'; total: number } | { kind: 'ids'; ids: string[] };

/**
 * The first row is a header when it is a known or identifier-shaped heading ("Customer ID", see
 * ./headings), or when it holds text that is not a number and either the rows below hold counts
 * (numbers), or a header was found above the spend of the same call.
 */
export function readNewCustomers(fn: string, arg: Arg, otherHasHeader: boolean): NewCustomers {
  const name = 'new_customers';
  const grid = toGrid(arg);
  const width = grid.length ? grid[0].length || 1 : 1;
  const skip = isRange(arg) && hasHeader(grid, otherHasHeader) ? 1 : 0;
  const where = (r: number, c: number): string =>
    width > 1 ? `${name} row ${r + 1}, column ${c + 1}` : `${name} row ${r + 1}`;
  const at = (r: number, c: number) => (isRange(arg) ? where(r, c) : name);

  let total = 0;
  let firstNumber: string | undefined;
  let firstId: string | undefined;
  const ids: string[] = [];
  for (let r = skip; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      let value: number;
      if (typeof cell === 'number' && Number.isFinite(cell)) {
        value = cell;
      } else {
        if (isBlank(cell)) continue;
        const id = identifierOf(cell);
        if (id !== undefined) {
          firstId ??= `${at(r, c)}: ${describeCell(cell)}`;
          ids.push(id);
          continue;
        }
        if (typeof cell === 'boolean' || isDate(cell)) {
          // Written as Sheets shows it: TRUE / FALSE, a date as its day.
          const shown = typeof cell === 'boolean' ? String(cell).toUpperCase() : describeCell(cell);
          fail(
            fn,
            `${at(r, c)} holds ${shown}; expected a count of new customers or a customer identifier`,
          );
        }
        value = toNumber(fn, cell, () => at(r, c));
      }
      if (value < 0)
        fail(fn, `${at(r, c)} holds ${value}; a count of customers cannot be negative`);
      if (firstNumber === undefined) firstNumber = `${at(r, c)}: ${describeCell(cell)}`;
      total += value;
    }
  }
  if (firstNumber !== undefined && firstId !== undefined) {
    fail(
      fn,
      `${name} holds both counts (${firstNumber}) and customer identifiers (${firstId}); ` +
        'give either counts to add up or identifiers to count, not both',
    );
  }
  if (firstNumber === undefined && firstId === undefined) {
    fail(fn, `${name} is blank; give a count of new customers or their identifiers`);
  }
  return firstId !== undefined ? { kind: 'ids', ids } : { kind: 'counts', total };
}

/** Text that is not a number (even ambiguously) is an identifier, compared as written. */
function identifierOf(cell: Cell): string | undefined {
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  if (text === '') return undefined;
  // Written numbers start with a digit, a sign, a dot or a currency (US$, USD, EUR, GBP…): a text
  // starting with any other ASCII letter ("C-017") is an identifier without a full reading.
  const lower = text.charCodeAt(0) | 0x20;
  if (lower >= 97 && lower <= 122 && lower !== 101 && lower !== 103 && lower !== 117) return text;
  const reading = readNumberText(cell);
  if ('value' in reading || reading.problem === 'ambiguous') return undefined;
  return text;
}

function hasHeader(grid: Cell[][], otherHasHeader: boolean): boolean {
  if (grid.length < 2) return false;
  // "Customer ID" above the identifiers (./headings).
  if (isHeadingRow(grid, true)) return true;
  if (!grid[0].some((cell) => identifierOf(cell) !== undefined)) return false;
  if (otherHasHeader) return true;
  let numbers = 0;
  for (let r = 1; r < grid.length; r++) {
    for (const cell of grid[r]) {
      if (isBlank(cell)) continue;
      if (identifierOf(cell) !== undefined) return false;
      numbers++;
    }
  }
  return numbers > 0;
}
