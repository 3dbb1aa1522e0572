// The live HubSpot sync's server functions: the token (kept in the user's properties, never in
// the sheet, a log or an email; shown masked), the sync's status and log, and a run on demand.
import { userProperties } from '../addon/adapters/services';
import { maskedToken, syncLog, tokenKey, type CrmKey, type SyncRun } from '../addon/crm/sync-run';
import { CRM_SYNC_JOB_NAME, hourlySyncOn, setHourlySync, syncAll } from '../addon/crm/sync-job';
import { SCHEDULED_JOBS } from '../addon/jobs/registry';
import { ensureTrigger, removeTriggerIfUnused } from '../addon/schedule/scheduler';

export interface CrmSyncStatus {
  /** Each CRM's stored token, its last four characters only ('' when none). */
  tokens: Record<CrmKey, string>;
  /** The document's hourly sync is on (run by the hourly trigger, with its owner's token). */
  hourly: boolean;
  log: SyncRun[];
}

export function crmSyncStatus(): CrmSyncStatus {
  return {
    tokens: {
      hubspot: maskedToken(userProperties().getProperty(tokenKey('hubspot'))),
      pipedrive: maskedToken(userProperties().getProperty(tokenKey('pipedrive'))),
    },
    hourly: hourlySyncOn(),
    log: syncLog(),
  };
}

/** Stores (or, with '', removes) the user's token for a CRM (a private-app or API token). */
export function crmSyncSaveToken(crm: CrmKey, token: string): CrmSyncStatus {
  if (crm !== 'hubspot' && crm !== 'pipedrive') throw new Error(`Unknown CRM: ${String(crm)}`);
  const clean = String(token ?? '').trim();
  if (clean === '') userProperties().deleteProperty(tokenKey(crm));
  else userProperties().setProperty(tokenKey(crm), clean);
  return crmSyncStatus();
}

/** A run of each CRM whose token the user saved. */
export function crmSyncNow(): SyncRun[] {
  return syncAll(new Date());
}

/** Switches the hourly sync on (installing the document's trigger if needed) or off. */
export function crmSyncSetHourly(on: boolean): CrmSyncStatus {
  setHourlySync(Boolean(on));
  if (on) ensureTrigger(new Date());
  else
    removeTriggerIfUnused(SCHEDULED_JOBS.some((j) => j.name !== CRM_SYNC_JOB_NAME && j.enabled()));
  return crmSyncStatus();
}
