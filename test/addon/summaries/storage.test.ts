// The summaries' compact storage, pure: the settings split in three values (and the former single
// value still read), the approved list as fingerprints (and former address lists still read),
// and the rule that a blank email is nobody's.
import { ApprovedList } from '../../../src/addon/summaries/approved';
import { checkSettings, defaultSettings } from '../../../src/addon/summaries/settings';
import {
  decodeSettings,
  encodeSettings,
  ListTooLong,
  utf8Length,
} from '../../../src/addon/summaries/settings-codec';
import { sameUser } from '../../../src/addon/same-user';

describe('settings codec', () => {
  const settings = {
    ...defaultSettings('en'),
    enabled: true,
    hour: 7,
    sinceSlot: 494_000,
    leadLanguages: { 'léa@example.com': 'fr' as const, 'bob@example.com': 'en' as const },
    company: [
      { email: 'ceo@example.com', language: 'fr' as const },
      { email: 'cfo@example.com', language: 'en' as const },
    ],
  };

  test('round trip through the three values', () => {
    const stored = encodeSettings(settings);
    expect(JSON.parse(stored.company)).toEqual(['fr:ceo@example.com', 'en:cfo@example.com']);
    expect(JSON.parse(stored.leadLanguages)).toEqual({
      fr: ['léa@example.com'],
      en: ['bob@example.com'],
    });
    const back = decodeSettings(stored.core, stored.leadLanguages, stored.company);
    expect(checkSettings(back, 'en')).toEqual(settings);
  });

  test('the former single JSON value is still read; nothing stored reads as undefined', () => {
    expect(checkSettings(decodeSettings(JSON.stringify(settings), null, null), 'en')).toEqual(
      settings,
    );
    expect(decodeSettings(null, null, null)).toBeUndefined();
  });

  test('a list over the limit names itself, with its size in UTF-8 bytes', () => {
    const company = Array.from({ length: 50 }, (_, i) => ({
      email: `${'é'.repeat(90)}${i}@example.com`,
      language: 'en' as const,
    }));
    expect(() => encodeSettings({ ...settings, company })).toThrow(ListTooLong);
    try {
      encodeSettings({ ...settings, company });
    } catch (error) {
      expect((error as ListTooLong).list).toBe('company');
      expect((error as ListTooLong).bytes).toBe(
        utf8Length(JSON.stringify(company.map((c) => `en:${c.email}`))),
      );
    }
  });

  test('utf8Length counts bytes as UTF-8 does', () => {
    for (const text of ['abc', 'é', '€', '😀', 'a😀é'])
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('approved list', () => {
  const emails = Array.from({ length: 200 }, (_, i) => `recipient.number-${i}@example.com`);

  test('200 approved recipients take under 3 KB; only current recipients are kept', () => {
    const list = ApprovedList.empty().with(emails, emails);
    expect(list.serialize().length).toBeLessThan(3_000);
    expect(emails.every((e) => list.has(e))).toBe(true);
    expect(list.has('someone.else@example.com')).toBe(false);
    const parsed = ApprovedList.parse(list.serialize());
    expect(parsed.has(emails[7])).toBe(true);
    const kept = parsed.with([], emails.slice(0, 3));
    expect(kept.has(emails[2])).toBe(true);
    expect(kept.has(emails[3])).toBe(false);
  });

  test('a list of addresses stored by a former version is read', () => {
    const former = ApprovedList.parse(JSON.stringify(['ceo@example.com']));
    expect(former.has('ceo@example.com')).toBe(true);
    expect(ApprovedList.parse('not json').has('ceo@example.com')).toBe(false);
  });
});

test('a blank email is nobody: never the same user as another blank one', () => {
  expect(sameUser('', '')).toBe(false);
  expect(sameUser(' ', '')).toBe(false);
  expect(sameUser(undefined, undefined)).toBe(false);
  expect(sameUser('Ann@Example.com', 'ann@example.com')).toBe(true);
  expect(sameUser('ann@example.com', 'bob@example.com')).toBe(false);
});
