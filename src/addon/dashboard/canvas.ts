// A sheet drawn as plain data: cells (a value or a formula, and how they look) placed by
// position, and the rectangular blocks they are written in. The layout builders fill a Canvas;
// the writer turns each block into one setValues plus one call per style it uses, so the number
// of Sheets calls depends on the layout, never on the data. Positions are 1-based, as in Apps
// Script.
import { safeCell } from '../safe-text';

export interface Style {
  /** A Sheets number format ('0.0%', 'mmmm yyyy'); 'General' where none is given. */
  readonly format?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly background?: string;
  readonly color?: string;
  readonly align?: 'left' | 'center' | 'right';
  /** Font size in points (Sheets' default is 10). */
  readonly size?: number;
}

export interface Region {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** One block as the writer needs it; a style grid is present only when a cell uses it. */
export interface Block extends Region {
  readonly name: string;
  readonly values: unknown[][];
  readonly formats?: string[][];
  readonly weights?: Array<Array<'bold' | 'normal'>>;
  readonly styles?: Array<Array<'italic' | 'normal'>>;
  readonly backgrounds?: Array<Array<string | null>>;
  readonly colors?: Array<Array<string | null>>;
  readonly aligns?: Array<Array<'left' | 'center' | 'right' | null>>;
  readonly sizes?: number[][];
  /** Cells a spilled table lands on: written empty, their current value never compared. */
  readonly landing?: boolean[][];
}

/** Sheets' default font size, where a block that sizes some cells leaves the others. */
export const DEFAULT_SIZE = 10;

interface Cell {
  readonly value: unknown;
  readonly style: Style;
}

export class Canvas {
  private readonly cells = new Map<string, Cell>();
  private readonly regions: Array<Region & { name: string }> = [];
  private readonly landings = new Set<string>();

  /** Declares a block (cells written inside it go out in one setValues). */
  block(name: string, row: number, column: number, numRows: number, numColumns: number): this {
    if (numRows < 1 || numColumns < 1) throw new Error(`Empty block ${name}`);
    this.regions.push({ name, row, column, numRows, numColumns });
    return this;
  }

  /** A value or a formula (a string starting with "="), written as is. */
  put(row: number, column: number, value: unknown, style: Style = {}): this {
    this.cells.set(`${row}:${column}`, { value, style });
    return this;
  }

  /** Text that may come from the user (a team or rep name): neutralised against formulas. */
  text(row: number, column: number, value: string, style: Style = {}): this {
    return this.put(row, column, safeCell(value), style);
  }

  /** Styles a cell without giving it a value (a spill's landing area). */
  style(row: number, column: number, style: Style): this {
    const cell = this.cells.get(`${row}:${column}`);
    return this.put(row, column, cell?.value ?? '', { ...cell?.style, ...style });
  }

  /** Marks where a formula's table spills (inside a block; the anchor cell excluded). */
  landing(row: number, column: number, numRows: number, numColumns: number): this {
    for (let i = 0; i < numRows; i++)
      for (let j = 0; j < numColumns; j++)
        if (i > 0 || j > 0) this.landings.add(`${row + i}:${column + j}`);
    return this;
  }

  /** The last row and column any block reaches. */
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const r of this.regions) {
      rows = Math.max(rows, r.row + r.numRows - 1);
      columns = Math.max(columns, r.column + r.numColumns - 1);
    }
    return { rows, columns };
  }

  /** The blocks with their grids; a cell outside every block is a layout bug. */
  blocks(): Block[] {
    const placed = new Set<string>();
    const out = this.regions.map((region) => {
      const grid = <T>(pick: (cell: Cell | undefined) => T): T[][] =>
        Array.from({ length: region.numRows }, (_, i) =>
          Array.from({ length: region.numColumns }, (_, j) => {
            const key = `${region.row + i}:${region.column + j}`;
            const cell = this.cells.get(key);
            if (cell) placed.add(key);
            return pick(cell);
          }),
        );
      const cells = grid((c) => c);
      const uses = (has: (s: Style) => boolean) =>
        cells.some((r) => r.some((c) => !!c && has(c.style)));
      return {
        ...region,
        values: grid((c) => c?.value ?? ''),
        formats: uses((s) => !!s.format) ? grid((c) => c?.style.format ?? 'General') : undefined,
        weights: uses((s) => !!s.bold)
          ? grid((c): 'bold' | 'normal' => (c?.style.bold ? 'bold' : 'normal'))
          : undefined,
        styles: uses((s) => !!s.italic)
          ? grid((c): 'italic' | 'normal' => (c?.style.italic ? 'italic' : 'normal'))
          : undefined,
        backgrounds: uses((s) => !!s.background)
          ? grid((c) => c?.style.background ?? null)
          : undefined,
        colors: uses((s) => !!s.color) ? grid((c) => c?.style.color ?? null) : undefined,
        aligns: uses((s) => !!s.align) ? grid((c) => c?.style.align ?? null) : undefined,
        sizes: uses((s) => !!s.size) ? grid((c) => c?.style.size ?? DEFAULT_SIZE) : undefined,
        landing: Array.from({ length: region.numRows }, (_, i) =>
          Array.from({ length: region.numColumns }, (_, j) =>
            this.landings.has(`${region.row + i}:${region.column + j}`),
          ),
        ),
      };
    });
    for (const key of this.cells.keys())
      if (!placed.has(key)) throw new Error(`Cell ${key} lies outside every block`);
    return out;
  }
}
