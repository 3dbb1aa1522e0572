// Orders names A→Z as people read them: case and accents aside, numbers by value ("Segment 2"
// before "Segment 10"), then by code units so that the order is total. An Intl.Collator gives
// that order, but at about a microsecond a comparison, sorting the half a million names of a big
// grouped table took seconds. Names written with common characters (printable ASCII, and the
// Latin letters that the collator reads as one of them) are turned into keys of small numbers
// that compare as the collator does; only the other names go through the collator.

let collator: Intl.Collator | undefined;

/** Made on first use: a collator takes milliseconds to make, and most executions never sort. */
function theCollator(): Intl.Collator {
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return collator;
}

/** A→Z as people read them: case and accents aside, "Segment 2" before "Segment 10". */
export function compareNames(a: string, b: string): number {
  const c = theCollator().compare(a, b);
  if (c !== 0) return c;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Characters below this code are looked up in the weight table. */
const TABLE_SIZE = 0x180;
/** The table's mark for the digits 0–9, which are read as whole numbers. */
const DIGIT = 255;
/** Digit runs longer than this are cut in pieces by the collator: such names are not keyed. */
const MAX_DIGITS = 254;

interface Weights {
  /** Per character code: its rank in the collator's order (1, 2, …), DIGIT, or 0 (no key). */
  table: Uint8Array;
  /** The rank of a number among the characters (all numbers share it, then compare by value). */
  number: number;
}

let weights: Weights | undefined;

/**
 * The collator's own order of the characters, asked of it once: the printable ASCII characters
 * (one digit standing for every number), each with its own rank, letters of either case sharing
 * one; then the Latin letters up to U+017F that it reads as an ASCII letter (é as e) share that
 * letter's rank. Any other character leaves its name to the collator.
 */
function theWeights(): Weights {
  if (weights) return weights;
  const compare = theCollator().compare;
  const table = new Uint8Array(TABLE_SIZE);
  const chars: string[] = ['0'];
  for (let c = 0x20; c < 0x7f; c++) if (c < 0x30 || c > 0x39) chars.push(String.fromCharCode(c));
  chars.sort(compare);
  let rank = 0;
  let number = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (i === 0 || compare(chars[i - 1], ch) !== 0) rank++;
    // A character the collator ignores would not compare one by one: its names are not keyed.
    if (compare(ch, '') === 0) continue;
    if (ch === '0') number = rank;
    else table[ch.charCodeAt(0)] = rank;
  }
  for (let c = 0x30; c <= 0x39; c++) table[c] = DIGIT;
  for (let c = 0xc0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    if (base >= 'a' && base <= 'z' && compare(ch, base) === 0) table[c] = table[base.charCodeAt(0)];
  }
  weights = { table, number };
  return weights;
}

/** Key units are bytes; six of them are packed in each number (48 bits, exact in a double). */
const UNITS_PER_CHUNK = 6;

/** The keys of the keyed names: chunks[start[i] … start[i] + length[i] − 1] for name i. */
interface Keys {
  chunks: Float64Array;
  start: Int32Array;
  length: Int32Array;
}

/**
 * Writes the key of a name into `units` and returns its length, or −1 for a name left to the
 * collator. A character gives its rank; a number gives the numbers' rank, its count of digits
 * (leading zeros dropped) and its digits, so that a longer number comes later, as the collator
 * has it.
 */
function keyUnits(name: string, w: Weights, units: Uint8Array): number {
  const { table } = w;
  let n = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const weight = c < TABLE_SIZE ? table[c] : 0;
    if (weight === 0) return -1;
    if (weight !== DIGIT) {
      units[n++] = weight;
      continue;
    }
    let end = i + 1;
    while (end < name.length && isDigitCode(name.charCodeAt(end))) end++;
    while (i < end - 1 && name.charCodeAt(i) === 0x30) i++;
    const digits = end - i;
    if (digits > MAX_DIGITS) return -1;
    units[n++] = w.number;
    units[n++] = digits;
    for (; i < end; i++) units[n++] = name.charCodeAt(i) - 0x2f;
    i = end - 1;
  }
  return n;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The order of the names by compareNames: order[k] is the index of the k-th name. Keyed names
 * are sorted by their keys (a three-way radix quicksort over the packed chunks); the others are
 * sorted by the collator and merged in, each placed by a binary search.
 */
