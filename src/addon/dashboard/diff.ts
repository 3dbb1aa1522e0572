// Whether a block already holds what the layout wants, so that a refresh rewrites only the blocks
// that changed: rewriting a formula makes Sheets recompute everything that depends on it, and the
// series formulas read whole source sheets. Formulas are compared in a normal form (Sheets
// writes function names in capitals and drops the quotes of simple sheet names); cells where a
// table spills are compared by format only (their values are the spill's).
import type { Block } from './canvas';

/** What a sheet holds over an area: getFormulas, getValues and getNumberFormats. */
export interface SheetState {
  readonly formulas: readonly (readonly string[])[];
  readonly values: readonly (readonly unknown[])[];
  readonly formats: readonly (readonly string[])[];
}

/** Formula text without quotes, spaces or case outside string literals. */
export function normalFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/['\s]/g, '').toUpperCase()))
    .join('');
}

const AUTOMATIC = new Set(['', 'general', '0.###############']);

function sameFormat(wanted: string, current: string | undefined): boolean {
  const a = wanted.toLowerCase();
  const b = (current ?? '').toLowerCase();
  return a === b || (AUTOMATIC.has(a) && AUTOMATIC.has(b));
}

function sameValue(wanted: unknown, formula: string, value: unknown): boolean {
  if (typeof wanted === 'string' && wanted.startsWith('=')) {
    return normalFormula(wanted) === normalFormula(formula);
  }
  if (formula !== '') return false;
  if (wanted instanceof Date) return value instanceof Date && value.getTime() === wanted.getTime();
  // A neutralised text ('=x) reads back without its apostrophe.
  if (typeof wanted === 'string' && wanted.startsWith("'")) return value === wanted.slice(1);
  return wanted === value;
}

/** True when the block's cells hold the wanted values and number formats already. */
export function blockUnchanged(block: Block, state: SheetState): boolean {
  for (let i = 0; i < block.numRows; i++) {
    const r = block.row - 1 + i;
    for (let j = 0; j < block.numColumns; j++) {
      const c = block.column - 1 + j;
      const formula = state.formulas[r]?.[c] ?? '';
      const value = state.values[r]?.[c] ?? '';
      if (!block.landing?.[i][j] && !sameValue(block.values[i][j], formula, value)) return false;
      if (block.formats && !sameFormat(block.formats[i][j], state.formats[r]?.[c])) return false;
    }
  }
  return true;
}

/** A short fingerprint of the blocks' places and sizes (a layout that moved is rewritten whole). */
export function layoutSignature(
  parts: readonly (readonly Block[])[],
  sizes: readonly number[],
): string {
  const text = JSON.stringify([
    parts.map((blocks) => blocks.map((b) => [b.name, b.row, b.column, b.numRows, b.numColumns])),
    sizes,
  ]);
  // FNV-1a, 32 bits: enough to tell two layouts apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `layout-${hash.toString(16)}-${text.length}`;
}
