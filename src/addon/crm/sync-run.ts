// One live-sync run from a CRM's API: pages of the records modified since the saved cursor,
// mapped with the file import's rules (records.ts) and written once per run, keyed by CRM id like
// the file import, so a record fetched twice is never duplicated. On HTTP 429 the run waits for
// Retry-After (when short) and retries; a longer wait, or too many, ends the run, and the next one
// resumes from the saved cursor, which moves only once the rows it covers are written. A 401 or
// 403 (revoked or expired token) stops with a message for the token's owner. Each run is logged
// (document properties, the last 20) with its counts. The token is the running user's (user
// properties): the trigger owner's in the hourly job.
import { documentProperty, setDocumentProperty, userProperties } from '../adapters/services';
import { format, type Language } from '../i18n';
import { pause } from './http';
import type { ImportMapping } from './mapping';
import { mapRecord, resolveMapping, type MappedRow, type SkippedRow } from './records';
import { writeMapped } from './write';
import type { Spreadsheet } from '../adapters/sheets-types';

export type CrmKey = 'hubspot' | 'pipedrive';
export type SyncOutcome = 'done' | 'more' | 'rateLimited' | 'revoked' | 'noToken' | 'error';

/** One request's answer: a page of records (cells in the source's header order), or a failure. */
export type FetchResult<C> =
  | { readonly status: 200; readonly rows: string[][]; readonly next: C; readonly done: boolean }
  | { readonly status: number; readonly retryAfter?: number };

export interface SyncSource<C> {
  readonly key: CrmKey;
  readonly name: string;
  readonly mapping: ImportMapping;
  readonly headers: readonly string[];
  readonly start: C;
  fetch(token: string, cursor: C): FetchResult<C>;
}

export interface SyncRun {
  crm: CrmKey;
  at: string;
  fetched: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  outcome: SyncOutcome;
  message: string;
}

export const LOG_KEY = 'crmSync.log';
/** Requests per run: at most 5,000 records (HubSpot) and one write, well within one execution. */
export const PAGES_PER_RUN = 25;
const MAX_WAIT_S = 10;
const MAX_RETRIES = 8;
const LOG_LENGTH = 20;

export const tokenKey = (crm: CrmKey) => `crmSync.${crm}.token`;
const cursorKey = (crm: CrmKey) => `crmSync.${crm}.cursor`;

/** The token as the page shows it: its last four characters. */
export function maskedToken(token: string | null): string {
  return token ? `••••${token.slice(-4)}` : '';
}

export function syncLog(): SyncRun[] {
  const stored = documentProperty(LOG_KEY);
  return stored ? (JSON.parse(stored) as SyncRun[]) : [];
}

const MESSAGES = {
  en: {
    noToken: 'No {crm} token: paste one on the Import data page.',
    revoked:
      '{crm} refused the token (revoked or expired): the sync is stopped until a new token is pasted on the Import data page.',
    rateLimited: '{crm} asked to slow down: the next run continues where this one stopped.',
    error: '{crm} answered {status}: the next run tries again.',
  },
  fr: {
    noToken: 'Pas de jeton {crm} : collez-en un sur la page Importer des données.',
    revoked:
      '{crm} a refusé le jeton (révoqué ou expiré) : la synchronisation est arrêtée jusqu’à ce qu’un nouveau jeton soit collé sur la page Importer des données.',
    rateLimited:
      '{crm} a demandé de ralentir : la prochaine exécution reprend où celle-ci s’est arrêtée.',
    error: '{crm} a répondu {status} : la prochaine exécution réessaie.',
  },
} as const;

export function runSync<C>(
  source: SyncSource<C>,
  spreadsheet: Spreadsheet,
  language: Language,
  now: Date,
): SyncRun {
  const say = (key: keyof (typeof MESSAGES)['en'], status = 0) =>
    format(MESSAGES[language][key], { crm: source.name, status }, language);
  const run: SyncRun = {
    crm: source.key,
    at: now.toISOString(),
    fetched: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    outcome: 'more',
    message: '',
  };
  const token = userProperties().getProperty(tokenKey(source.key));
  if (!token) return logged({ ...run, outcome: 'noToken', message: say('noToken') });
  const stored = documentProperty(cursorKey(source.key));
  let at: C = stored ? (JSON.parse(stored) as C) : source.start;
  const resolved = resolveMapping(source.mapping, source.headers);
  const mapped: MappedRow[] = [];
  const skipped: SkippedRow[] = [];
  let retries = 0;
  for (let pages = 0; pages < PAGES_PER_RUN;) {
    const result = source.fetch(token, at);
    if (result.status === 429) {
      const wait = 'retryAfter' in result ? (result.retryAfter ?? 1) : 1;
      if (retries++ < MAX_RETRIES && wait <= MAX_WAIT_S) {
        pause(Math.max(1, wait) * 1000);
        continue;
      }
      [run.outcome, run.message] = ['rateLimited', say('rateLimited')];
      break;
    }
    if (result.status === 401 || result.status === 403) {
      [run.outcome, run.message] = ['revoked', say('revoked')];
      break;
    }
    if (!('rows' in result)) {
      [run.outcome, run.message] = ['error', say('error', result.status)];
      break;
    }
    pages++;
    result.rows.forEach((cells, i) => {
      const outcome = mapRecord(resolved, cells, run.fetched + i + 1);
      if ('row' in outcome) mapped.push(outcome.row);
      else skipped.push(outcome.skip);
    });
    run.fetched += result.rows.length;
    at = result.next;
    if (result.done) {
      run.outcome = 'done';
      break;
    }
  }
  if (mapped.length > 0 || skipped.length > 0) {
    // A record read twice in a run (a query restarted past a cap) is written once, as last read.
    const latest = [...new Map(mapped.map((r) => [r.crmId, r] as const)).values()];
    const written = writeMapped(spreadsheet, source.mapping.sheet, latest, skipped, language);
    if (!written.ok) return logged({ ...run, outcome: 'error', message: written.reason });
    run.added = written.counts.added;
    run.updated = written.counts.updated;
    run.unchanged = written.counts.unchanged;
    run.skipped = written.counts.skipped.length;
  }
  setDocumentProperty(cursorKey(source.key), JSON.stringify(at));
  return logged(run);
}

function logged(run: SyncRun): SyncRun {
  setDocumentProperty(LOG_KEY, JSON.stringify([run, ...syncLog()].slice(0, LOG_LENGTH)));
  return run;
}
