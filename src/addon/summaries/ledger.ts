// The ledger of summaries sent: for each period key (the scheduled moment's day), who got that
// period's summary, so a second run, a double fire or "Send now" never sends it twice. Pure: the
// caller reads and writes it (one document property, under the document lock).
//
// Compact by design (a property value holds 9 KB): a delivery is kept as a 12-character
// fingerprint of "email|scope", not the address, and only the current and the previous period
// are kept. A fingerprint collision would only make one summary look sent already; with 52 bits
// and at most a few hundred deliveries per period, the odds are below one in a billion.

export type Ledger = Record<string, string[]>;

/** Periods kept: the current one (still being delivered) and the one before (for its count). */
const KEPT_PERIODS = 2;
/** Under the 9,216-byte property value limit, with room for the JSON punctuation. */
export const LEDGER_BYTE_LIMIT = 8_500;

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The fingerprint of one delivery: a recipient and the scope of the summary they get. */
export function deliveryId(email: string, scopeKey: string): string {
  const text = `${email.trim().toLowerCase()}|${scopeKey}`;
  const high = fnv1a(text, 0x811c9dc5) & 0xfffff; // 20 bits
  const low = fnv1a(text, 0x01234567); // 32 bits
  return (high * 2 ** 32 + low).toString(36).padStart(11, '0');
}

/** The stored ledger, or an empty one when the property is absent or unreadable. */
export function parseLedger(raw: string | null | undefined): Ledger {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const out: Ledger = {};
    for (const [key, ids] of Object.entries(parsed as Record<string, unknown>))
      if (/^\d{4}-\d{2}-\d{2}$/.test(key) && Array.isArray(ids))
        out[key] = ids.filter((id): id is string => typeof id === 'string');
    return out;
  } catch {
    return {};
  }
}

export function wasSent(ledger: Ledger, period: string, id: string): boolean {
  return ledger[period]?.includes(id) ?? false;
}

/**
 * The ledger with one more delivery recorded, older periods pruned (period keys are ISO days, so
 * they sort by time). Returns a new object; the input is not changed.
 */
export function recordSent(ledger: Ledger, period: string, id: string): Ledger {
  const next: Ledger = { ...ledger, [period]: [...(ledger[period] ?? [])] };
  if (!next[period].includes(id)) next[period].push(id);
  return prune(next, period);
}

function prune(ledger: Ledger, current: string): Ledger {
  const keys = Object.keys(ledger)
    .filter((k) => k <= current)
    .sort()
    .slice(-KEPT_PERIODS);
  return Object.fromEntries(keys.map((k) => [k, ledger[k]]));
}

/** The ledger as stored; throws when even the current period alone cannot fit a property. */
export function serializeLedger(ledger: Ledger, current: string): string {
  let kept = prune(ledger, current);
  let text = JSON.stringify(kept);
  while (text.length > LEDGER_BYTE_LIMIT && Object.keys(kept).length > 1) {
    const oldest = Object.keys(kept).sort()[0];
    kept = Object.fromEntries(Object.entries(kept).filter(([k]) => k !== oldest));
    text = JSON.stringify(kept);
  }
  if (text.length > LEDGER_BYTE_LIMIT)
    throw new Error(`The summary ledger would exceed ${LEDGER_BYTE_LIMIT} bytes`);
  return text;
}
