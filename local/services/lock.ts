// LockService: document, script and per-user locks whose holder lives in LocalState, so that one
// execution holding a lock makes another one wait and fail. Executions run one at a time here, so
// a wait can never end with the lock freed: it lets the clock run for the timeout and fails, as a
// real wait would against a holder that outlasts it. The loader releases an execution's locks when
// it ends (Apps Script does the same when a script terminates).
//
// Document locks are per spreadsheet (LockService reference: "by no more than one execution for
// any given document"; scripts of different documents do not block each other), and
// getDocumentLock() returns null "if this method is called outside of the context of a containing
// document": here, an execution run without a document (`documentId` null).
import type { Clock, RuntimeContext } from '../runtime/context';
import type { LocalState } from '../runtime/state';
import { service } from './unimplemented';

type Lock = GoogleAppsScript.Lock.Lock;
type LockService = GoogleAppsScript.Lock.LockService;

export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

class LocalLock implements Lock {
  private held = false;

  constructor(
    private readonly key: string,
    private readonly state: LocalState,
    private readonly executionId: number,
    private readonly clock: Clock,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    if (this.held) return true;
    const holder = this.state.locks.get(this.key);
    if (holder === undefined || holder === this.executionId) {
      this.state.locks.set(this.key, this.executionId);
      this.held = true;
      return true;
    }
    this.clock.advanceMs(Math.max(0, Number(timeoutInMillis) || 0));
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    if (!this.held) return;
    this.held = false;
    if (this.state.locks.get(this.key) === this.executionId) this.state.locks.delete(this.key);
  }

  hasLock(): boolean {
    return this.held;
  }
}

export function createLockService(
  ctx: RuntimeContext,
  state: LocalState,
  executionId: number,
  documentId: string | null = 'local-spreadsheet',
): LockService {
  const lock = (key: string): Lock =>
    service<Lock>('Lock', new LocalLock(key, state, executionId, ctx.clock), {
      ctx,
      defaultAccess: 'CUSTOM_FUNCTION',
    });
  const impl: Pick<LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> = {
    // Typed Lock in @types/google-apps-script; Google's reference says Lock|null.
    getDocumentLock: () =>
      documentId === null ? (null as unknown as Lock) : lock(`document:${documentId}`),
    getScriptLock: () => lock('script'),
    getUserLock: () => lock(`user:${ctx.user.email}`),
  };
  return service<LockService>('LockService', impl, { ctx, defaultAccess: 'CUSTOM_FUNCTION' });
}
