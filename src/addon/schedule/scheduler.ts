// One time-driven trigger per document serves every scheduled feature (alert checks, email
// summaries). Editor add-ons may hold only one time-driven trigger per user per document, never
// more often than hourly, and a trigger belongs to the user who created it: only they can see or
// delete it. So the document properties record who owns the trigger; another editor who enables
// a feature reuses it (and is told whose it is) instead of adding a second one.
import {
  activeUserEmail,
  deleteTrigger,
  documentLock,
  documentProperties,
  installHourlyTrigger,
  projectTriggers,
} from '../adapters/services';
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
  return record
    ? { installed: true, owner: record.owner, mine: sameUser(record.owner, activeUserEmail()) }
    : { installed: false, mine: false };
}

function ownTickTriggers(): GoogleAppsScript.Script.Trigger[] {
  return projectTriggers().filter((t) => t.getHandlerFunction() === TICK_HANDLER);
}

/**
 * Makes sure the document has its trigger: installs it, owned by the current user, when none is
 * recorded; repairs the current user's own record if the trigger was deleted by hand; leaves
 * another user's trigger alone. Idempotent. Under the document lock, so two editors enabling a
 * feature at once still make one trigger.
 */
export function ensureTrigger(now: Date): TriggerStatus {
  const lock = documentLock();
  if (!lock.tryLock(10_000)) throw new Error('The spreadsheet is busy; try again in a moment.');
  try {
    const me = activeUserEmail();
    const record = readTriggerRecord();
    if (record && !sameUser(record.owner, me))
      return { installed: true, owner: record.owner, mine: false };
    const existing = ownTickTriggers();
    if (record && existing.some((t) => t.getUniqueId() === record.triggerId)) {
      return { installed: true, owner: me, mine: true };
    }
    const trigger = existing[0] ?? installHourlyTrigger(TICK_HANDLER);
    const fresh: TriggerRecord = {
      owner: me,
      triggerId: trigger.getUniqueId(),
      installedAt: now.toISOString(),
    };
    documentProperties().setProperty(RECORD_KEY, JSON.stringify(fresh));
    return { installed: true, owner: me, mine: true };
  } finally {
    lock.releaseLock();
  }
}

/**
 * Removes the current user's trigger when no scheduled feature needs it any more. Another user's
 * trigger cannot be removed by this user: it removes itself at its next run (see onScheduleTick).
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
