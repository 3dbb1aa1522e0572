// Scheduled summaries on the built add-on and the demo workbook, with the local runtime's clock:
// one email per recipient per week, nothing twice (double fire, a held lock, "Send now"), the
// quota deferring in priority order and resuming 24 hours later, and the run log and status sheet.
import {
  countByRecipient,
  LEADS,
  OWNER,
  session,
  START,
} from '../../../local/harness/summaries-session';

const CEO = 'ceo@example.com';

function enableWeekly(s: ReturnType<typeof session>): void {
  s.save({ enabled: true, company: [{ email: CEO, language: 'fr' }] });
  s.approveAll();
}

describe('a weekly schedule', () => {
  test('sends one summary per recipient each Monday between 8 and 9, for three weeks', () => {
    const s = session();
    enableWeekly(s);
    expect(s.outbox()).toHaveLength(0);
    s.hours(3 * 7 * 24);
    const emails = s.outbox();
    expect(emails).toHaveLength(12);
    const counts = countByRecipient(emails);
    expect(counts).toEqual(Object.fromEntries([...LEADS, CEO].map((e) => [e, 3])));
    // Each went on a Monday, in the 8 o'clock hour in Paris (07:xx UTC in November).
    const days = [...new Set(emails.map((e) => e.sentAt.slice(0, 10)))];
    expect(days).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
    for (const e of emails) expect(e.sentAt.slice(11, 13)).toBe('07');
    const lyon = emails.filter((e) => e.to[0] === LEADS[0]).map((e) => e.subject);
    expect(lyon).toEqual([
      'Team Lyon: sales summary, 9–15 Nov 2026',
      'Team Lyon: sales summary, 16–22 Nov 2026',
      'Team Lyon: sales summary, 23–29 Nov 2026',
    ]);
    // The company recipient reads French; every email has HTML and plain text from the owner.
    const ceo = emails.find((e) => e.to[0] === CEO)!;
    expect(ceo.subject).toBe('Entreprise : résumé commercial, 9–15 nov. 2026');
    expect(ceo.from).toBe(OWNER.email);
    expect(ceo.htmlBody).toContain('<!DOCTYPE html>');
    expect(ceo.body).toContain('== KPI et objectifs ==');

    const view = s.view();
    expect(view.runs.map((r) => [r.period, r.sent, r.deferred, r.awaiting])).toEqual([
      ['2026-11-30', 4, 0, 0],
      ['2026-11-23', 4, 0, 0],
      ['2026-11-16', 4, 0, 0],
    ]);
    expect(view.next).toBe('2026-12-07 08:00');
    // The status block of the Summary log sheet: newest run first.
    const log = s.workbook.getValues('Summary log', 0, 0, 4, 7);
    expect(log[0]).toEqual([
      'Time',
      'Summary of',
      'Run',
      'Sent',
      'Deferred',
      'Awaiting approval',
      'Error',
    ]);
    expect(log[1].slice(2)).toEqual(['Scheduled', 4, 0, 0, '']);
    expect(s.workbook.getDisplayValue('Summary log', 1, 0)).toBe('2026-11-30 08:30');
    expect(s.workbook.getDisplayValue('Summary log', 1, 1)).toBe('2026-11-30');
    expect(s.workbook.getDisplayValue('Summary log', 3, 1)).toBe('2026-11-16');
  });

  test('enabling after the scheduled moment waits for the next one', () => {
    const s = session();
    s.runtime.clock.advanceMinutes(3 * 60); // Monday 10:30
    enableWeekly(s);
    s.hours(6 * 24);
    expect(s.outbox()).toHaveLength(0);
    s.hours(24);
    expect(s.outbox()).toHaveLength(4);
    expect(s.outbox()[0].sentAt.slice(0, 10)).toBe('2026-11-23');
  });
});

