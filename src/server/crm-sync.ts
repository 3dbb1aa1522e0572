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

export interface CrmSyncStatus {
  /** The stored token's last four characters ('' when none). */
  token: string;
  log: SyncRun[];
}

export function crmSyncStatus(): CrmSyncStatus {
  return { token: maskedToken(userProperties().getProperty(TOKEN_KEY)), log: syncLog() };
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
