// The part of Papa Parse (papaparse.min.js, its browser build) that the CRM import uses. Written
// here rather than taken from @types/papaparse, which pulls Node's types into src/ (where no Node
// API may appear).
declare module 'papaparse/papaparse.min.js' {
  export interface ParseMeta {
    readonly delimiter: string;
    readonly linebreak: string;
    readonly cursor: number;
    readonly aborted: boolean;
  }
  export interface ParseError {
    readonly type: string;
    readonly code: string;
    readonly message: string;
    readonly row?: number;
  }
  export interface ParseStepResult {
    readonly data: string[];
    readonly errors: ParseError[];
    readonly meta: ParseMeta;
  }
  export interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    newline?: string;
    quoteChar?: string;
    skipEmptyLines?: boolean | 'greedy';
    step?: (result: ParseStepResult) => void;
  }
  export interface ParseResult {
    readonly data: string[][];
    readonly errors: ParseError[];
    readonly meta: ParseMeta;
  }
  export function parse(input: string, config?: ParseConfig): ParseResult;
}
