// Everything that outlives one script execution: property stores, caches, locks, triggers, the
// outbox, the mail quota ledger, the trigger-runtime ledger and the "needs re-authorisation"
// flags. One LocalState is one add-on project as Google's servers hold it: several spreadsheets
// (document properties and caches per spreadsheet), several users (user properties, triggers and
// quotas per user), script properties shared by all. It is JSON-serialisable so the playground
// can save it next to the workbook.
import type { LocalUser } from './context';

export type StoreScope = 'document' | 'script' | 'user';

/** The spreadsheet a runtime opens when no id is given (LocalWorkbook's default id too). */
export const DEFAULT_DOCUMENT_ID = 'local-spreadsheet';

/** Google's "Triggers total runtime" quota for consumer accounts: 90 min / day per user. */
export const TRIGGER_RUNTIME_DAILY_MS = 90 * 60_000;
const DAY_MS = 86_400_000;

/** One trigger execution counted against its owner's daily trigger runtime. */
export interface TriggerRun {
  atMs: number;
  ms: number;
}

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

/** Stores as saved: document ones by spreadsheet id, user ones by email. */
interface ScopedJSON<V> {
  document: Dict<Dict<V>>;
  script: Dict<V>;
  user: Dict<Dict<V>>;
}

export interface LocalStateJSON {
  version: 2;
  properties: ScopedJSON<string>;
  caches: ScopedJSON<CacheEntry>;
  triggers: StoredTrigger[];
  outbox: SentEmail[];
  mail: { dailyLimit: number; used: Dict<number> };
  triggerRuntime: { dailyLimitMs: number; runs: Dict<TriggerRun[]> };
  reauthorizationRequired: string[];
  sequence: { trigger: number; mail: number };
}

/** Version 1 (one spreadsheet per state): document stores were flat, no trigger runtime. */
export type LocalStateJSONv1 = Omit<
  LocalStateJSON,
  'version' | 'properties' | 'caches' | 'triggerRuntime'
> & {
  version: 1;
  properties: { document: Dict<string>; script: Dict<string>; user: Dict<Dict<string>> };
  caches: { document: Dict<CacheEntry>; script: Dict<CacheEntry>; user: Dict<Dict<CacheEntry>> };
};

function nested<V>(maps: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let store = maps.get(key);
  if (!store) {
    store = new Map();
    maps.set(key, store);
  }
  return store;
}

const toDicts = <V>(maps: Map<string, Map<string, V>>): Dict<Dict<V>> =>
  Object.fromEntries([...maps].map(([key, m]) => [key, Object.fromEntries(m)] as const));

/** Maps, so that keys like "__proto__" or "constructor" are ordinary keys. */
class ScopedMaps<V> {
  /** Spreadsheet id -> that spreadsheet's store. */
  readonly document = new Map<string, Map<string, V>>();
  readonly script = new Map<string, V>();
  /** Email -> that user's store. */
  readonly user = new Map<string, Map<string, V>>();

  get(scope: StoreScope, email: string, documentId: string): Map<string, V> {
    if (scope === 'script') return this.script;
    return scope === 'user' ? nested(this.user, email) : nested(this.document, documentId);
  }

  toJSON(): ScopedJSON<V> {
    return {
      document: toDicts(this.document),
      script: Object.fromEntries(this.script),
      user: toDicts(this.user),
    };
  }

  load(json: ScopedJSON<V>): void {
    for (const [id, d] of Object.entries(json.document))
      this.document.set(id, new Map(Object.entries(d)));
    for (const [k, v] of Object.entries(json.script)) this.script.set(k, v);
    for (const [email, d] of Object.entries(json.user))
      this.user.set(email, new Map(Object.entries(d)));
  }
}

