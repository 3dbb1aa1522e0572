// The add-on's own memory of what it has logged in the Actions sheet: for each kind and rule ID,
// the start of the latest period it logged. The Actions sheet is the users' to edit: a row whose
// Alert ID is cleared, or a row deleted, must not make the next run log the same alert again.
// The memory lives in the document properties (every editor's runs share it), compact JSON
// split into values under Apps Script's 9 KB per value (the store holds 500 KB in all); the
// oldest periods are dropped first should it ever outgrow MAX_CHUNKS values. It is read only when
// the Actions rows do not answer, and written only on a run that logged something (log-index.ts):
// an ordinary run makes no properties call for it; a run that logs makes one read and one write.
import { documentProperties } from '../adapters/services';

const KEY = 'salesKpi.logged';
/** Characters per value: 8,000 ASCII characters, or 2,000 of any kind (4 bytes each at most). */
const ASCII_CHUNK = 8_000;
const ANY_CHUNK = 2_000;
/** 16 values at most (128 KB at worst, a quarter of the store). */
const MAX_CHUNKS = 16;
/** The text's length at most: 16 values of any characters, 4 of ASCII (~1,500 rules × kinds). */
const MAX_CHARS = MAX_CHUNKS * ANY_CHUNK;
/** A period older than this cannot be a rule's last complete one any more (a year is 366 days). */
const KEEP_DAYS = 800;

/** `${kind}|${ruleId}` → the start (calendar-day number) of the latest period logged. */
export type LoggedMemory = Map<string, number>;

export function loggedKey(kind: string, ruleId: string): string {
  return `${kind}|${ruleId}`;
}

/** The memory's text: {"kind|id": day, …}, the oldest periods dropped to fit `maxChars`. */
export function encodeMemory(memory: LoggedMemory, today: number, maxChars: number): string {
  const entries = [...memory].filter(([, day]) => day >= today - KEEP_DAYS);
  entries.sort((a, b) => b[1] - a[1]);
  let text = JSON.stringify(Object.fromEntries(entries));
  while (text.length > maxChars && entries.length > 0) {
    entries.splice(Math.ceil(entries.length * 0.9));
    text = JSON.stringify(Object.fromEntries(entries));
  }
  return text;
}

export function decodeMemory(text: string): LoggedMemory {
  const out: LoggedMemory = new Map();
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return out;
    for (const [key, day] of Object.entries(parsed as Record<string, unknown>))
      if (typeof day === 'number' && Number.isInteger(day)) out.set(key, day);
  } catch {
    // A damaged value is forgotten: the Actions rows still hold the cooldown.
  }
  return out;
}

/**
 * The stored values: the first is "<count>;<text…>", the others KEY.1, KEY.2, … hold the rest.
 * A first value alone (the usual case) is one getProperty.
 */
export function splitMemory(text: string): string[] {
  const size = /^[\x20-\x7e]*$/.test(text) ? ASCII_CHUNK : ANY_CHUNK;
  const parts: string[] = [];
  for (let i = 0; i < text.length || parts.length === 0; i += size)
    parts.push(text.slice(i, i + size));
  parts[0] = `${parts.length};${parts[0]}`;
  return parts;
}

/** How many values the memory took when last read in this execution (the write drops the rest). */
const readCounts = new WeakMap<object, number>();

export function readLoggedMemory(): LoggedMemory {
  const properties = documentProperties();
  const first = properties.getProperty(KEY);
  const head = first ? /^(\d+);/.exec(first) : null;
  readCounts.set(properties, head ? Number(head[1]) : 0);
  if (!first || !head) return new Map();
  let text = first.slice(head[0].length);
  for (let i = 1; i < Math.min(Number(head[1]), MAX_CHUNKS); i++)
    text += properties.getProperty(`${KEY}.${i}`) ?? '';
  return decodeMemory(text);
}

/** Stores the memory (read first in this execution), dropping the values it no longer needs. */
export function writeLoggedMemory(memory: LoggedMemory, today: number): void {
  const parts = splitMemory(encodeMemory(memory, today, MAX_CHARS));
  const properties = documentProperties();
  const oldCount = readCounts.get(properties) ?? MAX_CHUNKS;
  parts.forEach((part, i) => properties.setProperty(i === 0 ? KEY : `${KEY}.${i}`, part));
  for (let i = parts.length; i < oldCount; i++) properties.deleteProperty(`${KEY}.${i}`);
}
