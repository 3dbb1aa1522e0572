// The server side of the "Build review pack" page (ReviewPageServer of review-contract.ts): its
// opening data (teams, default periods), building the Review sheet, recording its decisions and
// mailing the pack. Every argument is untrusted: the team must be one the workbook knows.
import { activeSpreadsheet, showSidebar, spreadsheetToday } from '../addon/adapters/services';
import { compareNames } from '../kpi/results';
import { busyAnswer } from './busy';
import type { Scope } from '../addon/metrics';
import {
  buildReview,
  recordReviewDecisions,
  reviewEntryOf,
  sendReview,
} from '../addon/review/commands';
import {
  dayOfIso,
  defaultReviewPeriod,
  isoOfDay,
  type ReviewPeriod,
  reviewPeriod,
} from '../addon/review/period';
import { reviewSheetName } from '../addon/review/sheet';
import { reviewWords } from '../addon/review/words';
import { say, type Language, currentLanguage } from '../addon/i18n';
import { readBlock } from '../addon/workbook/block';
import { cellOf, tableOf, textOf } from '../addon/workbook/cells';
import { locateSheets } from '../addon/workbook/locate';
import type {
  ReviewBuildResult,
  ReviewPageInit,
  ReviewRecordResult,
  ReviewSendResult,
  ReviewPageServer,
} from './review-contract';

export function showReviewSidebar(): void {
  showSidebar('Review', say(currentLanguage(), 'review.title'));
}

/** The Teams sheet's teams, A→Z, each once. */
function knownTeams(): string[] {
  const teams = locateSheets(activeSpreadsheet(), ['teams']).get('teams');
  const table = tableOf(teams ? readBlock(teams) : undefined);
  const names = table.rows.map((row) => textOf(cellOf(table, row, 'team'))).filter(Boolean);
  return [...new Set(names)].sort(compareNames);
}

export function reviewPageInit(): ReviewPageInit {
  const language = currentLanguage();
  const today = dayOfIso(spreadsheetToday(activeSpreadsheet()))!;
  return {
    language,
    teams: knownTeams(),
    defaults: {
      month: isoOfDay(defaultReviewPeriod('month', today).from),
      week: isoOfDay(defaultReviewPeriod('week', today).from),
    },
  };
}

type Checked =
  | { ok: true; scope: Scope; period: ReviewPeriod; replace: boolean }
  | { ok: false; message: string };

function check(request: unknown, language: Language): Checked {
  const w = reviewWords(language);
  const r = request && typeof request === 'object' ? (request as Record<string, unknown>) : {};
  const team = typeof r.team === 'string' ? r.team.trim() : undefined;
  if (team === undefined || team.length > 100) return { ok: false, message: w('badTeam') };
  let scope: Scope = { type: 'company' };
  if (team !== '') {
    const known = knownTeams().find((n) => n.toLowerCase() === team.toLowerCase());
    if (!known) return { ok: false, message: w('badTeam') };
    scope = { type: 'team', name: known };
  }
  const day = dayOfIso(r.day);
  if ((r.kind !== 'week' && r.kind !== 'month') || day === undefined)
    return { ok: false, message: w('badPeriod') };
  return { ok: true, scope, period: reviewPeriod(r.kind, day), replace: r.replace === true };
}

export function reviewBuild(request: unknown): ReviewBuildResult {
  const language = currentLanguage();
  const w = reviewWords(language);
  const checked = check(request, language);
  if (!checked.ok) return { outcome: 'invalid', message: checked.message };
  const locked = buildReview(checked.scope, checked.period, checked.replace, language);
  if (!locked.ok) return busyAnswer(locked.reason, language);
  const done = locked.value;
  if (done.kind === 'exists')
    return { outcome: 'exists', sheet: done.sheet, message: w('exists', { sheet: done.sheet }) };
  return {
    outcome: 'built',
    sheet: done.sheet,
    message: done.replaced
      ? w('rebuilt', { sheet: done.sheet, kept: done.kept })
      : w('built', { sheet: done.sheet }),
  };
}

export function reviewRecordDecisions(request: unknown): ReviewRecordResult {
  const language = currentLanguage();
  const w = reviewWords(language);
  const checked = check(request, language);
  if (!checked.ok) return { outcome: 'invalid', message: checked.message };
  const entry = reviewEntryOf(checked.scope, checked.period);
  const sheet = reviewSheetName(checked.scope, checked.period, language);
  if (!entry) return { outcome: 'no sheet', message: w('noSheet', { sheet }) };
  const locked = recordReviewDecisions(entry, language);
  if (!locked.ok) return busyAnswer(locked.reason, language);
  const done = locked.value;
  if (done.kind === 'gone') return { outcome: 'no sheet', message: w('noSheet', { sheet }) };
  if (done.kind === 'no actions sheet')
    return { outcome: 'no actions sheet', message: w('noActionsSheet') };
  const added = done.kind === 'recorded' ? [...done.added] : [];
  return {
    outcome: 'recorded',
    added,
    message: added.length
      ? w('recorded', { count: added.length, ids: added.join(', ') })
      : w('nothingToRecord'),
  };
}

export function reviewSend(request: unknown): ReviewSendResult {
  const language = currentLanguage();
  const w = reviewWords(language);
  const checked = check(request, language);
  if (!checked.ok) return { outcome: 'invalid', message: checked.message };
  const done = sendReview(checked.scope, checked.period, language);
  const parts: string[] = [];
  if (done.sent.length === 0 && done.awaiting.length === 0) parts.push(w('nobody'));
  else parts.push(w('sent', { count: done.sent.length }));
  if (done.awaiting.length) parts.push(w('awaiting', { emails: done.awaiting.join(', ') }));
  if (done.deferred) parts.push(w('deferred', { count: done.deferred }));
  return {
    outcome: 'sent',
    sent: done.sent.length,
    awaiting: [...done.awaiting],
    deferred: done.deferred,
    message: parts.join(' '),
  };
}

/**
 * The page's server functions, checked against ReviewPageServer by the compiler: each
 * takes at least what the page sends (untrusted input arrives as `unknown` and is checked here)
 * and returns what the page reads. src/main.ts exposes them from this object.
 */
export const REVIEW_SERVER = {
  reviewPageInit,
  reviewBuild,
  reviewRecordDecisions,
  reviewSend,
} satisfies ReviewPageServer;