/** A version 1 file's flat document store becomes the default spreadsheet's. */
function upgraded<V>(json: {
  document: Dict<V>;
  script: Dict<V>;
  user: Dict<Dict<V>>;
}): ScopedJSON<V> {
  return { ...json, document: { [DEFAULT_DOCUMENT_ID]: json.document } };
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
  /**
   * Time spent in trigger executions, per trigger owner (email -> runs), against Google's daily
   * "Triggers total runtime" quota. Kept for 24 hours (quotas "reset 24 hours after the first
   * request": a rolling window is never kinder than that).
   */
  readonly triggerRuntime = {
    dailyLimitMs: TRIGGER_RUNTIME_DAILY_MS,
    runs: new Map<string, TriggerRun[]>(),
  };
  private readonly reauth = new Set<string>();
  private readonly sequence = { trigger: 0, mail: 0 };

  /** A property store: the user's (by email), a spreadsheet's (by id), or the script's. */
  propertyStore(
    scope: StoreScope,
    email: string,
    documentId = DEFAULT_DOCUMENT_ID,
  ): Map<string, string> {
    return this.properties.get(scope, email, documentId);
  }

  cacheStore(
    scope: StoreScope,
    email: string,
    documentId = DEFAULT_DOCUMENT_ID,
  ): Map<string, CacheEntry> {
    return this.caches.get(scope, email, documentId);
  }

  /** Counts one trigger execution of `ms` against its owner's daily trigger runtime. */
  recordTriggerRun(email: string, atMs: number, ms: number): void {
    const runs = this.recentTriggerRuns(email, atMs);
    runs.push({ atMs, ms });
    this.triggerRuntime.runs.set(email, runs);
  }

  /** Trigger runtime a user spent in the 24 hours before `nowMs`. */
  triggerRuntimeUsed(email: string, nowMs: number): number {
    return this.recentTriggerRuns(email, nowMs).reduce((sum, run) => sum + run.ms, 0);
  }

  /** Every user's trigger runtime in the last 24 hours, and the daily limit. */
  triggerRuntimeStats(nowMs: number): { dailyLimitMs: number; usedMs: Dict<number> } {
    const users = [...this.triggerRuntime.runs.keys()];
    return {
      dailyLimitMs: this.triggerRuntime.dailyLimitMs,
      usedMs: Object.fromEntries(users.map((u) => [u, this.triggerRuntimeUsed(u, nowMs)])),
    };
  }

  private recentTriggerRuns(email: string, nowMs: number): TriggerRun[] {
    const runs = (this.triggerRuntime.runs.get(email) ?? []).filter(
      (run) => run.atMs > nowMs - DAY_MS,
    );
    this.triggerRuntime.runs.set(email, runs);
    return runs;
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
      version: 2,
      properties: this.properties.toJSON(),
      caches: this.caches.toJSON(),
      triggers: structuredClone(this.triggers),
      outbox: structuredClone(this.outbox),
      mail: { dailyLimit: this.mail.dailyLimit, used: Object.fromEntries(this.mail.used) },
      triggerRuntime: {
        dailyLimitMs: this.triggerRuntime.dailyLimitMs,
        runs: structuredClone(Object.fromEntries(this.triggerRuntime.runs)),
      },
      reauthorizationRequired: [...this.reauth],
      sequence: { ...this.sequence },
    };
  }

  /** Reads version 2, and version 1 files (their document stores become the default one's). */
  static fromJSON(json: LocalStateJSON | LocalStateJSONv1): LocalState {
    const version = (json as { version: unknown }).version;
    if (version !== 1 && version !== 2)
      throw new Error(`LocalState: unknown version ${String(version)}`);
    const state = new LocalState();
    if (json.version === 1) {
      state.properties.load(upgraded(json.properties));
      state.caches.load(upgraded(json.caches));
    } else {
      state.properties.load(json.properties);
      state.caches.load(json.caches);
      state.triggerRuntime.dailyLimitMs = json.triggerRuntime.dailyLimitMs;
      for (const [email, runs] of Object.entries(json.triggerRuntime.runs))
        state.triggerRuntime.runs.set(email, structuredClone(runs));
    }
    state.triggers = structuredClone(json.triggers);
    state.outbox = structuredClone(json.outbox);
    state.mail.dailyLimit = json.mail.dailyLimit;
    for (const [k, v] of Object.entries(json.mail.used)) state.mail.used.set(k, v);
    for (const email of json.reauthorizationRequired) state.reauth.add(email);
    Object.assign(state.sequence, json.sequence);
    return state;
  }
}
