// One sheet's side tables: everything about a sheet that HyperFormula does not hold.
import type { GridRange } from './a1';
import { CellTable } from './cell-table';
import type { OpenRanges } from './open-ranges';
import { mapIndex, mapSpan, type IndexChange } from './structure';
import type { CellProps, ChartSpec, ConditionalRule, ValidationRule } from './types';

export class SheetState {
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  readonly props = new CellTable<CellProps>();
  readonly validations = new CellTable<ValidationRule>();
  /** Formula cells holding open-ended ranges ("A2:A"), closed in the engine (open-ranges.ts). */
  readonly openRanges = new CellTable<OpenRanges>();
  conditionalRules: ConditionalRule[] = [];
  charts: ChartSpec[] = [];
  readonly columnWidths = new Map<number, number>();

  constructor(
    public id: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  /** Applies a row change to every table of the sheet. */
  changeRows(change: IndexChange): void {
    this.props.changeRows(change);
    this.validations.changeRows(change);
    this.openRanges.changeRows(change);
    this.conditionalRules = this.conditionalRules
      .map((rule) => ({ ...rule, ranges: mapRanges(rule.ranges, change, 'row') }))
      .filter((rule) => rule.ranges.length > 0);
    for (const chart of this.charts) {
      chart.position.row =
        mapIndex(change, chart.position.row) ??
        Math.max(0, change.kind === 'delete' ? change.at : 0);
    }
    if (change.kind === 'insert') this.maxRows += change.count;
    if (change.kind === 'delete') this.maxRows -= change.count;
    this.frozenRows = frozenAfter(change, this.frozenRows);
  }

  changeColumns(change: IndexChange): void {
    this.props.changeColumns(change);
    this.validations.changeColumns(change);
    this.openRanges.changeColumns(change);
    this.conditionalRules = this.conditionalRules
      .map((rule) => ({ ...rule, ranges: mapRanges(rule.ranges, change, 'col') }))
      .filter((rule) => rule.ranges.length > 0);
    for (const chart of this.charts) {
      chart.position.col =
        mapIndex(change, chart.position.col) ??
        Math.max(0, change.kind === 'delete' ? change.at : 0);
    }
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [col, w] of widths) {
      const to = mapIndex(change, col);
      if (to !== undefined) this.columnWidths.set(to, w);
    }
    if (change.kind === 'insert') this.maxColumns += change.count;
    if (change.kind === 'delete') this.maxColumns -= change.count;
    this.frozenColumns = frozenAfter(change, this.frozenColumns);
  }
}

/** Frozen rows/columns grow with insertions inside them and shrink with deletions. */
function frozenAfter(change: IndexChange, frozen: number): number {
  if (frozen === 0 || change.kind === 'move') return frozen;
  if (change.kind === 'insert') return change.at < frozen ? frozen + change.count : frozen;
  return mapSpan(change, 0, frozen)?.count ?? 0;
}

/** Ranges of one dimension moved by a change (ranges that vanish are dropped). */
export function mapRanges(
  ranges: GridRange[],
  change: IndexChange,
  axis: 'row' | 'col',
): GridRange[] {
  const out: GridRange[] = [];
  for (const r of ranges) {
    const span =
      axis === 'row' ? mapSpan(change, r.row, r.numRows) : mapSpan(change, r.col, r.numCols);
    if (!span) continue;
    out.push(
      axis === 'row'
        ? { ...r, row: span.start, numRows: span.count }
        : { ...r, col: span.start, numCols: span.count },
    );
  }
  return out;
}
