// Live sync of HubSpot deals into Pipeline: the deals modified since the last sync, read through
// the CRM search endpoint (https://developers.hubspot.com/docs/api/crm/search) sorted by
// hs_lastmodifieddate, 200 per page, mapped with the same rules as a file export (records.ts,
// API property names instead of export labels) and written once per run, keyed by CRM id like
// the file import, so a deal fetched twice is never duplicated. A search pages through at most
// 10,000 results: past that, the next query starts from the last modification time read. On HTTP
// 429 the run waits for Retry-After (when short) and retries; a longer wait, or too many, ends
// the run and the next one resumes from the saved cursor. A 401 (revoked or expired token) stops
// the sync with a message for the token's owner. Each run is logged with its counts.
import { documentProperty, setDocumentProperty, userProperties } from '../adapters/services';
import type { Language } from '../schema';
import { pause, postJson } from './http';
import type { ImportMapping } from './mapping';
import { mapRecord, resolveMapping, type MappedRow, type SkippedRow } from './records';
import { funnelStageOf } from './stages';
import { writeMapped } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SEARCH_URL = 'https://api.hubapi.com/crm/v3/objects/deals/search';
export const TOKEN_KEY = 'crmSync.hubspot.token';
const CURSOR_KEY = 'crmSync.hubspot.cursor';
export const LOG_KEY = 'crmSync.log';
const PAGE = 200;
const SEARCH_CAP = 10_000;
/** Pages per run: 5,000 deals, one write, well within one execution. */
export const PAGES_PER_RUN = 25;
const MAX_WAIT_S = 10;
const MAX_RETRIES = 8;
const LOG_LENGTH = 20;

const STAGE_IDS = [
  'appointmentscheduled',
  'qualifiedtobuy',
  'presentationscheduled',
  'decisionmakerboughtin',
  'contractsent',
  'closedwon',
  'closedlost',
];
const PROPERTIES = [
  'hs_object_id',
  'dealname',
  'amount',
  'dealstage',
  'createdate',
  'closedate',
  'hubspot_owner_id',
  'hs_lastmodifieddate',
  ...STAGE_IDS.map((s) => `hs_date_entered_${s}`),
];

/** The file import's mapping, with the API's property names as the "headers". */
const API_MAPPING: ImportMapping = {
  source: 'hubspot.deals',
  sheet: 'pipeline',
  columns: {
    id: 'hs_object_id',
    account: 'dealname',
    rep: 'hubspot_owner_id',
    amount: 'amount',
    created: 'createdate',
    closed: 'closedate',
    stage: 'dealstage',
  },
  stageEntries: Object.fromEntries(
    STAGE_IDS.map((s) => [`hs_date_entered_${s}`, funnelStageOf(s) ?? '']),
  ),
  stageNames: {},
  decimal: 'dot',
  dateOrder: 'mdy',
  delimiter: ',',
};

export interface SyncCursor {
  /** Epoch ms: deals modified at or after it are fetched. */
  since: number;
  /** The page offset within the current query. */
  after: number;
}

export type SyncOutcome = 'done' | 'more' | 'rateLimited' | 'revoked' | 'noToken' | 'error';

export interface SyncRun {
  at: string;
  fetched: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  outcome: SyncOutcome;
  message: string;
}

/** The token as the page shows it: its last four characters. */
export function maskedToken(token: string | null): string {
  return token ? `••••${token.slice(-4)}` : '';
}

export function syncLog(): SyncRun[] {
  const stored = documentProperty(LOG_KEY);
  return stored ? (JSON.parse(stored) as SyncRun[]) : [];
}

function cursor(): SyncCursor {
  const stored = documentProperty(CURSOR_KEY);
  return stored ? (JSON.parse(stored) as SyncCursor) : { since: 0, after: 0 };
}

interface Page {
  results: Array<{ id: string; properties: Record<string, string | null> }>;
  paging?: { next?: { after: string } };
}

