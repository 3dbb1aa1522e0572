// The cells of one sheet as the page holds them: blocks of rows fetched from GET /api/workbook
// when they come into view (the Activities sheet has ~50,000 rows; the page never asks for all).
// After an edit the blocks go stale: they stay on screen until fresh ones arrive (no flicker).
import { api, type CellView, type SheetSummary } from './api';

export const BLOCK_ROWS = 200;

type Row = Array<CellView | null>;

interface Block {
  rows?: Row[];
  stale: boolean;
  loading: boolean;
}

export class SheetData {
  private blocks = new Map<number, Block>();
  private generation = 0;

  constructor(
    public summary: SheetSummary,
    private readonly onLoaded: () => void,
    private readonly onError: (message: string) => void,
  ) {}

  /** The row's cells, or undefined before its block first arrives. */
  row(r: number): Row | undefined {
    const rows = this.blocks.get(Math.floor(r / BLOCK_ROWS))?.rows;
    return rows ? (rows[r % BLOCK_ROWS] ?? []) : undefined;
  }

  cell(r: number, c: number): CellView | null {
    return this.row(r)?.[c] ?? null;
  }

  /** Fetches the blocks covering rows first..last that are missing or stale. */
  ensure(first: number, last: number): void {
    for (let b = Math.floor(first / BLOCK_ROWS); b <= Math.floor(last / BLOCK_ROWS); b++) {
      if (b * BLOCK_ROWS >= this.summary.rowCount) break;
      const block = this.blocks.get(b) ?? { stale: true, loading: false };
      if (!block.stale || block.loading) continue;
      block.loading = true;
      this.blocks.set(b, block);
      this.fetch(b, block, this.generation);
    }
  }

  private fetch(b: number, block: Block, generation: number): void {
    api
      .sheet(this.summary.name, b * BLOCK_ROWS, BLOCK_ROWS)
      .then(({ sheet, window }) => {
        block.loading = false;
        if (generation !== this.generation) return; // answered before the latest edit
        this.summary = sheet;
        block.rows = window.rows;
        block.stale = false;
        this.onLoaded();
      })
      .catch((error: Error) => {
        block.loading = false;
        this.onError(error.message);
      });
  }

  /** Marks every row stale (after an edit: any cell may depend on it). */
  clear(): void {
    this.generation++;
    for (const block of this.blocks.values()) {
      block.stale = true;
      block.loading = false;
    }
  }
}