export function nameOrder(names: readonly string[]): Int32Array {
  const w = theWeights();
  const n = names.length;
  const keyed = new Int32Array(n);
  const others: number[] = [];
  const start = new Int32Array(n);
  const length = new Int32Array(n);
  let chunks = new Float64Array(Math.max(16, n * 2));
  let units = new Uint8Array(64);
  let m = 0;
  let used = 0;
  for (let i = 0; i < n; i++) {
    const name = names[i];
    // Each character gives at most three units (a one-digit number).
    if (units.length < name.length * 3) units = new Uint8Array(name.length * 3);
    const count = keyUnits(name, w, units);
    if (count < 0) {
      others.push(i);
      continue;
    }
    const size = Math.ceil(count / UNITS_PER_CHUNK);
    if (used + size > chunks.length) {
      const grown = new Float64Array(Math.max(chunks.length * 2, used + size));
      grown.set(chunks);
      chunks = grown;
    }
    for (let c = 0; c < size; c++) {
      let chunk = 0;
      for (let u = c * UNITS_PER_CHUNK; u < (c + 1) * UNITS_PER_CHUNK; u++)
        chunk = chunk * 256 + (u < count ? units[u] : 0);
      chunks[used + c] = chunk;
    }
    start[i] = used;
    length[i] = size;
    used += size;
    keyed[m++] = i;
  }
  const order = keyed.subarray(0, m);
  sortByKeys(order, { chunks, start, length }, names);
  if (others.length === 0) return order;
  return mergeOthers(
    order,
    others.sort((a, b) => compareNames(names[a], names[b])),
    names,
  );
}

/** The d-th chunk of a key; 0 past its end (every real chunk is positive: units start at 1). */
function chunkAt(keys: Keys, i: number, d: number): number {
  return d < keys.length[i] ? keys.chunks[keys.start[i] + d] : 0;
}

/** Ranges this small are finished by insertion. */
const SMALL = 12;

/** Ranges larger than this are sorted by their chunks' bytes (radix), smaller ones by quicksort. */
const RADIX_FROM = 256;

/**
 * Sorts the keyed names by key, chunk after chunk: a range is ordered by its chunks at one depth,
 * and each run of equal chunks is then ordered by the next chunk. The chunks of a range are
 * copied next to the order first (vals[k] is the chunk of order[k]), so that the work streams
 * through two arrays instead of reaching into every key, which for half a million names waits on
 * memory at each step. Large ranges are sorted by the chunks' six bytes (a stable radix sort,
 * linear), small ones by a three-way quicksort.
 */
function sortByKeys(order: Int32Array, keys: Keys, names: readonly string[]): void {
  const vals = new Float64Array(order.length);
  const spare = { order: new Int32Array(order.length), vals: new Float64Array(order.length) };
  // Frames of (lo, hi, depth), the range's vals not yet loaded.
  const stack: number[] = [0, order.length, 0];
  const random = { seed: 1 };
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    for (let k = lo; k < hi; k++) vals[k] = chunkAt(keys, order[k], depth);
    if (hi - lo <= SMALL) {
      // Compared key by key to the end: nothing is left for the next chunks.
      insertionSort(order, vals, lo, hi, depth, keys, names);
      continue;
    }
    if (hi - lo > RADIX_FROM) radixSort(order, vals, lo, hi, spare);
    else quickSort(order, vals, lo, hi, random);
    // Runs of equal chunks go on to the next chunk; ended keys are equal, code units decide.
    for (let a = lo; a < hi;) {
      let b = a + 1;
      while (b < hi && vals[b] === vals[a]) b++;
      if (b - a > 1) {
        if (vals[a] !== 0) stack.push(a, b, depth + 1);
        else sortByCodeUnits(order, a, b, names);
      }
      a = b;
    }
  }
}

/** Bytes of a chunk: 2^24, to split it into two 24-bit halves. */
const HALF = 16_777_216;

/** A stable LSD radix sort of order[lo, hi) by vals, byte by byte; constant bytes are skipped. */
function radixSort(
  order: Int32Array,
  vals: Float64Array,
  lo: number,
  hi: number,
  spare: { order: Int32Array; vals: Float64Array },
): void {
  const counts = new Int32Array(257);
  for (let pass = 0; pass < UNITS_PER_CHUNK; pass++) {
    const shift = 8 * (pass % 3);
    const high = pass >= 3;
    counts.fill(0);
    for (let k = lo; k < hi; k++) counts[byteOf(vals[k], shift, high) + 1]++;
    // A byte that every chunk shares orders nothing.
    let constant = false;
    for (let d = 1; d <= 256; d++) if (counts[d] === hi - lo) constant = true;
    if (constant) continue;
    for (let d = 0; d < 256; d++) counts[d + 1] += counts[d];
    for (let k = lo; k < hi; k++) {
      const v = vals[k];
      const to = lo + counts[byteOf(v, shift, high)]++;
      spare.order[to] = order[k];
      spare.vals[to] = v;
    }
    order.set(spare.order.subarray(lo, hi), lo);
    vals.set(spare.vals.subarray(lo, hi), lo);
  }
}

