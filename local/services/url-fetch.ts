// UrlFetchApp, served by in-process fakes instead of the network: a host answers only when a
// fake is registered for it (registerFetchHost), as a test or the playground does with the CRM
// fakes (local/fakes/). As strict as Google's reference
// (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app):
// - the method needs https://www.googleapis.com/auth/script.external_request in the manifest,
//   and an authorised mode (FULL: menu items, pages, installable triggers);
// - a response code of 400 or more throws "Request failed for <host> returned code <n>" unless
//   muteHttpExceptions is set;
// - an unknown host throws Google's "DNS error";
// - the daily quota of URL Fetch calls (20,000 per user for consumer accounts,
//   https://developers.google.com/apps-script/guides/services/quotas) counts the calls of the
//   last 24 hours, a rolling window (never kinder than a calendar day).
import type { RuntimeContext } from '../runtime/context';
import type { LocalState } from '../runtime/state';
import { service } from './unimplemented';

type UrlFetchApp = GoogleAppsScript.URL_Fetch.UrlFetchApp;
type Params = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

export const EXTERNAL_REQUEST = 'https://www.googleapis.com/auth/script.external_request';
export const URL_FETCH_DAILY_LIMIT = 20_000;
export const URL_FETCH_QUOTA_EXCEEDED = 'Service invoked too many times for one day: urlfetch.';
const WINDOW_MS = 24 * 3_600_000;

/** A request as a fake sees it. */
export interface FakeRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The simulated time of the request (the runtime's clock). */
  readonly nowMs: number;
}

export interface FakeResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string;
}

export type FakeHost = (request: FakeRequest) => FakeResponse;

interface FetchState {
  hosts: Map<string, FakeHost>;
  /** Each user's fetch times (epoch ms), for the rolling daily quota. */
  calls: Map<string, number[]>;
}

const byState = new WeakMap<LocalState, FetchState>();

function fetchState(state: LocalState): FetchState {
  let s = byState.get(state);
  if (!s) byState.set(state, (s = { hosts: new Map(), calls: new Map() }));
  return s;
}

/** Serves `host` ("api.hubapi.com") with a fake for every execution of the project's state. */
export function registerFetchHost(state: LocalState, host: string, fake: FakeHost): void {
  fetchState(state).hosts.set(host.toLowerCase(), fake);
}

function httpResponse(response: FakeResponse): GoogleAppsScript.URL_Fetch.HTTPResponse {
  const headers = { ...(response.headers ?? {}) };
  const impl = {
    getResponseCode: () => response.status,
    getContentText: () => response.body,
    getHeaders: () => headers,
    getAllHeaders: () => headers,
  };
  return service<GoogleAppsScript.URL_Fetch.HTTPResponse>('HTTPResponse', impl, {});
}

/** The fetches `email` has left today (Google's UrlFetchApp has no such method: tests use it). */
export function remainingFetchQuota(state: LocalState, email: string, nowMs: number): number {
  const used = (fetchState(state).calls.get(email) ?? []).filter(
    (t) => t > nowMs - WINDOW_MS && t <= nowMs,
  );
  return Math.max(0, URL_FETCH_DAILY_LIMIT - used.length);
}

export function createUrlFetchApp(ctx: RuntimeContext, state: LocalState): UrlFetchApp {
  const s = fetchState(state);
  const recent = (): number[] => {
    const now = ctx.clock.nowMs();
    const kept = (s.calls.get(ctx.user.email) ?? []).filter((t) => t > now - WINDOW_MS && t <= now);
    s.calls.set(ctx.user.email, kept);
    return kept;
  };
  const impl = {
    fetch(url: string, params: Params = {}): GoogleAppsScript.URL_Fetch.HTTPResponse {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new Error(`Invalid argument: ${url}`);
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        throw new Error(`Invalid argument: ${url}`);
      const calls = recent();
      if (calls.length >= URL_FETCH_DAILY_LIMIT) throw new Error(URL_FETCH_QUOTA_EXCEEDED);
      calls.push(ctx.clock.nowMs());
      const fake = s.hosts.get(parsed.hostname.toLowerCase());
      if (!fake) throw new Error(`DNS error: ${url}`);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(params.headers ?? {}))
        headers[k.toLowerCase()] = String(v);
      if (params.contentType) headers['content-type'] = params.contentType;
      const payload = params.payload;
      const body =
        payload === undefined
          ? ''
          : typeof payload === 'string'
            ? payload
            : JSON.stringify(payload);
      const response = fake({
        method: String(params.method ?? 'get').toUpperCase(),
        url: parsed,
        headers,
        body,
        nowMs: ctx.clock.nowMs(),
      });
      if (response.status >= 400 && !params.muteHttpExceptions) {
        const text =
          response.body.length > 200 ? `${response.body.slice(0, 200)}...` : response.body;
        throw new Error(
          `Request failed for ${parsed.protocol}//${parsed.host} returned code ${response.status}. Truncated server response: ${text} (use muteHttpExceptions option to examine full response)`,
        );
      }
      return httpResponse(response);
    },
  };
  return service<UrlFetchApp>('UrlFetchApp', impl, {
    ctx,
    defaultAccess: { min: 'FULL', scopes: [EXTERNAL_REQUEST] },
  });
}
