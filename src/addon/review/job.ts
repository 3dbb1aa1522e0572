// The hourly run's part of the review pack: the filled decisions of the Review sheets the add-on
// built (registry.ts) become Actions rows, once, under one document lock. Only the meetings of the
// last weeks are watched (the few newest sheets whose period ended less than RECENT_DAYS ago;
// the page's button records any other at once), so the tick stays within its budget: with none
// the job is off and reads nothing; otherwise each sheet is read once without the lock (two
// calls), and the lock is taken, and the sheets with a new decision read again under it, only
// when there is one. Sheets the user deleted are forgotten.
import { activeSpreadsheet, spreadsheetToday } from '../adapters/services';
import type { ScheduledJob } from '../schedule/tick';
import { currentLanguage } from '../i18n';
import { withDocumentLock } from '../workbook/lock';
import { hasPendingDecisions, recordDecisions } from './decisions';
import { dayOfIso } from './period';
import { addPeriods } from '../../kpi/days';
import { forgetReviews, reviewEntries, type ReviewEntry } from './registry';

export const REVIEW_JOB_NAME = 'reviewDecisions';
/** A period's meeting is held within this many days after its end. */
export const RECENT_DAYS = 35;
/** The newest Review sheets the hourly run reads, at most. */
export const WATCHED_SHEETS = 3;

/** The sheets the hourly run watches on `today`: recent periods, newest built last. */
export function watchedReviews(entries: readonly ReviewEntry[], today: number): ReviewEntry[] {
  return entries
    .filter((e) => addPeriods(e.from, e.kind, 1) + RECENT_DAYS > today)
    .slice(-WATCHED_SHEETS);
}

/** Today as a day number from the clock alone (no Sheets call): enough to judge recency. */
function roughToday(): number {
  return Math.floor(Date.now() / 86_400_000);
}

export const REVIEW_DECISIONS_JOB: ScheduledJob = {
  name: REVIEW_JOB_NAME,
  enabled: () => watchedReviews(reviewEntries(), roughToday()).length > 0,
  run: () => {
    const entries = watchedReviews(reviewEntries(), roughToday());
    const spreadsheet = activeSpreadsheet();
    // First without the lock, two calls a sheet: most hours no decision is new.
    const gone: number[] = [];
    const due = entries.filter((entry) => {
      const sheet = spreadsheet.getSheetById(entry.id);
      if (!sheet) gone.push(entry.id);
      return sheet !== null && hasPendingDecisions(sheet);
    });
    forgetReviews(gone);
    if (due.length === 0) return 'no new decision';
    const language = currentLanguage();
    const locked = withDocumentLock(() => {
      const today = dayOfIso(spreadsheetToday(spreadsheet))!;
      let added = 0;
      for (const entry of due) {
        const outcome = recordDecisions(spreadsheet, entry, today, language);
        if (outcome.kind === 'recorded') added += outcome.added.length;
      }
      return added;
    });
    if (!locked.ok) return locked.reason === 'busy' ? 'busy' : 'no document';
    return `${locked.value} decisions recorded`;
  },
};
