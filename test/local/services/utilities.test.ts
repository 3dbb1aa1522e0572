import { createUtilities } from '../../../local/services/utilities';
import type { AuthModeName } from '../../../local/runtime/context';
import { testContext } from './context';

function utils(authMode: AuthModeName = 'FULL') {
  const ctx = testContext({ authMode });
  return { ctx, u: createUtilities(ctx) };
}

describe('Utilities.formatDate', () => {
  const { u } = utils();

  test('Paris across the spring DST change (last Sunday of March 2024, 01:00 UTC)', () => {
    expect(
      u.formatDate(new Date('2024-03-31T00:30:00Z'), 'Europe/Paris', 'yyyy-MM-dd HH:mm Z'),
    ).toBe('2024-03-31 01:30 +0100');
    expect(
      u.formatDate(new Date('2024-03-31T01:30:00Z'), 'Europe/Paris', 'yyyy-MM-dd HH:mm Z'),
    ).toBe('2024-03-31 03:30 +0200');
  });

  test('New York across its spring DST change (10 March 2024, 07:00 UTC)', () => {
    expect(u.formatDate(new Date('2024-03-10T06:30:00Z'), 'America/New_York', 'HH:mm XXX')).toBe(
      '01:30 -05:00',
    );
    expect(u.formatDate(new Date('2024-03-10T07:30:00Z'), 'America/New_York', 'HH:mm XXX')).toBe(
      '03:30 -04:00',
    );
  });

  test('the same instant in two zones, with names, 12-hour clock and quoted text', () => {
    const d = new Date('2024-07-04T15:05:09.042Z');
    expect(u.formatDate(d, 'America/New_York', "EEE, MMM d, yyyy 'at' h:mm:ss a XXX")).toBe(
      'Thu, Jul 4, 2024 at 11:05:09 AM -04:00',
    );
    expect(u.formatDate(d, 'Europe/Paris', "EEEE d MMMM yy, HH'h'mm ss.SSS X")).toBe(
      'Thursday 4 July 24, 17h05 09.042 +02',
    );
    expect(u.formatDate(d, 'UTC', "X '''quoted''' D u")).toBe("Z 'quoted' 186 4");
    expect(() => u.formatDate(d, 'UTC', "''quoted''")).toThrow("Illegal pattern character 'q'");
  });

  test('week of year (US rules: weeks start on Sunday, 31 Dec 2024 is in week 1)', () => {
    expect(u.formatDate(new Date('2024-12-31T12:00:00Z'), 'UTC', 'w')).toBe('1');
    expect(u.formatDate(new Date('2024-01-06T12:00:00Z'), 'UTC', 'w')).toBe('1');
    expect(u.formatDate(new Date('2024-01-07T12:00:00Z'), 'UTC', 'ww')).toBe('02');
  });

  test('Java zone ids: custom offsets, unknown ids fall back to GMT', () => {
    const d = new Date('2024-01-01T00:00:00Z');
    expect(u.formatDate(d, 'GMT+05:30', 'HH:mm Z')).toBe('05:30 +0530');
    expect(u.formatDate(d, 'Nowhere/City', 'HH:mm Z')).toBe('00:00 +0000');
  });

  test('bad patterns and dates are refused', () => {
    expect(() => u.formatDate(new Date(0), 'UTC', 'yyyy-qq')).toThrow(
      "Illegal pattern character 'q'",
    );
    expect(() => u.formatDate(new Date(Number.NaN), 'UTC', 'yyyy')).toThrow(
      'Invalid argument: date',
    );
    expect(() => u.formatDate('2024-01-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      'Invalid argument: date',
    );
  });
});

describe('Utilities digests, base64, blobs, uuid, sleep', () => {
  const { u } = utils();

  test('computeDigest returns signed bytes (MD5, SHA-1, SHA-256 of "abc")', () => {
    // MD5("abc") = 90 01 50 98 3c d2 4f b0 d6 96 3f 7d 28 e1 7f 72
    expect(u.computeDigest(u.DigestAlgorithm.MD5, 'abc')).toEqual([
      -112, 1, 80, -104, 60, -46, 79, -80, -42, -106, 63, 125, 40, -31, 127, 114,
    ]);
    // SHA-1("abc") = a9 99 3e 36 …
    expect(u.computeDigest(u.DigestAlgorithm.SHA_1, 'abc').slice(0, 4)).toEqual([
      -87, -103, 62, 54,
    ]);
    // SHA-256("abc") = ba 78 16 bf … 00 15 ad
    const sha = u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc');
    expect(sha).toHaveLength(32);
    expect(sha.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(sha.slice(-3)).toEqual([0, 21, -83]);
    // Bytes in give the same digest as the text.
    expect(u.computeDigest(u.DigestAlgorithm.MD5, [97, 98, 99])).toEqual(
      u.computeDigest(u.DigestAlgorithm.MD5, 'abc'),
    );
  });

  test('base64 in UTF-8, standard and web-safe', () => {
    expect(u.base64Encode('Hello')).toBe('SGVsbG8=');
    expect(u.base64Encode('é')).toBe('w6k=');
    expect(u.base64Decode('w6k=')).toEqual([-61, -87]);
    expect(u.base64Encode([-1, -2, -3])).toBe('//79');
    expect(u.base64EncodeWebSafe([-1, -2, -3])).toBe('__79');
    expect(u.base64DecodeWebSafe('__79')).toEqual([-1, -2, -3]);
  });

  test('newBlob', () => {
    const blob = u.newBlob('héllo', 'text/plain', 'greeting.txt');
    expect(blob.getBytes()).toEqual([104, -61, -87, 108, 108, 111]);
    expect(blob.getDataAsString()).toBe('héllo');
    expect([blob.getContentType(), blob.getName()]).toEqual(['text/plain', 'greeting.txt']);
    expect(blob.setName('x.txt').getName()).toBe('x.txt');
    expect(u.newBlob([65, 66]).getDataAsString()).toBe('AB');
    expect(() => blob.getAs('application/pdf')).toThrow(
      'not implemented in the local runtime: Blob.getAs',
    );
  });

  test('getUuid gives distinct v4 UUIDs', () => {
    const a = u.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u.getUuid()).not.toBe(a);
  });

  test('sleep advances the simulated clock instead of blocking', () => {
    const { ctx, u: local } = utils();
    const before = ctx.clock.nowMs();
    local.sleep(120_000);
    expect(ctx.clock.nowMs() - before).toBe(120_000);
    expect(() => local.sleep(300_001)).toThrow('Invalid argument: milliseconds');
  });

  test('works in custom functions, not in AuthMode.NONE', () => {
    expect(utils('CUSTOM_FUNCTION').u.base64Encode('a')).toBe('YQ==');
    expect(() => utils('NONE').u.getUuid()).toThrow(
      'You do not have permission to call Utilities.getUuid',
    );
  });
});
