// Sheet-level operations of a local workbook: insert, rename, move, delete, hide, freeze,
// column widths, and row/column insertions, deletions and moves (every side table follows).
import { mapRanges, SheetState } from './sheet-state';
import type { IndexChange } from './structure';
import { mapIndex } from './structure';
import type { SheetInfo, SheetKey } from './types';
import { WorkbookCells } from './workbook-cells';

/** Apps Script's wording for a name clash. */
export function duplicateSheetError(name: string): Error {
  return new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

export class WorkbookSheets extends WorkbookCells {
  /** Adds an empty sheet (1000 rows × 26 columns, as Sheets) at `index` (default: last). */
  addSheet(name?: string, index?: number): SheetInfo {
    const sheetName = name ?? this.nextSheetName();
    this.checkName(sheetName);
    const state = new SheetState(this.newSheetId(), sheetName);
    this.hf.addSheet(sheetName);
    this.hfIds.set(state.id, this.hf.getSheetId(sheetName) as number);
    const at =
      index === undefined ? this.states.length : Math.max(0, Math.min(index, this.states.length));
    this.states.splice(at, 0, state);
    this.afterSizeChange();
    this.emit({ kind: 'sheets', sheetId: state.id });
    return this.getSheet(state.id);
  }

  private nextSheetName(): string {
    for (let n = this.states.length + 1; ; n++)
      if (!this.findState(`Sheet${n}`)) return `Sheet${n}`;
  }

  private checkName(name: string, except?: SheetState): void {
    if (name.trim() === '') throw new Error('Sheet names cannot be empty.');
    if (name.length > 100) throw new Error('Sheet names must be 100 characters or fewer.');
    const other = this.findState(name);
    if (other && other !== except) throw duplicateSheetError(name);
  }

  renameSheet(key: SheetKey, newName: string): void {
    const s = this.state(key);
    if (s.name === newName) return;
    this.checkName(newName, s);
    this.hf.renameSheet(this.hfSheet(s), newName);
    s.name = newName;
    this.afterSizeChange(); // formulas naming a sheet that did not exist now reach this one
    this.emit({ kind: 'sheets', sheetId: s.id });
  }

  /** Moves a sheet to a tab position (0-based). */
  moveSheet(key: SheetKey, index: number): void {
    const s = this.state(key);
    this.states.splice(this.states.indexOf(s), 1);
    this.states.splice(Math.max(0, Math.min(index, this.states.length)), 0, s);
    this.emit({ kind: 'sheets', sheetId: s.id });
  }

  deleteSheet(key: SheetKey): void {
    const s = this.state(key);
    if (this.states.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    if (this.states.filter((x) => !x.hidden && x !== s).length === 0) {
      throw new Error('Sorry, it is not possible to delete all non-hidden sheets.');
    }
    const hfId = this.hfSheet(s);
    this.hf.removeSheet(hfId);
    this.ctx.spills.dropSheet(hfId);
    this.hfIds.delete(s.id);
    this.states.splice(this.states.indexOf(s), 1);
    this.metadata.dropSheet(s.id);
    for (const other of this.states) {
      other.charts = other.charts.filter((ch) => ch.ranges.every((r) => r.sheetId !== s.id));
    }
    if (this.activeSheetId === s.id) this.activeSheetId = this.states[0].id;
    this.emit({ kind: 'sheets', sheetId: s.id });
  }

  setSheetHidden(key: SheetKey, hidden: boolean): void {
    const s = this.state(key);
    if (hidden && this.states.filter((x) => !x.hidden && x !== s).length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    s.hidden = hidden;
    this.emit({ kind: 'sheets', sheetId: s.id });
  }

  setFrozen(key: SheetKey, rows: number | undefined, columns?: number): void {
    const s = this.state(key);
    if (rows !== undefined) s.frozenRows = rows;
    if (columns !== undefined) s.frozenColumns = columns;
    this.emit({ kind: 'format', sheetId: s.id });
  }

  /** Column width in pixels (100 by default, as Sheets). */
  getColumnWidth(key: SheetKey, col: number): number {
    return this.state(key).columnWidths.get(col) ?? 100;
  }

  setColumnWidth(key: SheetKey, col: number, width: number): void {
    const s = this.state(key);
    s.columnWidths.set(col, width);
    this.emit({ kind: 'format', sheetId: s.id });
  }

  /** Sets the sheet's size (max rows/columns) without moving content. */
  resizeSheet(key: SheetKey, maxRows: number, maxColumns: number): void {
    const s = this.state(key);
    s.maxRows = maxRows;
    s.maxColumns = maxColumns;
    this.afterSizeChange();
    this.emit({ kind: 'structure', sheetId: s.id });
  }

  /** Open-ended ranges follow a sheet's new size (see open-ranges.ts). */
  private afterSizeChange(): void {
    this.recloseOpenRanges();
    this.settle();
  }

  // ---- rows and columns ---------------------------------------------------------------------

  insertRows(key: SheetKey, at: number, count: number): void {
    const s = this.state(key);
    this.hf.addRows(this.hfSheet(s), [at, count]);
    this.applyRows(s, { kind: 'insert', at, count });
  }

  deleteRows(key: SheetKey, at: number, count: number): void {
    const s = this.state(key);
    if (count >= s.maxRows - s.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.hf.removeRows(this.hfSheet(s), [at, count]);
    this.applyRows(s, { kind: 'delete', at, count });
  }

  /** Moves rows [start, start+count) before row `target` (indexes before the move). */
  moveRows(key: SheetKey, start: number, count: number, target: number): void {
    const s = this.state(key);
    this.hf.moveRows(this.hfSheet(s), start, count, target);
    this.applyRows(s, { kind: 'move', start, count, target });
  }

  insertColumns(key: SheetKey, at: number, count: number): void {
    const s = this.state(key);
    this.hf.addColumns(this.hfSheet(s), [at, count]);
    this.applyColumns(s, { kind: 'insert', at, count });
  }

  deleteColumns(key: SheetKey, at: number, count: number): void {
    const s = this.state(key);
    if (count >= s.maxColumns - s.frozenColumns) {
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.hf.removeColumns(this.hfSheet(s), [at, count]);
    this.applyColumns(s, { kind: 'delete', at, count });
  }

  /** Moves columns [start, start+count) before column `target` (indexes before the move). */
  moveColumns(key: SheetKey, start: number, count: number, target: number): void {
    const s = this.state(key);
    this.hf.moveColumns(this.hfSheet(s), start, count, target);
    this.applyColumns(s, { kind: 'move', start, count, target });
  }

  private applyRows(s: SheetState, change: IndexChange): void {
    s.changeRows(change);
    this.metadata.changeRows(s.id, change);
    this.remapChartRanges(s.id, change, 'row');
    this.ctx.spills.remap(this.hfSheet(s), (r, c) => {
      const to = mapIndex(change, r);
      return to === undefined ? undefined : [to, c];
    });
    this.recloseOpenRanges();
    this.settle(this.hfSheet(s));
    this.emit({ kind: 'structure', sheetId: s.id });
  }

  private applyColumns(s: SheetState, change: IndexChange): void {
    s.changeColumns(change);
    this.metadata.changeColumns(s.id, change);
    this.remapChartRanges(s.id, change, 'col');
    this.ctx.spills.remap(this.hfSheet(s), (r, c) => {
      const to = mapIndex(change, c);
      return to === undefined ? undefined : [r, to];
    });
    this.recloseOpenRanges();
    this.settle(this.hfSheet(s));
    this.emit({ kind: 'structure', sheetId: s.id });
  }

  /** Chart data ranges on the changed sheet follow it, whichever sheet holds the chart. */
  private remapChartRanges(sheetId: number, change: IndexChange, axis: 'row' | 'col'): void {
    for (const st of this.states) {
      for (const chart of st.charts) {
        chart.ranges = chart.ranges.flatMap((r) => {
          if (r.sheetId !== sheetId) return [r];
          return mapRangesOne(r, change, axis);
        });
      }
    }
  }
}

function mapRangesOne<R extends { row: number; col: number; numRows: number; numCols: number }>(
  r: R,
  change: IndexChange,
  axis: 'row' | 'col',
): R[] {
  return mapRanges([r], change, axis) as R[];
}
