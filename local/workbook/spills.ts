// HyperFormula fixes the size of an array formula when it parses it, before any value is known;
// Sheets sizes a custom function's spill from the value it returns. The bridge: remember the
// size each formula cell actually returned, and re-enter the formulas whose size changed so
// HyperFormula predicts the remembered size (the workbook does that after each evaluation).

export interface CellAddress {
  sheet: number;
  row: number;
  col: number;
}

export interface SpillSize {
  width: number;
  height: number;
}

const key = (a: CellAddress): string => `${a.sheet}:${a.row}:${a.col}`;

export class SpillTracker {
  private sizes = new Map<string, SpillSize & CellAddress>();
  private pending = new Map<string, CellAddress>();

  /** The remembered size of the result of the formula at an address (undefined: one cell). */
  sizeAt(address: CellAddress): SpillSize | undefined {
    return this.sizes.get(key(address));
  }

  /** Records the size a formula just returned; it differs from the predicted one. */
  record(address: CellAddress, size: SpillSize): void {
    const k = key(address);
    if (size.width <= 1 && size.height <= 1) this.sizes.delete(k);
    else this.sizes.set(k, { ...address, ...size });
    this.pending.set(k, { sheet: address.sheet, row: address.row, col: address.col });
  }

  /** The formulas to re-enter (and forgets them). */
  takePending(): CellAddress[] {
    const out = [...this.pending.values()];
    this.pending.clear();
    return out;
  }

  hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** A cell got new content: its old size no longer applies. */
  forget(address: CellAddress): void {
    this.sizes.delete(key(address));
  }

  /** Keeps remembered sizes on their formulas when rows or columns move. */
  remap(sheet: number, map: (row: number, col: number) => [number, number] | undefined): void {
    const entries = [...this.sizes.values()];
    this.sizes.clear();
    for (const e of entries) {
      if (e.sheet !== sheet) {
        this.sizes.set(key(e), e);
        continue;
      }
      const moved = map(e.row, e.col);
      if (!moved) continue;
      const next = { ...e, row: moved[0], col: moved[1] };
      this.sizes.set(key(next), next);
    }
  }

  dropSheet(sheet: number): void {
    for (const [k, e] of this.sizes) if (e.sheet === sheet) this.sizes.delete(k);
  }
}
