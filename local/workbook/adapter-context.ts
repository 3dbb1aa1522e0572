// What the HyperFormula plugins of this runtime share with the workbook, through HyperFormula's
// `context` configuration parameter (one object per engine, mutated in place).
import { CustomResults } from './custom-results';
import { SpillTracker, type CellAddress } from './spills';

/** A custom function as Apps Script defines one: plain arguments in, a value or rows out. */
export type SheetsFunction = (...args: unknown[]) => unknown;

export interface SparklineData {
  /** The data argument as rows of numbers ('' for blanks and text). */
  data: Array<Array<number | ''>>;
  /** The options argument as a map (`{"charttype","column";"max",100}`). */
  options: Record<string, string | number | boolean>;
}

export interface AdapterContext {
  /** Custom functions by upper-case name; looked up at each call so they can be swapped. */
  functions: Map<string, SheetsFunction>;
  /** The spreadsheet time zone, for dates passed to custom functions. */
  timeZone: string;
  spills: SpillTracker;
  /** The last result of each custom function call site, by its arguments (custom-results.ts). */
  results: CustomResults;
  /** Evaluated SPARKLINE arguments by "sheet:row:col" (HyperFormula sheet ids). */
  sparklines: Map<string, SparklineData>;
  /** Max rows of a HyperFormula sheet: a whole-column argument ("A:A") covers them all. */
  maxRows: (hfSheet: number) => number;
}

export function createAdapterContext(timeZone: string): AdapterContext {
  return {
    functions: new Map(),
    timeZone,
    spills: new SpillTracker(),
    results: new CustomResults(),
    sparklines: new Map(),
    maxRows: () => 1000,
  };
}

export const addressKey = (a: CellAddress): string => `${a.sheet}:${a.row}:${a.col}`;