function byteOf(chunk: number, shift: number, high: boolean): number {
  const top = Math.floor(chunk / HALF);
  return ((high ? top : chunk - top * HALF) >>> shift) & 255;
}

/** A three-way quicksort of order[lo, hi) by vals. */
function quickSort(
  order: Int32Array,
  vals: Float64Array,
  lo: number,
  hi: number,
  random: { seed: number },
): void {
  const stack: number[] = [lo, hi];
  while (stack.length > 0) {
    const to = stack.pop()!;
    const from = stack.pop()!;
    if (to - from <= SMALL) {
      insertionByVals(order, vals, from, to);
      continue;
    }
    // Pivots from pseudo-random places: fixed ones meet patterns (sorted runs, and the layout
    // that partitioning itself leaves) that make the sort quadratic.
    const span = to - from;
    const a = (random.seed = nextSeed(random.seed)) % span;
    const b = (random.seed = nextSeed(random.seed)) % span;
    const c = (random.seed = nextSeed(random.seed)) % span;
    const pivot = median3(vals[from + a], vals[from + b], vals[from + c]);
    // [from, lt) below the pivot, [lt, i) equal, [gt, to) above.
    let lt = from;
    let i = from;
    let gt = to;
    while (i < gt) {
      const v = vals[i];
      if (v < pivot) swap(order, vals, lt++, i++);
      else if (v > pivot) swap(order, vals, i, --gt);
      else i++;
    }
    stack.push(from, lt, gt, to);
  }
}

function insertionByVals(order: Int32Array, vals: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = order[i];
    const v = vals[i];
    let j = i - 1;
    while (j >= lo && vals[j] > v) {
      order[j + 1] = order[j];
      vals[j + 1] = vals[j];
      j--;
    }
    order[j + 1] = x;
    vals[j + 1] = v;
  }
}

function insertionSort(
  order: Int32Array,
  vals: Float64Array,
  lo: number,
  hi: number,
  depth: number,
  keys: Keys,
  names: readonly string[],
): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = order[i];
    const v = vals[i];
    let j = i - 1;
    while (
      j >= lo &&
      (vals[j] > v || (vals[j] === v && compareKeys(keys, names, order[j], x, depth + 1) > 0))
    ) {
      order[j + 1] = order[j];
      vals[j + 1] = vals[j];
      j--;
    }
    order[j + 1] = x;
    vals[j + 1] = v;
  }
}

/** Compares two keys from chunk `from` on, then (equal keys) their names' code units. */
function compareKeys(keys: Keys, names: readonly string[], a: number, b: number, from: number) {
  for (let d = from; ; d++) {
    const x = chunkAt(keys, a, d);
    const y = chunkAt(keys, b, d);
    if (x !== y) return x - y;
    if (x === 0) break;
  }
  const p = names[a];
  const q = names[b];
  return p < q ? -1 : p > q ? 1 : 0;
}

function sortByCodeUnits(order: Int32Array, lo: number, hi: number, names: readonly string[]) {
  const part = Array.from(order.subarray(lo, hi)).sort((a, b) =>
    names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0,
  );
  order.set(part, lo);
}

/** A linear congruential step: pseudo-random, and the same on every run. */
function nextSeed(seed: number): number {
  return (Math.imul(seed, 1103515245) + 12345) >>> 0;
}

function median3(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

function swap(order: Int32Array, vals: Float64Array, i: number, j: number): void {
  const t = order[i];
  order[i] = order[j];
  order[j] = t;
  const v = vals[i];
  vals[i] = vals[j];
  vals[j] = v;
}

/** Merges names sorted by the collator into the keyed order, each after its binary search. */
function mergeOthers(keyed: Int32Array, others: number[], names: readonly string[]): Int32Array {
  const out = new Int32Array(keyed.length + others.length);
  let from = 0;
  let k = 0;
  for (const i of others) {
    let lo = from;
    let hi = keyed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareNames(names[keyed[mid]], names[i]) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (; from < lo; from++) out[k++] = keyed[from];
    out[k++] = i;
  }
  for (; from < keyed.length; from++) out[k++] = keyed[from];
  return out;
}
