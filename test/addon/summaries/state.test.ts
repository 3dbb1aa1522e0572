// The summaries' stored state, pure: settings checked from untrusted JSON, recipients in priority
// order with their approval, the compact ledger, and the run log that skips repeats.
import fc from 'fast-check';
import {
  deliveryId,
  type Ledger,
  LEDGER_BYTE_LIMIT,
  parseLedger,
  recordSent,
  serializeLedger,
  wasSent,
} from '../../../src/addon/summaries/ledger';
import { byApproval, MAX_RECIPIENTS, recipientsOf } from '../../../src/addon/summaries/recipients';
import { MAX_RUNS, type RunRecord, withRun } from '../../../src/addon/summaries/run-log';
import {
  checkSettings,
  defaultSettings,
  normalizeEmail,
  SettingsError,
} from '../../../src/addon/summaries/settings';

describe('settings', () => {
  test('defaults: weekly on Monday at 8, leads included, off', () => {
    expect(defaultSettings('fr')).toEqual({
      enabled: false,
      frequency: 'weekly',
      weekday: 1,
      monthDay: 1,
      hour: 8,
      includeLeads: true,
      leadLanguages: {},
      company: [],
      reps: [],
      defaultLanguage: 'fr',
      sinceSlot: 0,
    });
  });

  test('reps who opted in: name and address checked, duplicates dropped', () => {
    const s = checkSettings(
      {
        reps: [
          { name: ' Léa Robert ', email: ' Lea.Robert@Example.com', language: 'fr' },
          { name: 'Léa Robert', email: 'lea.robert@example.com', language: 'en' },
        ],
      },
      'en',
    );
    expect(s.reps).toEqual([
      { name: 'Léa Robert', email: 'lea.robert@example.com', language: 'fr' },
    ]);
    expect(() =>
      checkSettings({ reps: [{ name: '', email: 'a@b.co', language: 'en' }] }, 'en'),
    ).toThrow(/Rep 1/);
    expect(() =>
      checkSettings({ reps: [{ name: 'Ann', email: 'not an address', language: 'en' }] }, 'en'),
    ).toThrow(/not an email address/);
  });

  test('company recipients are trimmed, lower-cased and de-duplicated', () => {
    const s = checkSettings(
      {
        enabled: true,
        company: [
          { email: ' CEO@Example.com ', language: 'fr' },
          { email: 'ceo@example.com', language: 'en' },
          { email: 'cfo@example.com', language: 'en' },
        ],
        leadLanguages: { 'Lead@Example.com': 'fr', 'not an email': 'fr', 'x@y.com': 'de' },
      },
      'en',
    );
    expect(s.company).toEqual([
      { email: 'ceo@example.com', language: 'fr' },
      { email: 'cfo@example.com', language: 'en' },
    ]);
    expect(s.leadLanguages).toEqual({ 'lead@example.com': 'fr' });
  });

  test.each([
    [{ frequency: 'hourly' }, 'frequency must be daily, weekly or monthly'],
    [{ weekday: 0 }, 'weekday must be a whole number from 1 to 7'],
    [{ monthDay: 32 }, 'monthDay must be a whole number from 1 to 31'],
    [{ hour: 7.5 }, 'hour must be a whole number from 0 to 23'],
    [{ hour: '8' }, 'hour must be a whole number from 0 to 23'],
    [{ company: [{ email: 'a@b', language: 'en' }] }, 'Recipient 1: "a@b" is not an email address'],
    [{ company: [{ email: 'a@b.com', language: 'de' }] }, 'Recipient 1: language must be en or fr'],
    [{ company: 'a@b.com' }, 'company must be a list of recipients'],
    [{ defaultLanguage: 'es' }, 'defaultLanguage must be "en" or "fr"'],
  ])('refuses %j: %s', (input, messageText) => {
    expect(() => checkSettings(input, 'en')).toThrow(new SettingsError('', messageText));
  });

  test('refuses a list too long and anything that is not an object', () => {
    const company = Array.from({ length: 51 }, (_, i) => ({
      email: `p${i}@x.com`,
      language: 'en',
    }));
    expect(() => checkSettings({ company }, 'en')).toThrow(
      'At most 50 company-wide recipients (got 51)',
    );
    expect(() => checkSettings(null, 'en')).toThrow('settings must be an object');
    expect(() => checkSettings([], 'en')).toThrow('settings must be an object');
  });

  test('addresses that could carry a second recipient or a header are refused', () => {
    for (const bad of [
      'a@b.com, c@d.com',
      'a@b.com\nBcc: c@d.com',
      'Name <a@b.com>',
      'a b@c.com',
      '@b.com',
    ])
      expect(normalizeEmail(bad)).toBeUndefined();
    expect(normalizeEmail(' First.Last+tag@Example.co.uk ')).toBe('first.last+tag@example.co.uk');
  });
});

