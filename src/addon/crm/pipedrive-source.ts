// Pipedrive deals for the live sync (sync-run.ts): the "recents" endpoint, which lists the
// records changed since a timestamp (GET /v1/recents?since_timestamp=…&items=deal, paged by
// start and limit, at most 500 per page, authenticated by the api_token parameter:
// https://github.com/pipedrive/client-nodejs/blob/master/docs/GetRecentsAdditionalData.md for
// since_timestamp, last_timestamp_on_page and pagination). Deals map with the file import's rules,
// API field names standing for the export's labels. Stage names need another call (stage_id is a
// number): the deal's status (open, won, lost) and its won and lost times give the closed stages,
// its add_time the lead date, and the deal is counted as without stage history.
import { getJson } from './http';
import type { ImportMapping } from './mapping';
import type { FetchResult, SyncSource } from './sync-run';

export const RECENTS_URL = 'https://api.pipedrive.com/v1/recents';
const PAGE = 500;

const FIELDS = [
  'id',
  'title',
  'org_name',
  'owner_name',
  'value',
  'status',
  'add_time',
  'close_time',
  'won_time',
  'lost_time',
  'lost_reason',
  'update_time',
];

const MAPPING: ImportMapping = {
  source: 'pipedrive.deals',
  sheet: 'pipeline',
  columns: {
    id: 'id',
    account: 'org_name',
    rep: 'owner_name',
    amount: 'value',
    status: 'status',
    created: 'add_time',
    closed: 'close_time',
    won: 'won_time',
    lost: 'lost_time',
    lostReason: 'lost_reason',
  },
  stageEntries: {},
  stageNames: {},
  decimal: 'dot',
  dateOrder: 'mdy',
  delimiter: ',',
};

export interface PipedriveCursor {
  /** "YYYY-MM-DD HH:MM:SS" (UTC): deals changed since then are fetched. */
  since: string;
  start: number;
}

interface Recents {
  success: boolean;
  data: Array<{ item: string; id: number; data: Record<string, unknown> }> | null;
  additional_data?: {
    pagination?: { more_items_in_collection?: boolean; next_start?: number };
    last_timestamp_on_page?: string;
  };
}

/** A deal field as text (Pipedrive nests the owner and organisation as objects with a name). */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'name' in (value as object))
    return String((value as { name: unknown }).name ?? '');
  return String(value);
}

export const PIPEDRIVE_SOURCE: SyncSource<PipedriveCursor> = {
  key: 'pipedrive',
  name: 'Pipedrive',
  mapping: MAPPING,
  headers: FIELDS,
  start: { since: '1970-01-01 00:00:00', start: 0 },
  fetch(token, at): FetchResult<PipedriveCursor> {
    const response = getJson(RECENTS_URL, {
      since_timestamp: at.since,
      items: 'deal',
      start: String(at.start),
      limit: String(PAGE),
      api_token: token,
    });
    if (response.status !== 200)
      return { status: response.status, retryAfter: Number(response.headers['retry-after'] ?? 1) };
    const body = response.body as Recents;
    const deals = (body.data ?? []).filter((r) => r.item === 'deal');
    const rows = deals.map(({ data }) =>
      FIELDS.map((f) =>
        f === 'org_name'
          ? text(data.org_name ?? data.org_id)
          : f === 'owner_name'
            ? text(data.owner_name ?? data.user_id)
            : text(data[f]),
      ),
    );
    const pagination = body.additional_data?.pagination;
    if (pagination?.more_items_in_collection)
      return {
        status: 200,
        rows,
        next: { since: at.since, start: pagination.next_start ?? at.start + PAGE },
        done: false,
      };
    const last = body.additional_data?.last_timestamp_on_page;
    return { status: 200, rows, next: { since: last ?? at.since, start: 0 }, done: true };
  },
};
