// The live HubSpot sync's server functions: the token (kept in the user's properties, never in
// the sheet, a log or an email; shown masked), the sync's status and log, and a run on demand.
// Every argument comes from the page: untrusted, checked here.
import { userProperties } from '../addon/adapters/services';
import { maskedToken, syncLog, tokenKey, type SyncRun } from '../addon/crm/sync-run';
import { CRM_SYNC_JOB_NAME, hourlySyncOn, setHourlySync, syncAll } from '../addon/crm/sync-job';
import { SCHEDULED_JOBS } from '../addon/jobs/registry';
import { ensureTrigger, removeTriggerIfUnused } from '../addon/schedule/scheduler';
import type { SyncStatus } from './import-contract';

export function crmSyncStatus(): SyncStatus {
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
export function crmSyncSaveToken(crm: unknown, token: unknown): SyncStatus {
  if (crm !== 'hubspot' && crm !== 'pipedrive') throw new Error(`Unknown CRM: ${String(crm)}`);
  if (typeof token !== 'string') throw new Error('A token is a text.');
  const clean = token.trim();
  if (clean === '') userProperties().deleteProperty(tokenKey(crm));
  else userProperties().setProperty(tokenKey(crm), clean);
  return crmSyncStatus();
}

/** A run of each CRM whose token the user saved. */
export function crmSyncNow(): SyncRun[] {
  return syncAll(new Date());
}

/** Switches the hourly sync on (installing the document's trigger if needed) or off. */
export function crmSyncSetHourly(on: unknown): SyncStatus {
  if (typeof on !== 'boolean') throw new Error('Hourly sync is on or off (true or false).');
  setHourlySync(on);
  if (on) ensureTrigger(new Date());
  else
    removeTriggerIfUnused(SCHEDULED_JOBS.some((j) => j.name !== CRM_SYNC_JOB_NAME && j.enabled()));
  return crmSyncStatus();
}
