// One time-driven trigger per document serves every scheduled feature (alert checks, email
// summaries). Editor add-ons may hold only one time-driven trigger per user per document, never
// more often than hourly, and a trigger belongs to the user who created it: only they can see or
// delete it. So the document properties record who owns the trigger and its id; another editor
// who enables a feature reuses it (and is told whose it is) instead of adding a second one.
// An add-on is one script project for all of a user's spreadsheets, so triggers are always looked
// up in this spreadsheet (getUserTriggers), never across the project: turning a feature on or off
// here must not reuse or delete the user's trigger of another spreadsheet.
import {
  activeUserEmail,
  deleteTrigger,
  documentProperties,
  installHourlyTrigger,
  spreadsheetTriggers,
} from '../adapters/services';
import { currentLanguage } from '../i18n';
import { noDocumentMessage, withDocumentLock } from '../workbook/lock';
import { say } from './messages';
import { sameUser } from '../same-user';

export const TICK_HANDLER = 'onScheduleTick';
const RECORD_KEY = 'salesKpi.trigger';

export interface TriggerRecord {
  owner: string;
  triggerId: string;
  installedAt: string;
}

export interface TriggerStatus {
  installed: boolean;
  owner?: string;
  /** True when the current user owns it (and so can remove it). */
  mine: boolean;
}

export function readTriggerRecord(): TriggerRecord | undefined {
  const raw = documentProperties().getProperty(RECORD_KEY);
  if (!raw) return undefined;
  try {
    const record = JSON.parse(raw) as TriggerRecord;
    return typeof record.owner === 'string' && typeof record.triggerId === 'string'
      ? record
      : undefined;
  } catch {
    return undefined;
  }
}

export function triggerStatus(): TriggerStatus {
  const record = readTriggerRecord();
  if (record && isStaleOwnRecord(record)) return { installed: false, mine: false };
  return record
    ? { installed: true, owner: record.owner, mine: sameUser(record.owner, activeUserEmail()) }
    : { installed: false, mine: false };
}

/** The current user's hourly triggers in this spreadsheet (none of their other spreadsheets'). */
function ownTickTriggers(): GoogleAppsScript.Script.Trigger[] {
  return spreadsheetTriggers().filter((t) => t.getHandlerFunction() === TICK_HANDLER);
}

/**
 * True when the record names the current user but none of their triggers in this spreadsheet has
 * its id: the trigger was deleted by hand, or (before triggers were looked up per spreadsheet)
 * the record took the user's trigger of another spreadsheet. Nothing runs here then.
 */
function isStaleOwnRecord(record: TriggerRecord): boolean {
  if (record.owner !== activeUserEmail()) return false;
  return !ownTickTriggers().some((t) => t.getUniqueId() === record.triggerId);
}

/**
 * Google refuses a 21st trigger of the user in this add-on ("This script has too many
 * triggers…"), counting every spreadsheet they use it in: said in words the user can act on.
 */
function installTickTrigger(): GoogleAppsScript.Script.Trigger {
  try {
    return installHourlyTrigger(TICK_HANDLER);
  } catch (error) {
    if (/too many triggers/i.test(error instanceof Error ? error.message : String(error)))
      throw new Error(say(currentLanguage(), 'quota'), { cause: error });
    throw error;
  }
}

/**
 * True when a time-driven event comes from this spreadsheet's own trigger: the id it carries is
 * the one recorded here, and that trigger is the running user's, in this spreadsheet. Any editor
 * can call a top-level function from a page (google.script.run), so the hourly handler checks
 * this before running the jobs as whoever called it.
 */
export function isOwnTickEvent(event: unknown): boolean {
  const uid = (event as { triggerUid?: unknown } | null | undefined)?.triggerUid;
  if (typeof uid !== 'string' || uid === '') return false;
  const record = readTriggerRecord();
  if (!record || record.triggerId !== uid) return false;
  return ownTickTriggers().some((t) => t.getUniqueId() === uid);
}

/**
 * Makes sure the document has its trigger: installs it, owned by the current user, when none is
 * recorded; repairs the current user's own record if the trigger was deleted by hand; leaves
 * another user's trigger alone. Idempotent. Under the document lock, so two editors enabling a
 * feature at once still make one trigger.
 */
export function ensureTrigger(now: Date): TriggerStatus {
  const locked = withDocumentLock(() => ensureTriggerLocked(now), 10_000);
  if (locked.ok) return locked.value;
  throw new Error(
    locked.reason === 'busy'
      ? say(currentLanguage(), 'busy')
      : noDocumentMessage(currentLanguage()),
  );
}

function ensureTriggerLocked(now: Date): TriggerStatus {
  const me = activeUserEmail();
  const record = readTriggerRecord();
  if (record && !sameUser(record.owner, me))
    return { installed: true, owner: record.owner, mine: false };
  // A trigger recorded with no owner could never be managed or approved by anyone.
  if (me.trim() === '') throw new Error(say(currentLanguage(), 'noEmail'));
  const existing = ownTickTriggers();
  if (record && existing.some((t) => t.getUniqueId() === record.triggerId)) {
    return { installed: true, owner: me, mine: true };
  }
  const trigger = existing[0] ?? installTickTrigger();
  const fresh: TriggerRecord = {
    owner: me,
    triggerId: trigger.getUniqueId(),
    installedAt: now.toISOString(),
  };
  documentProperties().setProperty(RECORD_KEY, JSON.stringify(fresh));
  return { installed: true, owner: me, mine: true };
}

/**
 * Removes the current user's trigger of this spreadsheet when no scheduled feature needs it any
 * more (their triggers in other spreadsheets are left alone). Another user's trigger cannot be
 * removed by this user: it removes itself at its next run (see runTick).
 */
export function removeTriggerIfUnused(stillNeeded: boolean): TriggerStatus {
  if (stillNeeded) return triggerStatus();
  const record = readTriggerRecord();
  const me = activeUserEmail();
  if (record && !sameUser(record.owner, me))
    return { installed: true, owner: record.owner, mine: false };
  for (const trigger of ownTickTriggers()) deleteTrigger(trigger);
  documentProperties().deleteProperty(RECORD_KEY);
  return { installed: false, mine: false };
}
