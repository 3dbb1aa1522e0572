// Concluding the experiments whose end day has passed: their final counts, Concluded and their
// verdict written in the Experiments sheet (under the document lock), so that a verdict is logged
// once and never recounted. Used by the Experiments page when it opens and by the hourly job
// (job.ts) on the first tick after an end day. An ordinary call, with nothing ended, reads the
// sheet once and writes nothing.
import type { WorkbookData } from '../metrics';
import type { Language } from '../i18n';
import { withDocumentLock } from '../workbook/lock';
import type { LocatedSheet } from '../workbook/locate';
import { isEnded, recordNextEnd } from './next-end';
import { type ExperimentsSheet, readExperiments, writeCounts } from './repository';
import type { ExperimentRecord } from './rows';
import { applied, type CountUpdate, updatesOf } from './update';

export interface Concluded {
  /** The rows as read, and the updates of the ones that ended (written unless busy). */
  readonly records: readonly ExperimentRecord[];
  readonly updates: readonly CountUpdate[];
  /** The lock was busy: the updates were not written (the next call tries again). */
  readonly busy: boolean;
}

const ended = (records: readonly ExperimentRecord[], today: number) =>
  records.filter((r) => !r.concluded && isEnded(r.end, today));

/**
 * Concludes the ended experiments. `data` is asked only when one has ended; `sourcesReady` says
 * whether every source sheet is there (without them the counts cannot be taken).
 */
export function concludeEnded(
  where: LocatedSheet,
  sourcesReady: boolean,
  data: () => WorkbookData,
  today: number,
  language: Language,
): Concluded {
  const book = readExperiments(where);
  if (ended(book.records, today).length === 0 || !sourcesReady) {
    recordNextEnd(book.records);
    return { records: book.records, updates: [], busy: false };
  }
  const saved = withDocumentLock(() => {
    const fresh = readExperiments(where);
    const updates = updatesOf(data(), ended(fresh.records, today), today);
    writeUpdates(fresh, updates, today, language);
    return { records: fresh.records, updates, busy: false };
  });
  if (saved.ok) return saved.value;
  return {
    records: book.records,
    updates: updatesOf(data(), ended(book.records, today), today),
    busy: true,
  };
}

/** Writes the updates and records the next end day of the rows as they now are. */
export function writeUpdates(
  book: ExperimentsSheet,
  updates: readonly CountUpdate[],
  today: number,
  language: Language,
): void {
  writeCounts(book, updates, today, language);
  const byIndex = new Map(updates.map((u) => [u.index, u]));
  recordNextEnd(book.records.map((r) => applied(r, byIndex.get(r.index))));
}
