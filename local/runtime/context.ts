// What every local service shares: the simulated clock, the user, the authorisation mode, and the
// counter of service calls (the "constant number of Sheets calls" targets are asserted with it).

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** A controllable clock: tests and the playground advance it to fire time-driven triggers. */
export class Clock {
  private offsetMs = 0;
  private fixedMs: number | undefined;
  constructor(start?: Date) {
    if (start) this.fixedMs = start.getTime();
  }
  now(): Date {
    return new Date(this.nowMs());
  }
  nowMs(): number {
    return (this.fixedMs ?? Date.now()) + this.offsetMs;
  }
  advanceMinutes(minutes: number): void {
    this.offsetMs += minutes * 60_000;
  }
  /** Exact millisecond steps (Utilities.sleep, lock waits), free of minute-fraction rounding. */
  advanceMs(ms: number): void {
    this.offsetMs += ms;
  }
  set(date: Date): void {
    this.fixedMs = date.getTime();
    this.offsetMs = 0;
  }
  /** True unless the clock was given a fixed time: it then moves with the wall clock. */
  runsInRealTime(): boolean {
    return this.fixedMs === undefined;
  }
}

/** Counts service calls per operation ("Range.getValues", "Sheet.getRange", …). */
export class CallCounter {
  private counts = new Map<string, number>();
  count(operation: string): void {
    this.counts.set(operation, (this.counts.get(operation) ?? 0) + 1);
  }
  get(operation: string): number {
    return this.counts.get(operation) ?? 0;
  }
  /** Total calls whose operation starts with the prefix (e.g. "Range.set"). */
  total(prefix = ''): number {
    let n = 0;
    for (const [op, c] of this.counts) if (op.startsWith(prefix)) n += c;
    return n;
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
  reset(): void {
    this.counts.clear();
  }
}

export interface LocalUser {
  email: string;
  locale: string;
}

/** The state of one script execution as the services see it. */
export interface RuntimeContext {
  clock: Clock;
  counter: CallCounter;
  /** The user running the code (the active user). */
  user: LocalUser;
  /** Spreadsheet time zone, e.g. "Europe/Paris". */
  timeZone: string;
  authMode: AuthModeName;
  /**
   * The id of the spreadsheet the execution runs in (its document properties, caches and
   * triggers); default DEFAULT_DOCUMENT_ID (runtime/state.ts).
   */
  documentId?: string;
  /**
   * The OAuth scopes the user granted: the manifest's `oauthScopes`. Undefined when the manifest
   * lists none (Apps Script then detects and requests every scope the code needs).
   */
  grantedScopes?: ReadonlySet<string>;
  /** Where scope refusals are recorded, caught by the script or not (see access.ts). */
  scopeRefusals?: ScopeRefusal[];
}

/** A call refused because the manifest lacks its scope ("Session.getActiveUser", [scope]). */
export interface ScopeRefusal {
  method: string;
  scopes: readonly string[];
}

/**
 * The error a service throws when the authorisation mode forbids it (as Apps Script words it; with
 * scopes, Apps Script appends "Required permissions: <scope>").
 */
export function permissionError(what: string, scopes?: readonly string[]): Error {
  const required = scopes?.length
    ? `. Required permissions: ${scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`}`
    : '';
  return new Error(`You do not have permission to call ${what}${required}`);
}

/** The error every unimplemented method throws: never a silent no-op. */
export function notImplemented(what: string): Error {
  return new Error(`not implemented in the local runtime: ${what}`);
}
