// The recipients the trigger's owner approved, kept compactly: an 11-character fingerprint per
// address (the ledger's), not the address, so 200 approved recipients take under 3 KB of a 9 KB
// property value. Lists stored by older versions (the addresses themselves) are still read. A
// fingerprint collision would only make an address look approved when another one is; with 52
// bits and at most a few hundred addresses, the odds are below one in a billion. Pure.
import { deliveryId } from './ledger';

const SCOPE = 'approved';

function idOf(email: string): string {
  return deliveryId(email, SCOPE);
}

export class ApprovedList {
  private constructor(private readonly ids: ReadonlySet<string>) {}

  static empty(): ApprovedList {
    return new ApprovedList(new Set());
  }

  /** A stored list: fingerprints, or addresses (older versions). Unreadable: empty. */
  static parse(raw: string | null | undefined): ApprovedList {
    if (!raw) return ApprovedList.empty();
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!Array.isArray(parsed)) return ApprovedList.empty();
      const ids = parsed
        .filter((e): e is string => typeof e === 'string')
        .map((e) => (e.includes('@') ? idOf(e) : e));
      return new ApprovedList(new Set(ids));
    } catch {
      return ApprovedList.empty();
    }
  }

  has(email: string): boolean {
    return this.ids.has(idOf(email));
  }

  /** This list with `emails` added, kept to the addresses of `current` (the recipients now). */
  with(emails: readonly string[], current: readonly string[]): ApprovedList {
    const added = new Set(emails.map(idOf));
    const kept = current.map(idOf).filter((id) => this.ids.has(id) || added.has(id));
    return new ApprovedList(new Set(kept));
  }

  serialize(): string {
    return JSON.stringify([...this.ids].sort());
  }
}
