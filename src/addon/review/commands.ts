// The review pack's three actions, as the page and the hourly run call them: build the Review
// sheet (under the document lock, replaced only when asked), record its filled decisions as
// Actions rows (under the lock, exactly once), and mail the pack to the scope's approved
// members (within the mail quota). Each reads every sheet it needs once.
import {
  activeSpreadsheet,
  remainingMailQuota,
  sendMail,
  spreadsheetToday,
} from '../adapters/services';
import type { Scope } from '../metrics';
import type { Language } from '../i18n';
import { readMyApproved, readSettings } from '../summaries/store';
import { type Locked, withDocumentLock } from '../workbook/lock';
import { type RecordOutcome, recordDecisions } from './decisions';
import { reviewPack, type ReviewPackView } from './pack';
import { dayOfIso, type ReviewPeriod } from './period';
import { packRecipients } from './recipients';
import { registerReview, reviewEntries, type ReviewEntry } from './registry';
import { renderPack } from './render';
import { readReviewSources } from './sources';
import { reviewSheetName, writeReviewSheet } from './sheet';

export const SENDER_NAME = 'Sales KPI';
/** Emails per click, as per summaries run: the call stays short; the rest is said deferred. */
export const MAX_PER_SEND = 25;

function todayOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  return dayOfIso(spreadsheetToday(spreadsheet))!;
}

export type BuildOutcome =
  | { readonly kind: 'exists'; readonly sheet: string }
  | {
      readonly kind: 'built';
      readonly sheet: string;
      readonly replaced: boolean;
      readonly kept: number;
    };

/** Builds the Review sheet of a scope and period in the user's language. */
export function buildReview(
  scope: Scope,
  period: ReviewPeriod,
  replace: boolean,
  language: Language,
): Locked<BuildOutcome> {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    const name = reviewSheetName(scope, period, language);
    // Asked before reading anything: an existing sheet not to replace costs one call.
    if (!replace && spreadsheet.getSheetByName(name)) return { kind: 'exists', sheet: name };
    const { sources } = readReviewSources(spreadsheet);
    const view = reviewPack(sources, scope, period, todayOf(spreadsheet), language);
    const written = writeReviewSheet(spreadsheet, name, view, true);
    if (written.kind === 'exists') return { kind: 'exists', sheet: name };
    registerReview({
      id: written.sheet.getSheetId(),
      scope,
      kind: period.kind,
      from: period.from,
      label: period.label,
    });
    return { kind: 'built', sheet: name, replaced: written.replaced, kept: written.kept };
  });
}

/** The registered Review sheet of this scope and period, if it was built. */
export function reviewEntryOf(scope: Scope, period: ReviewPeriod): ReviewEntry | undefined {
  const name = (s: Scope) => (s.type === 'company' ? '' : s.name.trim().toLowerCase());
  return reviewEntries()
    .reverse()
    .find(
      (e) =>
        e.kind === period.kind &&
        e.from === period.from &&
        e.scope.type === scope.type &&
        name(e.scope) === name(scope),
    );
}

/** Records the filled decisions of one Review sheet as Actions rows, under the lock. */
export function recordReviewDecisions(
  entry: ReviewEntry,
  language: Language,
): Locked<RecordOutcome> {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    return recordDecisions(spreadsheet, entry, todayOf(spreadsheet), language);
  });
}

export interface SendOutcome {
  readonly sent: readonly string[];
  readonly awaiting: readonly string[];
  readonly deferred: number;
}

/**
 * Mails the pack to the scope's approved members, each in their summary language; those the
 * trigger owner has not approved get nothing, and what the day's quota (or the per-click limit)
 * cannot carry is left and counted as deferred.
 */
export function sendReview(scope: Scope, period: ReviewPeriod, language: Language): SendOutcome {
  const spreadsheet = activeSpreadsheet();
  const { sources, teams } = readReviewSources(spreadsheet);
  const recipients = packRecipients(
    { teams, actions: sources.actions, objectives: sources.objectives, scopes: sources.scopes },
    readSettings(),
    scope,
  );
  const approvedList = readMyApproved();
  const approved = recipients.filter((r) => approvedList.has(r.email));
  const awaiting = recipients.filter((r) => !approvedList.has(r.email)).map((r) => r.email);
  const batch = approved.slice(0, Math.max(0, Math.min(remainingMailQuota(), MAX_PER_SEND)));
  const today = todayOf(spreadsheet);
  const url = batch.length ? spreadsheet.getUrl() : '';
  const views = new Map<Language, ReviewPackView>();
  // The sheet is named in the language of whoever builds it: the builder's here.
  const sheet = reviewSheetName(scope, period, language);
  const sent: string[] = [];
  for (const r of batch) {
    let view = views.get(r.language);
    if (!view)
      views.set(r.language, (view = reviewPack(sources, scope, period, today, r.language)));
    const mail = renderPack(view, sheet, url);
    sendMail({
      to: r.email,
      subject: mail.subject,
      body: mail.text,
      htmlBody: mail.html,
      name: SENDER_NAME,
    });
    sent.push(r.email);
  }
  return { sent, awaiting, deferred: approved.length - batch.length };
}
