// Sheets runs a custom function again only when one of its arguments changes: its results are
// cached (Apps Script guide "Custom Functions in Google Sheets"). HyperFormula evaluates a formula
// whenever its engine recomputes it: a rebuild, a formula re-entered to resize its spill, the same
// value written again into an argument, a volatile function elsewhere in the formula. Without this
// cache the runtime would be kinder than Google: a custom function that reads the clock would
// move on its own. Each call site (formula cell, function, its rank among that function's calls
// in the formula) keeps the fingerprint of its last arguments and what the function returned.
import type { CellAddress } from './spills';
import { children, type AstNode } from './volatile-arguments';

interface Entry {
  fingerprint: string;
  result: unknown;
}

export class CustomResults {
  private readonly bySite = new Map<string, Entry>();

  /** The result cached for these arguments at this call site, as `{ result }`; undefined if none. */
  lookup(site: string, fingerprint: string): { result: unknown } | undefined {
    const entry = this.bySite.get(site);
    return entry && entry.fingerprint === fingerprint ? { result: entry.result } : undefined;
  }

  store(site: string, fingerprint: string, result: unknown): void {
    this.bySite.set(site, { fingerprint, result });
  }

  /** New script code: nothing computed by the old code is kept. */
  clear(): void {
    this.bySite.clear();
  }
}

/** The key of one call site: the formula's cell, the function, its rank in the formula. */
export function callSite(address: CellAddress, name: string, rank: number): string {
  return `${address.sheet}:${address.row}:${address.col}:${name}#${rank}`;
}

/** The rank of `call` among the calls of `name` in the formula `root` (pre-order); 0 if absent. */
export function callRank(root: unknown, call: unknown, name: string): number {
  if (typeof root !== 'object' || root === null) return 0;
  let rank = 0;
  let found = -1;
  const visit = (node: AstNode): void => {
    if (found >= 0) return;
    if (node === call) {
      found = rank;
      return;
    }
    if (node.type === 'FUNCTION_CALL' && node.procedureName === name) rank++;
    for (const child of children(node)) visit(child);
  };
  visit(root as AstNode);
  return Math.max(found, 0);
}

// Two independent 32-bit hashes over the arguments' shape and values (64 bits in all): linear in
// the cells, no copy kept, so whole-column arguments cost no memory between calls. The state
// lives in typed arrays so that V8 keeps it unboxed (object fields would box every int32).
const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);
const H = new Int32Array(2);
// Under Jest this module runs in a vm context, where every read of a global (`Math`, `Array`,
// `Date`) goes through the context's interceptor: in this loop over every cell of every argument
// that cost ~40 times the hashing itself (3.6 s of a dashboard's recalculation, now 0.1 s).
const imul = Math.imul;
const isArray = Array.isArray;
const DateClass = Date;
const objectToString = Object.prototype.toString;

function word(w: number): void {
  H[0] = imul(H[0] ^ w, 0x01000193);
  const b = imul(H[1] ^ w, 0x5bd1e995);
  H[1] = b ^ (b >>> 15);
}

function text(s: string): void {
  word(s.length);
  for (let i = 0; i < s.length; i++) word(s.charCodeAt(i));
}

function scalar(v: unknown): void {
  if (typeof v === 'number') {
    if ((v | 0) === v) {
      word(1);
      word(v);
    } else {
      F64[0] = v;
      word(2);
      word(I32[0]);
      word(I32[1]);
    }
  } else if (typeof v === 'string') {
    word(3);
    text(v);
  } else if (typeof v === 'boolean') {
    word(v ? 4 : 5);
  } else if (v instanceof DateClass || objectToString.call(v) === '[object Date]') {
    F64[0] = (v as Date).getTime();
    word(6);
    word(I32[0]);
    word(I32[1]);
  } else {
    word(7);
    text(String(v));
  }
}

/** A fingerprint of the arguments a custom function receives (scalars, or rows of scalars). */
export function argumentsFingerprint(args: readonly unknown[]): string {
  H[0] = 0x811c9dc5 | 0;
  H[1] = 0x9747b28c | 0;
  word(args.length);
  for (const arg of args) {
    if (!isArray(arg)) {
      scalar(arg);
      continue;
    }
    word(8);
    word(arg.length);
    for (const row of arg) {
      if (!isArray(row)) {
        scalar(row);
        continue;
      }
      word(9);
      word(row.length);
      for (let c = 0; c < row.length; c++) scalar(row[c]);
    }
  }
  return `${(H[0] >>> 0).toString(36)}.${(H[1] >>> 0).toString(36)}`;
}
