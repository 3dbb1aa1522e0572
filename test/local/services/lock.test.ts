import { createLockService, LOCK_TIMEOUT_MESSAGE } from '../../../local/services/lock';
import { LocalState } from '../../../local/runtime/state';
import { Clock } from '../../../local/runtime/context';
import { testContext } from './context';

// Two executions sharing one state and clock, as two users saving at the same time.
function twoExecutions() {
  const state = new LocalState();
  const clock = new Clock(new Date('2024-03-01T10:00:00Z'));
  const a = createLockService(
    testContext({ clock, user: { email: 'ann@example.com', locale: 'en' } }),
    state,
    1,
  );
  const b = createLockService(
    testContext({ clock, user: { email: 'bob@example.com', locale: 'en' } }),
    state,
    2,
  );
  return { state, clock, a, b };
}

describe('LockService', () => {
  test('a held document lock makes another execution fail after waiting its timeout', () => {
    const { clock, a, b } = twoExecutions();
    const held = a.getDocumentLock();
    expect(held.hasLock()).toBe(false);
    expect(held.tryLock(0)).toBe(true);
    expect(held.hasLock()).toBe(true);

    const other = b.getDocumentLock();
    const before = clock.nowMs();
    expect(other.tryLock(1000)).toBe(false);
    expect(clock.nowMs() - before).toBe(1000);
    expect(other.hasLock()).toBe(false);
    expect(() => other.waitLock(2000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(clock.nowMs() - before).toBe(3000);

    held.releaseLock();
    expect(held.hasLock()).toBe(false);
    expect(other.tryLock(0)).toBe(true);
    expect(() => a.getDocumentLock().waitLock(10)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  test('document, script and per-user locks are independent', () => {
    const { a, b } = twoExecutions();
    expect(a.getDocumentLock().tryLock(0)).toBe(true);
    expect(b.getScriptLock().tryLock(0)).toBe(true);
    expect(b.getUserLock().tryLock(0)).toBe(true);
    expect(a.getUserLock().tryLock(0)).toBe(true);
    expect(a.getScriptLock().tryLock(0)).toBe(false);
  });

  test('the same execution may take its own lock again', () => {
    const { a } = twoExecutions();
    const first = a.getScriptLock();
    expect(first.tryLock(0)).toBe(true);
    expect(first.tryLock(0)).toBe(true);
    expect(a.getScriptLock().tryLock(0)).toBe(true);
  });

  test('ending an execution releases its locks', () => {
    const { state, a, b } = twoExecutions();
    a.getDocumentLock().waitLock(0);
    expect(state.locks.get('document:local-spreadsheet')).toBe(1);
    state.releaseLocksOf(1);
    expect(b.getDocumentLock().tryLock(0)).toBe(true);
  });

  test('locks work in custom functions, not in AuthMode.NONE', () => {
    const state = new LocalState();
    expect(
      createLockService(testContext({ authMode: 'CUSTOM_FUNCTION' }), state, 1)
        .getDocumentLock()
        .tryLock(0),
    ).toBe(true);
    expect(() =>
      createLockService(testContext({ authMode: 'NONE' }), state, 2).getDocumentLock(),
    ).toThrow('You do not have permission to call LockService.getDocumentLock');
  });

  test('document locks are per spreadsheet: another document is not blocked', () => {
    const state = new LocalState();
    const ctx = testContext();
    const inA = createLockService(ctx, state, 1, 'sheet-a');
    const alsoA = createLockService(ctx, state, 2, 'sheet-a');
    const inB = createLockService(ctx, state, 3, 'sheet-b');
    expect(inA.getDocumentLock().tryLock(0)).toBe(true);
    expect(alsoA.getDocumentLock().tryLock(0)).toBe(false);
    expect(inB.getDocumentLock().tryLock(0)).toBe(true);
  });

  test('outside a containing document getDocumentLock() returns null, other locks still work', () => {
    const lockService = createLockService(testContext(), new LocalState(), 1, null);
    expect(lockService.getDocumentLock()).toBeNull();
    expect(lockService.getScriptLock().tryLock(0)).toBe(true);
  });
});
