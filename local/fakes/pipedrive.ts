// An in-process fake of Pipedrive's "recents" endpoint for deals, served to the local UrlFetchApp
// (registerFetchHost): GET /v1/recents?since_timestamp=…&items=deal&start=…&limit=… with the
// api_token parameter (https://github.com/pipedrive/client-nodejs/blob/master/docs/GetRecentsAdditionalData.md):
// the deals whose
// update_time is at or after since_timestamp, oldest first, at most 500 per page, with
// additional_data.pagination (more_items_in_collection, next_start) and last_timestamp_on_page.
// Past `perWindow` requests in two seconds it answers 429 with Retry-After (Pipedrive limits each
// token; the window here is the tests' choice, not Pipedrive's figure); a wrong or revoked token
// answers 401. The data is fictitious: `fakePipedriveDeals` makes deterministic deals.
import type { FakeHost, FakeRequest, FakeResponse } from '../services/url-fetch';

export const PIPEDRIVE_HOST = 'api.pipedrive.com';

export interface FakePipedriveDeal {
  id: number;
  data: Record<string, unknown>;
}

const DAY = 86_400_000;
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** `count` deals updated from `fromMs` on, one every `stepMs`. */
export function fakePipedriveDeals(
  count: number,
  fromMs: number,
  stepMs = 60_000,
): FakePipedriveDeal[] {
  return Array.from({ length: count }, (_, i) => {
    const id = 1 + i;
    const added = fromMs - (20 + (i % 40)) * DAY;
    const status = ['open', 'won', 'lost'][i % 3];
    return {
      id,
      data: {
        id,
        title: `Fictitious deal ${id}`,
        value: 500 + (i % 30) * 50,
        status,
        add_time: stamp(added),
        won_time: status === 'won' ? stamp(added + 15 * DAY) : null,
        lost_time: status === 'lost' ? stamp(added + 10 * DAY) : null,
        close_time: status === 'open' ? null : stamp(added + (status === 'won' ? 15 : 10) * DAY),
        lost_reason: status === 'lost' ? 'Price' : null,
        update_time: stamp(fromMs + i * stepMs),
        org_id: { name: `Fictitious org ${i % 200}`, value: 1000 + (i % 200) },
        user_id: { name: `Rep ${i % 5}`, id: 10 + (i % 5) },
      },
    };
  });
}

export interface PipedriveFake {
  readonly host: string;
  readonly serve: FakeHost;
  readonly deals: FakePipedriveDeal[];
  readonly stats: { requests: number; limited: number };
  revoke(): void;
}

const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): FakeResponse => ({
  status,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export function pipedriveFake(
  token: string,
  deals: FakePipedriveDeal[],
  perWindow = 20,
): PipedriveFake {
  let valid = true;
  const recent: number[] = [];
  const stats = { requests: 0, limited: 0 };
  const serve = (request: FakeRequest): FakeResponse => {
    stats.requests++;
    const q = request.url.searchParams;
    if (!valid || q.get('api_token') !== token)
      return json(401, { success: false, error: 'unauthorized access', errorCode: 401 });
    while (recent.length > 0 && recent[0] <= request.nowMs - 2000) recent.shift();
    if (recent.length >= perWindow) {
      stats.limited++;
      return json(
        429,
        { success: false, error: 'Too many requests', errorCode: 429 },
        { 'Retry-After': '2' },
      );
    }
    recent.push(request.nowMs);
    if (request.method !== 'GET' || request.url.pathname !== '/v1/recents')
      return json(404, { success: false, error: 'Not found', errorCode: 404 });
    const since = q.get('since_timestamp') ?? '';
    const start = Number(q.get('start') ?? 0);
    const limit = Math.min(500, Number(q.get('limit') ?? 100));
    const matching = deals
      .filter((d) => q.get('items') === 'deal' && String(d.data.update_time) >= since)
      .sort(
        (a, b) =>
          String(a.data.update_time).localeCompare(String(b.data.update_time)) || a.id - b.id,
      );
    const page = matching.slice(start, start + limit);
    const more = start + limit < matching.length;
    return json(200, {
      success: true,
      data: page.map((d) => ({ item: 'deal', id: d.id, data: d.data })),
      additional_data: {
        since_timestamp: since,
        last_timestamp_on_page: page.length
          ? String(page[page.length - 1].data.update_time)
          : since,
        pagination: {
          start,
          limit,
          more_items_in_collection: more,
          ...(more ? { next_start: start + limit } : {}),
        },
      },
    });
  };
  return { host: PIPEDRIVE_HOST, serve, deals, stats, revoke: () => void (valid = false) };
}
