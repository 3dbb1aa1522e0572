import { LocalState, type LocalStateJSON } from '../../local/runtime/state';

describe('LocalState persistence', () => {
  test('toJSON / fromJSON round-trips everything that outlives an execution', () => {
    const state = new LocalState();
    state.propertyStore('document', '').set('__proto__', 'odd key');
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

  test('an unknown version is refused', () => {
    expect(() => LocalState.fromJSON({ version: 2 } as unknown as LocalStateJSON)).toThrow(
      'unknown version 2',
    );
  });
});
