// What the add-on last wrote where reading it back is dear: conditional-format rules (five to ten
// calls per rule), charts (a dozen per chart), column widths. Each entry holds a fingerprint of
// what was written and, where users can add their own, how many items the sheet then held. When
// the wanted output has the same fingerprint and the sheet the same count, the write is skipped
// without reading the items one by one. A user who edits one of the add-on's items in place is
// put right the next time the add-on's output changes, not on every refresh.
import { documentProperties, documentProperty, setDocumentProperty } from '../adapters/services';

const PROPERTY = 'salesKpi.writeMemo';

type Memo = Record<string, readonly [fingerprint: string, count: number]>;

/** The memo as last read or written in this execution (one property read per execution). */
const known = new WeakMap<object, Memo>();

function readMemo(): Memo {
  const properties = documentProperties();
  const cached = known.get(properties);
  if (cached) return cached;
  const memo = parseMemo(documentProperty(PROPERTY));
  known.set(properties, memo);
  return memo;
}

function parseMemo(text: string | null): Memo {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Memo) : {};
  } catch {
    return {};
  }
}

/** A short, stable fingerprint of JSON-able data (FNV-1a, 32 bits, over its JSON text). */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16)}:${text.length}`;
}

/** True when `key` was last written with this fingerprint and the sheet still holds `count` items. */
export function writtenAlready(key: string, print: string, count: number): boolean {
  const entry = readMemo()[key];
  return entry !== undefined && entry[0] === print && entry[1] === count;
}

/** While a batch runs, what was remembered waits in `known` and is stored once at its end. */
let batchDepth = 0;
let unsaved = false;

/** Records what was just written under `key`. */
export function rememberWrite(key: string, print: string, count: number): void {
  const memo = readMemo();
  const entry = memo[key];
  if (entry && entry[0] === print && entry[1] === count) return;
  const next: Memo = { ...memo, [key]: [print, count] };
  known.set(documentProperties(), next);
  if (batchDepth > 0) unsaved = true;
  else saveMemo(next);
}

/** The fingerprint last written under `key`, if any. */
export function lastFingerprint(key: string): string | undefined {
  return readMemo()[key]?.[0];
}

/**
 * Runs `write` with the memo stored once at its end (one setProperty for the several sheets an
 * action writes, instead of one per sheet). Stored even when `write` throws: what was written
 * before the error is remembered.
 */
export function withMemoBatch<T>(write: () => T): T {
  batchDepth++;
  try {
    return write();
  } finally {
    batchDepth--;
    if (batchDepth === 0 && unsaved) {
      unsaved = false;
      saveMemo(readMemo());
    }
  }
}

function saveMemo(memo: Memo): void {
  setDocumentProperty(PROPERTY, JSON.stringify(memo));
}
