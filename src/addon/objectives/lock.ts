// Writes that can race (two managers saving objectives at once) run under the document lock:
// when it cannot be had within the timeout, nothing is written and the caller says so. Pending
// writes are flushed before the lock is released, so the next holder reads them.
import { documentLock, flushWrites } from '../adapters/services';

export const LOCK_TIMEOUT_MS = 10_000;

export type Locked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

export function withDocumentLock<T>(run: () => T): Locked<T> {
  const lock = documentLock();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) return { ok: false };
  try {
    const value = run();
    flushWrites();
    return { ok: true, value };
  } finally {
    lock.releaseLock();
  }
}
