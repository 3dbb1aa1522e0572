// The live HubSpot sync through the built bundle, against the in-process HubSpot fake: 10,000
// changed deals under rate limiting (4 requests a second, 429 with Retry-After) arrive across
// several runs without a duplicate; a changed deal updates its row; a revoked token stops the sync
// with a message for its owner. The token stays in the user's properties, shown masked. Then
// Pipedrive's recents endpoint: 2,000 deals under its rate limit, won and lost by their status.
import { fakeDeals, hubspotFake } from '../../../local/fakes/hubspot';
import { fakePipedriveDeals, pipedriveFake } from '../../../local/fakes/pipedrive';
import { registerFetchHost } from '../../../local/services/url-fetch';
import { addonHarness } from '../../../local/harness/addon-runtime';
import { CALL_BUDGET } from '../../../local/harness/call-budget';
import { runSetupPage } from '../../../local/harness/setup-page';
import { columnIndexes } from '../../../src/addon/schema';

const USER = { user: { email: 'manager@example.com', locale: 'en' } };
const TOKEN = 'pat-eu1-00000000-1111-2222-3333-444455556666';
const h = addonHarness();
h.runtime.clock.set(new Date('2026-11-16T08:00:00Z'));
runSetupPage(h.runtime, false, USER);
const fake = hubspotFake(TOKEN, fakeDeals(10_000, Date.parse('2026-10-01T00:00:00Z')));
registerFetchHost(h.runtime.state, fake.host, fake.serve);

interface Run {
  fetched: number;
  added: number;
  updated: number;
  unchanged: number;
  outcome: string;
  message: string;
}
const syncNow = () => (h.runtime.run('crmSyncNow', [], USER) as Run[])[0];
const crmIds = () => {
  const last = h.workbook.getLastRow('Pipeline');
  return h.workbook
    .getValues('Pipeline', 1, columnIndexes('pipeline').crmId, last - 1, 1)
    .map((r) => String(r[0]));
};

test('without a token the sync says how to give one', () => {
  expect(syncNow()).toMatchObject({ outcome: 'noToken', fetched: 0 });
});

test('the token is kept in the user’s properties and shown masked', () => {
  const status = h.runtime.run('crmSyncSaveToken', ['hubspot', TOKEN], USER) as {
    tokens: { hubspot: string };
  };
  expect(status.tokens.hubspot).toBe('••••6666');
  expect(JSON.stringify(h.workbook.toJSON())).not.toContain(TOKEN);
});

test('10,000 changed deals arrive across runs, under rate limiting, without a duplicate', () => {
  const runs: Run[] = [];
  const calls: number[] = [];
  for (let i = 0; i < 6 && runs.at(-1)?.outcome !== 'done'; i++) {
    h.runtime.counter.reset();
    runs.push(syncNow());
    const counts = Object.entries(h.runtime.counter.snapshot());
    calls.push(
      counts
        .filter(([op]) => !/^(UrlFetchApp|HTTPResponse|Utilities|Properties|Session)/.test(op))
        .reduce((n, [, c]) => n + c, 0),
    );
  }
  expect(runs.map((r) => r.outcome)).toEqual(['more', 'done']);
  expect(fake.stats.limited).toBeGreaterThan(0);
  expect(runs.reduce((n, r) => n + r.added, 0)).toBe(10_000);
  const ids = crmIds();
  expect(ids).toHaveLength(10_000);
  expect(new Set(ids).size).toBe(10_000);
  // Sheets calls per run (one write per run, whatever the pages fetched): within the budget.
  expect(Math.max(...calls)).toBeLessThanOrEqual(CALL_BUDGET);
});

test('a deal changed in HubSpot updates its row at the next run; nothing else changes', () => {
  const deal = fake.deals[42];
  deal.properties.amount = '777';
  deal.properties.hs_lastmodifieddate = '2026-11-16T07:00:00.000Z';
  const run = syncNow();
  expect(run).toMatchObject({ outcome: 'done', added: 0, updated: 1 });
  expect(crmIds()).toHaveLength(10_000);
  const row = crmIds().indexOf(`hubspot:pipeline:${deal.id}`) + 1;
  expect(h.workbook.getValue('Pipeline', row, 7)).toBe(777);
});

const tick = (): Record<string, string> => {
  const trigger = h.runtime.state.triggers.find((t) => t.handler === 'onScheduleTick');
  h.runtime.invoke('onScheduleTick', [{ triggerUid: trigger?.id ?? '' }], USER);
  const properties = h.runtime.state.propertyStore('document', '', h.workbook.id);
  const status = JSON.parse(properties.get('salesKpi.tickStatus') ?? '{}') as {
    results?: Record<string, string>;
  };
  return status.results ?? {};
};

test('the hourly sync runs on the document’s trigger', () => {
  const status = h.runtime.run('crmSyncSetHourly', [true], USER) as { hourly: boolean };
  expect(status.hourly).toBe(true);
  fake.deals[7].properties.amount = '4321';
  fake.deals[7].properties.hs_lastmodifieddate = '2026-11-16T07:30:00.000Z';
  expect(tick().crmSync).toBe('hubspot done: 2 fetched, 0 added, 1 updated');
});

test('a revoked token stops the sync with a message for its owner, and the hourly sync goes off', () => {
  fake.revoke();
  expect(tick().crmSync).toBe('hubspot revoked: 0 fetched, 0 added, 0 updated');
  const status = h.runtime.run('crmSyncStatus', [], USER) as { hourly: boolean; log: Run[] };
  expect(status.hourly).toBe(false);
  expect(status.log[0]).toMatchObject({
    outcome: 'revoked',
    message: expect.stringContaining('revoked'),
  });
  expect(syncNow()).toMatchObject({ outcome: 'revoked' });
});

test('Pipedrive: changed deals arrive under rate limiting, closed ones dated by their status', () => {
  h.runtime.run('crmSyncSaveToken', ['hubspot', ''], USER);
  const pd = pipedriveFake(
    'pd-token-abcd',
    fakePipedriveDeals(2_000, Date.parse('2026-10-01T00:00:00Z')),
    2,
  );
  registerFetchHost(h.runtime.state, pd.host, pd.serve);
  h.runtime.run('crmSyncSaveToken', ['pipedrive', 'pd-token-abcd'], USER);
  expect(syncNow()).toMatchObject({
    crm: 'pipedrive',
    outcome: 'done',
    fetched: 2_000,
    added: 2_000,
  });
  expect(pd.stats.limited).toBeGreaterThan(0);
  const pipedrive = crmIds().filter((id) => id.startsWith('pipedrive:'));
  expect(new Set(pipedrive).size).toBe(2_000);
  // Deal 2 is won: added 2026-09-10 (21 days before the fake's start), won 15 days later, on
  // 2026-09-25 (UTC), which the sheet holds as that day's midnight in Paris.
  const row = crmIds().indexOf('pipedrive:pipeline:2') + 1;
  const won = h.workbook.getValue('Pipeline', row, 12) as Date;
  expect(won.getTime()).toBe(Date.parse('2026-09-24T22:00:00Z'));
  // Again: only the deals changed since (the last one, at the cursor) come back, unchanged.
  expect(syncNow()).toMatchObject({ outcome: 'done', fetched: 1, added: 0, updated: 0 });
});
