// The typed contract between the "Build review pack" page and its server functions
// (google.script.run). JSON-safe data only: days travel as ISO texts. The page imports these
// types only.
import type { Busy } from './busy-contract';

/** What the page opens with. */
export interface ReviewPageInit {
  language: 'en' | 'fr';
  /** The teams to choose from (the Teams sheet's, else the data's); '' is the company. */
  teams: string[];
  /** A day of the default period of each kind: the last full month, the current week. */
  defaults: { month: string; week: string };
}

/** The pack asked for: a team ('' for the company), a kind of period and a day in it. */
export interface ReviewRequest {
  team: string;
  kind: 'week' | 'month';
  day: string;
  /** Replace the Review sheet when it exists (the user confirmed). */
  replace?: boolean;
}

/**
 * 'built': the sheet was written (or rewritten); 'exists': it is there and the user must
 * confirm its replacement (nothing written); 'invalid': a field is wrong; Busy
 * ('busy' or 'no document'): the lock could not be had, nothing was written.
 */
export type ReviewBuildResult =
  | { outcome: 'built' | 'exists'; sheet: string; message: string }
  | Busy
  | { outcome: 'invalid'; message: string };

/** 'recorded': `added` are the new Actions IDs (none when no decision was new). */
export type ReviewRecordResult =
  | { outcome: 'recorded'; added: string[]; message: string }
  | Busy
  | { outcome: 'no sheet' | 'no actions sheet' | 'invalid'; message: string };

/** Sent to the approved recipients; `awaiting` are those not approved (nothing sent to them). */
export type ReviewSendResult =
  | { outcome: 'sent'; sent: number; awaiting: string[]; deferred: number; message: string }
  | { outcome: 'invalid'; message: string };

export interface ReviewPageServer {
  reviewPageInit: () => ReviewPageInit;
  reviewBuild: (request: ReviewRequest) => ReviewBuildResult;
  reviewRecordDecisions: (request: ReviewRequest) => ReviewRecordResult;
  reviewSend: (request: ReviewRequest) => ReviewSendResult;
}
