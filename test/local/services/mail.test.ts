import { createMailApp, QUOTA_EXCEEDED } from '../../../local/services/mail';
import { createUtilities } from '../../../local/services/utilities';
import { LocalState } from '../../../local/runtime/state';
import { Clock, type AuthModeName } from '../../../local/runtime/context';
import { testContext } from './context';

function setup(
  opts: { authMode?: AuthModeName; email?: string } = {},
  shared?: { state: LocalState; clock: Clock },
) {
  const state = shared?.state ?? new LocalState();
  const clock = shared?.clock ?? new Clock(new Date('2024-01-15T10:00:00Z'));
  const ctx = testContext({
    clock,
    authMode: opts.authMode ?? 'FULL',
    user: { email: opts.email ?? 'ann@example.com', locale: 'en' },
  });
  return { state, clock, ctx, mail: createMailApp(ctx, state), utils: createUtilities(ctx) };
}

describe('MailApp.sendEmail forms', () => {
  test('(recipient, subject, body)', () => {
    const { mail, state } = setup();
    mail.sendEmail('lead@example.com', 'Weekly summary', 'Body text');
    expect(state.outbox).toHaveLength(1);
    expect(state.outbox[0]).toMatchObject({
      from: 'ann@example.com',
      to: ['lead@example.com'],
      cc: [],
      bcc: [],
      subject: 'Weekly summary',
      body: 'Body text',
      noReply: false,
      sentAt: '2024-01-15T10:00:00.000Z',
    });
  });

  test('(recipient, subject, body, options) records every option', () => {
    const { mail, state, utils } = setup();
    const report = utils.newBlob('a,b\n1,2', 'text/csv', 'report.csv');
    const logo = utils.newBlob([1, 2, 3], 'image/png', 'logo.png');
    mail.sendEmail('a@example.com, b@example.com', 'Alerts', 'plain', {
      cc: 'c@example.com',
      bcc: 'd@example.com',
      name: 'Sales KPI',
      replyTo: 'owner@example.com',
      noReply: true,
      htmlBody: '<p>html</p><img src="cid:logo">',
      attachments: [report],
      inlineImages: { logo },
    });
    const sent = state.outbox[0];
    expect(sent).toMatchObject({
      to: ['a@example.com', 'b@example.com'],
      cc: ['c@example.com'],
      bcc: ['d@example.com'],
      name: 'Sales KPI',
      replyTo: 'owner@example.com',
      noReply: true,
      htmlBody: '<p>html</p><img src="cid:logo">',
    });
    expect(sent.attachments).toEqual([
      {
        name: 'report.csv',
        contentType: 'text/csv',
        size: 7,
        base64: Buffer.from('a,b\n1,2').toString('base64'),
      },
    ]);
    expect(sent.inlineImages.logo).toEqual({
      name: 'logo.png',
      contentType: 'image/png',
      size: 3,
      base64: 'AQID',
    });
  });

  test('(message) and (to, replyTo, subject, body)', () => {
    const { mail, state } = setup();
    mail.sendEmail({ to: 'lead@example.com', subject: 'S', body: 'B', htmlBody: '<b>B</b>' });
    mail.sendEmail('lead@example.com', 'boss@example.com', 'Subject 2', 'Body 2');
    expect(
      state.outbox.map((m) => [m.to, m.subject, m.body, m.replyTo ?? null, m.htmlBody ?? null]),
    ).toEqual([
      [['lead@example.com'], 'S', 'B', null, '<b>B</b>'],
      [['lead@example.com'], 'Subject 2', 'Body 2', 'boss@example.com', null],
    ]);
  });

  test('bad messages are refused and nothing is recorded', () => {
    const { mail, state } = setup();
    expect(() => mail.sendEmail('lead@example.com', 'Line\nbreak', 'B')).toThrow(
      'Invalid argument: subject',
    );
    expect(() => mail.sendEmail('not-an-address', 'S', 'B')).toThrow(
      'Invalid email: not-an-address',
    );
    expect(() => mail.sendEmail({ subject: 'S', body: 'B' })).toThrow(
      'Failed to send email: no recipient',
    );
    expect(state.outbox).toEqual([]);
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });
});

