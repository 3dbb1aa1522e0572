// The live sync's scheduled job: on the document's hourly tick (src/addon/schedule), when the
// hourly sync is on, one sync run of each CRM (HubSpot, Pipedrive) the trigger's owner saved a
// token for. Off costs one property read. A revoked token switches the hourly sync off (the run's
// log says why, on the Import page), so the job does not knock every hour with a dead token.
import {
  activeSpreadsheet,
  documentProperty,
  setDocumentProperty,
  spreadsheetTimeZone,
  userProperties,
} from '../adapters/services';
import type { ScheduledJob } from '../schedule/tick';
import { currentLanguage } from '../i18n';
import { HUBSPOT_SOURCE } from './hubspot-source';
import { PIPEDRIVE_SOURCE } from './pipedrive-source';
import { runSync, tokenKey, type SyncRun } from './sync-run';

export const CRM_SYNC_JOB_NAME = 'crmSync';
export const HOURLY_KEY = 'crmSync.hourly';

export function hourlySyncOn(): boolean {
  return documentProperty(HOURLY_KEY) === 'on';
}

export function setHourlySync(on: boolean): void {
  setDocumentProperty(HOURLY_KEY, on ? 'on' : 'off');
}

/** A run of each CRM whose token the running user saved (HubSpot when none is saved: it says so). */
export function syncAll(now: Date): SyncRun[] {
  const spreadsheet = activeSpreadsheet();
  spreadsheetTimeZone(spreadsheet);
  const language = currentLanguage();
  const tokens = userProperties();
  const runs: SyncRun[] = [];
  if (tokens.getProperty(tokenKey('pipedrive')))
    runs.push(runSync(PIPEDRIVE_SOURCE, spreadsheet, language, now));
  if (tokens.getProperty(tokenKey('hubspot')) || runs.length === 0)
    runs.push(runSync(HUBSPOT_SOURCE, spreadsheet, language, now));
  return runs;
}

export const CRM_SYNC_JOB: ScheduledJob = {
  name: CRM_SYNC_JOB_NAME,
  enabled: hourlySyncOn,
  run: (now) => {
    const runs = syncAll(now);
    if (runs.some((run) => run.outcome === 'revoked')) setHourlySync(false);
    return runs
      .map(
        (r) =>
          `${r.crm} ${r.outcome}: ${r.fetched} fetched, ${r.added} added, ${r.updated} updated`,
      )
      .join('; ');
  },
};