describe('recipients', () => {
  const teams = [
    { team: 'Paris', leadName: 'Camille', leadEmail: 'camille@x.com' },
    { team: 'lyon', leadName: 'Thomas', leadEmail: 'THOMAS@x.com' },
    { team: 'Nantes', leadName: 'Nobody', leadEmail: '' },
    { team: 'Lille', leadName: 'Typo', leadEmail: 'typo@' },
    { team: 'Paris', leadName: 'Camille again', leadEmail: 'camille@x.com' },
  ];
  const settings = {
    ...defaultSettings('en'),
    leadLanguages: { 'thomas@x.com': 'fr' as const },
    company: [
      { email: 'zoe@x.com', language: 'en' as const },
      { email: 'adam@x.com', language: 'fr' as const },
    ],
  };

  test('leads first (by team), then company recipients (alphabetical); each once', () => {
    const { recipients, problems } = recipientsOf(teams, settings);
    expect(recipients.map((r) => [r.kind, r.email, r.team ?? '', r.language])).toEqual([
      ['lead', 'thomas@x.com', 'lyon', 'fr'],
      ['lead', 'camille@x.com', 'Paris', 'en'],
      ['company', 'adam@x.com', '', 'fr'],
      ['company', 'zoe@x.com', '', 'en'],
    ]);
    expect(problems).toEqual([
      { team: 'Nantes', reason: 'no email', text: '' },
      { team: 'Lille', reason: 'invalid email', text: 'typo@' },
    ]);
    expect(recipients[0].scopeKey).toBe('team:lyon');
    expect(recipients[2].scopeKey).toBe('company');
  });

  test('leads can be left out; the list is capped', () => {
    expect(recipientsOf(teams, { ...settings, includeLeads: false }).recipients).toHaveLength(2);
    const many = Array.from({ length: 210 }, (_, i) => ({
      team: `T${String(i).padStart(3, '0')}`,
      leadName: '',
      leadEmail: `l${i}@x.com`,
    }));
    const { recipients, problems } = recipientsOf(many, settings);
    expect(recipients).toHaveLength(MAX_RECIPIENTS);
    expect(problems.filter((p) => p.reason === 'too many')).toHaveLength(12);
  });

  test('approval splits the list by email', () => {
    const { recipients } = recipientsOf(teams, settings);
    const split = byApproval(recipients, new Set(['camille@x.com', 'zoe@x.com']));
    expect(split.approved.map((r) => r.email)).toEqual(['camille@x.com', 'zoe@x.com']);
    expect(split.awaiting.map((r) => r.email)).toEqual(['thomas@x.com', 'adam@x.com']);
  });
});