describe('nothing is sent twice', () => {
  test('a double fire, a run that finds the lock held, and "Send now" after the run', () => {
    const s = session();
    enableWeekly(s);
    s.runtime.clock.advanceMinutes(60); // 08:30, the trigger is due
    // Another execution holds the document lock: the run sends nothing and says so.
    const holder = s.runtime.begin({ user: OWNER });
    const lock = (
      holder.globals.LockService as GoogleAppsScript.Lock.LockService
    ).getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    s.runtime.fireDueTriggers();
    expect(s.outbox()).toHaveLength(0);
    expect(s.view().tick?.summaries).toBe('busy');
    holder.end();
    // Google fires the handler twice at once: the second finds the ledger filled in.
    const event = { triggerUid: s.runtime.state.triggers[0].id };
    s.runtime.invoke('onScheduleTick', [event], { user: OWNER });
    s.runtime.invoke('onScheduleTick', [event], { user: OWNER });
    expect(s.outbox()).toHaveLength(4);
    const now = s.sendNow();
    expect(now).toMatchObject({
      outcome: 'sent',
      run: { sent: 0, deferred: 0, awaiting: 0, trigger: 'manual' },
    });
    expect(now.view.recipients.every((r) => r.sentThisPeriod)).toBe(true);
    s.hours(24);
    expect(s.outbox()).toHaveLength(4);
  });

  test('"Send now" sends the latest period at once, and the schedule does not repeat it', () => {
    const s = session();
    s.runtime.clock.advanceMinutes(3 * 60); // Monday 10:30: today's 8 o'clock summary is owed
    enableWeekly(s);
    const result = s.sendNow();
    expect(result).toMatchObject({
      outcome: 'sent',
      run: { period: '2026-11-16', sent: 4, trigger: 'manual' },
    });
    expect(s.outbox()[0].subject).toBe('Team Lyon: sales summary, 9–15 Nov 2026');
    s.hours(7 * 24);
    // The next Monday's summary only.
    expect(s.outbox()).toHaveLength(8);
    expect(s.outbox()[4].subject).toBe('Team Lyon: sales summary, 16–22 Nov 2026');
    expect(s.view().runs[1]).toMatchObject({ trigger: 'manual', sent: 4 });
  });
});

describe('the mail quota', () => {
  test('what does not fit is deferred in priority order and sent the next day', () => {
    const s = session();
    s.runtime.state.mail.dailyLimit = 2;
    enableWeekly(s);
    s.hours(2); // 09:30
    // Leads first, by team (Lyon, Nantes), then Paris's lead and the company recipient.
    expect(s.outbox().map((e) => e.to[0])).toEqual([LEADS[0], LEADS[1]]);
    let view = s.view();
    expect(view.runs).toHaveLength(1);
    expect(view.runs[0]).toMatchObject({ sent: 2, deferred: 2 });
    expect(view.quota).toBe(0);
    s.hours(13); // 22:30 the same day: still no quota, no new log line
    expect(s.outbox()).toHaveLength(2);
    expect(s.view().runs).toHaveLength(1);
    s.hours(3); // 01:30 on Tuesday: a new calendar day, but the quota counts the last 24 hours
    expect(s.outbox()).toHaveLength(2);
    s.hours(7); // 08:30 on Tuesday: the 08:30 run is 24 hours after the first two went out
    expect(s.outbox().map((e) => e.to[0])).toEqual([...LEADS.slice(0, 2), LEADS[2], CEO]);
    expect(s.outbox()[3].sentAt).toBe('2026-11-17T07:30:00.000Z');
    view = s.view();
    expect(view.runs[0]).toMatchObject({ period: '2026-11-16', sent: 2, deferred: 0 });
    s.hours(24);
    expect(s.outbox()).toHaveLength(4);
    expect(countByRecipient(s.outbox())).toEqual(
      Object.fromEntries([...LEADS, CEO].map((e) => [e, 1])),
    );
  });
});

