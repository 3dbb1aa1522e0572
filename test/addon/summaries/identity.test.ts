// Who the owner is and what only they can do: saving approves nobody (each address is approved on
// its own by the trigger's owner), a second editor sees the settings but neither approves nor
// passes for the owner, a user whose email Google hides is nobody's match, turning the summaries
// on stores nothing as enabled when their trigger cannot be made, and long recipient lists are
// stored under the 9 KB property limit or refused with a message naming the list.
import type { LocalUser } from '../../../local/runtime/context';
import type { StoredTrigger } from '../../../local/runtime/state';
import { PROPERTY_VALUE_BYTES, utf8Length } from '../../../src/addon/summaries/settings-codec';
import {
  countByRecipient,
  EDITOR,
  LEADS,
  OWNER,
  session,
} from '../../../local/harness/summaries-session';

const CEO = 'ceo@example.com';
const OUTSIDER = 'outsider@evil.example';
/** Users Google does not reveal the email of (Session gives ''). */
const HIDDEN_A: LocalUser = { email: '', locale: 'en' };

function awaiting(view: { recipients: Array<{ email: string; approval: string }> }): string[] {
  return view.recipients.filter((r) => r.approval === 'awaiting').map((r) => r.email);
}

describe('approval is an explicit act of the owner on each address', () => {
  test('an owner saving other settings never approves an address someone else typed', () => {
    const s = session();
    const first = s.save({ enabled: true, company: [{ email: CEO, language: 'en' }] });
    // Not even the address the owner typed: saving approves nobody.
    expect(awaiting(first).sort()).toEqual([...LEADS, CEO].sort());
    s.approve([...LEADS, CEO]);
    // Another editor adds an address; the owner then changes only the hour and saves.
    s.save(
      {
        company: [
          { email: CEO, language: 'en' },
          { email: OUTSIDER, language: 'en' },
        ],
      },
      EDITOR,
    );
    const owner = s.save({ hour: 9 });
    expect(owner.settings.company.map((c) => c.email)).toEqual([CEO, OUTSIDER]);
    expect(awaiting(owner)).toEqual([OUTSIDER]);
    s.hours(3);
    expect(countByRecipient(s.outbox())).toEqual(
      Object.fromEntries([...LEADS, CEO].map((e) => [e, 1])),
    );
    // Approving one address approves that one only.
    const after = s.approve([OUTSIDER]);
    expect(awaiting(after)).toEqual([]);
  });
});

describe('a second editor opens the summaries page', () => {
  test('they see the settings and the approvals, cannot approve, and are not the owner', () => {
    const s = session();
    s.save({ enabled: true, hour: 9, company: [{ email: CEO, language: 'fr' }] });
    s.approve([CEO]);
    const owner = s.view();
    const editor = s.view(EDITOR);
    expect(editor.user).toBe(EDITOR.email);
    expect(editor.settings).toEqual(owner.settings);
    expect(editor.trigger).toEqual({ installed: true, owner: OWNER.email, mine: false });
    expect(editor.canApprove).toBe(false);
    expect(editor.recipients.map((r) => [r.email, r.approval])).toEqual(
      owner.recipients.map((r) => [r.email, r.approval]),
    );
    expect(() => s.approve([LEADS[0]], EDITOR)).toThrow(`Seul ${OWNER.email}`);
    expect(() => s.sendNow(EDITOR)).toThrow(`Seul ${OWNER.email}`);
    // The owner is still the owner.
    expect(s.view().trigger).toEqual({ installed: true, owner: OWNER.email, mine: true });
    expect(s.view().canApprove).toBe(true);
  });

  test('an editor whose email is hidden is not taken for an owner whose email was unknown', () => {
    const s = session();
    const before = s.view();
    // A trigger recorded while no email could be read (the manifest lacked userinfo.email).
    s.runtime.state
      .propertyStore('document', '')
      .set(
        'salesKpi.trigger',
        JSON.stringify({ owner: '', triggerId: 'trigger-0', installedAt: '2026-11-01T00:00:00Z' }),
      );
    const hidden = s.view(HIDDEN_A);
    expect(hidden.user).toBe('');
    expect(hidden.trigger.mine).toBe(false);
    expect(hidden.canApprove).toBe(false);
    expect(hidden.settings).toEqual(before.settings);
    expect(() => s.approve([LEADS[0]], HIDDEN_A)).toThrow(
      'Google does not reveal who that is to you',
    );
  });

  test('a user whose email is hidden cannot turn the summaries on (nobody could own them)', () => {
    const s = session();
    expect(() => s.save({ enabled: true }, HIDDEN_A)).toThrow(
      'Google does not reveal your email address to the add-on',
    );
    expect(s.runtime.state.triggers).toHaveLength(0);
    expect(s.view().settings.enabled).toBe(false);
    // Nor approve while no trigger exists.
    expect(s.view(HIDDEN_A).canApprove).toBe(false);
  });
});

