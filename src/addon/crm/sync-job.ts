// The live sync's scheduled job: on the document's hourly tick (src/addon/schedule), when the
// hourly sync is on, one HubSpot sync run with the trigger owner's token. Off costs one
// property read. A revoked token switches the hourly sync off (the run's log says why, on the
// Import page), so the job does not knock on HubSpot's door every hour with a dead token.
import {
  activeSpreadsheet,
  documentProperty,
  setDocumentProperty,
  spreadsheetTimeZone,
  userLocale,
} from '../adapters/services';
import type { ScheduledJob } from '../schedule/tick';
import { languageOfLocale } from '../schema';
import { runHubSpotSync } from './hubspot-sync';

export const CRM_SYNC_JOB_NAME = 'crmSync';
export const HOURLY_KEY = 'crmSync.hourly';

export function hourlySyncOn(): boolean {
  return documentProperty(HOURLY_KEY) === 'on';
}

export function setHourlySync(on: boolean): void {
  setDocumentProperty(HOURLY_KEY, on ? 'on' : 'off');
}

export const CRM_SYNC_JOB: ScheduledJob = {
  name: CRM_SYNC_JOB_NAME,
  enabled: hourlySyncOn,
  run: (now) => {
    const spreadsheet = activeSpreadsheet();
    spreadsheetTimeZone(spreadsheet);
    const run = runHubSpotSync(spreadsheet, languageOfLocale(userLocale()), now);
    if (run.outcome === 'revoked') setHourlySync(false);
    return `${run.outcome}: ${run.fetched} fetched, ${run.added} added, ${run.updated} updated`;
  },
};
