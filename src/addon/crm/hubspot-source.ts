// HubSpot deals for the live sync (sync-run.ts): the CRM search endpoint
// (https://developers.hubspot.com/docs/api/crm/search) filtered on hs_lastmodifieddate ≥ the
// cursor, sorted by it, 200 per page, paged by `after`. A search pages through at most 10,000
// results: past that, the next query starts from the last modification time read (records read
// again are unchanged, never duplicated). Deals map with the file import's rules, API property
// names standing for the export's labels; stage ids ("contractsent") and the
// hs_date_entered_<stage id> properties give the funnel's dates.
import { postJson } from './http';
import type { ImportMapping } from './mapping';
import { funnelStageOf } from './stages';
import type { FetchResult, SyncSource } from './sync-run';

export const SEARCH_URL = 'https://api.hubapi.com/crm/v3/objects/deals/search';
const PAGE = 200;
const SEARCH_CAP = 10_000;

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

const MAPPING: ImportMapping = {
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

export interface HubSpotCursor {
  /** Epoch ms: deals modified at or after it are fetched. */
  since: number;
  /** The page offset within the current query. */
  after: number;
}

interface Page {
  results: Array<{ id: string; properties: Record<string, string | null> }>;
  paging?: { next?: { after: string } };
}

export const HUBSPOT_SOURCE: SyncSource<HubSpotCursor> = {
  key: 'hubspot',
  name: 'HubSpot',
  mapping: MAPPING,
  headers: PROPERTIES,
  start: { since: 0, after: 0 },
  fetch(token, at): FetchResult<HubSpotCursor> {
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
    if (response.status !== 200)
      return { status: response.status, retryAfter: Number(response.headers['retry-after'] ?? 1) };
    const page = response.body as Page;
    const rows = page.results.map((deal) =>
      PROPERTIES.map((p) => String(deal.properties[p] ?? '')),
    );
    const next = page.paging?.next?.after;
    const last = page.results[page.results.length - 1]?.properties.hs_lastmodifieddate;
    if (next !== undefined && Number(next) + PAGE <= SEARCH_CAP)
      return { status: 200, rows, next: { since: at.since, after: Number(next) }, done: false };
    if (next !== undefined && last)
      return { status: 200, rows, next: { since: Date.parse(last), after: 0 }, done: false };
    // Everything modified since the cursor is read: next time, from the last modification on.
    return {
      status: 200,
      rows,
      next: { since: last ? Date.parse(last) : at.since, after: 0 },
      done: true,
    };
  },
};
