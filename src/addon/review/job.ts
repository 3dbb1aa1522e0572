// The hourly run's part of the review pack: the filled decisions of the Review sheets the add-on
// built (registry.ts) become Actions rows, once, under one document lock. With no Review sheet
// registered the job is off and costs nothing; otherwise two calls per sheet when no decision is
// new. Sheets the user deleted are forgotten.
import { activeSpreadsheet, spreadsheetToday, userLocale } from '../adapters/services';
import type { ScheduledJob } from '../schedule/tick';
import { languageOfLocale } from '../schema';
import { withDocumentLock } from '../workbook/lock';
import { recordDecisions } from './decisions';
import { dayOfIso } from './period';
import { forgetReviews, reviewEntries } from './registry';

export const REVIEW_JOB_NAME = 'reviewDecisions';

export const REVIEW_DECISIONS_JOB: ScheduledJob = {
  name: REVIEW_JOB_NAME,
  enabled: () => reviewEntries().length > 0,
  run: () => {
    const entries = reviewEntries();
    const language = languageOfLocale(userLocale());
    const locked = withDocumentLock(() => {
      const spreadsheet = activeSpreadsheet();
      const today = dayOfIso(spreadsheetToday(spreadsheet))!;
      const gone: number[] = [];
      let added = 0;
      for (const entry of entries) {
        const outcome = recordDecisions(spreadsheet, entry, today, language);
        if (outcome.kind === 'gone') gone.push(entry.id);
        if (outcome.kind === 'recorded') added += outcome.added.length;
      }
      forgetReviews(gone);
      return added;
    });
    if (!locked.ok) return locked.reason === 'busy' ? 'busy' : 'no document';
    return `${locked.value} decisions recorded`;
  },
};