describe('the trigger is created before the summaries are stored as on', () => {
  test('while another execution holds the spreadsheet, nothing is enabled', () => {
    const s = session();
    const other = s.runtime.begin({ user: EDITOR });
    const lock = (other.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    try {
      expect(() => s.save({ enabled: true })).toThrow(/busy/);
    } finally {
      other.end();
    }
    expect(s.view().settings.enabled).toBe(false);
    expect(s.runtime.state.triggers).toHaveLength(0);
  });

  test('at the 20-triggers-per-user quota nothing is enabled and the message says why', () => {
    const s = session();
    // The owner's 20 triggers of the project, for other spreadsheets.
    for (let i = 0; i < 20; i++) {
      const other: StoredTrigger = {
        id: `other-${i}`,
        handler: 'otherSpreadsheetJob',
        owner: { ...OWNER },
        documentId: `other-spreadsheet-${i}`,
        eventType: 'CLOCK',
        schedule: { kind: 'hours', every: 1 },
        timeZone: 'Europe/Paris',
        createdMs: 0,
        nextFireMs: null,
      };
      s.runtime.state.triggers.push(other);
    }
    expect(() => s.save({ enabled: true })).toThrow(
      'The summaries stay off: Google allows 20 triggers per user',
    );
    const view = s.view();
    expect(view.settings.enabled).toBe(false);
    expect(view.trigger.installed).toBe(false);
    expect(s.runtime.state.triggers).toHaveLength(20);
    s.hours(2);
    expect(s.outbox()).toHaveLength(0);
  });
});

describe('settings stored under the 9 KB per-value limit', () => {
  const lead = (i: number) => `firstname.lastname-${i}@sales-region.example.com`;
  const company = (i: number) => ({
    email: `company.recipient-${i}@headquarters.example.com`,
    language: 'en' as const,
  });

  test('150 lead languages and 50 company recipients are saved and read back', () => {
    const s = session();
    const leadLanguages = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [lead(i), 'fr' as const]),
    );
    const list = Array.from({ length: 50 }, (_, i) => company(i));
    // As one JSON value (the former format) they would not fit.
    const former = JSON.stringify({ ...s.view().settings, leadLanguages, company: list });
    expect(utf8Length(former)).toBeGreaterThan(11_400);
    const saved = s.save({ enabled: true, leadLanguages, company: list });
    expect(saved.settings.leadLanguages).toEqual(leadLanguages);
    expect(saved.settings.company).toEqual(list);
    const again = s.view(EDITOR).settings;
    expect(again.leadLanguages).toEqual(leadLanguages);
    expect(again.company).toEqual(list);
    const stored = s.runtime.state.propertyStore('document', '');
    const summaryValues = [...stored].filter(([key]) => key.startsWith('salesKpi.summaries.'));
    for (const [, value] of summaryValues)
      expect(utf8Length(value)).toBeLessThanOrEqual(PROPERTY_VALUE_BYTES);
  });

  test('a list too long to store is refused with a message naming it; nothing is stored', () => {
    const s = session();
    s.save({ hour: 10 });
    const long = (i: number) => ({
      email: `${'a-very-long-mailbox-name.'.repeat(8)}${i}@headquarters-division.example.com`,
      language: 'en' as const,
    });
    expect(() =>
      s.save({ enabled: true, company: Array.from({ length: 50 }, (_, i) => long(i)) }),
    ).toThrow(/^The company-wide recipients take too much room to be stored \(1\d\.\d KB/);
    const leadLanguages = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [lead(i), 'fr' as const]),
    );
    expect(() => s.save({ enabled: true, leadLanguages })).toThrow(
      'Too many leads have a language of their own to be stored',
    );
    const view = s.view();
    expect(view.settings).toMatchObject({ enabled: false, hour: 10, company: [] });
    expect(view.trigger.installed).toBe(false);
  });
});
