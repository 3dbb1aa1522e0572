// Helpers of the warehouse tests: two result tables compared as sets of rows (SQL returns rows
// in its own order), counts exactly and doubles within 1e-9 relative.
import type { Cell, ResultTable } from '../../src/warehouse/api';

/** The columns that identify a row (everything that is not a measure or a value). */
const KEYS = new Set(['part', 'period', 'scope_type', 'scope', 'item', 'cohort', 'period_offset']);

function keyOf(columns: readonly string[], row: readonly Cell[]): string {
  let key = '';
  for (let i = 0; i < columns.length; i++) if (KEYS.has(columns[i])) key += `${row[i]}\u0001`;
  return key;
}

export function close(a: Cell, b: Cell): boolean {
  if (a === b) return true;
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** The differences between two results (empty when they agree), at most `limit` of them. */
export function differences(a: ResultTable, b: ResultTable, limit = 5): string[] {
  const out: string[] = [];
  if (JSON.stringify(a.columns) !== JSON.stringify(b.columns))
    return [`columns ${a.columns.join(',')} vs ${b.columns.join(',')}`];
  const byKey = new Map(b.rows.map((r) => [keyOf(b.columns, r), r]));
  if (byKey.size !== b.rows.length) out.push('duplicate keys in the second result');
  if (a.rows.length !== b.rows.length) out.push(`${a.rows.length} rows vs ${b.rows.length}`);
  for (const row of a.rows) {
    if (out.length >= limit) break;
    const other = byKey.get(keyOf(a.columns, row));
    if (!other) {
      out.push(`missing ${JSON.stringify(row)}`);
      continue;
    }
    a.columns.forEach((c, i) => {
      if (!close(row[i], other[i]))
        out.push(
          `${c}: ${JSON.stringify(row[i])} vs ${JSON.stringify(other[i])} in ${JSON.stringify(row)}`,
        );
    });
  }
  return out.slice(0, limit);
}
