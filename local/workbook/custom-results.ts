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
// the cells, no copy kept, so whole-column arguments cost no memory between calls.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

class Hasher {
  a = 0x811c9dc5;
  b = 0x9747b28c;

  word(w: number): void {
    this.a = Math.imul(this.a ^ w, 0x01000193);
    this.b = Math.imul(this.b ^ w, 0x5bd1e995);
    this.b ^= this.b >>> 15;
  }

  number(n: number): void {
    F64[0] = n;
    this.word(U32[0]);
    this.word(U32[1]);
  }

  text(s: string): void {
    this.word(s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }

  value(v: unknown): void {
    if (typeof v === 'number') {
      this.word(1);
      this.number(v);
    } else if (typeof v === 'string') {
      this.word(2);
      this.text(v);
    } else if (typeof v === 'boolean') {
      this.word(v ? 3 : 4);
    } else if (Array.isArray(v)) {
      this.word(5);
      this.word(v.length);
      for (const item of v) this.value(item);
    } else if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
      this.word(6);
      this.number((v as Date).getTime());
    } else {
      this.word(7);
      this.text(String(v));
    }
  }
}

/** A fingerprint of the arguments a custom function receives (as Sheets passes them). */
export function argumentsFingerprint(args: readonly unknown[]): string {
  const h = new Hasher();
  h.value(args);
  return `${(h.a >>> 0).toString(36)}.${(h.b >>> 0).toString(36)}`;
}
