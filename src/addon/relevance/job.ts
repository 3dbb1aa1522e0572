// The quarterly KPI relevance review, run by the document's hourly trigger: on the first tick of
// each quarter it lists the findings still to decide and stores how many there are and when, so
// the "Review tracked KPIs…" page opens on them (findings paused last quarter come back). The
// other ticks of the quarter only compare the quarter with the one stored: no Sheets call but
// the spreadsheet's time zone. It sends no email: the page is where the manager decides.
import { dayOfIsoText } from '../../functions/values/dates';
import { activeSpreadsheet, spreadsheetToday } from '../adapters/services';
import type { ScheduledJob } from '../schedule/tick';
import { pendingFindings, quarterKey } from './decisions';
import { findingsOf, readReviewSources } from './review';
import { lastReviewedQuarter, readReview, setReviewedQuarter } from './store';

export const RELEVANCE_JOB_NAME = 'kpiRelevance';

function currentQuarter(): string {
  return quarterKey(dayOfIsoText(spreadsheetToday(activeSpreadsheet()))!);
}

/** The review is due once a quarter. */
export function relevanceDue(): boolean {
  return lastReviewedQuarter() !== currentQuarter();
}

/** Runs the review now: the quarter and its count of pending findings are stored. */
export function runQuarterlyReview(): string {
  const { sources, today } = readReviewSources();
  const quarter = quarterKey(today);
  const { state } = readReview();
  const retired = new Set(state.retired);
  const pending = pendingFindings(findingsOf(sources, today, retired), state, quarter);
  setReviewedQuarter(quarter, pending.length);
  return `${pending.length} to review`;
}

export const RELEVANCE_JOB: ScheduledJob = {
  name: RELEVANCE_JOB_NAME,
  enabled: relevanceDue,
  run: () => runQuarterlyReview(),
};
