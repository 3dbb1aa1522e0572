// The email-summaries settings page's server functions (google.script.run). Every argument is
// checked here (the page is not trusted: anything can be posted to google.script.run), every
// result is JSON-safe (see summaries-contract.ts).
import { activeSpreadsheet, activeUserEmail, showSidebar } from '../addon/adapters/services';
import { currentLanguage, say as addonSay } from '../addon/i18n';
import { SCHEDULED_JOBS } from '../addon/jobs/registry';
import { ensureTrigger, removeTriggerIfUnused, triggerStatus } from '../addon/schedule/scheduler';
import { SummaryComposer } from '../addon/summaries/compose';
import { SUMMARIES_JOB } from '../addon/summaries/job';
import { say } from '../addon/summaries/messages';
import { canApprove, currentRecipients, pageView } from './summaries-view';
import { SummarySheets } from '../addon/summaries/read';
import { runSummaries } from '../addon/summaries/run';
import { latestMoment, previousMoment, dayOfWall, sinceSlotOf } from '../addon/summaries/schedule';
import {
  checkSettings,
  normalizeEmail,
  scheduleChanged,
  SettingsError,
  type SummarySettings,
} from '../addon/summaries/settings';
import { ListTooLong, type StoredSettings } from '../addon/summaries/settings-codec';
import {
  readMyApproved,
  readSettings,
  storableSettings,
  writeMyApproved,
  writeSettings,
} from '../addon/summaries/store';
import { wallTimeOf } from '../addon/summaries/wall';
import { ensureStatusSheet } from '../addon/summaries/status-sheet';
import type {
  SendNowResult,
  SummariesServer,
  SummariesView,
  SummaryPreview,
} from './summaries-contract';
import { withDocumentLock } from '../addon/workbook/lock';
import { busyAnswer } from './busy';
import type { Busy } from './busy-contract';

const LOCK_WAIT_MS = 10_000;
const MAX_APPROVE = 500;

/** "Email summaries…": opens the settings page (sidebar/summaries, built into dist/Summaries.html). */
export function showSummariesSidebar(): void {
  showSidebar('Summaries', addonSay(currentLanguage(), 'summaries.title'));
}

export function summariesInit(): SummariesView {
  return pageView(new Date());
}

export function summariesSave(input: unknown): SummariesView | Busy {
  const now = new Date();
  return unlessBusy(() => pageView(now, saveSettings(input, now)));
}

/** The lock refused the save: nothing was stored (summariesSave and summariesApprove answer it). */
class SaveRefused extends Error {
  constructor(readonly answer: Busy) {
    super(answer.message);
  }
}

function unlessBusy(save: () => SummariesView): SummariesView | Busy {
  try {
    return save();
  } catch (error) {
    if (error instanceof SaveRefused) return error.answer;
    throw error;
  }
}

/** Checks and stores the page's settings (installing or removing the trigger); answers them. */
function saveSettings(input: unknown, now: Date): SummarySettings {
  const before = readSettings();
  let checked: SummarySettings;
  try {
    const fields = typeof input === 'object' && input !== null ? input : {};
    checked = checkSettings({ ...fields, sinceSlot: before.sinceSlot }, before.defaultLanguage);
  } catch (error) {
    if (error instanceof SettingsError)
      throw new Error(say(currentLanguage(), 'invalid', { detail: error.message }), {
        cause: error,
      });
    throw error;
  }
  // A new or changed schedule starts with its next scheduled time, never one already past.
  const settings: SummarySettings = scheduleChanged(before, checked)
    ? { ...checked, sinceSlot: sinceSlotOf(wallTimeOf(now)) }
    : checked;
  const stored = storable(settings);
  // The trigger first: when it cannot be made, nothing is stored as enabled. Saving approves
  // nobody: each address is approved by the trigger's owner on its own (summariesApprove).
  if (settings.enabled) installTrigger(now);
  const locked = withDocumentLock(() => {
    writeSettings(stored);
    if (settings.enabled) ensureStatusSheet(activeSpreadsheet(), settings.defaultLanguage);
  }, LOCK_WAIT_MS);
  if (!locked.ok) {
    const language = currentLanguage();
    throw new SaveRefused(busyAnswer(locked.reason, language, say(language, 'busy')));
  }
  if (!settings.enabled)
    removeTriggerIfUnused(SCHEDULED_JOBS.some((j) => j.name !== SUMMARIES_JOB && j.enabled()));
  return settings;
}

/** The settings as stored, or the page's message naming the list that does not fit. */
function storable(settings: SummarySettings): StoredSettings {
  try {
    return storableSettings(settings);
  } catch (error) {
    if (!(error instanceof ListTooLong)) throw error;
    const kb = (error.bytes / 1000).toFixed(1);
    const key =
      error.list === 'company'
        ? 'tooLongCompany'
        : error.list === 'reps'
          ? 'tooLongReps'
          : 'tooLongLeadLanguages';
    throw new Error(say(currentLanguage(), key, { kb }), { cause: error });
  }
}

