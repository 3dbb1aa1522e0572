// The one way the add-on takes the document lock. Writes that can race (two editors saving, the
// hourly check during a menu command) run under it; the helper
// - waits at most a timeout, and when the lock cannot be had, runs nothing and says 'busy';
// - handles LockService.getDocumentLock() returning null (Google's reference: outside the context
//   of a containing document), runs nothing, logs why and says 'noDocument';
// - always calls SpreadsheetApp.flush() before releaseLock() (the Lock reference asks for it):
//   Sheets applies writes lazily, so without the flush the next holder could read the old cells
//   and overwrite what this one wrote.
import { documentLock, flushWrites, logWarning } from '../adapters/services';
import type { Language } from '../schema';

export const LOCK_TIMEOUT_MS = 10_000;

/** Why the work did not run: another execution held the lock, or there is no document. */
export type LockRefusal = 'busy' | 'noDocument';

export type Locked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: LockRefusal };

const NO_DOCUMENT: Record<Language, string> = {
  en: 'The spreadsheet could not be locked: the add-on is not running in a spreadsheet. Nothing was written.',
  fr: 'Le classeur n’a pas pu être verrouillé : le module ne s’exécute pas dans un classeur. Rien n’a été écrit.',
};

/** A document lock taken for a block of code: `release()` flushes, then releases. */
export type HeldLock =
  | { readonly held: true; release(): void }
  | { readonly held: false; readonly reason: LockRefusal; release(): void };

/**
 * Takes the document lock for a try/finally block; `release()` (in the finally) applies the
 * pending writes, then releases. When not held, nothing must be written (`reason` says why) and
 * `release()` does nothing.
 */
export function holdDocumentLock(timeoutMs = LOCK_TIMEOUT_MS): HeldLock {
  const lock = documentLock();
  if (!lock) {
    logWarning(NO_DOCUMENT.en);
    return { held: false, reason: 'noDocument', release: () => undefined };
  }
  if (!lock.tryLock(timeoutMs)) return { held: false, reason: 'busy', release: () => undefined };
  return {
    held: true,
    release: () => {
      try {
        flushWrites();
      } finally {
        lock.releaseLock();
      }
    },
  };
}

/** Runs `run` under the document lock; its writes are flushed before the lock is released. */
export function withDocumentLock<T>(run: () => T, timeoutMs = LOCK_TIMEOUT_MS): Locked<T> {
  const lock = holdDocumentLock(timeoutMs);
  if (!lock.held) return { ok: false, reason: lock.reason };
  let value: T;
  try {
    value = run();
  } catch (error) {
    // What was written before the error still reaches the sheet: apply it while we hold the lock
    // (a failing flush must not hide the error that stopped the work).
    try {
      lock.release();
    } catch {
      // the original error is the one to report
    }
    throw error;
  }
  lock.release();
  return { ok: true, value };
}

/** What to tell the user when the work was skipped for want of a document lock. */
export function noDocumentMessage(language: Language): string {
  return NO_DOCUMENT[language];
}