describe('the ledger', () => {
  test('fingerprints are stable, short, and differ by recipient and by summary', () => {
    const a = deliveryId('lead@x.com', 'team:lyon');
    expect(a).toMatch(/^[0-9a-z]{11}$/);
    expect(deliveryId(' LEAD@x.com ', 'team:lyon')).toBe(a);
    expect(deliveryId('lead@x.com', 'team:paris')).not.toBe(a);
    expect(deliveryId('lead@x.com', 'company')).not.toBe(a);
  });

  test('no collision among 20,000 deliveries', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++)
      ids.add(deliveryId(`person${i}@example.com`, `team:t${i % 40}`));
    expect(ids.size).toBe(20_000);
  });

  test('records by period, keeps the current and the previous period', () => {
    let ledger = recordSent({}, '2026-11-02', 'a');
    ledger = recordSent(ledger, '2026-11-09', 'a');
    ledger = recordSent(ledger, '2026-11-09', 'a');
    ledger = recordSent(ledger, '2026-11-16', 'b');
    expect(ledger).toEqual({ '2026-11-09': ['a'], '2026-11-16': ['b'] });
    expect(wasSent(ledger, '2026-11-16', 'b')).toBe(true);
    expect(wasSent(ledger, '2026-11-16', 'a')).toBe(false);
    expect(wasSent(ledger, '2026-11-23', 'b')).toBe(false);
  });

  test('fits a property value with the most recipients a period can have', () => {
    let ledger: Ledger = {};
    for (const period of ['2026-11-09', '2026-11-16'])
      for (let i = 0; i < MAX_RECIPIENTS + 50; i++)
        ledger = recordSent(ledger, period, deliveryId(`p${i}@x.com`, 'company'));
    const text = serializeLedger(ledger, '2026-11-16');
    expect(text.length).toBeLessThanOrEqual(LEDGER_BYTE_LIMIT);
    expect(parseLedger(text)['2026-11-16']).toHaveLength(MAX_RECIPIENTS + 50);
  });

  test('an unreadable property reads as an empty ledger', () => {
    for (const raw of [null, '', '{', '[]', '"x"', '{"not-a-day":["a"]}'])
      expect(parseLedger(raw)).toEqual({});
    expect(parseLedger('{"2026-11-16":["a",3,null]}')).toEqual({ '2026-11-16': ['a'] });
  });

  test('property: recording is idempotent and order-free within a period', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 30 }), (ids) => {
        const forward = ids.reduce<Ledger>((l, id) => recordSent(l, '2026-11-16', id), {});
        const backward = [...ids, ...ids]
          .reverse()
          .reduce<Ledger>((l, id) => recordSent(l, '2026-11-16', id), {});
        expect(new Set(forward['2026-11-16'] ?? [])).toEqual(new Set(backward['2026-11-16'] ?? []));
        expect(forward['2026-11-16']?.length ?? 0).toBe(new Set(ids).size);
      }),
    );
  });
});

describe('the run log', () => {
  const run = (patch: Partial<RunRecord>): RunRecord => ({
    at: '2026-11-16T07:30:00.000Z',
    period: '2026-11-16',
    trigger: 'scheduled',
    sent: 0,
    deferred: 0,
    awaiting: 0,
    ...patch,
  });

  test('records what happened, skips the hourly repeats', () => {
    let log = withRun([], run({ sent: 3, deferred: 2 }))!;
    expect(log).toHaveLength(1);
    expect(withRun(log, run({ at: 'later', deferred: 2 }))).toBeUndefined();
    log = withRun(log, run({ at: 'next day', sent: 2 }))!;
    expect(withRun(log, run({ at: 'after' }))).toBeUndefined();
    expect(withRun([], run({}))).toBeUndefined();
    expect(withRun([], run({ awaiting: 1 }))).toHaveLength(1);
    expect(withRun(log, run({ trigger: 'manual' }))).toHaveLength(3);
    const failed = withRun(log, run({ error: 'x'.repeat(500) }))!;
    expect(failed.at(-1)!.error).toHaveLength(300);
    // The same failure an hour later is not logged again; another one is.
    expect(withRun(failed, run({ at: 'later', error: 'x'.repeat(500) }))).toBeUndefined();
    expect(withRun(failed, run({ at: 'later', error: 'other' }))).toHaveLength(4);
  });

  test('keeps the last runs only', () => {
    let log: RunRecord[] = [];
    for (let i = 0; i < MAX_RUNS + 5; i++) log = withRun(log, run({ at: String(i), sent: 1 }))!;
    expect(log).toHaveLength(MAX_RUNS);
    expect(log[0].at).toBe('5');
  });
});