/**
 * Makes sure the document's hourly trigger exists (another editor's will do). A user whose email
 * Google hides cannot own it (nobody could tell them from another such user); a failure (the
 * spreadsheet busy, the 20-triggers-per-user quota) becomes the page's message.
 */
function installTrigger(now: Date): void {
  if (!triggerStatus().installed && activeUserEmail().trim() === '')
    throw new Error(say(currentLanguage(), 'noEmail'));
  try {
    ensureTrigger(now);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // The scheduler words Google's quota error for the alerts; it keeps Google's as the cause.
    const google =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    if (/too many triggers/i.test(`${text} ${google}`))
      throw new Error(say(currentLanguage(), 'triggerQuota'), { cause: error });
    throw new Error(say(currentLanguage(), 'triggerFailed', { detail: text }), { cause: error });
  }
}

/** Adds emails to the current user's approved list, kept to the current recipients. */
function approve(emails: readonly string[], settings: SummarySettings): void {
  const { recipients } = currentRecipients(settings);
  const approved = readMyApproved().with(
    emails,
    recipients.map((r) => r.email),
  );
  writeMyApproved(activeUserEmail(), approved);
}

function requireApprover(): void {
  const status = triggerStatus();
  if (canApprove(status)) return;
  throw new Error(
    status.owner
      ? say(currentLanguage(), 'notOwner', { owner: status.owner })
      : say(currentLanguage(), 'notOwnerUnknown'),
  );
}

/**
 * Approves the addresses. With `unsaved` (the page's form when it differs from what is stored),
 * the form is saved first, exactly as Save would, so approving never discards an edit; the
 * addresses are then approved against the saved recipients (one just added can be approved).
 */
export function summariesApprove(emails: unknown, unsaved?: unknown): SummariesView | Busy {
  requireApprover();
  if (!Array.isArray(emails) || emails.length > MAX_APPROVE)
    throw new Error(say(currentLanguage(), 'badEmails'));
  const valid = emails.map(normalizeEmail);
  if (valid.some((e) => e === undefined)) throw new Error(say(currentLanguage(), 'badEmails'));
  const now = new Date();
  return unlessBusy(() => {
    const settings =
      unsaved === undefined || unsaved === null ? readSettings() : saveSettings(unsaved, now);
    approve(valid as string[], settings);
    return pageView(now, settings);
  });
}

export function summariesPreview(recipientId: unknown): SummaryPreview {
  if (typeof recipientId !== 'string' || !/^[0-9a-z]{11}$/.test(recipientId))
    throw new Error(say(currentLanguage(), 'badRecipient'));
  const now = new Date();
  const spreadsheet = activeSpreadsheet();
  const settings = readSettings();
  const sheets = new SummarySheets(spreadsheet);
  const teams = sheets.teams();
  if (!teams) throw new Error(say(currentLanguage(), 'noTeams'));
  const recipient = currentRecipients(settings, teams).recipients.find((r) => r.id === recipientId);
  if (!recipient) throw new Error(say(currentLanguage(), 'unknownRecipient'));
  const wall = wallTimeOf(now);
  const moment = latestMoment(settings, wall);
  const email = new SummaryComposer(sheets.sources(), {
    frequency: settings.frequency,
    moment,
    previous: previousMoment(settings, moment),
    today: dayOfWall(wall),
    spreadsheetUrl: spreadsheet.getUrl(),
  }).email(recipient);
  return { to: recipient.email, subject: email.subject, html: email.html, text: email.text };
}

export function summariesSendNow(): SendNowResult {
  requireApprover();
  const now = new Date();
  const outcome = runSummaries(now, 'manual');
  const view = pageView(now);
  if (outcome.kind === 'busy' || outcome.kind === 'no document') {
    const language = currentLanguage();
    const reason = outcome.kind === 'busy' ? 'busy' : 'noDocument';
    return { view, ...busyAnswer(reason, language, say(language, 'busy')) };
  }
  return outcome.kind === 'ran'
    ? { outcome: 'sent', view, run: { ...outcome.record } }
    : { outcome: 'sent', view };
}

/**
 * The page's server functions, checked against SummariesServer by the compiler: each
 * takes at least what the page sends (untrusted input arrives as `unknown` and is checked here)
 * and returns what the page reads. src/main.ts exposes them from this object.
 */
export const SUMMARIES_SERVER = {
  summariesInit,
  summariesSave,
  summariesApprove,
  summariesPreview,
  summariesSendNow,
} satisfies SummariesServer;
