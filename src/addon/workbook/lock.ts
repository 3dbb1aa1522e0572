// The one way the add-on takes the document lock (a structure test holds it: no other file calls
// tryLock, waitLock or releaseLock). Writes that can race (two editors saving, the
// hourly check during a menu command) run under it; the helper
// - waits at most a timeout, and when the lock cannot be had, runs nothing and says 'busy';
// - handles LockService.getDocumentLock() returning null (Google's reference: outside the context
//   of a containing document), runs nothing, logs why and says 'noDocument';
// - always calls SpreadsheetApp.flush() before releaseLock() (the Lock reference asks for it):
//   Sheets applies writes lazily, so without the flush the next holder could read the old cells
//   and overwrite what this one wrote.
import { documentLock, flushWrites, logWarning } from '../adapters/services';
import type { Language } from '../i18n';

export const LOCK_TIMEOUT_MS = 10_000;

/** Why the work did not run: another execution held the lock, or there is no document. */
export type LockRefusal = 'busy' | 'noDocument';

export type Locked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: LockRefusal };

const NO_DOCUMENT: Record<Language, string> = {
  en: 'The spreadsheet could not be locked: the add-on is not running in a spreadsheet. Nothing was written.',
  fr: 'Le classeur n’a pas pu être verrouillé : le module ne s’exécute pas dans un classeur. Rien n’a été écrit.',
};

/** Runs `run` under the document lock; its writes are flushed before the lock is released. */
export function withDocumentLock<T>(run: () => T, timeoutMs = LOCK_TIMEOUT_MS): Locked<T> {
  const lock = documentLock();
  if (!lock) {
    logWarning(NO_DOCUMENT.en);
    return { ok: false, reason: 'noDocument' };
  }
  if (!lock.tryLock(timeoutMs)) return { ok: false, reason: 'busy' };
  let value: T;
  try {
    value = run();
  } catch (error) {
    // What was written before the error still reaches the sheet: apply it while we hold the lock
    // (a failing flush must not hide the error that stopped the work).
    try {
      release(lock);
    } catch {
      // the original error is the one to report
    }
    throw error;
  }
  release(lock);
  return { ok: true, value };
}

/** Applies the pending writes, then releases (released even when the flush fails). */
function release(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    flushWrites();
  } finally {
    lock.releaseLock();
  }
}

/** What to tell the user when the work was skipped for want of a document lock. */
export function noDocumentMessage(language: Language): string {
  return NO_DOCUMENT[language];
}
