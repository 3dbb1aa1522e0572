// Everything that outlives one script execution: property stores, caches, locks, triggers, the
// outbox, the mail quota ledger and the "needs re-authorisation" flags. Several executions
// (different users, different authorisation modes) share one LocalState, as they share Google's
// servers. It is JSON-serialisable so the playground can save it next to the workbook.
import type { LocalUser } from './context';

export type StoreScope = 'document' | 'script' | 'user';

/** When a time-driven trigger fires (see local/services/trigger-schedule.ts). */
export type ClockSchedule =
  | { kind: 'minutes'; every: number }
  | { kind: 'hours'; every: number; minute?: number }
  | { kind: 'days'; every: number; hour: number; minute: number }
  | { kind: 'weeks'; every: number; weekday: number; hour: number; minute: number }
  | { kind: 'monthDay'; day: number; hour: number; minute: number }
  | { kind: 'once'; atMs: number };

export interface StoredTrigger {
  id: string;
  handler: string;
  /** Installable triggers run as the user who created them. */
  owner: LocalUser;
  documentId: string;
  eventType: 'CLOCK';
  schedule: ClockSchedule;
  timeZone: string;
  createdMs: number;
  /** null once a one-time trigger has fired (Google keeps it listed until deleted). */
  nextFireMs: number | null;
  lastFiredMs?: number;
}

export interface SentAttachment {
  name: string | null;
  contentType: string | null;
  size: number;
  base64: string;
}

export interface SentEmail {
  id: string;
  sentAt: string;
  /** The effective user who sent it. */
  from: string;
  name?: string;
  replyTo?: string;
  noReply: boolean;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  attachments: SentAttachment[];
  inlineImages: Record<string, SentAttachment>;
}

export interface CacheEntry {
  value: string;
  expiresMs: number;
}

type Dict<T> = Record<string, T>;

export interface LocalStateJSON {
  version: 1;
  properties: { document: Dict<string>; script: Dict<string>; user: Dict<Dict<string>> };
  caches: { document: Dict<CacheEntry>; script: Dict<CacheEntry>; user: Dict<Dict<CacheEntry>> };
  triggers: StoredTrigger[];
  outbox: SentEmail[];
  mail: { dailyLimit: number; used: Dict<number> };
  reauthorizationRequired: string[];
  sequence: { trigger: number; mail: number };
}

/** Maps, so that keys like "__proto__" or "constructor" are ordinary keys. */
class ScopedMaps<V> {
  readonly document = new Map<string, V>();
  readonly script = new Map<string, V>();
  readonly user = new Map<string, Map<string, V>>();

  get(scope: StoreScope, email: string): Map<string, V> {
    if (scope !== 'user') return this[scope];
    let store = this.user.get(email);
    if (!store) {
      store = new Map();
      this.user.set(email, store);
    }
    return store;
  }

  toJSON(): { document: Dict<V>; script: Dict<V>; user: Dict<Dict<V>> } {
    const user = [...this.user].map(([email, m]) => [email, Object.fromEntries(m)] as const);
    return {
      document: Object.fromEntries(this.document),
      script: Object.fromEntries(this.script),
      user: Object.fromEntries(user),
    };
  }

  load(json: { document: Dict<V>; script: Dict<V>; user: Dict<Dict<V>> }): void {
    for (const [k, v] of Object.entries(json.document)) this.document.set(k, v);
    for (const [k, v] of Object.entries(json.script)) this.script.set(k, v);
    for (const [email, d] of Object.entries(json.user))
      this.user.set(email, new Map(Object.entries(d)));
  }
}

export class LocalState {
  readonly properties = new ScopedMaps<string>();
  readonly caches = new ScopedMaps<CacheEntry>();
  /**
   * Lock key ("document", "script", "user:<email>") -> the execution id holding it. Not saved:
   * Apps Script releases a lock when its execution ends, so none survives a restart.
   */
  readonly locks = new Map<string, number>();
  triggers: StoredTrigger[] = [];
  outbox: SentEmail[] = [];
  /** Recipients per send, for the rolling 24 h quota; `used` is keyed "<email>|<epoch ms>". */
  readonly mail = { dailyLimit: 100, used: new Map<string, number>() };
  private readonly reauth = new Set<string>();
  private readonly sequence = { trigger: 0, mail: 0 };

  propertyStore(scope: StoreScope, email: string): Map<string, string> {
    return this.properties.get(scope, email);
  }

  cacheStore(scope: StoreScope, email: string): Map<string, CacheEntry> {
    return this.caches.get(scope, email);
  }

  /** The settable flag behind ScriptApp.getAuthorizationInfo (e.g. after new scopes ship). */
  setNeedsReauthorization(email: string, needed: boolean): void {
    if (needed) this.reauth.add(email);
    else this.reauth.delete(email);
  }

  needsReauthorization(email: string): boolean {
    return this.reauth.has(email);
  }

  /** Numeric ids like Google's, unique in this state. */
  nextTriggerId(): string {
    this.sequence.trigger += 1;
    return String(7_000_000_000_000_000 + this.sequence.trigger);
  }

  nextMailId(): string {
    this.sequence.mail += 1;
    return `mail-${this.sequence.mail}`;
  }

  /** Releases whatever locks an execution still holds (called when it ends). */
  releaseLocksOf(executionId: number): void {
    for (const [key, holder] of [...this.locks]) if (holder === executionId) this.locks.delete(key);
  }

  toJSON(): LocalStateJSON {
    return {
      version: 1,
      properties: this.properties.toJSON(),
      caches: this.caches.toJSON(),
      triggers: structuredClone(this.triggers),
      outbox: structuredClone(this.outbox),
      mail: { dailyLimit: this.mail.dailyLimit, used: Object.fromEntries(this.mail.used) },
      reauthorizationRequired: [...this.reauth],
      sequence: { ...this.sequence },
    };
  }

  static fromJSON(json: LocalStateJSON): LocalState {
    if (json.version !== 1) throw new Error(`LocalState: unknown version ${String(json.version)}`);
    const state = new LocalState();
    state.properties.load(json.properties);
    state.caches.load(json.caches);
    state.triggers = structuredClone(json.triggers);
    state.outbox = structuredClone(json.outbox);
    state.mail.dailyLimit = json.mail.dailyLimit;
    for (const [k, v] of Object.entries(json.mail.used)) state.mail.used.set(k, v);
    for (const email of json.reauthorizationRequired) state.reauth.add(email);
    Object.assign(state.sequence, json.sequence);
    return state;
  }
}
