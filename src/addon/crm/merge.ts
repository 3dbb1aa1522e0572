// The import's plan for one sheet: which rows change, which are added, which are the same.
// Rows are keyed by the CRM id column; a row without one (typed by the user) is never looked at.
// Only the columns the import writes are compared and replaced, so what the user added to an
// imported row (its Team, say) stays. Importing the same file twice plans nothing. Pure.
import type { Cell, MappedRow, SkippedRow } from './records';

export interface SheetRows {
  /** Data rows (no header), as getValues returned them. */
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based index of the CRM id column. */
  readonly crmIdColumn: number;
  /** Column key → 0-based index, for the columns the import writes. */
  readonly columns: ReadonlyMap<string, number>;
}

export interface RowUpdate {
  /** 0-based data-row index. */
  readonly row: number;
  /** Column key → new cell, only the cells that differ. */
  readonly cells: ReadonlyMap<string, Cell>;
}

export interface ImportPlan {
  readonly updates: readonly RowUpdate[];
  readonly appends: readonly MappedRow[];
  readonly unchanged: number;
  readonly skipped: readonly SkippedRow[];
}

/** Whether a sheet value already shows a cell (dates by day, numbers by value, texts trimmed). */
export type SameCell = (sheetValue: unknown, cell: Cell, column: string) => boolean;

export function planImport(
  sheet: SheetRows,
  incoming: readonly MappedRow[],
  same: SameCell,
): ImportPlan {
  const rowOfId = new Map<string, number>();
  sheet.rows.forEach((row, i) => {
    const id = String(row[sheet.crmIdColumn] ?? '').trim();
    if (id !== '' && !rowOfId.has(id)) rowOfId.set(id, i);
  });
  const seen = new Map<string, number>();
  const updates: RowUpdate[] = [];
  const appends: MappedRow[] = [];
  const skipped: SkippedRow[] = [];
  let unchanged = 0;
  for (const record of incoming) {
    const first = seen.get(record.crmId);
    if (first !== undefined) {
      skipped.push({ line: record.line, reason: 'duplicateId', detail: `${first}` });
      continue;
    }
    seen.set(record.crmId, record.line);
    const at = rowOfId.get(record.crmId);
    if (at === undefined) {
      appends.push(record);
      continue;
    }
    const changed = new Map<string, Cell>();
    for (const [key, cell] of Object.entries(record.cells)) {
      const column = sheet.columns.get(key);
      if (column === undefined) continue;
      if (!same(sheet.rows[at][column], cell, key)) changed.set(key, cell);
    }
    if (changed.size === 0) unchanged++;
    else updates.push({ row: at, cells: changed });
  }
  return { updates, appends, unchanged, skipped };
}
