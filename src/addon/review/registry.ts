// The Review sheets the add-on built, kept in a document property (sheet id, scope, period) so
// that the hourly run and the page find them without listing the spreadsheet's sheets, and the
// tick reads nothing when there is none. The newest few only: an old meeting's sheet is done.
import { documentProperty, setDocumentProperty } from '../adapters/services';
import type { Scope } from '../metrics';
import type { ReviewPeriodKind } from './period';

const KEY = 'salesKpi.review.sheets';
/** Review sheets whose decisions the hourly run still records. */
export const MAX_REGISTERED = 12;

export interface ReviewEntry {
  readonly id: number;
  readonly scope: Scope;
  readonly kind: ReviewPeriodKind;
  /** The period's first day (a day number) and its label ("2026-10"). */
  readonly from: number;
  readonly label: string;
}

function isEntry(e: unknown): e is ReviewEntry {
  if (!e || typeof e !== 'object') return false;
  const o = e as Record<string, unknown>;
  const scope = o.scope as Record<string, unknown> | undefined;
  return (
    typeof o.id === 'number' &&
    typeof o.from === 'number' &&
    typeof o.label === 'string' &&
    (o.kind === 'week' || o.kind === 'month') &&
    !!scope &&
    (scope.type === 'company' || (scope.type === 'team' && typeof scope.name === 'string'))
  );
}

export function reviewEntries(): ReviewEntry[] {
  const raw = documentProperty(KEY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** Records a Review sheet (replacing an entry for the same sheet), newest last. */
export function registerReview(entry: ReviewEntry): void {
  const others = reviewEntries().filter((e) => e.id !== entry.id);
  setDocumentProperty(KEY, JSON.stringify([...others, entry].slice(-MAX_REGISTERED)));
}

/** Forgets sheets that are gone. */
export function forgetReviews(ids: readonly number[]): void {
  if (ids.length === 0) return;
  setDocumentProperty(KEY, JSON.stringify(reviewEntries().filter((e) => !ids.includes(e.id))));
}
