import {
  DEFAULT_DOCUMENT_ID,
  LocalState,
  type LocalStateJSON,
  type LocalStateJSONv1,
} from '../../local/runtime/state';

describe('LocalState persistence', () => {
  test('toJSON / fromJSON round-trips everything that outlives an execution', () => {
    const state = new LocalState();
    state.propertyStore('document', '').set('__proto__', 'odd key');
    state.propertyStore('document', '', 'sheet-b').set('k', 'of B');
    state.cacheStore('document', '', 'sheet-b').set('c', { value: 'B', expiresMs: 9 });
    state.recordTriggerRun('ann@example.com', 1_000, 60_000);
    state.propertyStore('user', 'ann@example.com').set('units', 'metric');
    state.cacheStore('script', '').set('k', { value: 'v', expiresMs: 123 });
    state.triggers.push({
      id: state.nextTriggerId(),
      handler: 'sendSummary',
      owner: { email: 'ann@example.com', locale: 'fr' },
      documentId: 'doc',
      eventType: 'CLOCK',
      schedule: { kind: 'days', every: 1, hour: 8, minute: 0 },
      timeZone: 'Europe/Paris',
      createdMs: 1,
      nextFireMs: 2,
    });
    state.outbox.push({
      id: state.nextMailId(),
      sentAt: '2024-01-01T00:00:00.000Z',
      from: 'ann@example.com',
      noReply: false,
      to: ['lead@example.com'],
      cc: [],
      bcc: [],
      subject: 'S',
      body: 'B',
      attachments: [],
      inlineImages: {},
    });
    state.mail.dailyLimit = 50;
    state.mail.used.set('ann@example.com|2024-01-01', 3);
    state.setNeedsReauthorization('bob@example.com', true);
    state.locks.set('document', 7);

    const json = JSON.parse(JSON.stringify(state)) as LocalStateJSON;
    const restored = LocalState.fromJSON(json);
    expect(restored.propertyStore('document', '').get('__proto__')).toBe('odd key');
    expect(restored.propertyStore('user', 'ann@example.com').get('units')).toBe('metric');
    expect(restored.propertyStore('document', '', 'sheet-b').get('k')).toBe('of B');
    expect(restored.propertyStore('document', '').get('k')).toBeUndefined();
    expect(restored.cacheStore('document', '', 'sheet-b').get('c')).toEqual({
      value: 'B',
      expiresMs: 9,
    });
    expect(restored.triggerRuntimeUsed('ann@example.com', 2_000)).toBe(60_000);
    expect(restored.cacheStore('script', '').get('k')).toEqual({ value: 'v', expiresMs: 123 });
    expect(restored.triggers).toEqual(state.triggers);
    expect(restored.outbox).toEqual(state.outbox);
    expect(restored.mail.dailyLimit).toBe(50);
    expect(restored.mail.used.get('ann@example.com|2024-01-01')).toBe(3);
    expect(restored.needsReauthorization('bob@example.com')).toBe(true);
    expect(restored.needsReauthorization('ann@example.com')).toBe(false);
    // Locks belong to running executions: none survives a restart.
    expect(restored.locks.size).toBe(0);
    // Ids continue after the saved ones.
    expect(restored.nextTriggerId()).not.toBe(state.triggers[0].id);
    expect(restored.nextMailId()).toBe('mail-2');
  });

  test("a version 1 file (one spreadsheet) loads its document stores as the default spreadsheet's", () => {
    const v1: LocalStateJSONv1 = {
      version: 1,
      properties: { document: { k: 'v' }, script: { s: '1' }, user: { 'ann@example.com': {} } },
      caches: { document: {}, script: {}, user: {} },
      triggers: [],
      outbox: [],
      mail: { dailyLimit: 100, used: {} },
      reauthorizationRequired: [],
      sequence: { trigger: 0, mail: 0 },
    };
    const state = LocalState.fromJSON(JSON.parse(JSON.stringify(v1)) as LocalStateJSONv1);
    expect(state.propertyStore('document', '', DEFAULT_DOCUMENT_ID).get('k')).toBe('v');
    expect(state.propertyStore('script', '').get('s')).toBe('1');
    expect(state.toJSON().version).toBe(2);
  });

  test('trigger runtime counts the last 24 hours per user', () => {
    const state = new LocalState();
    const hour = 3_600_000;
    state.recordTriggerRun('ann@example.com', 0, 30 * 60_000);
    state.recordTriggerRun('ann@example.com', 12 * hour, 20 * 60_000);
    state.recordTriggerRun('bob@example.com', 12 * hour, 5 * 60_000);
    expect(state.triggerRuntimeUsed('ann@example.com', 23 * hour)).toBe(50 * 60_000);
    // 24 hours after the first run, it no longer counts.
    expect(state.triggerRuntimeStats(24 * hour)).toEqual({
      dailyLimitMs: 90 * 60_000,
      usedMs: { 'ann@example.com': 20 * 60_000, 'bob@example.com': 5 * 60_000 },
    });
  });

  test('an unknown version is refused', () => {
    expect(() => LocalState.fromJSON({ version: 3 } as unknown as LocalStateJSON)).toThrow(
      'unknown version 3',
    );
  });
});