const MESSAGES = {
  en: {
    noToken: 'No HubSpot token: paste a private-app token on the Import data page.',
    revoked:
      'HubSpot refused the token (revoked or expired): the sync is stopped until a new token is pasted on the Import data page.',
    rateLimited: 'HubSpot asked to slow down: the next run continues where this one stopped.',
    error: 'HubSpot answered {status}: the next run tries again.',
  },
  fr: {
    noToken:
      'Pas de jeton HubSpot : collez un jeton d’application privée sur la page Importer des données.',
    revoked:
      'HubSpot a refusé le jeton (révoqué ou expiré) : la synchronisation est arrêtée jusqu’à ce qu’un nouveau jeton soit collé sur la page Importer des données.',
    rateLimited:
      'HubSpot a demandé de ralentir : la prochaine exécution reprend où celle-ci s’est arrêtée.',
    error: 'HubSpot a répondu {status} : la prochaine exécution réessaie.',
  },
} as const;

/** One sync run for the user whose token is stored (the trigger's owner in the hourly job). */
export function runHubSpotSync(spreadsheet: Spreadsheet, language: Language, now: Date): SyncRun {
  const token = userProperties().getProperty(TOKEN_KEY);
  const texts = MESSAGES[language];
  const run: SyncRun = {
    at: now.toISOString(),
    fetched: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    outcome: 'done',
    message: '',
  };
  if (!token) return logged({ ...run, outcome: 'noToken', message: texts.noToken });
  let at = cursor();
  const headers = PROPERTIES;
  const resolved = resolveMapping(API_MAPPING, headers);
  const mapped: MappedRow[] = [];
  const skipped: SkippedRow[] = [];
  let retries = 0;
  let pages = 0;
  let outcome: SyncOutcome = 'more';
  let message = '';
  while (pages < PAGES_PER_RUN) {
    const response = postJson(SEARCH_URL, token, {
      filterGroups: [
        {
          filters: [
            { propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(at.since) },
          ],
        },
      ],
      sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }],
      properties: PROPERTIES,
      limit: PAGE,
      after: String(at.after),
    });
    if (response.status === 429) {
      const wait = Number(response.headers['retry-after'] ?? '1');
      if (retries++ < MAX_RETRIES && wait <= MAX_WAIT_S) {
        pause(Math.max(1, wait) * 1000);
        continue;
      }
      [outcome, message] = ['rateLimited', texts.rateLimited];
      break;
    }
    if (response.status === 401 || response.status === 403) {
      [outcome, message] = ['revoked', texts.revoked];
      break;
    }
    if (response.status !== 200) {
      [outcome, message] = ['error', texts.error.replace('{status}', String(response.status))];
      break;
    }
    pages++;
    const page = response.body as Page;
    for (const [i, deal] of page.results.entries()) {
      const cells = headers.map((h) => String(deal.properties[h] ?? ''));
      const result = mapRecord(resolved, cells, at.after + i + 1);
      if ('row' in result) mapped.push(result.row);
      else skipped.push(result.skip);
    }
    run.fetched += page.results.length;
    const next = page.paging?.next?.after;
    const last = page.results[page.results.length - 1]?.properties.hs_lastmodifieddate;
    if (next !== undefined && Number(next) + PAGE <= SEARCH_CAP)
      at = { since: at.since, after: Number(next) };
    else if (next !== undefined && last) at = { since: Date.parse(last), after: 0 };
    else {
      // Everything modified since the cursor is read: next time, from the last modification on.
      at = { since: last ? Date.parse(last) : at.since, after: 0 };
      outcome = 'done';
      break;
    }
  }
  if (mapped.length > 0 || skipped.length > 0) {
    // A deal read twice in a run (a query restarted at the 10,000 cap) is written once, as last read.
    const latest = [...new Map(mapped.map((r) => [r.crmId, r] as const)).values()];
    const written = writeMapped(spreadsheet, 'pipeline', latest, skipped, language);
    if (!written.ok) return logged({ ...run, outcome: 'error', message: written.reason });
    Object.assign(run, {
      added: written.counts.added,
      updated: written.counts.updated,
      unchanged: written.counts.unchanged,
      skipped: written.counts.skipped.length,
    });
  }
  // The cursor moves only once the rows it covers are written.
  setDocumentProperty(CURSOR_KEY, JSON.stringify(at));
  return logged({ ...run, outcome, message });
}

function logged(run: SyncRun): SyncRun {
  setDocumentProperty(LOG_KEY, JSON.stringify([run, ...syncLog()].slice(0, LOG_LENGTH)));
  return run;
}