describe('MailApp daily quota', () => {
  test('100 recipients a day; every to, cc and bcc address counts', () => {
    const { mail } = setup();
    mail.sendEmail('a@example.com,b@example.com', 'S', 'B', {
      cc: 'c@example.com',
      bcc: 'd@example.com',
    });
    expect(mail.getRemainingDailyQuota()).toBe(96);
  });

  test("exceeding it throws Google's message; a send that does not fit sends nothing", () => {
    const { mail, state } = setup();
    for (let i = 0; i < 98; i += 1) mail.sendEmail(`r${i}@example.com`, 'S', 'B');
    expect(mail.getRemainingDailyQuota()).toBe(2);
    expect(() => mail.sendEmail('a@example.com,b@example.com,c@example.com', 'S', 'B')).toThrow(
      QUOTA_EXCEEDED,
    );
    expect(QUOTA_EXCEEDED).toBe('Service invoked too many times for one day: email.');
    expect(state.outbox).toHaveLength(98);
    mail.sendEmail('a@example.com,b@example.com', 'S', 'B');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail('z@example.com', 'S', 'B')).toThrow(QUOTA_EXCEEDED);
  });

  test('the quota counts the last 24 hours per user, not a calendar day', () => {
    const { mail, clock, state } = setup();
    state.mail.dailyLimit = 3;
    // 10:00 UTC on 15 January: two recipients; 22:30: one more (the quota is used up).
    mail.sendEmail('a@example.com,b@example.com', 'S', 'B');
    clock.set(new Date('2024-01-15T22:30:00Z'));
    mail.sendEmail('c@example.com', 'S', 'B');
    expect(() => mail.sendEmail('d@example.com', 'S', 'B')).toThrow(QUOTA_EXCEEDED);
    // Another user has their own quota.
    expect(
      setup({ email: 'bob@example.com' }, { state, clock }).mail.getRemainingDailyQuota(),
    ).toBe(3);
    // Midnight in Paris (23:00 UTC) starts a new calendar day, not a new quota.
    clock.set(new Date('2024-01-15T23:30:00Z'));
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail('d@example.com', 'S', 'B')).toThrow(QUOTA_EXCEEDED);
    // 24 hours after the first send, its two recipients leave the window; the third stays.
    clock.set(new Date('2024-01-16T09:59:59Z'));
    expect(mail.getRemainingDailyQuota()).toBe(0);
    clock.set(new Date('2024-01-16T10:00:00Z'));
    expect(mail.getRemainingDailyQuota()).toBe(2);
    clock.set(new Date('2024-01-16T22:30:00Z'));
    expect(mail.getRemainingDailyQuota()).toBe(3);
  });

  test('the rolling window survives saving and reloading the state', () => {
    const { mail, clock, state } = setup();
    state.mail.dailyLimit = 2;
    mail.sendEmail('a@example.com', 'S', 'B');
    clock.advanceMinutes(60);
    const reloaded = LocalState.fromJSON(JSON.parse(JSON.stringify(state.toJSON())));
    const again = setup({}, { state: reloaded, clock }).mail;
    expect(again.getRemainingDailyQuota()).toBe(1);
  });
});

describe('MailApp authorisation', () => {
  test.each<AuthModeName>(['NONE', 'CUSTOM_FUNCTION', 'LIMITED'])(
    '%s cannot send mail',
    (authMode) => {
      const { mail, state } = setup({ authMode });
      expect(() => mail.sendEmail('lead@example.com', 'S', 'B')).toThrow(
        'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
      );
      expect(() => mail.getRemainingDailyQuota()).toThrow(
        'You do not have permission to call MailApp.getRemainingDailyQuota',
      );
      expect(state.outbox).toEqual([]);
    },
  );
});
