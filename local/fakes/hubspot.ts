// An in-process fake of HubSpot's CRM search endpoint for deals, served to the local UrlFetchApp
// (registerFetchHost). It follows the documented behaviour the sync must cope with
// (https://developers.hubspot.com/docs/api/crm/search, "Limitations"): POST
// /crm/v3/objects/deals/search with filters (hs_lastmodifieddate GTE), sorts, properties, at most
// 200 results per page and paging by `after`; a query pages through at most 10,000 results (400
// beyond); four requests per second per token
// (https://developers.hubspot.com/changelog/crm-search-api-rate-limit-increase), answered with
// 429 and Retry-After past that; 401 for a missing, wrong or revoked private-app token.
// The data is fictitious: `fakeDeals` makes deterministic deals.
import type { FakeHost, FakeRequest, FakeResponse } from '../services/url-fetch';

export const HUBSPOT_HOST = 'api.hubapi.com';
export const HUBSPOT_STAGES = [
  'appointmentscheduled',
  'qualifiedtobuy',
  'presentationscheduled',
  'contractsent',
  'closedwon',
  'closedlost',
] as const;

export interface FakeDeal {
  id: string;
  properties: Record<string, string>;
}

const DAY = 86_400_000;

/** `count` deals modified from `fromMs` on, one every `stepMs`, stage histories included. */
export function fakeDeals(count: number, fromMs: number, stepMs = 60_000, firstId = 1): FakeDeal[] {
  const deals: FakeDeal[] = [];
  for (let i = 0; i < count; i++) {
    const id = String(firstId + i);
    const created = fromMs - (30 + (i % 60)) * DAY;
    const reached = i % 6;
    const properties: Record<string, string> = {
      hs_object_id: id,
      dealname: `Fictitious deal ${id}`,
      amount: String(1000 + (i % 50) * 100),
      dealstage: HUBSPOT_STAGES[reached],
      createdate: new Date(created).toISOString(),
      closedate: reached >= 4 ? new Date(created + 20 * DAY).toISOString() : '',
      hubspot_owner_id: `Rep ${i % 7}`,
      hs_lastmodifieddate: new Date(fromMs + i * stepMs).toISOString(),
    };
    for (let s = 0; s <= Math.min(reached, 3); s++)
      properties[`hs_date_entered_${HUBSPOT_STAGES[s]}`] = new Date(
        created + s * 5 * DAY,
      ).toISOString();
    if (reached >= 4)
      properties[`hs_date_entered_${HUBSPOT_STAGES[reached]}`] = new Date(
        created + 20 * DAY,
      ).toISOString();
    deals.push({ id, properties });
  }
  return deals;
}

export interface HubSpotFake {
  readonly host: string;
  readonly serve: FakeHost;
  /** The deals, editable by a test (a changed deal gets a later hs_lastmodifieddate). */
  readonly deals: FakeDeal[];
  /** Requests served, and how many were answered 429. */
  readonly stats: { requests: number; limited: number };
  revoke(): void;
}

const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): FakeResponse => ({
  status,
  headers: { 'Content-Type': 'application/json;charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

export function hubspotFake(token: string, deals: FakeDeal[], perSecond = 4): HubSpotFake {
  let valid = true;
  const recent: number[] = [];
  const stats = { requests: 0, limited: 0 };
  const serve = (request: FakeRequest): FakeResponse => {
    stats.requests++;
    if (!valid || request.headers.authorization !== `Bearer ${token}`)
      return json(401, {
        status: 'error',
        message: 'Authentication credentials not found.',
        category: 'INVALID_AUTHENTICATION',
      });
    while (recent.length > 0 && recent[0] <= request.nowMs - 1000) recent.shift();
    if (recent.length >= perSecond) {
      stats.limited++;
      return json(
        429,
        {
          status: 'error',
          message: 'You have reached your secondly limit.',
          category: 'RATE_LIMITS',
        },
        { 'Retry-After': '1' },
      );
    }
    recent.push(request.nowMs);
    if (request.method !== 'POST' || request.url.pathname !== '/crm/v3/objects/deals/search')
      return json(404, { status: 'error', message: 'Not found' });
    return search(JSON.parse(request.body || '{}'));
  };
  const search = (query: {
    filterGroups?: Array<{
      filters: Array<{ propertyName: string; operator: string; value: string }>;
    }>;
    properties?: string[];
    limit?: number;
    after?: string;
  }): FakeResponse => {
    const limit = query.limit ?? 10;
    if (limit > 200) return json(400, { status: 'error', message: 'limit must be at most 200' });
    const after = Number(query.after ?? 0);
    if (after + limit > 10_000)
      return json(400, {
        status: 'error',
        message: 'Search results are limited to 10,000 per query.',
      });
    const filters = query.filterGroups?.[0]?.filters ?? [];
    const matching = deals
      .filter((d) =>
        filters.every((f) => {
          const value = d.properties[f.propertyName] ?? '';
          const ms = Date.parse(value);
          const wanted = Number(f.value);
          return f.operator === 'GTE'
            ? ms >= wanted
            : f.operator === 'EQ'
              ? value === f.value
              : true;
        }),
      )
      .sort(
        (a, b) =>
          Date.parse(a.properties.hs_lastmodifieddate) -
            Date.parse(b.properties.hs_lastmodifieddate) || Number(a.id) - Number(b.id),
      );
    const page = matching.slice(after, after + limit);
    const wanted = query.properties ?? ['dealname', 'amount', 'dealstage', 'createdate'];
    return json(200, {
      total: matching.length,
      results: page.map((d) => ({
        id: d.id,
        properties: Object.fromEntries(wanted.map((p) => [p, d.properties[p] ?? null])),
        archived: false,
      })),
      ...(after + limit < matching.length
        ? { paging: { next: { after: String(after + limit) } } }
        : {}),
    });
  };
  return { host: HUBSPOT_HOST, serve, deals, stats, revoke: () => void (valid = false) };
}