describe('the preview', () => {
  test('is the exact email the recipient gets', () => {
    const s = session();
    enableWeekly(s);
    s.hours(1);
    const view = s.view();
    const lyon = view.recipients.find((r) => r.team === 'Lyon')!;
    const preview = s.runtime.run('summariesPreview', [lyon.id], { user: OWNER }) as {
      to: string;
      subject: string;
      html: string;
      text: string;
    };
    const sent = s.outbox().find((e) => e.to[0] === lyon.email)!;
    expect(preview.to).toBe(lyon.email);
    expect(preview.subject).toBe(sent.subject);
    expect(preview.html).toBe(sent.htmlBody);
    expect(preview.text).toBe(sent.body);
  });

  test('refuses what is not a recipient of the list', () => {
    const s = session();
    expect(() => s.runtime.run('summariesPreview', ['<b>'], { user: OWNER })).toThrow(
      'A recipient must be named by its id.',
    );
    expect(() => s.runtime.run('summariesPreview', ['0000000000z'], { user: OWNER })).toThrow(
      'That recipient is no longer in the list; reopen the page.',
    );
  });
});

describe('settings', () => {
  test('are checked on the server', () => {
    const s = session();
    expect(() => s.save({ hour: 25 })).toThrow(
      'The settings are not valid: hour must be a whole number from 0 to 23',
    );
    expect(() => s.save({ company: [{ email: 'a@b.com\nBcc: x@y.com', language: 'en' }] })).toThrow(
      'The settings are not valid: Recipient 1: "a@b.com\nBcc: x@y.com" is not an email address',
    );
    expect(() => s.runtime.run('summariesApprove', ['x'], { user: OWNER })).toThrow(
      'The recipients to approve must be a list of email addresses.',
    );
    expect(s.view().settings.enabled).toBe(false);
  });

  test('approving with unsaved edits saves them first: nothing on the form is lost', () => {
    const s = session();
    const before = s.view().settings;
    const edited = {
      ...before,
      enabled: true,
      leadLanguages: { [LEADS[1]]: 'fr' as const },
      company: [{ email: CEO, language: 'fr' as const }],
    };
    const approve = (emails: string[], unsaved?: unknown) =>
      s.runtime.run('summariesApprove', unsaved === undefined ? [emails] : [emails, unsaved], {
        user: OWNER,
      }) as ReturnType<typeof s.view>;
    // The address just typed can be approved with the form that adds it.
    const view = approve([LEADS[0], CEO], edited);
    for (const v of [view, s.view()]) {
      expect(v.settings).toEqual(edited);
      expect(v.trigger).toMatchObject({ installed: true, mine: true });
      expect(v.recipients.map((r) => [r.email, r.language, r.approval])).toEqual([
        [LEADS[0], 'en', 'approved'],
        [LEADS[1], 'fr', 'awaiting'],
        [LEADS[2], 'en', 'awaiting'],
        [CEO, 'fr', 'approved'],
      ]);
    }
    // Without edits, approving leaves the saved settings as they are.
    expect(approve([LEADS[1]]).settings).toEqual(edited);
    // An edit that does not pass is refused as Save refuses it: nothing saved, nobody approved.
    const bad = { ...edited, company: [{ email: 'not an email', language: 'en' }] };
    expect(() => approve([LEADS[2]], bad)).toThrow('The settings are not valid');
    expect(s.view().settings).toEqual(edited);
    expect(s.view().recipients.find((r) => r.email === LEADS[2])?.approval).toBe('awaiting');
  });

  test('the page reads the schedule in the spreadsheet’s time zone and the leads of Teams', () => {
    const s = session();
    const view = s.view();
    expect(view.timeZone).toBe('Europe/Paris');
    expect(view.workbookReady).toBe(true);
    expect(view.recipients.map((r) => [r.team, r.email, r.approval])).toEqual([
      ['Lyon', LEADS[0], 'awaiting'],
      ['Nantes', LEADS[1], 'awaiting'],
      ['Paris', LEADS[2], 'awaiting'],
    ]);
    expect(view.period).toBe('2026-11-09');
    expect(view.next).toBeNull();
    expect(START.toISOString()).toBe('2026-11-16T06:30:00.000Z');
  });
});
