// A sparse per-cell side table (formats, notes, validations): row → column → value. Values are
// treated as immutable, so identical ones can be shared between cells.
import type { GridRange } from './a1';
import { mapIndex, type IndexChange } from './structure';

export class CellTable<T> {
  private rows = new Map<number, Map<number, T>>();

  get(row: number, col: number): T | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** One row's entries by column (undefined when the row has none); not to be changed. */
  row(row: number): ReadonlyMap<number, T> | undefined {
    return this.rows.get(row);
  }

  set(row: number, col: number, value: T | undefined): void {
    if (value === undefined) {
      this.delete(row, col);
      return;
    }
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    r.set(col, value);
  }

  delete(row: number, col: number): void {
    const r = this.rows.get(row);
    if (!r) return;
    r.delete(col);
    if (r.size === 0) this.rows.delete(row);
  }

  /** Removes every entry inside the range. */
  clearRange(range: GridRange): void {
    for (const [row, cols] of this.rows) {
      if (row < range.row || row >= range.row + range.numRows) continue;
      for (const col of [...cols.keys()]) {
        if (col >= range.col && col < range.col + range.numCols) cols.delete(col);
      }
      if (cols.size === 0) this.rows.delete(row);
    }
  }

  clear(): void {
    this.rows.clear();
  }

  *entries(): Generator<[number, number, T]> {
    for (const [row, cols] of this.rows) for (const [col, v] of cols) yield [row, col, v];
  }

  get size(): number {
    let n = 0;
    for (const cols of this.rows.values()) n += cols.size;
    return n;
  }

  /** Moves entries with their rows (insert, delete, move). */
  changeRows(change: IndexChange): void {
    const old = this.rows;
    this.rows = new Map();
    for (const [row, cols] of old) {
      const to = mapIndex(change, row);
      if (to !== undefined) this.rows.set(to, cols);
    }
  }

  /** Moves entries with their columns. */
  changeColumns(change: IndexChange): void {
    for (const [row, cols] of this.rows) {
      const next = new Map<number, T>();
      for (const [col, v] of cols) {
        const to = mapIndex(change, col);
        if (to !== undefined) next.set(to, v);
      }
      if (next.size === 0) this.rows.delete(row);
      else this.rows.set(row, next);
    }
  }
}
