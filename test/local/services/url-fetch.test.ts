// UrlFetchApp is as strict as Google's: the external_request scope, an authorised mode, errors
// for HTTP failures unless muted, DNS errors for hosts no fake serves, a rolling daily quota.
import { Clock, type AuthModeName } from '../../../local/runtime/context';
import { LocalState } from '../../../local/runtime/state';
import {
  createUrlFetchApp,
  EXTERNAL_REQUEST,
  registerFetchHost,
  remainingFetchQuota,
  type FakeResponse,
  URL_FETCH_DAILY_LIMIT,
  URL_FETCH_QUOTA_EXCEEDED,
} from '../../../local/services/url-fetch';
import { testContext } from './context';

function setup(opts: { authMode?: AuthModeName; scopes?: string[] } = {}) {
  const state = new LocalState();
  const clock = new Clock(new Date('2026-11-16T08:00:00Z'));
  const ctx = testContext({
    clock,
    authMode: opts.authMode ?? 'FULL',
    grantedScopes: new Set(opts.scopes ?? [EXTERNAL_REQUEST]),
    scopeRefusals: [],
  });
  registerFetchHost(state, 'api.example.com', (request): FakeResponse =>
    request.url.pathname === '/ok'
      ? {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: `{"m":"${request.method}"}`,
        }
      : { status: 429, headers: { 'Retry-After': '2' }, body: 'slow down' },
  );
  return { state, clock, fetch: createUrlFetchApp(ctx, state) };
}

test('answers from the host’s fake; a failure throws unless muted', () => {
  const { fetch } = setup();
  const ok = fetch.fetch('https://api.example.com/ok', { method: 'post', payload: '{}' });
  expect([ok.getResponseCode(), ok.getContentText()]).toEqual([200, '{"m":"POST"}']);
  expect(() => fetch.fetch('https://api.example.com/busy')).toThrow(
    /^Request failed for https:\/\/api\.example\.com returned code 429/,
  );
  const muted = fetch.fetch('https://api.example.com/busy', { muteHttpExceptions: true });
  expect([muted.getResponseCode(), muted.getHeaders()]).toEqual([429, { 'Retry-After': '2' }]);
  expect(() => fetch.fetch('https://unknown.example.org/')).toThrow(
    'DNS error: https://unknown.example.org/',
  );
});

test('needs script.external_request and a full authorisation', () => {
  expect(() => setup({ scopes: [] }).fetch.fetch('https://api.example.com/ok')).toThrow(
    `You do not have permission to call UrlFetchApp.fetch. Required permissions: ${EXTERNAL_REQUEST}`,
  );
  expect(() => setup({ authMode: 'LIMITED' }).fetch.fetch('https://api.example.com/ok')).toThrow(
    /permission/,
  );
});

test('counts calls against the daily quota over the last 24 hours', () => {
  const { fetch, clock, state } = setup();
  const remaining = () => remainingFetchQuota(state, 'ann@example.com', clock.nowMs());
  for (let i = 0; i < URL_FETCH_DAILY_LIMIT; i++) fetch.fetch('https://api.example.com/ok');
  expect(remaining()).toBe(0);
  expect(() => fetch.fetch('https://api.example.com/ok')).toThrow(URL_FETCH_QUOTA_EXCEEDED);
  clock.set(new Date('2026-11-17T08:00:01Z'));
  expect(remaining()).toBe(URL_FETCH_DAILY_LIMIT);
});
