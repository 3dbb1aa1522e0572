// The live HubSpot sync's server functions: the token (kept in the user's properties, never in
// the sheet, a log or an email; shown masked), the sync's status and log, and a run on demand.
import {
  activeSpreadsheet,
  spreadsheetTimeZone,
  userLocale,
  userProperties,
} from '../addon/adapters/services';
import {
  maskedToken,
  runHubSpotSync,
  syncLog,
  TOKEN_KEY,
  type SyncRun,
} from '../addon/crm/hubspot-sync';
import { languageOfLocale } from '../addon/schema';
import { CRM_SYNC_JOB_NAME, hourlySyncOn, setHourlySync } from '../addon/crm/sync-job';
import { SCHEDULED_JOBS } from '../addon/schedule/jobs';
import { ensureTrigger, removeTriggerIfUnused } from '../addon/schedule/scheduler';

export interface CrmSyncStatus {
  /** The stored token's last four characters ('' when none). */
  token: string;
  /** The document's hourly sync is on (run by the hourly trigger, with its owner's token). */
  hourly: boolean;
  log: SyncRun[];
}

export function crmSyncStatus(): CrmSyncStatus {
  return {
    token: maskedToken(userProperties().getProperty(TOKEN_KEY)),
    hourly: hourlySyncOn(),
    log: syncLog(),
  };
}

/** Stores (or, with '', removes) the user's HubSpot private-app token. */
export function crmSyncSaveToken(token: string): CrmSyncStatus {
  const clean = String(token ?? '').trim();
  if (clean === '') userProperties().deleteProperty(TOKEN_KEY);
  else userProperties().setProperty(TOKEN_KEY, clean);
  return crmSyncStatus();
}

export function crmSyncNow(): SyncRun {
  const spreadsheet = activeSpreadsheet();
  spreadsheetTimeZone(spreadsheet);
  return runHubSpotSync(spreadsheet, languageOfLocale(userLocale()), new Date());
}

/** Switches the hourly sync on (installing the document's trigger if needed) or off. */
export function crmSyncSetHourly(on: boolean): CrmSyncStatus {
  setHourlySync(Boolean(on));
  if (on) ensureTrigger(new Date());
  else
    removeTriggerIfUnused(SCHEDULED_JOBS.some((j) => j.name !== CRM_SYNC_JOB_NAME && j.enabled()));
  return crmSyncStatus();
}
